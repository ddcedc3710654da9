import { describe, expect, it } from 'vitest';
import { setNewReplicaSetAnnotations } from './annotations';
import { maxSurge, maxUnavailable, resolveFenceposts } from './fenceposts';
import { replicaSetProportion } from './replicasets';
import { equalIgnoreHash, podTemplateHash, replicaSetName } from './template-hash';
import type { DeploymentObject, ReplicaSetObject } from './types';

const deployment = (replicas: number, maxSurgeValue: number | string = '25%', maxUnavailableValue: number | string = '25%'): DeploymentObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', annotations: { 'kubernetes.io/change-cause': 'kubectl set image deployment/web nginx=nginx:1.28', 'kubectl.kubernetes.io/last-applied-configuration': '{}' } },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: maxSurgeValue, maxUnavailable: maxUnavailableValue } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
  },
});

const replicaSet = (replicas: number, maxReplicas?: number): ReplicaSetObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'web-x', namespace: 'default', annotations: maxReplicas === undefined ? {} : { 'deployment.kubernetes.io/max-replicas': String(maxReplicas) } },
  spec: { replicas, selector: {} },
});

describe('fence-posts', () => {
  it('match the table of the reference (25% surge rounds up, 25% unavailable rounds down)', () => {
    const rows = [1, 2, 3, 4, 5, 10].map((r) => {
      const d = deployment(r);
      return `${r}: surge ${maxSurge(d)}, unavailable ${maxUnavailable(d)}, max pods ${r + maxSurge(d)}, min available ${r - maxUnavailable(d)}`;
    });
    expect(rows).toEqual([
      '1: surge 1, unavailable 0, max pods 2, min available 1',
      '2: surge 1, unavailable 0, max pods 3, min available 2',
      '3: surge 1, unavailable 0, max pods 4, min available 3',
      '4: surge 1, unavailable 1, max pods 5, min available 3',
      '5: surge 2, unavailable 1, max pods 7, min available 4',
      '10: surge 3, unavailable 2, max pods 13, min available 8',
    ]);
  });

  it('takes integers as they are, lets one pod be unavailable when both are zero, and refuses "5" without %', () => {
    expect(resolveFenceposts(2, 0, 10)).toEqual({ surge: 2, unavailable: 0 });
    expect(resolveFenceposts(0, 0, 10)).toEqual({ surge: 0, unavailable: 1 });
    expect(resolveFenceposts('0%', '0%', 10)).toEqual({ surge: 0, unavailable: 1 });
    expect(resolveFenceposts('5', 1, 10)).toBeUndefined();
    expect(maxUnavailable(deployment(2, 0, 5))).toBe(2);
    const recreate = { ...deployment(4), spec: { ...deployment(4).spec, strategy: { type: 'Recreate' } } } as DeploymentObject;
    expect([maxSurge(recreate), maxUnavailable(recreate)]).toEqual([0, 0]);
  });
});

describe('pod-template-hash', () => {
  const template = deployment(3).spec?.template ?? {};

  it('is ten characters of the safe alphabet, stable for equal templates whatever their key order', () => {
    const hash = podTemplateHash(template);
    expect(hash).toMatch(/^[4-9bcdf]{10}$/);
    const reordered = { spec: { containers: [{ image: 'nginx:1.27', name: 'nginx' }] }, metadata: { labels: { app: 'web' } } };
    expect(podTemplateHash(reordered)).toBe(hash);
    expect(podTemplateHash({ ...template, spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } })).not.toBe(hash);
  });

  it('changes with the collision count', () => {
    const hashes = new Set([podTemplateHash(template), podTemplateHash(template, 0), podTemplateHash(template, 1), podTemplateHash(template, 2)]);
    expect(hashes.size).toBe(4);
    for (const h of hashes) expect(h).toMatch(/^[4-9bcdf]{10}$/);
  });

  it('names the ReplicaSet <deployment>-<hash>, cutting a long deployment name to fit 253 characters', () => {
    expect(replicaSetName('web', '5869d7778c')).toBe('web-5869d7778c');
    const long = replicaSetName('a'.repeat(250), '5869d7778c');
    expect(long).toHaveLength(253);
    expect(long.endsWith('a-5869d7778c')).toBe(true);
  });

  it('templates compare equal without the hash label, and with nil and empty maps alike', () => {
    const withHash = { metadata: { labels: { app: 'web', 'pod-template-hash': '5869d7778c' } }, spec: template.spec };
    expect(equalIgnoreHash(withHash, template)).toBe(true);
    expect(equalIgnoreHash({ metadata: { labels: {}, annotations: {} }, spec: template.spec }, { spec: template.spec })).toBe(true);
    expect(equalIgnoreHash({ metadata: { labels: { app: 'api' } }, spec: template.spec }, template)).toBe(false);
  });
});

describe('new ReplicaSet annotations', () => {
  it('copy the deployment\'s own annotations but not last-applied, and set revision and replica counts', () => {
    const a: Record<string, string> = {};
    expect(setNewReplicaSetAnnotations(a, deployment(3), 1, false)).toBe(true);
    expect(a).toEqual({
      'kubernetes.io/change-cause': 'kubectl set image deployment/web nginx=nginx:1.28',
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
  });

  it('remember the revisions a reused ReplicaSet had, and leave a newer revision alone', () => {
    const a: Record<string, string> = { 'deployment.kubernetes.io/revision': '1' };
    setNewReplicaSetAnnotations(a, deployment(3), 3, true);
    expect([a['deployment.kubernetes.io/revision'], a['deployment.kubernetes.io/revision-history']]).toEqual(['3', '1']);
    setNewReplicaSetAnnotations(a, deployment(3), 5, true);
    expect([a['deployment.kubernetes.io/revision'], a['deployment.kubernetes.io/revision-history']]).toEqual(['5', '1,3']);
    const unchanged = { ...a };
    expect(setNewReplicaSetAnnotations(a, deployment(3), 4, true)).toBe(false);
    expect(a).toEqual(unchanged);
    expect(a['deployment.kubernetes.io/desired-replicas']).toBeUndefined();
  });
});

describe('proportional scaling', () => {
  it('gives each ReplicaSet its share of the change, by its size against the size it was made for', () => {
    // The documented example: 10 replicas, maxSurge 3 → 13; scaled to 15 → 18 allowed, 5 to add.
    const d = deployment(15, 3, 2);
    expect(replicaSetProportion(replicaSet(8, 13), d, 5, 0)).toBe(3);
    expect(replicaSetProportion(replicaSet(5, 13), d, 5, 3)).toBe(2);
    // Never more than what is left to add, and nothing once it is all added.
    expect(replicaSetProportion(replicaSet(8, 13), d, 2, 0)).toBe(2);
    expect(replicaSetProportion(replicaSet(5, 13), d, 5, 5)).toBe(0);
  });

  it('shrinks by share too, and empties everything when scaled to zero', () => {
    expect(replicaSetProportion(replicaSet(8, 13), deployment(5, 3, 2), -5, 0)).toBe(-3);
    expect(replicaSetProportion(replicaSet(8, 13), deployment(0, 3, 2), -13, 0)).toBe(-8);
  });
});
