/**
 * Both controllers in the default cluster (real API plugins, scheduler, kubelet, node lifecycle).
 * Timings belong to the kubelet, so these tests assert order and end states, not seconds.
 */
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/object';
import { createCluster } from '../../index';
import type { KubeletComponent } from '../../kubelet';
import { RESOURCE_TYPE } from '../types';
import { must, podSummary, pods, recordTimeline, statusLine, webStatefulSet } from './testing';

const untimed = (lines: string[]) => lines.map((l) => l.replace(/^\+\s*\d+s {2}/, ''));

describe('the default cluster', () => {
  it('runs a kube-proxy and a kube-flannel-ds pod on each of its three nodes', () => {
    const c = createCluster();
    for (const name of ['kube-proxy', 'kube-flannel-ds']) {
      const mine = pods(c, 'kube-system').filter((p) => p.metadata.name?.startsWith(`${name}-`) && /^[a-z0-9]{5}$/.test(p.metadata.name.slice(name.length + 1)));
      expect(mine.map((p) => p.spec?.nodeName).sort()).toEqual(['controlplane', 'node01', 'node02']);
      expect(mine.every((p) => p.status?.phase === 'Running')).toBe(true);
      expect(statusLine(c.api.peek('daemonsets.apps', 'kube-system', name))).toBe(
        'currentNumberScheduled=3 numberMisscheduled=0 desiredNumberScheduled=3 numberReady=3 observedGeneration=1 updatedNumberScheduled=3 numberAvailable=3',
      );
    }
  });

  it('brings up the web StatefulSet in order, with bound claims', () => {
    const c = createCluster();
    const tl = recordTimeline(c, 'StatefulSet', 'web');
    must(c.api.create(webStatefulSet({ image: 'nginx:1.27' })));
    c.runUntilQuiet(10 * 60_000);
    expect(untimed(tl)).toEqual([
      'Normal SuccessfulCreate: create Claim www-web-0 Pod web-0 in StatefulSet web success',
      'Normal SuccessfulCreate: create Pod web-0 in StatefulSet web successful',
      'pod web-0 Ready',
      'Normal SuccessfulCreate: create Claim www-web-1 Pod web-1 in StatefulSet web success',
      'Normal SuccessfulCreate: create Pod web-1 in StatefulSet web successful',
      'pod web-1 Ready',
      'Normal SuccessfulCreate: create Claim www-web-2 Pod web-2 in StatefulSet web success',
      'Normal SuccessfulCreate: create Pod web-2 in StatefulSet web successful',
      'pod web-2 Ready',
    ]);
    expect(c.store.list('persistentvolumeclaims', 'default').map((p) => `${p.metadata.name} ${(p['status'] as { phase: string }).phase}`)).toEqual([
      'www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound',
    ]);
  });

  it('stops at a pod that never becomes Ready (OrderedReady)', () => {
    const c = createCluster();
    must(c.api.create(webStatefulSet({ image: 'nginx:doesnotexist', claims: false })));
    c.advance(5 * 60_000);
    expect(podSummary(c, 'web', 'default', false).map((l) => `${l.split(' ')[0]} ${l.split(' ')[3]}`)).toEqual(['web-0 Pending']);
    expect(statusLine(c.api.peek('statefulsets.apps', 'default', 'web'))).toMatch(/^observedGeneration=1 replicas=1 currentReplicas=1 updatedReplicas=1 /);
  });

  it('does not replace a pod of a dead node until the old object is gone', () => {
    const c = createCluster();
    must(c.api.create(webStatefulSet({ replicas: 2, image: 'nginx:1.27', claims: false })));
    c.runUntilQuiet(10 * 60_000);
    const node = pods(c).find((p) => p.metadata.name === 'web-1')?.spec?.nodeName ?? '';
    c.component<KubeletComponent>('kubelet').stopKubelet(node);
    // Past the 50 s grace period and the 300 s toleration: the taint manager deletes web-1, nobody confirms it.
    c.advance(10 * 60_000);
    const web1 = pods(c).find((p) => p.metadata.name === 'web-1');
    expect(web1?.metadata.deletionTimestamp).toBeDefined();
    expect(web1?.spec?.nodeName).toBe(node);
    // kubectl delete pod web-1 --force --grace-period=0
    must(c.api.delete(RESOURCE_TYPE.pods, 'default', 'web-1', { gracePeriodSeconds: 0 }));
    c.advance(2 * 60_000);
    const back = pods(c).find((p) => p.metadata.name === 'web-1') as KubeObject | undefined;
    expect(back?.metadata.uid).not.toBe(web1?.metadata.uid);
    expect(back?.metadata.deletionTimestamp).toBeUndefined();
    expect(podSummary(c, 'web', 'default', false).map((l) => l.split(' ').slice(0, 1).concat(l.split(' ').slice(3)).join(' '))).toEqual(['web-0 Running', 'web-1 Running']);
  });
});
