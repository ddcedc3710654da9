import { describe, expect, it } from 'vitest';
import { deploymentAvailable } from './deployment-available';
import { imageIs } from './image-is';
import { podsRunning } from './pods-running';
import { replicasEquals } from './replicas-equals';
import { rolloutRevision } from './rollout-revision';
import { normalizeImage } from './support/workloads';
import { goldenResults, shopCluster, viewOf } from './testing';

const view = viewOf(shopCluster());

describe('deploymentAvailable', () => {
  it('counts available replicas and names the pods that are not', async () => {
    const text = goldenResults(deploymentAvailable, view, {
      'as many as asked': { name: 'web', namespace: 'shop', replicas: 3 },
      'without replicas: what it asks for': { name: 'web', namespace: 'shop' },
      'pods that cannot pull their image': { name: 'broken', namespace: 'shop', replicas: 2 },
      'set to other replicas': { name: 'web', namespace: 'shop', replicas: 5 },
      missing: { name: 'api' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/deployment-available.txt');
  });
});

describe('podsRunning', () => {
  it('counts running, ready pods a selector picks', async () => {
    const text = goldenResults(podsRunning, view, {
      'exactly 3': { selector: 'app=web', namespace: 'shop', count: 3 },
      'all of them': { selector: 'app=web', namespace: 'shop' },
      'one of many': { selector: 'app=api,tier=backend' },
      'none running': { selector: 'app=broken', namespace: 'shop' },
      'fewer than asked': { selector: 'app=web', namespace: 'shop', count: 4 },
      'more than asked': { selector: 'app=web', namespace: 'shop', count: 2 },
      'none at all': { selector: 'app=nothing', namespace: 'shop', count: 1 },
      'none, as asked': { selector: 'app=nothing', namespace: 'shop', count: 0 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/pods-running.txt');
  });
});

describe('replicasEquals', () => {
  it('reads spec.replicas', async () => {
    const text = goldenResults(replicasEquals, view, {
      'a deployment (the default kind)': { name: 'web', namespace: 'shop', replicas: 3 },
      'a replica set': { kind: 'rs', name: (view.list('replicasets', { namespace: 'shop', labelSelector: 'app=broken' })[0]?.metadata.name ?? ''), namespace: 'shop', replicas: 2 },
      'other replicas': { name: 'broken', namespace: 'shop', replicas: 5 },
      'missing stateful set': { kind: 'statefulset', name: 'db', namespace: 'shop', replicas: 1 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/replicas-equals.txt');
  });
});

describe('rolloutRevision', () => {
  it('reads the revision kubectl rollout history numbers', async () => {
    const text = goldenResults(rolloutRevision, view, {
      exact: { name: 'web', namespace: 'shop', revision: 2 },
      'at least': { name: 'web', namespace: 'shop', atLeast: 1 },
      'not yet': { name: 'web', namespace: 'shop', revision: 3 },
      'not yet at least': { name: 'broken', namespace: 'shop', atLeast: 2 },
      missing: { name: 'db', namespace: 'shop', revision: 1 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/rollout-revision.txt');
  });
});

describe('imageIs', () => {
  it('compares images of a template or pod, in one container or any', async () => {
    const text = goldenResults(imageIs, view, {
      'a deployment (the default kind)': { name: 'web', namespace: 'shop', image: 'nginx:1.28' },
      'the same image written in full': { name: 'web', namespace: 'shop', image: 'docker.io/library/nginx:1.28' },
      'a named container': { name: 'web', namespace: 'shop', container: 'nginx', image: 'nginx:1.28' },
      'an older image': { name: 'web', namespace: 'shop', container: 'nginx', image: 'nginx:1.27' },
      'any container, wrong image': { name: 'broken', namespace: 'shop', image: 'nginx:1.27' },
      'no such container': { name: 'web', namespace: 'shop', container: 'app', image: 'nginx:1.28' },
      'a pod': { kind: 'pod', name: 'api', image: 'nginx:1.27' },
      'a missing pod': { kind: 'pod', name: 'web', image: 'nginx:1.27' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/image-is.txt');
  });

  it('treats the short and the full image reference alike', () => {
    expect(['nginx', 'nginx:1.27', 'bitnami/redis', 'registry.k8s.io/pause:3.10', 'localhost:5000/app', 'nginx@sha256:abc'].map(normalizeImage)).toEqual([
      'docker.io/library/nginx:latest',
      'docker.io/library/nginx:1.27',
      'docker.io/bitnami/redis:latest',
      'registry.k8s.io/pause:3.10',
      'localhost:5000/app:latest',
      'docker.io/library/nginx@sha256:abc',
    ]);
  });
});
