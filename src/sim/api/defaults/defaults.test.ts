import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import type { Pod } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import { encodeBase64 as base64OfUtf8 } from '../../../lib/base64';
import {
  applyDefaults, defaultPodPriority, defaultPodSpec, defaultPullPolicy, defaultTolerationSecondsTolerations,
  podQOSClass, prepareForCreate, prepareForUpdate, quantityValue, serviceAccountTokenVolume, SYSTEM_PRIORITY_CLASSES, type KubeObject,
} from './index';

function pod(spec: Pod['spec']): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec } as KubeObject;
}

describe('image pull policy', () => {
  it.each([
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['docker.io/library/nginx:latest', 'Always'],
    ['localhost:5000/team/app', 'Always'],
    ['nginx:1.27', 'IfNotPresent'],
    ['registry.k8s.io/pause:3.10', 'IfNotPresent'],
    [`nginx@sha256:${'a'.repeat(64)}`, 'IfNotPresent'],
    [`nginx:latest@sha256:${'a'.repeat(64)}`, 'Always'],
    ['NGINX', 'IfNotPresent'],
    ['', 'IfNotPresent'],
  ])('%s → %s', (image, policy) => {
    expect(defaultPullPolicy(image)).toBe(policy);
  });
});

describe('QoS class', () => {
  const c = (resources: object) => ({ name: 'c', image: 'i', resources });
  it('is BestEffort without requests or limits', () => {
    expect(podQOSClass({ containers: [c({})] })).toBe('BestEffort');
  });
  it('is Guaranteed when every container has equal cpu and memory requests and limits', () => {
    const r = { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1000m', memory: '1024Mi' } };
    expect(podQOSClass({ containers: [c(r), c(r)] })).toBe('Guaranteed');
  });
  it('is Burstable when one container lacks a limit', () => {
    const r = { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } };
    expect(podQOSClass({ containers: [c(r), c({ requests: { cpu: '100m' } })] })).toBe('Burstable');
  });
  it('ignores zero quantities and other resources', () => {
    expect(podQOSClass({ containers: [c({ requests: { cpu: '0', 'ephemeral-storage': '1Gi' } })] })).toBe('BestEffort');
  });
  it('reads quantities', () => {
    expect([quantityValue('100m'), quantityValue('0.1'), quantityValue('1Ki'), quantityValue('1e3'), quantityValue('x')])
      .toEqual([0.1, 0.1, 1024, 1000, undefined]);
  });
});

describe('admission helpers', () => {
  it('builds the pod a real cluster shows after admission and scheduling', () => {
    const obj = pod({ containers: [{ image: 'nginx:1.27', name: 'nginx', ports: [{ containerPort: 80 }] }] });
    applyDefaults(obj);
    const spec = (obj as unknown as Pod).spec!;
    const { volume, mount } = serviceAccountTokenVolume('abcde');
    spec.serviceAccountName = 'default';
    spec.volumes = [volume];
    spec.containers[0]!.volumeMounts = [mount];
    spec.tolerations = defaultTolerationSecondsTolerations();
    defaultPodPriority(spec);
    spec.nodeName = 'node01';
    applyDefaults(obj);
    prepareForCreate(obj);
    // The expected spec is the one kubectl printed in reference/golden/fake-v1.35/get-pod-yaml.txt.
    const golden = readFileSync(new URL('./__golden__/admitted-pod.spec.yaml', import.meta.url), 'utf8');
    expect(dump({ spec }, { sortKeys: true, noArrayIndent: true })).toBe(golden);
  });

  it('gives system classes their fixed priorities', () => {
    const spec = { containers: [] };
    defaultPodPriority(spec, SYSTEM_PRIORITY_CLASSES['system-node-critical']);
    expect(spec).toEqual({ containers: [], priorityClassName: 'system-node-critical', priority: 2000001000, preemptionPolicy: 'PreemptLowerPriority' });
  });
});

describe('create versus update', () => {
  it('keeps a pod status on plain defaulting (updates) and resets it on create', () => {
    const obj = pod({ containers: [{ name: 'c', image: 'i' }] });
    obj['status'] = { phase: 'Running' };
    applyDefaults(obj);
    expect(obj['status']).toEqual({ phase: 'Running' });
    prepareForCreate(obj);
    expect(obj['status']).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('adds the namespace finalizer only on create', () => {
    const ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'gone' }, spec: { finalizers: [] } };
    applyDefaults(ns);
    expect(ns['spec']).toEqual({ finalizers: [] });
    prepareForCreate(ns);
    expect(ns['spec']).toEqual({ finalizers: ['kubernetes'] });
  });

  it('generates no job selector before the uid is known, nor with a manual selector', () => {
    const job = (manualSelector?: boolean): KubeObject => ({
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' },
      spec: { ...(manualSelector ? { manualSelector } : {}), template: { spec: { containers: [], restartPolicy: 'Never' } } },
    });
    const unknownUid = job();
    prepareForCreate(unknownUid);
    const manual = job(true);
    prepareForCreate(manual, { uid: 'u' });
    for (const j of [unknownUid, manual]) {
      expect((j['spec'] as { selector?: unknown }).selector).toBeUndefined();
      expect(j.metadata.labels).toBeUndefined();
    }
  });

  it('keeps a DaemonSet template generation given on create when it is larger', () => {
    const ds: KubeObject = {
      apiVersion: 'apps/v1', kind: 'DaemonSet',
      metadata: { name: 'd', annotations: { 'deprecated.daemonset.template.generation': '4' } },
      spec: { selector: {}, template: { spec: { containers: [] } } },
    };
    prepareForCreate(ds);
    expect(ds.metadata.annotations).toEqual({ 'deprecated.daemonset.template.generation': '4' });
  });
});

describe('pod templates', () => {
  it('get no pod-only defaults', () => {
    const spec = { containers: [{ name: 'c', image: 'i', resources: { limits: { cpu: '1' } } }] };
    defaultPodSpec(spec);
    expect(spec).not.toHaveProperty('enableServiceLinks');
    expect(spec.containers[0]!.resources).toEqual({ limits: { cpu: '1' } });
  });
});

describe('secret stringData', () => {
  it('is folded into data as base64 of its UTF-8 bytes', () => {
    expect(base64OfUtf8('s3cr3t')).toBe('czNjcjN0');
    expect(base64OfUtf8('héllo✓😀')).toBe('aMOpbGxv4pyT8J+YgA==');
    expect([base64OfUtf8(''), base64OfUtf8('a'), base64OfUtf8('ab')]).toEqual(['', 'YQ==', 'YWI=']);
  });
});

describe('update', () => {
  const ds = (image: string, generation?: string): KubeObject => ({
    apiVersion: 'apps/v1', kind: 'DaemonSet',
    metadata: { name: 'd', ...(generation ? { annotations: { 'deprecated.daemonset.template.generation': generation } } : {}) },
    spec: { selector: {}, template: { spec: { containers: [{ name: 'c', image }] } } },
  });

  it('counts DaemonSet template changes and keeps the count otherwise', () => {
    const old = ds('a:1', '2');
    const same = ds('a:1');
    prepareForUpdate(same, old);
    const changed = ds('a:2');
    prepareForUpdate(changed, old);
    expect([same, changed].map((d) => d.metadata.annotations?.['deprecated.daemonset.template.generation'])).toEqual(['2', '3']);
  });

  it('keeps namespace finalizers from the stored namespace', () => {
    const old: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' }, spec: { finalizers: ['kubernetes'] } };
    const next: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', labels: { team: 'a' } } };
    applyDefaults(next);
    prepareForUpdate(next, old);
    expect(next['spec']).toEqual({ finalizers: ['kubernetes'] });
  });
});
