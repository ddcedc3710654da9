/**
 * The arithmetic of a PodDisruptionBudget's status (expected pods, desired and current healthy,
 * disruptions allowed), as the disruption controller in kube-controller-manager computes it
 * (pkg/controller/disruption, v1.35). The disruption controller (controllers/disruption.ts) writes
 * them into the budget's status; the eviction subresource (`eviction.ts`) works them out again from
 * the live pods at the moment of each eviction — the state the controller would write next.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { SimContext } from '../context';
import { parseTimestamp } from '../runtime';
import { labelSelectorFromObject, matchesLabels } from './labels';
import type { KubeObject } from './object';

/** How long an eviction keeps its pod out of the healthy count (the controller's DeletionTimeout). */
export const DISRUPTED_POD_TIMEOUT_MS = 2 * 60 * 1000;

export type PdbObject = PodDisruptionBudget & KubeObject;
type PodObject = Pod & KubeObject;

export interface DisruptionFigures {
  expectedPods: number;
  desiredHealthy: number;
  currentHealthy: number;
  disruptionsAllowed: number;
  /** Why the figures could not be computed (the controller then fails safe: no disruption allowed). */
  failure?: { reason: 'NoControllerRef' | 'NoControllers' | 'InvalidValue'; message: string };
}

/** The pods a budget covers: its namespace, its selector; an empty or missing selector covers none. */
export function podsOfBudget(ctx: SimContext, pdb: PdbObject): PodObject[] {
  const parsed = labelSelectorFromObject(pdb.spec?.selector);
  if (!parsed.ok || parsed.selector === null || parsed.selector.length === 0) return [];
  return (ctx.store.list('pods', pdb.metadata.namespace) as PodObject[]).filter((p) => matchesLabels(parsed.selector, p.metadata.labels));
}

export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** intstr.GetScaledValueFromIntOrPercent, rounding up as the controller asks. */
function scaled(value: number | string, total: number): number | undefined {
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(value);
  if (!m) return undefined;
  return Math.ceil((Number(m[1]) * total) / 100);
}

/** The replicas a pod's controller asks for (Deployment through its ReplicaSet, ReplicaSet, StatefulSet, ReplicationController). */
function controllerScale(ctx: SimContext, pod: PodObject): { uid: string; replicas: number } | undefined {
  const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
  if (!ref) return undefined;
  const ns = pod.metadata.namespace;
  const peek = (resource: string, name: string) => ctx.api.peek<KubeObject & { spec?: { replicas?: number } }>(resource, ns, name);
  const scaleOf = (obj: (KubeObject & { spec?: { replicas?: number } }) | undefined, uid: string) =>
    obj && obj.metadata.uid === uid ? { uid, replicas: obj.spec?.replicas ?? 1 } : undefined;
  switch (`${ref.apiVersion}/${ref.kind}`) {
    case 'apps/v1/ReplicaSet': {
      const rs = peek('replicasets.apps', ref.name);
      if (!rs || rs.metadata.uid !== ref.uid) return undefined;
      const owner = rs.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment' && r.apiVersion === 'apps/v1');
      if (owner) return scaleOf(peek('deployments.apps', owner.name), owner.uid) ?? undefined;
      return scaleOf(rs, ref.uid);
    }
    case 'apps/v1/StatefulSet':
      return scaleOf(peek('statefulsets.apps', ref.name), ref.uid);
    case 'v1/ReplicationController':
      return scaleOf(peek('replicationcontrollers', ref.name), ref.uid);
    default:
      return undefined;
  }
}

/** getExpectedScale: the sum of the scales of the pods' controllers, each counted once; the error when a pod has none that scales. */
function expectedScale(ctx: SimContext, pods: PodObject[]): number | NonNullable<DisruptionFigures['failure']> {
  const seen = new Map<string, number>();
  for (const pod of pods) {
    if (!pod.metadata.ownerReferences?.some((r) => r.controller)) return { reason: 'NoControllerRef', message: `found no controller ref for pod "${pod.metadata.name ?? ''}"` };
    const s = controllerScale(ctx, pod);
    if (!s) return { reason: 'NoControllers', message: `found no controllers for pod "${pod.metadata.name ?? ''}"` };
    seen.set(s.uid, s.replicas);
  }
  let total = 0;
  for (const r of seen.values()) total += r;
  return total;
}

function invalidPercent(): NonNullable<DisruptionFigures['failure']> {
  return { reason: 'InvalidValue', message: `invalid value for IntOrString: invalid type: string is not a percentage` };
}

/** The pods an eviction marked as disrupted within the last two minutes and that still exist. */
function recentlyDisrupted(pdb: PdbObject, now: number): Set<string> {
  const out = new Set<string>();
  for (const [name, at] of Object.entries(pdb.status?.disruptedPods ?? {})) {
    const t = parseTimestamp(at);
    if (t !== undefined && t + DISRUPTED_POD_TIMEOUT_MS > now) out.add(name);
  }
  return out;
}

/**
 * The budget's figures now. A budget the controller could not compute (a percentage or
 * maxUnavailable over pods without a scalable controller) allows no disruption, as its fail-safe does.
 */
export function disruptionFigures(ctx: SimContext, pdb: PdbObject, now: number): DisruptionFigures {
  const pods = podsOfBudget(ctx, pdb);
  const spec = pdb.spec ?? {};
  let expectedPods = pods.length;
  let desiredHealthy = 0;
  let failure: DisruptionFigures['failure'];
  if (spec.maxUnavailable !== undefined) {
    const scale = expectedScale(ctx, pods);
    const max = typeof scale === 'number' ? scaled(spec.maxUnavailable, scale) : undefined;
    if (typeof scale !== 'number') failure = scale;
    else if (max === undefined) failure = invalidPercent();
    else {
      expectedPods = scale;
      desiredHealthy = Math.max(0, scale - max);
    }
  } else if (typeof spec.minAvailable === 'number') {
    desiredHealthy = spec.minAvailable;
  } else if (typeof spec.minAvailable === 'string') {
    const scale = expectedScale(ctx, pods);
    const min = typeof scale === 'number' ? scaled(spec.minAvailable, scale) : undefined;
    if (typeof scale !== 'number') failure = scale;
    else if (min === undefined) failure = invalidPercent();
    else {
      expectedPods = scale;
      desiredHealthy = min;
    }
  }
  const disrupted = recentlyDisrupted(pdb, now);
  const currentHealthy = pods.filter((p) => !p.metadata.deletionTimestamp && !disrupted.has(p.metadata.name ?? '') && isPodReady(p)).length;
  // A budget over no pods (yet) allows nothing, so the first pods are safe before the controller catches up.
  const disruptionsAllowed = failure || expectedPods <= 0 ? 0 : Math.max(0, currentHealthy - desiredHealthy);
  return { expectedPods, desiredHealthy, currentHealthy, disruptionsAllowed, ...(failure ? { failure } : {}) };
}
