import { describe, it, expect } from 'vitest';
import {
  escapeFieldValue,
  fieldSelectorToString,
  fieldValue,
  matchesFields,
  parseFieldSelector,
  supportedFieldLabels,
} from './fields';
import type { FieldSelectorReq, FieldSource } from './fields';

function parsed(s: string, resource?: string): readonly FieldSelectorReq[] {
  const r = parseFieldSelector(s, resource);
  if (!r.ok) throw new Error(r.message);
  return r.selector;
}

describe('parseFieldSelector: syntax', () => {
  const cases: [string, string][] = [
    ['', ''],
    [',', ''],
    ['a=b', 'a=b'],
    ['a==b', 'a=b'],
    ['a!=b', 'a!=b'],
    ['a=', 'a='],
    ['b=1,a=2', 'a=2,b=1'],
    ['a=b,,c=d,', 'a=b,c=d'],
    ['a=b\\=c', 'a=b\\=c'],
    ['a=b\\,c,d=e', 'a=b\\,c,d=e'],
    ['a=b\\\\', 'a=b\\\\'],
    ['a!b=c', 'a!b=c'],
    ['a=!b', 'a=!b'],
    ['a =b', 'a =b'],
  ];
  it.each(cases)('%j → %j', (input, canonical) => {
    expect(fieldSelectorToString(parsed(input))).toBe(canonical);
  });

  it('gives structured, unescaped terms', () => {
    expect(parsed('status.phase!=Failed,spec.nodeName==node01,x=a\\,b')).toEqual([
      { field: 'spec.nodeName', operator: '=', value: 'node01' },
      { field: 'status.phase', operator: '!=', value: 'Failed' },
      { field: 'x', operator: '=', value: 'a,b' },
    ]);
  });

  const errors: [string, string][] = [
    ['a', "invalid selector: 'a'; can't understand 'a'"],
    ['a=b,c', "invalid selector: 'a=b,c'; can't understand 'c'"],
    ['x,a=b', "invalid selector: 'x,a=b'; can't understand 'x'"],
    ['a=b=c', 'invalid field selector: unescaped character in value: 61'],
    ['a==b=c', 'invalid field selector: unescaped character in value: 61'],
    ['a=b\\', 'invalid field selector: invalid escape sequence: \\'],
    ['a=b\\x', 'invalid field selector: invalid escape sequence: \\x'],
  ];
  it.each(errors)('error for %j', (input, message) => {
    expect(parseFieldSelector(input)).toEqual({ ok: false, message });
  });

  it('reports the first error in sorted term order', () => {
    expect(parseFieldSelector('z=1=2,a')).toEqual({ ok: false, message: "invalid selector: 'z=1=2,a'; can't understand 'a'" });
  });

  it('escapeFieldValue escapes backslash, comma and equals', () => {
    expect(escapeFieldValue('a\\b,c=d')).toBe('a\\\\b\\,c\\=d');
  });
});

describe('parseFieldSelector: per-resource labels (server conversion)', () => {
  const accepted: [string, string][] = [
    ['pods', 'metadata.name=a,metadata.namespace=b,spec.nodeName=n,spec.restartPolicy=Always,spec.schedulerName=s'],
    ['pods', 'spec.serviceAccountName=sa,spec.hostNetwork=true,status.phase=Running,status.podIP=1.2.3.4'],
    ['pods', 'status.podIPs=1.2.3.4,status.nominatedNodeName=n'],
    ['nodes', 'metadata.name=n,spec.unschedulable=true'],
    ['replicationcontrollers', 'metadata.name=a,metadata.namespace=b,status.replicas=1'],
    ['events', 'involvedObject.kind=Pod,involvedObject.namespace=d,involvedObject.name=p,involvedObject.uid=u'],
    ['events', 'involvedObject.apiVersion=v1,involvedObject.resourceVersion=1,involvedObject.fieldPath=f'],
    ['events', 'reason=Killing,reportingComponent=kubelet,source=kubelet,type=Warning,metadata.namespace=d,metadata.name=e'],
    ['namespaces', 'metadata.name=a,status.phase=Active'],
    ['secrets', 'type=Opaque,metadata.namespace=a,metadata.name=b'],
    ['services', 'metadata.namespace=a,metadata.name=b,spec.clusterIP=None,spec.type=NodePort'],
    ['jobs.batch', 'metadata.name=a,metadata.namespace=b,status.successful=1'],
    ['certificatesigningrequests.certificates.k8s.io', 'metadata.name=jane,spec.signerName=kubernetes.io/kube-apiserver-client'],
    ['configmaps', 'metadata.name=a,metadata.namespace=b'],
    ['deployments.apps', 'metadata.name=a,metadata.namespace=b'],
    ['persistentvolumes', 'metadata.name=a,metadata.namespace='],
  ];
  it.each(accepted)('%s accepts %s', (resource, selector) => {
    expect(parseFieldSelector(selector, resource).ok).toBe(true);
  });

  const rejected: [string, string, string][] = [
    ['pods', 'x=y', 'field label not supported: x'],
    ['pods', 'status.hostIP=1.2.3.4', 'field label not supported: status.hostIP'],
    ['pods', 'status.phase = Running', 'field label not supported: status.phase '],
    ['nodes', 'metadata.namespace=a', 'field label not supported: metadata.namespace'],
    ['nodes', 'spec.Unschedulable=true', 'field label not supported: spec.Unschedulable'],
    ['namespaces', 'metadata.namespace=a', 'field label not supported: metadata.namespace'],
    ['events', 'involvedObject.foo=1', 'field label not supported: involvedObject.foo'],
    ['secrets', 'data=x', 'field label not supported: data'],
    ['services', 'spec.ports=80', 'field label not supported: spec.ports'],
    ['replicationcontrollers', 'spec.replicas=1', 'field label not supported: spec.replicas'],
    ['jobs.batch', 'status.active=1', 'field label "status.active" not supported for Job'],
    ['certificatesigningrequests.certificates.k8s.io', 'metadata.namespace=a', 'field label not supported: metadata.namespace'],
    ['certificatesigningrequests.certificates.k8s.io', 'spec.username=jane', 'field label not supported: spec.username'],
    ['replicasets.apps', 'status.replicas=0', '"status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"'],
    ['ingresses.networking.k8s.io', 'foo.bar=baz', '"foo.bar" is not a known field selector: only "metadata.name", "metadata.namespace"'],
    ['cronjobs.batch', 'status.successful=1', '"status.successful" is not a known field selector: only "metadata.name", "metadata.namespace"'],
  ];
  it.each(rejected)('%s rejects %s', (resource, selector, message) => {
    expect(parseFieldSelector(selector, resource)).toEqual({ ok: false, message });
  });

  it('the first unsupported label in sorted order is reported', () => {
    expect(parseFieldSelector('zz=1,aa=2,status.phase=Running', 'pods')).toEqual({ ok: false, message: 'field label not supported: aa' });
  });

  it('syntax errors come before label checks', () => {
    expect(parseFieldSelector('foo', 'pods')).toEqual({ ok: false, message: "invalid selector: 'foo'; can't understand 'foo'" });
  });

  it('rewrites the old pod label spec.host to spec.nodeName', () => {
    expect(fieldSelectorToString(parsed('spec.host=node01', 'pods'))).toBe('spec.nodeName=node01');
  });

  it('supportedFieldLabels lists the accepted labels', () => {
    expect(supportedFieldLabels('nodes')).toEqual(['metadata.name', 'spec.unschedulable']);
    expect(supportedFieldLabels('configmaps')).toEqual(['metadata.name', 'metadata.namespace']);
  });
});

const pod: FieldSource = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'default' },
  spec: { nodeName: 'node01', restartPolicy: 'Always', schedulerName: 'default-scheduler', serviceAccountName: 'default' },
  status: { phase: 'Running', podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }, { ip: 'fd00::5' }], nominatedNodeName: 'node02' },
};
const node: FieldSource = { kind: 'Node', metadata: { name: 'node01' }, spec: {} };
const event: FieldSource = {
  kind: 'Event',
  metadata: { name: 'web.1', namespace: 'default' },
  involvedObject: { kind: 'Pod', namespace: 'default', name: 'web', uid: 'u1', apiVersion: 'v1', resourceVersion: '7', fieldPath: 'spec.containers{web}' },
  reason: 'Pulled',
  type: 'Normal',
  source: { component: 'kubelet', host: 'node01' },
  reportingComponent: 'kubelet',
};

describe('fieldValue: what each label reads', () => {
  const cases: [string, FieldSource, string, string][] = [
    ['pod', pod, 'metadata.name', 'web'],
    ['pod', pod, 'metadata.namespace', 'default'],
    ['pod', pod, 'spec.nodeName', 'node01'],
    ['pod', pod, 'spec.restartPolicy', 'Always'],
    ['pod', pod, 'spec.schedulerName', 'default-scheduler'],
    ['pod', pod, 'spec.serviceAccountName', 'default'],
    ['pod', pod, 'spec.hostNetwork', 'false'],
    ['hostNetwork pod', { metadata: {}, spec: { hostNetwork: true } }, 'spec.hostNetwork', 'true'],
    ['pod', pod, 'status.phase', 'Running'],
    ['pod', pod, 'status.podIP', '10.244.1.5'],
    ['pod with only podIP', { metadata: {}, status: { podIP: '10.0.0.9' } }, 'status.podIP', '10.0.0.9'],
    ['pod', pod, 'status.podIPs', ''],
    ['pod', pod, 'status.nominatedNodeName', 'node02'],
    ['pending pod', { metadata: { name: 'p' }, spec: {} }, 'spec.nodeName', ''],
    ['node', node, 'spec.unschedulable', 'false'],
    ['cordoned node', { metadata: {}, spec: { unschedulable: true } }, 'spec.unschedulable', 'true'],
    ['node', node, 'metadata.namespace', ''],
    ['rc', { metadata: {}, status: { replicas: 3 } }, 'status.replicas', '3'],
    ['new rc', { metadata: {}, status: {} }, 'status.replicas', '0'],
    ['job', { metadata: {}, status: { succeeded: 1 } }, 'status.successful', '1'],
    ['new job', { metadata: {} }, 'status.successful', '0'],
    ['event', event, 'involvedObject.fieldPath', 'spec.containers{web}'],
    ['event', event, 'involvedObject.resourceVersion', '7'],
    ['event', event, 'reason', 'Pulled'],
    ['event', event, 'type', 'Normal'],
    ['event', event, 'source', 'kubelet'],
    ['event', event, 'reportingComponent', 'kubelet'],
    ['new-style event', { metadata: {}, reportingComponent: 'kube-scheduler' }, 'source', 'kube-scheduler'],
    ['secret', { metadata: {}, type: 'kubernetes.io/tls' }, 'type', 'kubernetes.io/tls'],
    ['service', { metadata: {}, spec: { clusterIP: 'None', type: 'ClusterIP' } }, 'spec.clusterIP', 'None'],
    ['namespace', { metadata: { name: 'dev' }, status: { phase: 'Terminating' } }, 'status.phase', 'Terminating'],
  ];
  it.each(cases)('%s %s', (_what, obj, label, value) => {
    expect(fieldValue(obj, label)).toBe(value);
  });
});

describe('matchesFields', () => {
  const cases: [string, string, FieldSource, boolean][] = [
    ['status.phase=Running', 'pods', pod, true],
    ['status.phase==Running', 'pods', pod, true],
    ['status.phase!=Running', 'pods', pod, false],
    ['spec.nodeName=node01,status.phase!=Succeeded,status.phase!=Failed', 'pods', pod, true],
    ['spec.nodeName=node02,status.phase!=Succeeded', 'pods', pod, false],
    ['spec.host=node01', 'pods', pod, true],
    ['status.podIPs=', 'pods', pod, true],
    ['status.podIPs=10.244.1.5', 'pods', pod, false],
    ['spec.unschedulable=false', 'nodes', node, true],
    ['metadata.name=node01', 'nodes', node, true],
    ['metadata.namespace=', 'persistentvolumes', { metadata: { name: 'pv1' } }, true],
    ['metadata.namespace=default', 'persistentvolumes', { metadata: { name: 'pv1' } }, false],
    ['type=Warning', 'events', event, false],
    ['involvedObject.name=web,involvedObject.kind=Pod', 'events', event, true],
    ['', 'pods', pod, true],
  ];
  it.each(cases)('%j on %s → %s', (selector, resource, obj, expected) => {
    expect(matchesFields(parsed(selector, resource), obj, resource)).toBe(expected);
  });
});
