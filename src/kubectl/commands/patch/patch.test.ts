// The patch machinery below the commands: Go's JSON syntax errors, the two-way strategic patch
// `kubectl edit` sends (its shape, and that applying it gives back the edited object), and the
// strategic merge's schema knowledge. The merge itself is checked against the real kubectl in
// ../patch-label-local.golden.test.ts.

import { describe, expect, it } from 'vitest';
import { toCompactJson } from '../../printers';
import { parseGoJson } from './go-json';
import { fieldMeta, schemaRoot } from './patch-meta';
import { applyStrategicPatch } from './strategic-merge';
import { changesIdentity, createTwoWayPatch } from './two-way-patch';

type Obj = Record<string, unknown>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("Go's JSON decoder errors", () => {
  const cases: [string, string][] = [
    ['{bad', "invalid character 'b' looking for beginning of object key string"],
    ['', 'unexpected end of JSON input'],
    ['{"a":', 'unexpected end of JSON input'],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b":2}', `invalid character '"' after object key:value pair`],
    ['[1 2]', "invalid character '2' after array element"],
    ['trux', "invalid character 'x' in literal true (expecting 'e')"],
    ['nul', 'unexpected end of JSON input'],
    ['{"a":1}x', "invalid character 'x' after top-level value"],
    ['-x', "invalid character 'x' in numeric literal"],
    ['1.e', "invalid character 'e' after decimal point in numeric literal"],
    ['"\\q"', "invalid character 'q' in string escape code"],
    ["'a'", "invalid character '\\'' looking for beginning of value"],
    ['{"a":\n}', "invalid character '}' looking for beginning of value"],
  ];
  for (const [text, message] of cases) {
    it(JSON.stringify(text), () => expect(parseGoJson(text)).toEqual({ ok: false, message }));
  }
  it('parses valid JSON', () => expect(parseGoJson(' {"a":[1,2.5,"x",null,true]} ')).toEqual({ ok: true, value: { a: [1, 2.5, 'x', null, true] } }));
});

const DEPLOYMENT: Obj = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web', tier: 'fe' }, finalizers: ['a', 'b'] },
  spec: {
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'nginx', image: 'nginx:1.27', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 80 }] },
          { name: 'side', image: 'busybox', args: ['sleep', '1d'] },
        ],
        tolerations: [{ key: 'x', operator: 'Exists' }],
        volumes: [{ name: 'data', emptyDir: {} }],
      },
    },
  },
};
const at = schemaRoot('apps/v1', 'Deployment');

/** Edits of the deployment as a user might make them in the editor. */
const EDITS: Record<string, (d: Obj) => void> = {
  'change an image': (d) => ((d as any).spec.template.spec.containers[0].image = 'nginx:1.28'),
  'remove an env var': (d) => (d as any).spec.template.spec.containers[0].env.splice(1, 1),
  'add an env var in the middle': (d) => (d as any).spec.template.spec.containers[0].env.splice(1, 0, { name: 'M', value: 'm' }),
  'swap the containers': (d) => (d as any).spec.template.spec.containers.reverse(),
  'add a container first': (d) => (d as any).spec.template.spec.containers.unshift({ name: 'init', image: 'alpine' }),
  'remove a container': (d) => (d as any).spec.template.spec.containers.pop(),
  'replace the tolerations': (d) => ((d as any).spec.template.spec.tolerations = [{ key: 'y', operator: 'Exists' }]),
  'change args': (d) => ((d as any).spec.template.spec.containers[1].args = ['sleep', '2d']),
  'drop a finalizer': (d) => (d as any).metadata.finalizers.pop(),
  'reorder finalizers': (d) => (d as any).metadata.finalizers.reverse(),
  'add a finalizer': (d) => (d as any).metadata.finalizers.push('c'),
  'remove a label': (d) => delete (d as any).metadata.labels.tier,
  'switch to Recreate': (d) => ((d as any).spec.strategy = { type: 'Recreate' }),
  'turn a volume into a hostPath': (d) => ((d as any).spec.template.spec.volumes[0] = { name: 'data', hostPath: { path: '/x' } }),
  'remove all ports': (d) => delete (d as any).spec.template.spec.containers[0].ports,
};

describe('the two-way strategic patch kubectl edit sends', () => {
  for (const [name, edit] of Object.entries(EDITS)) {
    it(`${name}: applying it gives the edited object`, () => {
      const modified = clone(DEPLOYMENT);
      edit(modified);
      const patch = createTwoWayPatch(DEPLOYMENT, modified, at);
      expect(applyStrategicPatch(DEPLOYMENT, patch, at)).toEqual(modified);
    });
  }

  const shape = (edit: (d: Obj) => void): string => {
    const modified = clone(DEPLOYMENT);
    edit(modified);
    return toCompactJson(createTwoWayPatch(DEPLOYMENT, modified, at));
  };
  it('is empty when nothing changed', () => expect(createTwoWayPatch(DEPLOYMENT, clone(DEPLOYMENT), at)).toEqual({}));
  it('names a changed container by its merge key and fixes the order', () => {
    expect(shape(EDITS['change an image'] as (d: Obj) => void)).toBe(
      '{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"nginx"},{"name":"side"}],"containers":[{"image":"nginx:1.28","name":"nginx"}]}}}}',
    );
  });
  it('deletes a list item with $patch: delete', () => {
    expect(shape(EDITS['remove an env var'] as (d: Obj) => void)).toBe(
      '{"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"nginx"},{"name":"side"}],"containers":[{"$setElementOrder/env":[{"name":"A"}],"env":[{"$patch":"delete","name":"B"}],"name":"nginx"}]}}}}',
    );
  });
  it('removes a scalar from a merged list with $deleteFromPrimitiveList', () => {
    expect(shape(EDITS['drop a finalizer'] as (d: Obj) => void)).toBe('{"metadata":{"$deleteFromPrimitiveList/finalizers":["b"],"$setElementOrder/finalizers":["a"]}}');
  });
  it('replaces an unmerged list whole, and nulls a removed key', () => {
    expect(shape(EDITS['replace the tolerations'] as (d: Obj) => void)).toBe('{"spec":{"template":{"spec":{"tolerations":[{"key":"y","operator":"Exists"}]}}}}');
    expect(shape(EDITS['remove a label'] as (d: Obj) => void)).toBe('{"metadata":{"labels":{"tier":null}}}');
  });
  it('lists the kept keys of a retainKeys field', () => {
    expect(shape(EDITS['switch to Recreate'] as (d: Obj) => void)).toBe('{"spec":{"strategy":{"$retainKeys":["type"],"rollingUpdate":null,"type":"Recreate"}}}');
  });
  it('edit refuses patches that rename or retype the object', () => {
    expect(changesIdentity({ metadata: { name: 'x' } })).toBe(true);
    expect(changesIdentity({ kind: 'Pod' })).toBe(true);
    expect(changesIdentity({ metadata: { labels: { a: null } } })).toBe(false);
  });
});

describe('patch metadata from the schema', () => {
  it('tells container ports from service ports', () => {
    const podSpec = fieldMeta(at, 'spec').typeId;
    expect(podSpec).toBe('apps/v1.DeploymentSpec');
    expect(fieldMeta('core/v1.Container', 'ports')).toEqual({ strategy: 'merge', mergeKey: 'containerPort', typeId: 'core/v1.ContainerPort' });
    expect(fieldMeta('core/v1.ServiceSpec', 'ports')).toEqual({ strategy: 'merge', mergeKey: 'port', typeId: 'core/v1.ServicePort' });
  });
  it('leaves untagged lists to be replaced and follows the fallback where the schema is silent', () => {
    expect(fieldMeta('core/v1.PodSpec', 'tolerations')).toEqual({ typeId: 'core/v1.Toleration' });
    expect(fieldMeta(undefined, 'containers')).toEqual({ strategy: 'merge', mergeKey: 'name' });
  });
});
