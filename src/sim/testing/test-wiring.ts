import type { ApiPlugins } from '../api/apiserver';
import { admit } from '../api/admission';
import { applyDefaults, prepareForCreate, prepareForUpdate } from '../api/defaults';
import type { ClusterWiring } from '../cluster';
import type { KubeObject } from '../api/object';
import type { SimComponent, SimContext } from '../context';
import { bootstrapDefaultCluster } from '../bootstrap';

/**
 * A cluster wiring for tests that need only some parts: real defaulting and admission, no strict
 * decoding or validation, and exactly the components given.
 */
export function testWiring(components: (ctx: SimContext) => SimComponent[], bootstrap: ClusterWiring['bootstrap'] = bootstrapDefaultCluster): ClusterWiring {
  return {
    plugins: (ctx): ApiPlugins => ({
      decode: (object) => ({ warnings: [], object }),
      defaults: applyDefaults,
      prepareForCreate: (obj) => prepareForCreate(obj, { uid: obj.metadata.uid ?? '' }),
      prepareForUpdate,
      validateCreate: () => undefined,
      validateUpdate: () => undefined,
      admit: (obj, old, type) => admit(obj, old, type, ctx.store, ctx.rt.random, { podCapacity: ctx.config.podCapacity, serviceCIDR: ctx.config.serviceCIDR }),
    }),
    components,
    bootstrap,
  };
}

/** Stands in for the kubelet: a bound pod is Running and Ready `delayMs` later. */
export function instantKubelet(ctx: SimContext, delayMs = 1000): SimComponent {
  const TIMER = 'test-kubelet.start';
  return {
    name: 'test-kubelet',
    controllers: [
      {
        name: 'test-kubelet',
        watches: {
          pods: (e) => {
            const bound = (e.object['spec'] as { nodeName?: string } | undefined)?.nodeName;
            const was = (e.old?.['spec'] as { nodeName?: string } | undefined)?.nodeName;
            if (e.type !== 'DELETED' && bound && !was) ctx.rt.clock.after(delayMs, TIMER, `${e.object.metadata.namespace}/${e.object.metadata.name}`);
            if (e.type !== 'DELETED' && e.object.metadata.deletionTimestamp && !e.old?.metadata.deletionTimestamp) ctx.rt.clock.after(delayMs, 'test-kubelet.stop', `${e.object.metadata.namespace}/${e.object.metadata.name}`);
            return undefined;
          },
        },
        reconcile: () => undefined,
      },
    ],
    timers: {
      [TIMER]: (key) => {
        const [ns, name] = String(key).split('/');
        const pod = ctx.api.peek<KubeObject & { status?: { conditions?: object[] } }>('pods', ns, name ?? '');
        if (!pod) return;
        const t = ctx.rt.timestamp();
        ctx.api.updateStatus({
          ...pod,
          status: {
            ...(pod.status ?? {}),
            phase: 'Running',
            podIP: `10.244.9.${(ctx.store.resourceVersion() % 250) + 1}`,
            startTime: t,
            conditions: [
              ...(pod.status?.conditions ?? []).filter((c) => (c as { type: string }).type === 'PodScheduled'),
              { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: t },
            ],
          },
        });
      },
      'test-kubelet.stop': (key) => {
        const [ns, name] = String(key).split('/');
        const pods = ctx.store.list('pods', ns).find((p) => p.metadata.name === name);
        if (pods) ctx.api.delete(ctx.api.typeOf(pods) as never, ns, name ?? '', { gracePeriodSeconds: 0 });
      },
    },
  };
}
