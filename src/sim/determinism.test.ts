import { describe, expect, it } from 'vitest';
import { Random } from '../lib/random';
import { createCluster, restoreCluster, type Cluster, type KubeObject } from './index';
import { RESOURCE_TYPE } from './controllers/types';

/** A long, varied sequence of user actions, chosen by its own seeded generator. */
function play(cluster: Cluster, steps: number, seed: number): void {
  const r = new Random(seed);
  const images = ['nginx:1.27', 'nginx:1.28', 'httpd:2.4', 'redis:7', 'nginx:doesnotexist', 'busybox:1.36'];
  for (let i = 0; i < steps; i++) {
    const name = `app${r.int(4)}`;
    switch (r.int(7)) {
      case 0:
        cluster.api.create({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name, namespace: 'default' },
          spec: {
            replicas: r.between(0, 4),
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: r.pick(images), command: r.int(3) === 0 ? ['sh', '-c', 'sleep 5; exit 1'] : undefined }] } },
          },
        });
        break;
      case 1: {
        const d = cluster.api.peek<KubeObject & { spec: { replicas: number } }>('deployments.apps', 'default', name);
        if (d) cluster.api.update({ ...d, spec: { ...d.spec, replicas: r.between(0, 5) } });
        break;
      }
      case 2: {
        const d = cluster.api.peek<KubeObject & { spec: { template: { spec: { containers: { image: string }[] } } } }>('deployments.apps', 'default', name);
        if (d) {
          const template = JSON.parse(JSON.stringify(d.spec.template));
          template.spec.containers[0].image = r.pick(images);
          cluster.api.update({ ...d, spec: { ...d.spec, template } });
        }
        break;
      }
      case 3: {
        const pods = cluster.store.list('pods', 'default');
        if (pods.length > 0) cluster.api.delete(RESOURCE_TYPE.pods, 'default', r.pick(pods).metadata.name ?? '');
        break;
      }
      case 4:
        cluster.api.delete(RESOURCE_TYPE.deployments, 'default', name);
        break;
      case 5:
        cluster.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' }, spec: { selector: { app: name }, ports: [{ port: 80 }] } });
        break;
      default:
        break;
    }
    cluster.advance(r.between(0, 90_000));
  }
}

describe('determinism', { timeout: 120_000 }, () => {
  it('the same seed and the same actions give byte-identical snapshots', () => {
    const a = createCluster({ seed: 11 });
    const b = createCluster({ seed: 11 });
    play(a, 120, 5);
    play(b, 120, 5);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
  });

  it('a restored snapshot continues exactly like the original', () => {
    const a = createCluster({ seed: 12 });
    play(a, 40, 6);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
    play(a, 60, 7);
    play(b, 60, 7);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });
});
