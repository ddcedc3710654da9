import { describe, expect, it } from 'vitest';
import { resourceAbsent } from './resource-absent';
import { resourceExists } from './resource-exists';
import { goldenResults, shopCluster, viewOf } from './testing';

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
