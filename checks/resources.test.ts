import { describe, expect, it } from 'vitest';
import { resourceAbsent } from './resource-absent';
import { resourceExists } from './resource-exists';
import { clusterAfter, goldenResults, shopCluster, viewOf } from './testing';

const view = viewOf(shopCluster());

describe('resourceExists', () => {
  it('finds objects, and says what is there when one is missing', async () => {
    const text = goldenResults(resourceExists, view, {
      'a deployment in its namespace, by short name': { kind: 'deploy', name: 'web', namespace: 'shop' },
      'a cluster-scoped node': { kind: 'node', name: 'node01' },
      'missing: the other pods of the namespace': { kind: 'pod', name: 'web' },
      'missing here, present in another namespace': { kind: 'deployment', name: 'web' },
      'missing, none of its kind in the namespace': { kind: 'statefulset', name: 'db', namespace: 'shop' },
      'missing cluster-scoped object': { kind: 'node', name: 'node03' },
      'being deleted': { kind: 'pod', name: 'stuck' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/resource-exists.txt');
  });
});

describe('resourceAbsent', () => {
  it('passes for gone or deleting objects, fails for live ones', async () => {
    const text = goldenResults(resourceAbsent, view, {
      'never existed': { kind: 'pod', name: 'web' },
      'being deleted': { kind: 'pod', name: 'stuck' },
      'a running pod': { kind: 'pod', name: 'api' },
      'a deployment': { kind: 'deployment', name: 'broken', namespace: 'shop' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/resource-absent.txt');
  });
});

describe('checks on custom resources', () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: crontabs.stable.example.com}
spec:
  group: stable.example.com
  scope: Namespaced
  names: {plural: crontabs, kind: CronTab, shortNames: [ct]}
  versions:
  - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
`;
  it('finds a custom object by plural.group once its CRD is served, and says so when it is not', () => {
    const before = viewOf(clusterAfter([]));
    const after = viewOf(clusterAfter([{ yaml: crd }, 'wait --for=condition=Established crd/crontabs.stable.example.com', { yaml: 'apiVersion: stable.example.com/v1\nkind: CronTab\nmetadata: {name: nightly}\nspec: {cronSpec: "0 3 * * *"}\n' }]));
    const cases = {
      'the CRD is not installed': { kind: 'crontabs.stable.example.com', name: 'nightly' },
    };
    expect(goldenResults(resourceExists, before, cases)).toBe('## the CRD is not installed\nfail: unknown kind crontabs.stable.example.com\n');
    expect(goldenResults(resourceExists, after, { 'by plural.group': { kind: 'crontabs.stable.example.com', name: 'nightly' } })).toBe(
      '## by plural.group\npass: crontab/nightly in default exists\n',
    );
  });
});
