import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../../sandbox/view';
import { chipModel, diffKeys, pictureModel, relations, shortName } from './model';
import { statusStyle } from './status-style';
import { pictureSummary } from './summary';

/** The view goldens the sandbox tests keep in step with the simulator. */
const golden = (name: string): ClusterView => JSON.parse(readFileSync(new URL(`../../sandbox/__golden__/${name}`, import.meta.url), 'utf8')) as ClusterView;

describe('status styles', () => {
  it('gives every status kubectl prints a tone and an icon', () => {
    const cases: [string, string, string][] = [
      ['Running', '1/1', 'running'],
      ['Running', '0/1', 'notready'],
      ['NotReady', '1/2', 'notready'],
      ['Pending', '0/1', 'pending'],
      ['SchedulingGated', '0/1', 'pending'],
      ['ContainerCreating', '0/1', 'creating'],
      ['PodInitializing', '0/1', 'creating'],
      ['Init:0/2', '0/1', 'creating'],
      ['Init:CrashLoopBackOff', '0/1', 'crash'],
      ['Init:ImagePullBackOff', '0/1', 'image'],
      ['Completed', '0/1', 'completed'],
      ['Error', '0/1', 'error'],
      ['OOMKilled', '0/1', 'error'],
      ['ExitCode:3', '0/1', 'error'],
      ['CrashLoopBackOff', '0/1', 'crash'],
      ['ImagePullBackOff', '0/1', 'image'],
      ['ErrImagePull', '0/1', 'image'],
      ['Terminating', '1/1', 'terminating'],
      ['Unknown', '0/1', 'unknown'],
    ];
    expect(cases.map(([s, r]) => [s, r, statusStyle(s, r).tone])).toEqual(cases);
    const icons = new Set(cases.map(([s, r]) => statusStyle(s, r).icon));
    expect(icons.size).toBe(10);
  });
});

describe('picture model', () => {
  it('names each pod chip for screen readers and traces its owners', () => {
    const view = golden('rollout.json');
    const model = pictureModel(view);
    const chips = model.nodes.flatMap((n) => n.chips);
    expect(chips.map((c) => [c.accessibleName, c.detail, c.tone, c.outdated])).toEqual([
      ['pod web-5545978884-75jt2, ContainerCreating, on node01', '0/1', 'creating', false],
      ['pod web-7957885594-4m2nv, Running, on node01, old revision', '1/1', 'running', true],
      ['pod web-7957885594-b2b5j, Running, on node02, old revision', '1/1', 'running', true],
      ['pod web-7957885594-s74jc, Running, on node02, old revision', '1/1', 'running', true],
    ]);
    expect(chips[0]?.chain).toBe('Deployment web → ReplicaSet web-5545978884 → Pod web-5545978884-75jt2');
    expect(chips[1]?.chain).toBe('Deployment web → ReplicaSet web-7957885594 → Pod web-7957885594-4m2nv (old revision, being replaced)');
    expect(chips[0]?.hue).not.toBe(chips[1]?.hue);
    expect(chips[1]?.hue).toBe(chips[2]?.hue);
    expect(model.nodes.map((n) => [n.groupLabel, n.hiddenNote, n.taintNote])).toEqual([
      ['node controlplane, Ready, 0 pods', '+6 kube-system pods', 'taints: control-plane:NoSchedule'],
      ['node node01, Ready, 2 pods', '+3 kube-system pods', ''],
      ['node node02, Ready, 2 pods', '+3 kube-system pods', ''],
    ]);
  });

  it('highlights the hovered pod, its ReplicaSet and the rest of its Deployment', () => {
    const chips = pictureModel(golden('rollout.json')).nodes.flatMap((n) => n.chips);
    const other = chipModel({ ...golden('rollout.json').nodes[1]!.pods[0]!, key: 'default/solo', name: 'solo', owners: [] });
    const rel = relations([...chips, other], chips[1]!);
    expect([...rel]).toEqual([
      ['default/web-5545978884-75jt2', 'family'],
      ['default/web-7957885594-4m2nv', 'self'],
      ['default/web-7957885594-b2b5j', 'sibling'],
      ['default/web-7957885594-s74jc', 'sibling'],
    ]);
  });

  it('draws Services with their ports and the pods behind them', () => {
    const model = pictureModel(golden('service.json'));
    expect(model.services.map((s) => [s.name, s.address, s.ports, s.endpointsText, s.links, s.addresses])).toEqual([
      ['api', `ClusterIP ${golden('service.json').services[0]!.clusterIP}`, '80/TCP', '1 endpoint, 0 ready', [{ pod: 'default/api', ready: false }], []],
      ['kubernetes', 'ClusterIP 10.96.0.1', '443/TCP', '1 endpoint', [], ['192.168.1.10']],
      expect.arrayContaining(['web', '2 endpoints']),
      ['ingress-nginx-controller', expect.stringMatching(/^NodePort /), '80:30080/TCP,443:30443/TCP', 'no endpoints', [], []],
    ]);
  });

  it('puts pods no node runs in a box of their own', () => {
    const view = golden('booted.json');
    const pod = { ...golden('rollout.json').nodes[1]!.pods[0]!, node: null, status: 'Pending' };
    const model = pictureModel({ ...view, unscheduled: [pod] });
    const last = model.nodes[model.nodes.length - 1]!;
    expect([last.name, last.title, last.groupLabel, last.chips[0]?.accessibleName]).toEqual(['', 'Not scheduled', 'pods not scheduled on any node, 1', 'pod web-5545978884-75jt2, Pending, not scheduled']);
  });

  it('shortens long names keeping the random suffix', () => {
    expect(shortName('web-7957885594-4m2nv')).toBe('web-7957885594-4m2nv');
    expect(shortName('kube-controller-manager-controlplane')).toBe('kube-controller-m…lplane');
    expect(shortName('kube-controller-manager-controlplane').length).toBe(24);
  });

  it('diffs chip keys into added, removed and kept', () => {
    expect(diffKeys(['a', 'b', 'c'], ['b', 'd', 'c'])).toEqual({ added: ['d'], removed: ['a'], kept: ['b', 'c'] });
  });
});

describe('picture summary', () => {
  it('says what the picture shows in one sentence', () => {
    expect(pictureSummary(golden('booted.json'))).toBe('3 nodes; no pods; 2 services; 12 kube-system pods not shown');
    expect(pictureSummary(golden('rollout.json'))).toBe('3 nodes; 4 pods: 3 Running, 1 ContainerCreating; 2 services; 12 kube-system pods not shown');
    expect(pictureSummary(golden('stopped-node.json'))).toBe('3 nodes (1 NotReady); 2 pods: 2 Running; 2 services; 12 kube-system pods not shown');
    const one = golden('service.json');
    expect(pictureSummary({ ...one, nodes: one.nodes.slice(2, 3), services: one.services.slice(0, 1), hidden: { namespaces: [], pods: 0, services: 0 } })).toBe(
      '1 node; 1 pod: 1 Running; 1 service',
    );
  });
});
