import type { Node } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { createCluster, typeForKey } from '../src/sim';
import { mirrorPod, staticPodManifests } from '../src/sim/bootstrap/static-pods';
import { goldenResults, viewOf } from './testing';
import { controlPlaneVersion, kubeletVersion } from './versions';

const current = viewOf(createCluster({ seed: 1 }));
const older = viewOf(createCluster({ seed: 1, version: 'v1.34.3' }));

/** A v1.34.3 cluster whose kube-apiserver manifest was just rewritten for v1.35.0: the new pod is not up yet. */
function restarting() {
  const cluster = createCluster({ seed: 1, version: 'v1.34.3' });
  const node = cluster.api.peek<Node>('nodes', undefined, 'controlplane');
  const m = staticPodManifests('v1.35.0', '192.168.1.10').find((s) => s.component === 'kube-apiserver');
  const pods = typeForKey('pods');
  if (!m || !pods || !node) throw new Error('no control plane');
  cluster.api.delete(pods, 'kube-system', 'kube-apiserver-controlplane', { gracePeriodSeconds: 0 });
  cluster.api.create(mirrorPod(m, { name: 'controlplane', uid: node.metadata?.uid ?? '' }, 'f'.repeat(32), '2026-11-24T15:00:00.000000000Z'));
  return viewOf(cluster);
}

describe('kubeletVersion', () => {
  it('compares what the kubelet reports', async () => {
    const text =
      goldenResults(kubeletVersion, current, { 'at the version': { node: 'node01', version: 'v1.35.0' }, 'missing node': { node: 'node09', version: 'v1.35.0' } }) +
      `\n${goldenResults(kubeletVersion, older, { 'an older kubelet': { node: 'node01', version: 'v1.35.0' } })}`;
    await expect(text).toMatchFileSnapshot('__golden__/kubelet-version.txt');
  });
});

describe('controlPlaneVersion', () => {
  it('reads the static pods\' images and states', async () => {
    const text =
      goldenResults(controlPlaneVersion, current, { 'at the version': { version: 'v1.35.0' } }) +
      `\n${goldenResults(controlPlaneVersion, older, { 'not upgraded': { version: 'v1.35.0' } })}` +
      `\n${goldenResults(controlPlaneVersion, restarting(), { 'apiserver restarting': { version: 'v1.35.0' }, 'the rest at the old version': { version: 'v1.34.3' } })}`;
    await expect(text).toMatchFileSnapshot('__golden__/control-plane-version.txt');
  });
});
