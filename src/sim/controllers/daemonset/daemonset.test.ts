import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/object';
import { nodeObject } from '../../bootstrap/nodes';
import type { Cluster } from '../../cluster';
import { RESOURCE_TYPE } from '../types';
import { edit, must, podSummary, pods, recordTimeline, setImage, statusLine, watchRolloutLines, workloadCluster } from '../statefulset/testing';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** A log collector DaemonSet in kube-system, like the one in the Kubernetes docs. */
function logsDaemonSet(extraSpec: Record<string, unknown> = {}, podSpec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'fluentd', namespace: 'kube-system', labels: { 'k8s-app': 'fluentd-logging' } },
    spec: {
      selector: { matchLabels: { name: 'fluentd' } },
      template: {
        metadata: { labels: { name: 'fluentd' } },
        spec: { containers: [{ name: 'fluentd', image: 'fluent/fluentd:v1.16' }], ...podSpec },
      },
      ...extraSpec,
    },
  };
}

const CONTROL_PLANE_TOLERATION = { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] };
const ds = (c: Cluster, name = 'fluentd') => c.api.peek<KubeObject>('daemonsets.apps', 'kube-system', name);
/** The DaemonSet's pods by node, their random name suffixes masked. */
const summary = (c: Cluster, name = 'fluentd') =>
  podSummary(c, name, 'kube-system')
    .map((l) => l.replace(/^(\S+)-[a-z0-9]{5} /, '$1-xxxxx '))
    .sort((a, b) => (a.split(' ')[1] ?? '').localeCompare(b.split(' ')[1] ?? ''));

function addNode(c: Cluster, name: string, labels: Record<string, string> = {}): void {
  const node = nodeObject({ name, controlPlane: false, cpu: 2, memoryKi: 4015360, maxPods: 110, internalIP: '192.168.1.13', podCIDR: '10.244.3.0/24' }, 'v1.35.0', c.random, c.rt.timestamp());
  node.metadata.labels = { ...node.metadata.labels, ...labels };
  must(c.api.create(node));
}

function label(c: Cluster, node: string, key: string, value: string | undefined): void {
  edit(c, 'nodes', node, (n) => {
    const labels = { ...(n.metadata.labels ?? {}) };
    if (value === undefined) delete labels[key];
    else labels[key] = value;
    return { ...n, metadata: { ...n.metadata, labels } };
  }, null);
}

/** The line `kubectl rollout status daemonset/<name>` prints for this state (kubectl v1.35, §6.1). */
function rolloutLine(d: KubeObject): string {
  const st = (d['status'] ?? {}) as { observedGeneration?: number; desiredNumberScheduled?: number; updatedNumberScheduled?: number; numberAvailable?: number };
  const name = d.metadata.name ?? '';
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return 'Waiting for daemon set spec update to be observed...';
  const desired = st.desiredNumberScheduled ?? 0;
  if ((st.updatedNumberScheduled ?? 0) < desired) return `Waiting for daemon set "${name}" rollout to finish: ${st.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...`;
  if ((st.numberAvailable ?? 0) < desired) return `Waiting for daemon set "${name}" rollout to finish: ${st.numberAvailable ?? 0} of ${desired} updated pods are available...`;
  return `daemon set "${name}" successfully rolled out`;
}

describe('the default cluster', () => {
  it('runs kube-proxy and kube-flannel-ds on all three nodes, the tainted control plane included', () => {
    const c = workloadCluster();
    // Images and hashes belong to the bootstrap manifests: only placement and counts are compared.
    const placement = (name: string) => summary(c, name).map((l) => l.split(' ').slice(0, 2).concat(l.split(' ').slice(4)).join(' '));
    golden('default-cluster.txt', [
      statusLine(ds(c, 'kube-proxy')),
      ...placement('kube-proxy'),
      statusLine(ds(c, 'kube-flannel-ds')),
      ...placement('kube-flannel-ds'),
      '',
    ].join('\n'));
  });
});

describe('DaemonSet placement', () => {
  it('creates one pod per schedulable node, pinned by node affinity, with the daemon tolerations', () => {
    const c = workloadCluster();
    const tl = recordTimeline(c, 'DaemonSet', 'fluentd', 'kube-system');
    must(c.api.create(logsDaemonSet()));
    c.runUntilQuiet();
    const pod = pods(c, 'kube-system').find((p) => p.metadata.name?.startsWith('fluentd-') && p.spec?.nodeName === 'node01');
    golden('create.txt', [
      ...tl.map((l) => l.replace(/fluentd-[a-z0-9]{5}/, 'fluentd-xxxxx')),
      '',
      statusLine(ds(c)),
      ...summary(c),
      '',
      `labels: ${JSON.stringify(pod?.metadata.labels)}`,
      `affinity: ${JSON.stringify(pod?.spec?.affinity)}`,
      'tolerations:',
      ...(pod?.spec?.tolerations ?? []).map((t) => `  ${JSON.stringify(t)}`),
      '',
    ].join('\n'));
  });

  it('a control-plane toleration brings a pod to the control plane too', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet({}, CONTROL_PLANE_TOLERATION)));
    c.runUntilQuiet();
    expect(summary(c).map((l) => l.split(' ')[1])).toEqual(['controlplane', 'node01', 'node02']);
  });

  it('follows nodes: a new node gets a pod, a deleted node loses it', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet()));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'DaemonSet', 'fluentd', 'kube-system');
    tl.push('--- node03 joins');
    addNode(c, 'node03');
    c.runUntilQuiet();
    const withNode03 = [statusLine(ds(c)), ...summary(c)];
    tl.push('--- kubectl delete node node01');
    must(c.api.delete(RESOURCE_TYPE.nodes, undefined, 'node01'));
    c.runUntilQuiet();
    golden('nodes-come-and-go.txt', [...tl.map((l) => l.replace(/fluentd-[a-z0-9]{5}/, 'fluentd-xxxxx')), '', ...withNode03, '', statusLine(ds(c)), ...summary(c), ''].join('\n'));
  });

  it('a nodeSelector limits it to labelled nodes; labelling and unlabelling move it', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet({}, { nodeSelector: { disk: 'ssd' } })));
    c.runUntilQuiet();
    const lines = ['no node labelled:', statusLine(ds(c)), ...summary(c)];
    label(c, 'node02', 'disk', 'ssd');
    c.runUntilQuiet();
    lines.push('--- kubectl label node node02 disk=ssd', statusLine(ds(c)), ...summary(c));
    label(c, 'node02', 'disk', undefined);
    c.runUntilQuiet();
    lines.push('--- kubectl label node node02 disk-', statusLine(ds(c)), ...summary(c), '');
    golden('node-selector.txt', lines.join('\n'));
  });

  it('keeps its pods on a node tainted NoSchedule (counted misscheduled) but leaves a node tainted NoExecute', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet()));
    c.runUntilQuiet();
    const taint = (node: string, effect: string) =>
      edit(c, 'nodes', node, (n) => ({ ...n, spec: { ...(n['spec'] as object), taints: [{ key: 'maintenance', value: 'true', effect }] } }), null);
    taint('node01', 'NoSchedule');
    c.runUntilQuiet();
    const lines = ['--- kubectl taint node node01 maintenance=true:NoSchedule', statusLine(ds(c)), ...summary(c)];
    taint('node02', 'NoExecute');
    c.runUntilQuiet();
    lines.push('--- kubectl taint node node02 maintenance=true:NoExecute', statusLine(ds(c)), ...summary(c), '');
    golden('taints.txt', lines.join('\n'));
  });

  it('replaces a deleted pod', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet()));
    c.runUntilQuiet();
    const victim = pods(c, 'kube-system').find((p) => p.metadata.name?.startsWith('fluentd-') && p.spec?.nodeName === 'node02');
    must(c.api.delete(RESOURCE_TYPE.pods, 'kube-system', victim?.metadata.name ?? ''));
    c.runUntilQuiet();
    const now = pods(c, 'kube-system').filter((p) => p.metadata.name?.startsWith('fluentd-'));
    expect(now.map((p) => p.spec?.nodeName).sort()).toEqual(['node01', 'node02']);
    expect(now.map((p) => p.metadata.name)).not.toContain(victim?.metadata.name);
  });
});

describe('DaemonSet updates', () => {
  it('RollingUpdate replaces one node at a time (maxUnavailable 1)', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet({}, CONTROL_PLANE_TOLERATION)));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'DaemonSet', 'fluentd', 'kube-system');
    const rollout = watchRolloutLines(c, 'daemonsets.apps', 'fluentd', rolloutLine, 'kube-system');
    tl.push('--- kubectl set image ds fluentd fluentd=fluent/fluentd:v1.17');
    setImage(c, 'daemonsets.apps', 'fluentd', 'fluent/fluentd:v1.17', 'kube-system');
    c.runUntilQuiet();
    const revisions = c.store.list('controllerrevisions.apps', 'kube-system').filter((r) => r.metadata.name?.startsWith('fluentd-')).map((r) => `${r.metadata.name} revision=${String(r['revision'])}`);
    golden('rolling-update.txt', [...tl.map((l) => l.replace(/fluentd-[a-z0-9]{5}/, 'fluentd-xxxxx')), '', ...rollout, '', statusLine(ds(c)), ...summary(c), ...revisions.sort(), ''].join('\n'));
    const d = ds(c);
    expect(d?.metadata.annotations?.['deprecated.daemonset.template.generation']).toBe('2');
    expect(pods(c, 'kube-system').filter((p) => p.metadata.name?.startsWith('fluentd-')).map((p) => p.metadata.labels?.['pod-template-generation'])).toEqual(['2', '2', '2']);
  });

  it('RollingUpdate with maxSurge 1 and maxUnavailable 0 starts each new pod beside the old one', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } })));
    c.runUntilQuiet();
    const tl = recordTimeline(c, 'DaemonSet', 'fluentd', 'kube-system');
    setImage(c, 'daemonsets.apps', 'fluentd', 'fluent/fluentd:v1.17', 'kube-system');
    c.runUntilQuiet();
    golden('surge.txt', [...tl.map((l) => l.replace(/fluentd-[a-z0-9]{5}/, 'fluentd-xxxxx')), '', statusLine(ds(c)), ...summary(c), ''].join('\n'));
  });

  it('OnDelete leaves old pods until they are deleted', () => {
    const c = workloadCluster();
    must(c.api.create(logsDaemonSet({ updateStrategy: { type: 'OnDelete' } })));
    c.runUntilQuiet();
    setImage(c, 'daemonsets.apps', 'fluentd', 'fluent/fluentd:v1.17', 'kube-system');
    c.runUntilQuiet();
    const lines = [statusLine(ds(c)), ...summary(c)];
    const old = pods(c, 'kube-system').find((p) => p.metadata.name?.startsWith('fluentd-') && p.spec?.nodeName === 'node01');
    must(c.api.delete(RESOURCE_TYPE.pods, 'kube-system', old?.metadata.name ?? ''));
    c.runUntilQuiet();
    lines.push('--- kubectl delete pod (the one on node01)', statusLine(ds(c)), ...summary(c), '');
    golden('on-delete.txt', lines.join('\n'));
  });
});
