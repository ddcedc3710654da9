import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import type { EventType } from '../events/recorder';
import type { ImageCatalog } from './catalog';
import type { ContainerRt, KubeletState, NodeRt, PodRt } from './state';
import { draw, type Delay } from './timing';

export const KUBELET = 'kubelet';
/** Timer types (payloads are plain data). */
export const POD_TIMER = 'kubelet.pod';
export const HEARTBEAT_TIMER = 'kubelet.heartbeat';
export const EVICTION_TIMER = 'kubelet.eviction';

export type PodObject = Pod & KubeObject;

/** Shared by the kubelet's modules: the cluster context, the image catalog and the private state. */
export class KubeletCore {
  state: KubeletState = { nodes: {}, pods: {} };
  /** Derived (rebuilt on load): namespace → pods waiting for a ConfigMap, Secret or claim. */
  blocked = new Map<string, Set<string>>();

  readonly catalog: ImageCatalog;

  constructor(
    readonly ctx: SimContext,
    catalog: ImageCatalog,
  ) {
    this.catalog = withResolveCache(catalog);
  }

  now(): number {
    return this.ctx.rt.clock.now();
  }

  draw(d: Delay): number {
    return draw(this.ctx.rt.random, d);
  }

  nodeObject(name: string): Node | undefined {
    return this.ctx.api.peek<Node>('nodes', undefined, name);
  }

  /** An event from the kubelet of the pod's node; `fieldPath` names the container. */
  event(obj: KubeObject, type: EventType, reason: string, message: string, host: string, fieldPath?: string): void {
    this.ctx.events.record(obj, type, reason, message, { component: KUBELET, host }, fieldPath ? { fieldPath } : {});
  }

  setBlocked(namespace: string, key: string, blocked: boolean): void {
    let set = this.blocked.get(namespace);
    if (blocked) {
      if (!set) this.blocked.set(namespace, (set = new Set()));
      set.add(key);
    } else if (set) {
      set.delete(key);
      if (set.size === 0) this.blocked.delete(namespace);
    }
  }

  rebuildBlocked(): void {
    this.blocked.clear();
    for (const [key, rt] of Object.entries(this.state.pods)) {
      if (isBlocked(rt)) this.setBlocked(key.slice(0, key.indexOf('/')), key, true);
    }
  }
}

/** Waiting on something a ConfigMap, Secret or claim could fix. */
export function isBlocked(rt: PodRt): boolean {
  if (rt.terminal || rt.rejected) return false;
  if (!rt.mounted) return true;
  for (const c of rt.containers) if (c.step === 'configError') return true;
  return false;
}

/** Field paths by container name: every event about a container keeps one, and thousands of replicas share a few. */
const FIELD_PATHS = new Map<string, string>();
const INIT_FIELD_PATHS = new Map<string, string>();

export function fieldPathOf(c: ContainerRt): string {
  const known = c.init ? INIT_FIELD_PATHS : FIELD_PATHS;
  let path = known.get(c.name);
  if (path === undefined) {
    path = `${c.init ? 'spec.initContainers' : 'spec.containers'}{${c.name}}`;
    if (known.size >= 1024) known.clear();
    known.set(c.name, path);
  }
  return path;
}

export function hostIPOf(node: Node | undefined): string {
  // Every pod sync asks: a loop, no closure.
  for (const a of node?.status?.addresses ?? []) if (a.type === 'InternalIP') return a.address ?? '';
  return '';
}

export function nodeRunning(n: NodeRt | undefined): boolean {
  return !!n?.running;
}

/** Image references resolve the same way every time: remember the answers (a cache, not state). */
function withResolveCache(catalog: ImageCatalog): ImageCatalog {
  const cache = new Map<string, ReturnType<ImageCatalog['resolve']>>();
  const changesAt = catalog.changesAt?.bind(catalog);
  return {
    resolve(ref) {
      // The registry's answers change only with faults (see src/sim/faults.ts), which name a new cache key.
      const key = `${catalog.cacheKey?.() ?? ''}\u0000${ref}`;
      let res = cache.get(key);
      if (!res) cache.set(key, (res = catalog.resolve(ref)));
      return res;
    },
    plan: (ctx) => catalog.plan(ctx),
    logs: (plan, ctx, until, query) => catalog.logs(plan, ctx, until, query),
    http: (plan, ctx, req, at) => catalog.http(plan, ctx, req, at),
    exec: (plan, ctx, argv, at, opts) => catalog.exec(plan, ctx, argv, at, opts),
    usage: (plan, at) => catalog.usage(plan, at),
    ...(changesAt ? { changesAt } : {}),
  };
}
