/**
 * Plans shared between containers that differ only in who they are. Thousands of replicas of one
 * template start the same program with the same configuration; only their names, IPs and start
 * times differ. A plan is remembered when the run that made it never looked at any of those: the
 * run is then, step for step, the one any such sibling would make. Whether it looked is tracked,
 * not assumed: reads of the identity fields of the context, of the `HOSTNAME` variable, of the
 * service-account token, of the absolute time (date placeholders stay unresolved until the plan
 * is personalised), any use of the cluster network (its answers change) and reads of any context
 * field this file does not know all count as looking.
 * Known blind spot, accepted: `Object.getOwnPropertyDescriptor` on the mounts is not tracked.
 */
import type { ContainerContext, ContainerNet, ProcessPlan } from './types';

/**
 * Context fields that are part of the memo key (equal keys: equal values; for `net`, which services
 * it offers). Reading any other field — the identity ones (podName, hostname, startedAt, podIP,
 * nodeName) or one added later — makes the plan personal.
 */
const KEYED = new Set<PropertyKey>(['image', 'tag', 'command', 'args', 'env', 'namespace', 'containerName', 'restartCount', 'limits', 'ports', 'nodeCpus', 'kernel', 'stdin', 'tty', 'mounts', 'readOnly', 'net']);

/** A mounted file whose content differs per pod (the projected service-account token): left out of the key, tracked. */
function personalMount(path: string): boolean {
  return path.endsWith('/token');
}

/** Watches one planning run for reads of anything that differs between replicas. */
export class IdentityTracker {
  touched = false;
  private readonly touch = (): void => {
    this.touched = true;
  };

  /** The context as the run must see it: identity reads are noted. */
  wrap(ctx: ContainerContext): ContainerContext {
    const mounts = ctx.mounts ? this.wrapMounts(ctx.mounts) : undefined;
    const net = ctx.net ? this.wrapNet(ctx.net) : undefined;
    return new Proxy(ctx, {
      get: (target, key, receiver) => {
        if (key === 'mounts') return mounts;
        if (key === 'net') return net;
        if (!KEYED.has(key)) this.touched = true;
        return Reflect.get(target, key, receiver) as unknown;
      },
      has: (target, key) => {
        if (!KEYED.has(key)) this.touched = true;
        return Reflect.has(target, key);
      },
      ownKeys: (target) => {
        this.touched = true;
        return Reflect.ownKeys(target);
      },
    });
  }

  /** The process environment; `HOSTNAME` (the pod name) and any walk over all variables count as identity reads. */
  env(env: Map<string, string>): Map<string, string> {
    return new TrackedEnv(env, this.touch);
  }

  /** Called when the process reads the absolute time. */
  clockRead(): () => void {
    return this.touch;
  }

  /** The network: which services it offers is keyed; asking it anything is looking (answers change). */
  private wrapNet(net: ContainerNet): ContainerNet {
    return new Proxy(net, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') {
          this.touched = true;
          return value;
        }
        return (...args: unknown[]) => {
          this.touched = true;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }

  private wrapMounts(mounts: Record<string, string>): Record<string, string> {
    return new Proxy(mounts, {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && personalMount(key)) this.touched = true;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }
}

class TrackedEnv extends Map<string, string> {
  constructor(
    entries: Map<string, string>,
    private readonly touch: () => void,
  ) {
    super(entries);
  }

  override get(key: string): string | undefined {
    if (key === 'HOSTNAME') this.touch();
    return super.get(key);
  }

  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    this.touch();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[string, string]> {
    this.touch();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.touch();
    return super.keys();
  }

  override values(): MapIterator<string> {
    this.touch();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    this.touch();
    return super[Symbol.iterator]();
  }
}

/** A plan before it is made personal: log and file texts with date placeholders, usage seed 0. */
export interface UnresolvedPlan {
  plan: ProcessPlan;
  /** Formats of the date placeholders, by index. */
  formats: readonly string[];
}

/** Shared plans per image, by the shape of the context (small fields, names of variables and files), then by their values. */
const MEMO = new WeakMap<object, Map<string, { values: (string | null)[]; plan: UnresolvedPlan }[]>>();
const MAX_PER_IMAGE = 256;

/** The memo slot for `ctx` (undefined: never shared). */
export function memoSlot(ctx: ContainerContext): { get(): UnresolvedPlan | undefined; set(plan: UnresolvedPlan): void } | undefined {
  const net = ctx.net ? Object.keys(ctx.net).sort().map((k) => [k, typeof (ctx.net as Record<string, unknown>)[k]]) : null;
  // Personal files are left unread: the kubelet signs the token only when it is read.
  const files = ctx.mounts ?? {};
  const paths = Object.keys(files);
  // Replicas share one environment object (see kubelet/env.ts): its part of the key is made once.
  const envKey = envKeyOf(ctx.env);
  const shape = `${JSON.stringify([
    ctx.tag, ctx.command ?? null, ctx.args ?? null, ctx.namespace, ctx.containerName, ctx.restartCount, ctx.limits, ctx.ports,
    ctx.nodeCpus ?? null, ctx.kernel ?? null, ctx.stdin ?? null, ctx.tty ?? null, net, ctx.mounts ? paths : null, ctx.readOnly ?? null,
  ])}${envKey.names}`;
  // Values apart from the shape: long texts (certificates, configs) are compared, not hashed into a key.
  const values: (string | null)[] = envKey.values.slice();
  for (const path of paths) values.push(personalMount(path) ? null : (files[path] as string));
  return new MemoSlot(ctx.image, shape, values);
}

/** One context's place in the memo (a class, not closures: every container start makes one). */
class MemoSlot {
  constructor(
    private readonly image: object,
    private readonly shape: string,
    private readonly values: (string | null)[],
  ) {}

  get(): UnresolvedPlan | undefined {
    const list = MEMO.get(this.image)?.get(this.shape);
    if (!list) return undefined;
    for (const e of list) if (sameValues(e.values, this.values)) return e.plan;
    return undefined;
  }

  set(plan: UnresolvedPlan): void {
    let bucket = MEMO.get(this.image);
    if (!bucket) MEMO.set(this.image, (bucket = new Map()));
    if (bucket.size >= MAX_PER_IMAGE) bucket.clear();
    let list = bucket.get(this.shape);
    if (!list) bucket.set(this.shape, (list = []));
    if (list.length >= MAX_PER_IMAGE) list.length = 0;
    list.push({ values: this.values, plan });
  }
}

/** An environment's variable names (as JSON: the end of the shape key) and values, per environment object (never changed once made). */
const ENV_KEYS = new WeakMap<Record<string, string>, { names: string; values: readonly (string | null)[] }>();

function envKeyOf(env: Record<string, string>): { names: string; values: readonly (string | null)[] } {
  let known = ENV_KEYS.get(env);
  if (!known) {
    const names = Object.keys(env);
    known = { names: JSON.stringify(names), values: names.map((n) => env[n] as string) };
    ENV_KEYS.set(env, known);
  }
  return known;
}

function sameValues(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
