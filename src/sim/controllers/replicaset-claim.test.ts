import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import { controllerRef } from '../api/object';
import { Cluster } from '../cluster';
import { schedulerComponent } from '../scheduler';
import { instantKubelet, testWiring } from '../testing/test-wiring';
import { garbageCollector } from './garbage-collector';
import { replicaSetController } from './replicaset';

function cluster(): Cluster {
  return Cluster.create(
    { seed: 9, freezeObjects: true },
    testWiring((ctx) => [{ name: 'controllers', controllers: [garbageCollector(ctx), replicaSetController(ctx)] }, schedulerComponent(ctx), instantKubelet(ctx)]),
  );
}

/** Each live pod with its labels' app value and its controller. */
function pods(c: Cluster): string[] {
  return c.store
    .list('pods', 'default')
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => `${p.metadata.name} app=${p.metadata.labels?.['app'] ?? ''} owner=${controllerRef(p)?.name ?? '<none>'}`);
}

const rs: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'web', namespace: 'default' },
  spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
};

describe('ReplicaSet claims its pods', () => {
  it('releases a pod whose labels stop matching and makes a replacement; adopts a matching orphan and removes the excess', () => {
    const c = cluster();
    c.api.create(rs);
    c.runUntilQuiet();
    const first = c.store.list('pods', 'default')[0] as KubeObject;
    c.api.update({ ...first, metadata: { ...first.metadata, labels: { app: 'debug' } } });
    c.runUntilQuiet();
    const afterRelabel = pods(c);
    const log: string[] = [];
    c.store.watch((e) => {
      if (e.resource !== 'pods' || e.object.metadata.name !== 'stray') return;
      const owner = controllerRef(e.object)?.name;
      if (e.type === 'MODIFIED' && owner && !(e.old && controllerRef(e.old))) log.push(`stray adopted by ${owner}`);
      if (e.type === 'DELETED') log.push(`stray deleted (owner ${owner ?? '<none>'})`);
    });
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'stray', namespace: 'default', labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    c.runUntilQuiet();
    // The adopted pod is the newest and not ready: the one the scale-down picks.
    expect({ afterRelabel, log, afterOrphan: pods(c) }).toEqual({
      afterRelabel: ['web-8k5n9 app=web owner=web', 'web-9khvs app=debug owner=<none>', 'web-bp2wf app=web owner=web'],
      log: ['stray adopted by web', 'stray deleted (owner web)'],
      afterOrphan: ['web-8k5n9 app=web owner=web', 'web-9khvs app=debug owner=<none>', 'web-bp2wf app=web owner=web'],
    });
  });
});
