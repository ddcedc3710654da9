/**
 * A plan as replicas share it, made personal for one container (its start time, its usage seed),
 * and back: what a restored kubelet needs of its containers' plans (saved-state.ts). Apart from
 * planContainer (plan.ts), which runs the container's programs, so that restoring a cluster needs
 * none of the image catalog (in the browser that is a chunk loaded after the prompt).
 */
import { fnv1a32 } from './hash';
import { resolveDates } from './machine';
import type { UnresolvedPlan } from './plan-memo';
import type { ContainerContext, ProcessPlan } from './types';

export function usageSeed(ctx: Pick<ContainerContext, 'namespace' | 'podName' | 'containerName' | 'restartCount'>): number {
  return fnv1a32(`${ctx.namespace}/${ctx.podName}/${ctx.containerName}/${ctx.restartCount}`);
}

/** What makes a plan personal: who runs it, and since when. */
export type Personal = Pick<ContainerContext, 'namespace' | 'podName' | 'containerName' | 'restartCount' | 'startedAt'>;

/** The shared plan each personalised plan was made from (snapshots store the shared one once). */
const SHARED = new WeakMap<ProcessPlan, UnresolvedPlan>();

export function sharedPlanOf(plan: ProcessPlan): UnresolvedPlan | undefined {
  return SHARED.get(plan);
}

/** The plan `sharedPlanOf` gave, made personal again for the same container (a restored snapshot). */
export function planFromShared(u: UnresolvedPlan, who: Personal): ProcessPlan {
  return personalise(u, who);
}

/**
 * The plan of `ctx` with its own start time and usage seed. Texts with dates are resolved when
 * first read (logs are rarely read; thousands of replicas start): `logs` and `files` are then
 * accessors that behave as plain data (enumerable, serialised by JSON, replaced by assignment).
 */
export function personalise(u: UnresolvedPlan, ctx: Personal): ProcessPlan {
  const plan: ProcessPlan = { ...u.plan, usage: { ...u.plan.usage, seed: usageSeed(ctx) } };
  SHARED.set(plan, u);
  // Without placeholders the texts are everyone's: shared as they are.
  if (u.formats.length === 0) return plan;
  // Only the start time is kept for later (not the whole context: a plan lives as long as its run).
  const startedAt = ctx.startedAt;
  lazyField(plan, 'logs', resolvedLogs(u, startedAt));
  if (u.plan.files) lazyField(plan, 'files', resolvedFiles(u, u.plan.files, startedAt));
  return plan;
}

// Closures come from factories throughout: one stored under a name of its own gets that name given
// at run time by some compilers (esbuild's keepNames, as tsx runs the benchmarks), at every start.
function resolvedLogs(u: UnresolvedPlan, startedAt: number): () => ProcessPlan['logs'] {
  return () => u.plan.logs.map((l) => ({ ...l, text: resolveDates(l.text, startedAt, u.formats) }));
}

function resolvedFiles(u: UnresolvedPlan, files: NonNullable<ProcessPlan['files']>, startedAt: number): () => ProcessPlan['files'] {
  return () => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, resolveDates(v, startedAt, u.formats)]));
}

function lazyField<K extends 'logs' | 'files'>(plan: ProcessPlan, key: K, compute: () => ProcessPlan[K]): void {
  const cell: { value: ProcessPlan[K] | undefined } = { value: undefined };
  Object.defineProperty(plan, key, { enumerable: true, configurable: true, get: lazyGetter(cell, compute), set: plainSetter(plan, key) });
}

function lazyGetter<T>(cell: { value: T | undefined }, compute: () => T): () => T {
  return () => (cell.value ??= compute());
}

function plainSetter<K extends 'logs' | 'files'>(plan: ProcessPlan, key: K): (v: ProcessPlan[K]) => void {
  return (v: ProcessPlan[K]) => void Object.defineProperty(plan, key, { value: v, writable: true, enumerable: true, configurable: true });
}
