// `--append-hash` on the ConfigMap and Secret generators: the name gets a hash of the content.
// Every line was checked against the real kubectl v1.35.2 with the same files (--dry-run=client).

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { TLS_CERT, TLS_KEY } from '../testing/tls-pair';
import { transcript } from './edit-patch.test-util';

describe('create configmap / secret --append-hash', () => {
  it('names the object after a hash of its content, as kubectl does', async () => {
    const text = transcript(goldenCluster(), { 'tls.crt': TLS_CERT, 'tls.key': TLS_KEY }, [
      'kubectl create configmap c --from-literal=a=b --append-hash --dry-run=client -o yaml',
      'kubectl create configmap c --append-hash --dry-run=client -o name',
      "kubectl create configmap c --from-literal='x=<&>' --append-hash --dry-run=client -o name",
      'kubectl create configmap c --from-literal=a=é --append-hash --dry-run=client -o name',
      'kubectl create secret generic s --type=Opaque --from-literal=a=b --append-hash --dry-run=client -o yaml',
      'kubectl create secret generic s --from-literal=a=b --append-hash --dry-run=client -o name',
      'kubectl create secret docker-registry reg --docker-server=r.io --docker-username=u --docker-password=p --append-hash --dry-run=client -o name',
      'kubectl create secret tls t --cert=tls.crt --key=tls.key --append-hash --dry-run=client -o name',
      'kubectl create configmap c --from-literal=a=b --append-hash --save-config --dry-run=client -o name',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/create-append-hash.txt');
  });
});
