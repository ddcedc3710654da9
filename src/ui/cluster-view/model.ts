/**
 * What the cluster picture draws, worked out from a ClusterView without the DOM: node boxes with
 * their pod chips (label, tone, icon, accessible name, ownership keys), Service cards with the pods
 * they point at, and the summary sentence. picture.ts only turns this into elements.
 */
import type { ClusterView, NodeView, PodView, ServiceView } from '../../sandbox/view';
import { statusStyle, type Tone } from './status-style';
import { pictureSummary } from './summary';

export interface ChipModel {
  key: string;
  /** A pod recreated under the same name (a StatefulSet's) is a new chip. */
  uid: string;
  namespace: string;
  name: string;
  /** The name as the chip shows it: long names keep their head and their random tail. */
  label: string;
  status: string;
  /** READY, and restarts when there were any: `1/1`, `0/1 · 3 restarts`. */
  detail: string;
  tone: Tone;
  icon: string;
  /** "pod web-7d4…-x2k, Running, on node01". */
  accessibleName: string;
  /** "Deployment web → ReplicaSet web-7d4… → Pod web-7d4…-x2k". */
  chain: string;
  /** `namespace/Kind/name` of the pod's direct controller and of the outermost one (null: none). */
  ownerKey: string | null;
  topKey: string | null;
  outdated: boolean;
  /** A hue (0–359) per template hash, so pods of one ReplicaSet share a stripe colour. */
  hue: number | null;
}

export interface NodeModel {
  /** The node's name; '' for the box of pods no node runs. */
  name: string;
  title: string;
  roles: string;
  status: string;
  health: 'ready' | 'notready' | 'unknown';
  schedulingDisabled: boolean;
  /** Full `key=value:Effect` texts, and a short note: `taints: control-plane:NoSchedule`. */
  taints: string[];
  taintNote: string;
  chips: ChipModel[];
  /** "+6 kube-system pods", or null. */
  hiddenNote: string | null;
  groupLabel: string;
}

export interface ServiceModel {
  key: string;
  name: string;
  namespace: string;
  /** `ClusterIP 10.96.0.1`, `NodePort 10.100.3.4`, `ClusterIP None` (headless). */
  address: string;
  /** kubectl's PORT(S): `80/TCP`, `80:31295/TCP`. */
  ports: string;
  /** `2 endpoints, 1 ready` / `no endpoints`. */
  endpointsText: string;
  links: { pod: string; ready: boolean }[];
  /** Endpoint addresses with no pod behind them (the API server's). */
  addresses: string[];
}

export interface PictureModel {
  nodes: NodeModel[];
  services: ServiceModel[];
  summary: string;
}

const MAX_LABEL = 24;

export function pictureModel(view: ClusterView): PictureModel {
  const nodes = view.nodes.map(nodeModel);
  if (view.unscheduled.length > 0) {
    nodes.push({
      name: '',
      title: 'Not scheduled',
      roles: '',
      status: 'waiting for a node',
      health: 'unknown',
      schedulingDisabled: false,
      taints: [],
      taintNote: '',
      chips: view.unscheduled.map(chipModel),
      hiddenNote: null,
      groupLabel: `pods not scheduled on any node, ${view.unscheduled.length}`,
    });
  }
  return { nodes, services: view.services.map(serviceModel), summary: pictureSummary(view) };
}

function nodeModel(node: NodeView): NodeModel {
  const health = node.ready === 'Ready' ? 'ready' : node.ready === 'NotReady' ? 'notready' : 'unknown';
  const hiddenNote = node.hiddenPods > 0 ? `+${node.hiddenPods} kube-system pod${node.hiddenPods === 1 ? '' : 's'}` : null;
  return {
    name: node.name,
    title: node.name,
    roles: node.roles.join(', '),
    status: node.status,
    health,
    schedulingDisabled: node.schedulingDisabled,
    taints: node.taints,
    taintNote: node.taints.length > 0 ? `taints: ${node.taints.map((t) => t.replace(/^node(-role)?\.kubernetes\.io\//, '')).join(', ')}` : '',
    chips: node.pods.map(chipModel),
    hiddenNote,
    groupLabel: `node ${node.name}, ${node.status}, ${node.pods.length} pod${node.pods.length === 1 ? '' : 's'}`,
  };
}

export function chipModel(pod: PodView): ChipModel {
  const style = statusStyle(pod.status, pod.ready);
  const shown = pod.namespace === 'default' ? pod.name : `${pod.namespace}/${pod.name}`;
  const where = pod.node ? `on ${pod.node}` : 'not scheduled';
  const extras = [pod.restarts > 0 ? `${pod.restarts} restart${pod.restarts === 1 ? '' : 's'}` : '', pod.outdated ? 'old revision' : ''].filter(Boolean);
  const direct = pod.owners[pod.owners.length - 1];
  const top = pod.owners[0];
  return {
    key: pod.key,
    uid: pod.uid,
    namespace: pod.namespace,
    name: pod.name,
    label: shortName(shown),
    status: pod.status,
    detail: [pod.ready, pod.restarts > 0 ? `↻ ${pod.restarts}` : ''].filter(Boolean).join(' · '),
    tone: style.tone,
    icon: style.icon,
    accessibleName: [`pod ${shown}`, pod.status, where, ...extras].join(', '),
    chain: [...pod.owners.map((o) => `${o.kind} ${o.name}`), `Pod ${pod.name}`].join(' → ') + (pod.outdated ? ' (old revision, being replaced)' : ''),
    ownerKey: direct ? `${pod.namespace}/${direct.kind}/${direct.name}` : null,
    topKey: top ? `${pod.namespace}/${top.kind}/${top.name}` : null,
    outdated: pod.outdated,
    hue: pod.templateHash ? hueOf(pod.templateHash) : null,
  };
}

/** Keeps the start (the owner's name) and the end (the random suffix) of a long name. */
export function shortName(name: string, max = MAX_LABEL): string {
  if (name.length <= max) return name;
  const tail = Math.min(6, Math.floor(max / 3));
  return `${name.slice(0, max - tail - 1)}…${name.slice(-tail)}`;
}

export function hueOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % 360;
}

function serviceModel(svc: ServiceView): ServiceModel {
  const ports = svc.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',') || '<none>';
  const ready = svc.endpoints.filter((e) => e.ready).length;
  const total = svc.endpoints.length;
  const endpointsText = total === 0 ? 'no endpoints' : `${total} endpoint${total === 1 ? '' : 's'}${ready === total ? '' : `, ${ready} ready`}`;
  return {
    key: svc.key,
    name: svc.name,
    namespace: svc.namespace,
    address: svc.type === 'ExternalName' ? 'ExternalName' : `${svc.type} ${svc.clusterIP ?? ''}`.trim(),
    ports,
    endpointsText,
    links: svc.endpoints.flatMap((e) => (e.pod ? [{ pod: e.pod, ready: e.ready }] : [])),
    addresses: svc.endpoints.filter((e) => !e.pod).map((e) => e.ip),
  };
}

/** Which chips to add, keep and remove when the picture moves from `before` to `after` (keys in order). */
export function diffKeys(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[]; kept: string[] } {
  const old = new Set(before);
  const now = new Set(after);
  return {
    added: after.filter((k) => !old.has(k)),
    removed: before.filter((k) => !now.has(k)),
    kept: after.filter((k) => old.has(k)),
  };
}

/** How each chip relates to the one under the pointer: itself, same controller, same outermost owner. */
export function relations(chips: readonly ChipModel[], focus: ChipModel): Map<string, 'self' | 'sibling' | 'family'> {
  const out = new Map<string, 'self' | 'sibling' | 'family'>();
  for (const c of chips) {
    if (c.key === focus.key) out.set(c.key, 'self');
    else if (focus.ownerKey !== null && c.ownerKey === focus.ownerKey) out.set(c.key, 'sibling');
    else if (focus.topKey !== null && c.topKey === focus.topKey) out.set(c.key, 'family');
  }
  return out;
}
