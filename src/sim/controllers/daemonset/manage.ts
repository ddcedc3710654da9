/**
 * One daemon pod per eligible node (manage / podsShouldBeOnNode / syncNodes upstream): create
 * where one is missing, delete where none should run, replace failed ones, prune extras.
 */
import type { Node, PodTemplateSpec } from 'kubernetes-types/core/v1';
import { DAEMONSET_TEMPLATE_GENERATION_ANNOTATION } from '../../api/defaults/create';
import type { SimContext } from '../../context';
import { isPodAvailable, isPodReady, podFromTemplate } from '../../workloads/pods';
import { CONTROLLER_REVISION_HASH } from '../revisions';
import { RESOURCE_TYPE } from '../types';
import { affinityForNode, daemonTolerations, nodeShouldRunDaemonPod, targetNodeName } from './eligibility';
import { BURST, SOURCE, TEMPLATE_GENERATION_LABEL, type DaemonSetObject, type PodObject } from './types';

/** Pods by the node they are for; pods that finished and are being removed do not count. */
export function podsByNode(pods: readonly PodObject[]): Map<string, PodObject[]> {
  const out = new Map<string, PodObject[]>();
  for (const p of pods) {
    const finished = p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
    if (finished && p.metadata.deletionTimestamp) continue;
    const node = targetNodeName(p);
    if (node === undefined) continue;
    const list = out.get(node);
    if (list) list.push(p);
    else out.set(node, [p]);
  }
  return out;
}

/** Scheduled first, then oldest first, then by name (podByCreationTimestampAndPhase). */
export function byCreation(a: PodObject, b: PodObject): number {
  const sa = a.spec?.nodeName ? 0 : 1;
  const sb = b.spec?.nodeName ? 0 : 1;
  if (sa !== sb) return sa - sb;
  const ta = String(a.metadata.creationTimestamp ?? '');
  const tb = String(b.metadata.creationTimestamp ?? '');
  if (ta !== tb) return ta < tb ? -1 : 1;
  return (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '');
}

/** The template generation the API server keeps in an annotation, if it parses. */
export function templateGeneration(ds: DaemonSetObject): string | undefined {
  const raw = ds.metadata.annotations?.[DAEMONSET_TEMPLATE_GENERATION_ANNOTATION];
  return raw !== undefined && /^-?\d+$/.test(raw) ? raw : undefined;
}

/** IsPodUpdated: the pod carries the current hash, or the current template generation. */
export function isPodUpdated(ds: DaemonSetObject, pod: PodObject, hash: string): boolean {
  const generation = templateGeneration(ds);
  const labels = pod.metadata.labels ?? {};
  return (hash !== '' && labels[CONTROLLER_REVISION_HASH] === hash) || (generation !== undefined && labels[TEMPLATE_GENERATION_LABEL] === generation);
}

export interface ManagePlan {
  nodesNeedingPods: string[];
  podsToDelete: PodObject[];
}

/** What manage() would do: nodes in name order, so the same cluster always gives the same plan. */
export function planManage(ctx: SimContext, ds: DaemonSetObject, nodes: readonly Node[], byNode: Map<string, PodObject[]>, hash: string, now: number): ManagePlan {
  const surge = allowsSurge(ds);
  const plan: ManagePlan = { nodesNeedingPods: [], podsToDelete: [] };
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const fit = nodeShouldRunDaemonPod(node, ds);
    const pods = byNode.get(name);
    if (fit.shouldRun && !pods) {
      plan.nodesNeedingPods.push(name);
    } else if (fit.shouldContinueRunning) {
      const running: PodObject[] = [];
      for (const p of pods ?? []) {
        if (p.metadata.deletionTimestamp) continue;
        const where = `${p.metadata.namespace}/${p.metadata.name} on node ${name}`;
        if (p.status?.phase === 'Failed') {
          ctx.events.record(ds, 'Warning', 'FailedDaemonPod', `Found failed daemon pod ${where}, will try to kill it`, SOURCE);
          plan.podsToDelete.push(p);
        } else if (p.status?.phase === 'Succeeded') {
          ctx.events.record(ds, 'Normal', 'SucceededDaemonPod', `Found succeeded daemon pod ${where}, will try to delete it`, SOURCE);
          plan.podsToDelete.push(p);
        } else running.push(p);
      }
      if (!surge) {
        // Without surge a node keeps only its oldest pod.
        if (running.length > 1) plan.podsToDelete.push(...running.sort(byCreation).slice(1));
      } else if (running.length === 0) {
        if (fit.shouldRun) plan.nodesNeedingPods.push(name);
      } else if (running.length > 1) {
        plan.podsToDelete.push(...surgePrune(ds, running, hash, now));
      }
    } else if (pods) {
      plan.podsToDelete.push(...pods.filter((p) => !p.metadata.deletionTimestamp));
    }
  }
  // Pods for nodes that no longer exist: unscheduled ones are the controller's to delete
  // (getUnscheduledPodsWithoutNode); bound ones are the pod GC's (controllers/podgc.ts).
  const existing = new Set(nodes.map((n) => n.metadata?.name ?? ''));
  for (const [node, pods] of byNode) {
    if (existing.has(node)) continue;
    for (const p of pods) if (!p.spec?.nodeName && !p.metadata.deletionTimestamp) plan.podsToDelete.push(p);
  }
  return plan;
}

/** maxSurge resolves to more than 0 (a percentage of one node rounds up). */
function allowsSurge(ds: DaemonSetObject): boolean {
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') return false;
  const v = ds.spec.updateStrategy.rollingUpdate?.maxSurge;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.endsWith('%') ? Number(v.slice(0, -1)) > 0 : Number(v) !== 0;
  return false;
}

/**
 * With surge a node may keep two pods — its oldest new one and its oldest old one — only while
 * the old one is ready and the new one not yet available; every other pod goes.
 */
function surgePrune(ds: DaemonSetObject, running: PodObject[], hash: string, now: number): PodObject[] {
  const out: PodObject[] = [];
  let oldestNew: PodObject | undefined;
  let oldestOld: PodObject | undefined;
  for (const p of [...running].sort(byCreation)) {
    if (p.metadata.labels?.[CONTROLLER_REVISION_HASH] === hash) {
      if (!oldestNew) oldestNew = p;
      else out.push(p);
    } else if (!oldestOld) oldestOld = p;
    else out.push(p);
  }
  if (oldestNew && oldestOld && (!isPodReady(oldestOld) || isPodAvailable(oldestNew, ds.spec?.minReadySeconds ?? 0, now))) out.push(oldestOld);
  return out;
}

/**
 * syncNodes: creates a pod for each node (slow start: batches of 1, 2, 4… stopping at a failure),
 * then deletes the given pods; at most BURST of each. Returns how many writes it made.
 */
export function syncNodes(ctx: SimContext, ds: DaemonSetObject, podsToDelete: readonly PodObject[], nodesNeedingPods: readonly string[], hash: string): number {
  let writes = 0;
  const nodes = nodesNeedingPods.slice(0, BURST);
  const template = nodes.length > 0 ? daemonPodTemplate(ds, hash) : {};
  let created = 0;
  create: for (let batch = 1; created < nodes.length; batch *= 2) {
    const end = Math.min(nodes.length, created + batch);
    for (; created < end; created++) {
      const spec = { ...(template.spec ?? { containers: [] }), affinity: affinityForNode(template.spec?.affinity, nodes[created] ?? '') };
      const res = ctx.api.create(podFromTemplate({ ...template, spec }, ds, `${ds.metadata.name}-`));
      if (!res.ok) {
        ctx.events.record(ds, 'Warning', 'FailedCreate', `Error creating: ${res.status.message}`, SOURCE);
        break create;
      }
      writes++;
      ctx.events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${res.object.metadata.name}`, SOURCE);
    }
  }
  for (const pod of podsToDelete.slice(0, BURST)) {
    const res = ctx.api.delete(RESOURCE_TYPE.pods, pod.metadata.namespace, pod.metadata.name ?? '');
    if (res.ok) {
      writes++;
      ctx.events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, SOURCE);
    } else if (res.status.reason !== 'NotFound') {
      ctx.events.record(ds, 'Warning', 'FailedDelete', `Error deleting: ${res.status.message}`, SOURCE);
    }
  }
  return writes;
}

/** CreatePodTemplate: the daemon tolerations, the template generation and the revision hash. */
function daemonPodTemplate(ds: DaemonSetObject, hash: string): PodTemplateSpec {
  const template: PodTemplateSpec = JSON.parse(JSON.stringify(ds.spec?.template ?? {})) as PodTemplateSpec;
  const spec = template.spec ?? { containers: [] };
  spec.tolerations = daemonTolerations(spec);
  template.spec = spec;
  const labels = { ...(template.metadata?.labels ?? {}) };
  const generation = templateGeneration(ds);
  if (generation !== undefined) labels[TEMPLATE_GENERATION_LABEL] = generation;
  if (hash) labels[CONTROLLER_REVISION_HASH] = hash;
  template.metadata = { ...(template.metadata ?? {}), labels };
  return template;
}
