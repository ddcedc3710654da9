import { describe, expect, it } from 'vitest';
import { knownKind, lookupField, servedKinds } from './index';

const POD = { group: '', version: 'v1', kind: 'Pod' };

describe('knownKind', () => {
  it('knows the served kinds by apiVersion', () => {
    expect(knownKind('v1', 'Pod')).toBe(true);
    expect(knownKind('apps/v1', 'Deployment')).toBe(true);
    expect(knownKind('autoscaling/v1', 'HorizontalPodAutoscaler')).toBe(true);
    expect(knownKind('events.k8s.io/v1', 'Event')).toBe(true);
    expect(knownKind('apps/v1beta1', 'Deployment')).toBe(false);
    expect(knownKind('v1', 'Deployment')).toBe(false);
    expect(knownKind('v1', 'toString')).toBe(false);
    expect(servedKinds()).toHaveLength(44);
  });
});

describe('lookupField', () => {
  it('describes a kind', () => {
    const r = lookupField(POD, []);
    expect(r.ok && r.typeName).toBe('Pod');
    expect(r.ok && r.fields.map((f) => f.name)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
  });

  it('walks through lists to the element struct', () => {
    const r = lookupField(POD, ['spec', 'containers']);
    if (!r.ok) throw new Error('lookup failed');
    expect(r.typeId).toBe('core/v1.Container');
    expect(r.field).toEqual({ type: 'array', goType: '[]v1.Container', required: true,
      items: { type: 'object', ref: 'core/v1.Container', goType: 'v1.Container' } });
    expect(r.fields.find((f) => f.name === 'image')?.type).toEqual({ type: 'string', goType: 'string' });
  });

  it('gives scalar and map fields without children', () => {
    const limits = lookupField(POD, ['spec', 'containers', 'resources', 'limits']);
    expect(limits).toEqual({ ok: true, fields: [], field: { type: 'map', goType: 'v1.ResourceList',
      items: { type: 'quantity', goType: 'resource.Quantity' } } });
    const grace = lookupField(POD, ['spec', 'terminationGracePeriodSeconds']);
    expect(grace.ok && grace.field).toEqual({ type: 'integer', format: 'int64', goType: 'int64' });
    const port = lookupField({ group: '', version: 'v1', kind: 'Service' }, ['spec', 'ports', 'targetPort']);
    expect(port.ok && port.field).toEqual({ type: 'intOrString', goType: 'intstr.IntOrString' });
  });

  it('crosses packages and knows overlay fields', () => {
    const r = lookupField({ group: 'apps', version: 'v1', kind: 'Deployment' }, ['spec', 'template', 'spec', 'hostnameOverride']);
    expect(r.ok && r.field).toEqual({ type: 'string', goType: 'string' });
    const meta = lookupField({ group: 'apps', version: 'v1', kind: 'Deployment' }, ['metadata']);
    expect(meta.ok && meta.typeId).toBe('meta/v1.ObjectMeta');
  });

  it('reports what does not exist', () => {
    expect(lookupField(POD, ['spec', 'containerz', 'image'])).toEqual(
      { ok: false, reason: 'unknown-field', field: 'containerz', parent: ['spec'] });
    expect(lookupField(POD, ['spec', 'nodeName', 'x'])).toEqual(
      { ok: false, reason: 'unknown-field', field: 'x', parent: ['spec', 'nodeName'] });
    expect(lookupField({ group: 'x', version: 'v1', kind: 'Y' }, [])).toEqual({ ok: false, reason: 'unknown-kind' });
  });
});
