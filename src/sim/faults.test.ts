import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster, type FaultsComponent, type KubeObject } from './index';

const deployment = (name: string, replicas: number, image = 'nginx:1.27'): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default' },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image }] } } },
});

interface PodView {
  name: string;
  node: string;
  phase: string;
  deleting: boolean;
}

function pods(c: Cluster, app: string): PodView[] {
  return c.store
    .list('pods', 'default')
    .filter((p) => p.metadata.labels?.['app'] === app)
    .map((p) => ({
      name: p.metadata.name ?? '',
      node: (p['spec'] as { nodeName?: string }).nodeName ?? '',
      phase: (p['status'] as { phase?: string }).phase ?? '',
      deleting: !!p.metadata.deletionTimestamp,
    }));
}

const faults = (c: Cluster) => c.component<FaultsComponent>('faults');
const nodeReady = (c: Cluster, name: string) =>
  ((c.api.peek<KubeObject>('nodes', undefined, name)?.['status'] as { conditions: { type: string; status: string }[] }).conditions.find((x) => x.type === 'Ready')?.status);

describe('faults', () => {
  it('a node stopped for 6 minutes: NotReady after the grace period, its pods evicted after 300 s and Running elsewhere', () => {
    const c = createCluster({ seed: 21 });
    c.api.create(deployment('web', 4));
    c.advance(60_000);
    const before = pods(c, 'web');
    expect(before.filter((p) => p.phase === 'Running')).toHaveLength(4);
    const onNode02 = before.filter((p) => p.node === 'node02').map((p) => p.name);
    expect(onNode02.length).toBeGreaterThan(0);

    expect(faults(c).stopNode('node02')).toEqual({ ok: true });
    c.advance(40_000);
    expect(nodeReady(c, 'node02')).toBe('True');
    c.advance(20_000);
    expect(nodeReady(c, 'node02')).toBe('Unknown');
    const taints = (c.api.peek<KubeObject>('nodes', undefined, 'node02')?.['spec'] as { taints: { key: string; effect: string }[] }).taints;
    expect(taints.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    expect(pods(c, 'web').filter((p) => p.deleting)).toHaveLength(0);

    c.advance(300_000);
    const after = pods(c, 'web');
    // The evicted pods stay Terminating (their kubelet cannot confirm); replacements run on node01.
    expect(after.filter((p) => p.deleting).map((p) => p.name).sort()).toEqual([...onNode02].sort());
    const live = after.filter((p) => !p.deleting);
    expect(live).toHaveLength(4);
    expect(live.every((p) => p.phase === 'Running' && p.node === 'node01')).toBe(true);

    faults(c).startNode('node02');
    c.advance(60_000);
    expect(nodeReady(c, 'node02')).toBe('True');
    expect(pods(c, 'web').filter((p) => p.deleting)).toHaveLength(0);
  });

  it('a broken image fails new pulls with the registry\'s words until it is fixed', () => {
    const c = createCluster({ seed: 22 });
    faults(c).breakImage('httpd:2.4');
    c.api.create(deployment('site', 1, 'httpd:2.4'));
    c.advance(30_000);
    const pod = c.store.list('pods', 'default').find((p) => p.metadata.labels?.['app'] === 'site');
    const waiting = (pod?.['status'] as { containerStatuses: { state: { waiting?: { reason: string; message: string } } }[] }).containerStatuses[0]?.state.waiting;
    expect(waiting?.reason).toMatch(/^(ErrImagePull|ImagePullBackOff)$/);
    expect(waiting?.message).toContain('failed to resolve reference "docker.io/library/httpd:2.4": docker.io/library/httpd:2.4: not found');
    faults(c).fixImage('httpd:2.4');
    // The next pull comes at the end of the current back-off (at most five minutes).
    c.advance(6 * 60_000);
    expect(pods(c, 'site').map((p) => p.phase)).toEqual(['Running']);
  });

  it('a killed container restarts and counts a restart', () => {
    const c = createCluster({ seed: 23 });
    c.api.create(deployment('web', 1));
    c.advance(60_000);
    const [pod] = pods(c, 'web');
    expect(faults(c).killContainer('default', pod?.name ?? '', 'c')).toEqual({ ok: true });
    c.advance(30_000);
    const status = c.api.peek<KubeObject>('pods', 'default', pod?.name ?? '')?.['status'] as { containerStatuses: { restartCount: number; lastState: { terminated?: { exitCode: number } } }[] };
    expect(status.containerStatuses[0]?.restartCount).toBe(1);
    expect(status.containerStatuses[0]?.lastState.terminated?.exitCode).toBe(137);
  });
});
