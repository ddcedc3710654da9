// What every describer is handed: the object, the cluster to look up related objects in (events,
// pods, replica sets, endpoint slices, leases…), the moment ages are measured from, and whether
// events are wanted (--show-events).

import type { KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';
import { requestAccessOf, requestDenied, resourceRequest } from '../auth/authorizing-cluster';

export interface DescribeContext {
  readonly cluster: Cluster;
  /** The virtual clock's now, in ms. */
  readonly now: number;
  readonly showEvents: boolean;
}

/** Renders one object as `kubectl describe` does (the text ends with a line break). */
export type Describer = (obj: KubeObject, ctx: DescribeContext) => string;

/**
 * Whether the user kubectl runs as may make this read (always, for the admin). Describers treat a
 * refused lookup of related objects (events, pods, replica sets…) like an empty one, as kubectl's
 * describers ignore those errors.
 */
export function mayRead(ctx: DescribeContext, verb: 'get' | 'list', resource: string, namespace: string | undefined, name = ''): boolean {
  if (!requestAccessOf(ctx.cluster)) return true;
  const type = ctx.cluster.api.resourceOf(resource);
  return !type || requestDenied(ctx.cluster, resourceRequest(verb, type, namespace, name)) === undefined;
}

/** Objects of a store resource (e.g. 'pods', 'replicasets.apps') in one namespace, or all when undefined. */
export function listStored<T = KubeObject>(ctx: DescribeContext, resource: string, namespace?: string): T[] {
  if (!mayRead(ctx, 'list', resource, namespace)) return [];
  return ctx.cluster.store.list(resource, namespace) as unknown as T[];
}

/** One stored object, or undefined. */
export function getStored<T = KubeObject>(ctx: DescribeContext, resource: string, namespace: string | undefined, name: string): T | undefined {
  if (!mayRead(ctx, 'get', resource, namespace, name)) return undefined;
  return ctx.cluster.store.get(resource, namespace ? `${namespace}/${name}` : name) as unknown as T | undefined;
}
