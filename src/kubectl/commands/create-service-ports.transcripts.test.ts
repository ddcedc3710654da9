// `kubectl create service … --tcp=port[:targetPort]`: how kubectl reads the two numbers. Every line
// was checked against the real kubectl v1.35.2 (--dry-run=client).

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

describe('create service --tcp', () => {
  it('reads the port as an unsigned 16-bit number and the target as a number or a port name', async () => {
    const lines = ['abc:80', '80:abc', '99999:80', '80:99999', 'abc', '0:80', '80:0', '-1:80', "' 80:80'", '80:8080:9090'];
    const text = transcript(goldenCluster(), {}, lines.map((t) => `kubectl create service clusterip my --tcp=${t} --dry-run=client -o yaml`));
    await expect(text).toMatchFileSnapshot('./__golden__/create-service-ports.txt');
  });
});
