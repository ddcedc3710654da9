/**
 * The live cluster picture's data: nodes with their pods, pods no node runs yet, Services with the
 * pods behind them, as plain JSON (it crosses from the Web Worker to the page). Pod STATUS and node
 * STATUS/ROLES come from kubectl's own table rows, so the picture never disagrees with
 * `kubectl get`. Everything is sorted by name so that two views of the same cluster are equal and an
 * update diffs cleanly.
 */
import type { Node, Pod, Service, Taint } from 'kubernetes-types/core/v1';
import { podSummary } from '../kubectl/tables';
import { nodeTable } from '../kubectl/tables/cluster';
import type { Cluster, KubeObject } from '../sim';
import { isOutdated, ownerIndex, ownersOf, type OwnerIndex, type OwnerMemo } from './view-owners';
import { serviceView, slicesByService } from './view-services';

export interface ClusterView {
  /** The cluster's virtual clock (ms since the epoch). */
  time: number;
  nodes: NodeView[];
  /** Pods no node runs: not scheduled yet, or bound to a node that no longer exists. */
  unscheduled: PodView[];
  services: ServiceView[];
  /** What the view leaves out (kube-system unless `includeKubeSystem`): counted, not listed. */
  hidden: { namespaces: string[]; pods: number; services: number };
}

export interface NodeView {
  name: string;
  /** As `kubectl get nodes` ROLES, split: `['control-plane']`, or none. */
  roles: string[];
  /** `kubectl get nodes` STATUS: `Ready`, `NotReady`, `Unknown`, maybe with `,SchedulingDisabled`. */
  status: string;
  ready: 'Ready' | 'NotReady' | 'Unknown';
  schedulingDisabled: boolean;
  /** `key=value:Effect` (or `key:Effect`) per taint, as `kubectl describe node` lists them. */
  taints: string[];
  pods: PodView[];
  /** Pods on this node the view hides (kube-system's). */
  hiddenPods: number;
}

export interface PodView {
  /** `namespace/name`: the key for keyed updates and for `onPodClick`. */
  key: string;
  namespace: string;
  name: string;
  uid: string;
  /** Exactly the STATUS column of `kubectl get pods`. */
  status: string;
  phase: string;
  /** The READY column: ready containers / containers. */
  ready: string;
  restarts: number;
  node: string | null;
  ip: string | null;
  /** The controllers owning the pod, outermost first: Deployment, then ReplicaSet. */
  owners: OwnerView[];
  /** The `pod-template-hash` (ReplicaSet) or `controller-revision-hash` (StatefulSet, DaemonSet) label. */
  templateHash: string | null;
  /** The pod belongs to a revision its controller is replacing (an old ReplicaSet mid-rollout). */
  outdated: boolean;
  /** Deletion has begun (`metadata.deletionTimestamp` is set). */
  terminating: boolean;
}

export interface OwnerView {
  kind: string;
  name: string;
  /** A ReplicaSet's `deployment.kubernetes.io/revision`; null for other kinds. */
  revision: string | null;
}

export interface ServiceView {
  key: string;
  namespace: string;
  name: string;
  type: string;
  /** `None` for a headless Service; null for ExternalName. */
  clusterIP: string | null;
  ports: PortView[];
  /** Null when the Service selects no pods itself (its endpoints are managed by hand). */
  selector: Record<string, string> | null;
  endpoints: EndpointView[];
}

export interface PortView {
  name: string | null;
  port: number;
  targetPort: string;
  nodePort: number | null;
  protocol: string;
}

export interface EndpointView {
  ip: string;
  /** `conditions.ready` (an unset condition counts as ready, as kube-proxy reads it). */
  ready: boolean;
  /** `namespace/name` of the pod behind it, when the endpoint points at one. */
  pod: string | null;
  node: string | null;
}

export interface ClusterViewOptions {
  /** Show kube-system's pods and Services too. Default false: they are counted in `hidden`. */
  includeKubeSystem?: boolean;
}

const SYSTEM_NAMESPACE = 'kube-system';
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The picture of `cluster` now. Reads only; cheap enough to call after every command or tick. */
export function clusterView(cluster: Cluster, options: ClusterViewOptions = {}): ClusterView {
  const now = cluster.now();
  const hiddenNs = options.includeKubeSystem ? [] : [SYSTEM_NAMESPACE];
  const shown = (ns: string | undefined) => !hiddenNs.includes(ns ?? '');
  const owners = ownerIndex(cluster);
  const memo: OwnerMemo = new Map();

  const nodes = new Map<string, NodeView>();
  for (const obj of cluster.store.list('nodes')) {
    const node = nodeView(obj, now);
    nodes.set(node.name, node);
  }
  const unscheduled: PodView[] = [];
  let hiddenPods = 0;
  // The store lists by namespace, then name: each node's pods come out in that order.
  for (const obj of cluster.store.list('pods')) {
    const pod = obj as unknown as Pod;
    const host = nodes.get(pod.spec?.nodeName ?? '');
    if (!shown(pod.metadata?.namespace)) {
      hiddenPods++;
      if (host) host.hiddenPods++;
      continue;
    }
    const view = podView(pod, now, cluster, owners, memo);
    if (host) host.pods.push(view);
    else unscheduled.push(view);
  }

  const services: ServiceView[] = [];
  let hiddenServices = 0;
  const slices = slicesByService(cluster);
  for (const obj of cluster.store.list('services')) {
    if (!shown(obj.metadata.namespace)) hiddenServices++;
    else services.push(serviceView(obj as unknown as Service, slices));
  }

  return {
    time: now,
    nodes: [...nodes.values()].sort((a, b) => byName(a.name, b.name)),
    unscheduled,
    services,
    hidden: { namespaces: hiddenNs, pods: hiddenPods, services: hiddenServices },
  };
}

function nodeView(obj: KubeObject, now: number): NodeView {
  const node = obj as unknown as Node;
  // kubectl's own row: [NAME, STATUS, ROLES, ...].
  const cells = nodeTable.row(obj, { now });
  const status = String(cells[1] ?? 'Unknown');
  const roles = String(cells[2] ?? '<none>');
  const first = status.split(',')[0];
  return {
    name: node.metadata?.name ?? '',
    roles: roles === '<none>' ? [] : roles.split(','),
    status,
    ready: first === 'Ready' || first === 'NotReady' ? first : 'Unknown',
    schedulingDisabled: node.spec?.unschedulable === true,
    taints: (node.spec?.taints ?? []).map(taintText),
    pods: [],
    hiddenPods: 0,
  };
}

function taintText(t: Taint): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

function podView(pod: Pod, now: number, cluster: Cluster, owners: OwnerIndex, memo: OwnerMemo): PodView {
  const summary = podSummary(pod, now);
  const meta = pod.metadata ?? {};
  const labels = meta.labels ?? {};
  // Copies: views are plain JSON and must not share arrays between pods.
  const chain = ownersOf(cluster, pod, memo).map((o) => ({ ...o }));
  return {
    key: `${meta.namespace ?? ''}/${meta.name ?? ''}`,
    namespace: meta.namespace ?? '',
    name: meta.name ?? '',
    uid: meta.uid ?? '',
    status: summary.status,
    phase: pod.status?.phase ?? '',
    ready: summary.ready,
    // "2 (5s ago)" → 2
    restarts: Number.parseInt(summary.restarts, 10) || 0,
    node: pod.spec?.nodeName || null,
    ip: pod.status?.podIP || null,
    owners: chain,
    templateHash: labels['pod-template-hash'] ?? labels['controller-revision-hash'] ?? null,
    outdated: isOutdated(pod, chain, owners),
    terminating: Boolean(meta.deletionTimestamp),
  };
}
