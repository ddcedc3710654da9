import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { KubeletComponent } from './index';
import { serviceAccountToken } from './sa-token';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount/token';

interface SavedPods {
  pods: Record<string, { containers: { run?: { input: { mounts: Record<string, string> } } }[] }>;
}

function mountsOf(snapshot: unknown, key: string): Record<string, string> {
  const kubelet = (snapshot as { components: Record<string, unknown> }).components['kubelet'] as SavedPods;
  return kubelet.pods[key]?.containers[0]?.run?.input.mounts ?? {};
}

describe('the service-account token a container mounts', () => {
  it('is signed when read: the container sees the signed token, and a snapshot keeps it unsigned until then', () => {
    const cluster = createCluster({ seed: 3 });
    const res = cluster.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } });
    expect(res.ok).toBe(true);
    cluster.runUntilQuiet();
    const pod = cluster.api.peek<Pod>('pods', 'default', 'web') as Pod;
    const saved = cluster.snapshot();
    expect(mountsOf(saved, 'default/web')[TOKEN_PATH]).toBe('\u0000unsigned-token\u0000default');
    // A restored cluster saves the same, and its container reads the same token.
    const restored = restoreCluster(JSON.parse(JSON.stringify(saved)));
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(saved));
    const exec = restored.component<KubeletComponent>('kubelet').exec('default', 'web', 'web', ['cat', TOKEN_PATH]);
    expect(exec.ok && exec.result.kind === 'ran' && exec.result.stdout).toBe(serviceAccountToken(pod));
    // Once read, it is saved as the token itself.
    expect(mountsOf(restored.snapshot(), 'default/web')[TOKEN_PATH]).toBe(serviceAccountToken(pod));
  });
});
