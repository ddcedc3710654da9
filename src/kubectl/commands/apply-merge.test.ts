// apply's three-way merge reads patch's schema table (patch/patch-meta.ts): merge keys by the
// field's struct type, scalar lists tagged `merge` kept value by value, `replace` maps and untagged
// lists taken whole from the manifest, and the name-based guess only for kinds the schema lacks.

import { describe, expect, it } from 'vitest';
import { merge3 } from './apply-merge';
import { schemaRoot } from './patch/patch-meta';

type Obj = Record<string, unknown>;

const deployment = (podSpec: Obj, metadata: Obj = {}): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', ...metadata },
  spec: { template: { spec: podSpec } },
});
const podSpecOf = (o: unknown): Obj => ((o as Obj)['spec'] as { template: { spec: Obj } }).template.spec;
const DEPLOYMENT = schemaRoot('apps/v1', 'Deployment');

describe('apply three-way merge', () => {
  it('merges containers by name and their ports by containerPort, keeping live-only items', () => {
    const current = deployment({ containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, protocol: 'TCP' }] }, { name: 'injected', image: 'y' }] });
    const modified = deployment({ containers: [{ name: 'a', image: 'x2', ports: [{ containerPort: 80 }, { containerPort: 443 }] }] });
    expect(podSpecOf(merge3(DEPLOYMENT, current, modified, modified))).toEqual({
      containers: [{ name: 'a', image: 'x2', ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 443 }] }, { name: 'injected', image: 'y' }],
    });
  });

  it('removes list items the previous apply had and the new manifest dropped', () => {
    const original = deployment({ containers: [{ name: 'a', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }] });
    const current = deployment({ containers: [{ name: 'a', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }, { name: 'LIVE', value: '3' }] }] });
    const modified = deployment({ containers: [{ name: 'a', env: [{ name: 'A', value: '1' }] }] });
    expect(podSpecOf(merge3(DEPLOYMENT, current, original, modified))).toEqual({
      containers: [{ name: 'a', env: [{ name: 'A', value: '1' }, { name: 'LIVE', value: '3' }] }],
    });
  });

  it('replaces lists the schema does not tag (tolerations, args)', () => {
    const current = deployment({ tolerations: [{ key: 'live', operator: 'Exists' }], containers: [{ name: 'a', args: ['x', 'y'] }] });
    const modified = deployment({ tolerations: [{ key: 'new', operator: 'Exists' }], containers: [{ name: 'a', args: ['z'] }] });
    expect(podSpecOf(merge3(DEPLOYMENT, current, undefined, modified))).toEqual({
      tolerations: [{ key: 'new', operator: 'Exists' }],
      containers: [{ name: 'a', args: ['z'] }],
    });
  });

  it('keeps live finalizers (a merge list of scalars) and drops the ones the manifest no longer has', () => {
    const original = deployment({}, { finalizers: ['a', 'gone'] });
    const current = deployment({}, { finalizers: ['a', 'gone', 'live'] });
    const modified = deployment({}, { finalizers: ['a', 'b'] });
    const merged = merge3(DEPLOYMENT, current, original, modified) as { metadata: Obj };
    expect(merged.metadata['finalizers']).toEqual(['a', 'b', 'live']);
  });

  it("merges a Service's ports by port", () => {
    const svc = (ports: Obj[]): Obj => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports } });
    const current = svc([{ port: 80, targetPort: 8080, protocol: 'TCP' }, { port: 9090 }]);
    const modified = svc([{ port: 80, targetPort: 8081 }]);
    const merged = merge3(schemaRoot('v1', 'Service'), current, undefined, modified) as { spec: Obj };
    expect(merged.spec['ports']).toEqual([{ port: 80, targetPort: 8081, protocol: 'TCP' }, { port: 9090 }]);
  });

  it('takes a map tagged replace (a PodDisruptionBudget selector) whole from the manifest', () => {
    const pdb = (selector: Obj): Obj => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { selector } });
    const current = pdb({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] });
    const modified = pdb({ matchLabels: { app: 'api' } });
    const merged = merge3(schemaRoot('policy/v1', 'PodDisruptionBudget'), current, undefined, modified) as { spec: Obj };
    expect(merged.spec['selector']).toEqual({ matchLabels: { app: 'api' } });
  });

  it('falls back to merge keys guessed from field names for kinds the schema does not know', () => {
    const widget = (containers: Obj[]): Obj => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { containers } });
    const current = widget([{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }]);
    const modified = widget([{ name: 'a', image: 'x2' }]);
    const merged = merge3(schemaRoot('example.com/v1', 'Widget'), current, undefined, modified) as { spec: Obj };
    expect(merged.spec['containers']).toEqual([{ name: 'a', image: 'x2' }, { name: 'b', image: 'y' }]);
  });
});
