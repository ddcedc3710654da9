import type { IngressLoadBalancerIngress } from 'kubernetes-types/networking/v1';
import { keyOf, splitKey } from '../api/object';
import type { SimComponent, SimContext } from '../context';
import { ingressAddress } from '../network/ingress-http';
import { nginxIngresses, servedByNginx, type IngressObject } from '../network/ingress-routes';
import type { Controller } from './controller';

export const INGRESS_STATUS_CONTROLLER = 'nginx-ingress-controller';
const SOURCE = { component: INGRESS_STATUS_CONTROLLER };
/** ingress-nginx's status updater runs once a minute: a new Ingress gets its ADDRESS at the next tick. */
export const STATUS_SYNC_MS = 60_000;
const SYNC_PREFIX = 'sync|';

/**
 * The parts of ingress-nginx that show in the API: a "Scheduled for sync" event whenever one of its
 * Ingresses changes, and `status.loadBalancer.ingress` set to the address it publishes (without
 * `--publish-service`, the InternalIP of the node the controller runs on).
 */
export function ingressStatusController(ctx: SimContext): Controller {
  return {
    name: INGRESS_STATUS_CONTROLLER,
    watches: {
      'ingresses.networking.k8s.io': (e) => {
        if (e.type === 'DELETED' || !servedByNginx(ctx, e.object as IngressObject)) return undefined;
        const key = keyOf(e.object);
        // Its informer reports any change (status included); a resync of an unchanged object is not one.
        if (e.type === 'MODIFIED' && e.old?.metadata.resourceVersion === e.object.metadata.resourceVersion) return key;
        return [`${SYNC_PREFIX}${key}`, key];
      },
      'ingressclasses.networking.k8s.io': () => nginxIngresses(ctx).map((i) => keyOf(i)),
    },
    reconcile(key) {
      if (key.startsWith(SYNC_PREFIX)) {
        const { namespace, name } = splitKey(key.slice(SYNC_PREFIX.length));
        const ing = ctx.api.peek<IngressObject>('ingresses.networking.k8s.io', namespace, name);
        if (ing && servedByNginx(ctx, ing)) ctx.events.record(ing, 'Normal', 'Sync', 'Scheduled for sync', SOURCE);
        return;
      }
      const { namespace, name } = splitKey(key);
      const ing = ctx.api.peek<IngressObject>('ingresses.networking.k8s.io', namespace, name);
      if (!ing || ing.metadata.deletionTimestamp || !servedByNginx(ctx, ing)) return;
      const ip = ingressAddress(ctx);
      if (!ip) return;
      const want: IngressLoadBalancerIngress[] = [{ ip }];
      if (JSON.stringify(ing.status?.loadBalancer?.ingress ?? []) === JSON.stringify(want)) return;
      const now = ctx.rt.clock.now();
      const wait = (STATUS_SYNC_MS - (now % STATUS_SYNC_MS)) % STATUS_SYNC_MS;
      if (wait > 0) {
        ctx.manager.requeueAfter(INGRESS_STATUS_CONTROLLER, key, wait);
        return;
      }
      ctx.api.updateStatus({ ...ing, status: { ...(ing.status ?? {}), loadBalancer: { ingress: want } } });
    },
  };
}

/** ingress-nginx as a component of the cluster (it is not part of kube-controller-manager). */
export function ingressNginxComponent(ctx: SimContext): SimComponent {
  return { name: 'ingress-nginx', controllers: [ingressStatusController(ctx)] };
}
