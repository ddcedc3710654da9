// `kubectl create configmap` / `create secret generic` data sources: --from-literal without `=`,
// invalid and duplicate keys, --from-env-file mixed with the others. Every line fails (or not)
// before kubectl talks to a server, so the transcript was checked against the real kubectl v1.35.2.

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

const FILES = { 'app.env': 'A=1\nB=two\n', 'a.txt': 'hello\n' };

describe('create configmap / secret generic sources', () => {
  it('rejects what kubectl rejects, with its messages', async () => {
    const text = transcript(goldenCluster(), FILES, [
      'kubectl create configmap x --from-literal=KEY',
      'kubectl create secret generic x --from-literal=KEY',
      'kubectl create configmap x --from-literal==v --dry-run=client -o yaml',
      'kubectl create configmap x --from-literal=a=1 --from-literal=KEY --dry-run=client',
      'kubectl create configmap x --from-file=a=a.txt --from-literal=KEY --dry-run=client',
      'kubectl create configmap x --from-file=nope.txt --from-literal=KEY --dry-run=client',
      'kubectl create configmap x --from-literal=a=1 --from-literal=a=2 --dry-run=client',
      'kubectl create secret generic x --from-literal=a=1 --from-literal=a=2 --dry-run=client',
      'kubectl create configmap x --from-literal=a=1 --from-file=a=a.txt --dry-run=client',
      'kubectl create secret generic x --from-literal=a=1 --from-file=a=a.txt --dry-run=client',
      'kubectl create configmap x --from-literal=a/b=1 --dry-run=client',
      'kubectl create secret generic x --from-literal=a/b=1 --dry-run=client',
      'kubectl create configmap x --from-literal=.=1 --dry-run=client',
      'kubectl create configmap x --from-literal=..=1 --dry-run=client',
      'kubectl create configmap x --from-literal=..a=1 --dry-run=client',
      'kubectl create secret generic x --from-literal=..a=1 --dry-run=client',
      `kubectl create configmap x --from-literal=${'/'.repeat(254)}=1 --dry-run=client`,
      `kubectl create secret generic x --from-literal=${'/'.repeat(254)}=1 --dry-run=client`,
      'kubectl create configmap x --from-env-file=app.env --from-literal=KEY --dry-run=client',
      'kubectl create secret generic x --from-env-file=app.env --from-literal=b=2 --dry-run=client',
      'kubectl create configmap x --from-literal=a..=1 --from-literal=k=a=b --dry-run=client -o yaml',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/create-sources-errors.txt');
  });
});
