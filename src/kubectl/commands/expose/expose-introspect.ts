// What `kubectl expose` reads off the object it exposes (kubectl's polymorphichelpers): whether the
// kind can be exposed, its pod selector, its ports and the protocols of each port — with the same
// error texts.

import type { KubeObject } from '../../../sim/api/object';
import type { ResourceType } from '../../../sim/api/registry';

type Obj = Record<string, unknown>;
interface PortLike {
  containerPort?: number;
  port?: number;
  protocol?: string;
}
interface Container {
  ports?: PortLike[];
}

const EXPOSABLE = new Set(['/ReplicationController', '/Service', '/Pod', 'apps/Deployment', 'apps/ReplicaSet', 'extensions/Deployment', 'extensions/ReplicaSet']);

/** canBeExposed; GroupKind.String() is `Kind.group` (just `Kind` for the core group). */
export function exposeKindError(type: ResourceType): string | undefined {
  if (EXPOSABLE.has(`${type.group}/${type.kind}`)) return undefined;
  return `cannot expose a ${type.group ? `${type.kind}.${type.group}` : type.kind}`;
}

const spec = (obj: KubeObject): Obj => (obj['spec'] ?? {}) as Obj;
const templateSpec = (obj: KubeObject): Obj => (((spec(obj)['template'] ?? {}) as Obj)['spec'] ?? {}) as Obj;

/** MakeLabels: `k=v,…` (Go iterates the map in random order; any order parses back the same). */
const makeLabels = (m: Record<string, string> | undefined): string =>
  Object.entries(m ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** Go's %+v of []LabelSelectorRequirement. */
function expressionsText(exprs: readonly { key?: string; operator?: string; values?: string[] }[]): string {
  return `[${exprs.map((e) => `{Key:${e.key ?? ''} Operator:${e.operator ?? ''} Values:[${(e.values ?? []).join(' ')}]}`).join(' ')}]`;
}

/** mapBasedSelectorForObject: the selector string, or the error text. */
export function selectorForObject(obj: KubeObject): { selector: string } | { error: string } {
  switch (obj.kind) {
    case 'ReplicationController':
      return { selector: makeLabels(spec(obj)['selector'] as Record<string, string> | undefined) };
    case 'Pod': {
      const labels = obj.metadata.labels ?? {};
      if (Object.keys(labels).length === 0) return { error: 'the pod has no labels and cannot be exposed' };
      return { selector: makeLabels(labels) };
    }
    case 'Service': {
      const selector = spec(obj)['selector'] as Record<string, string> | null | undefined;
      if (selector === undefined || selector === null) return { error: 'the service has no pod selector set' };
      return { selector: makeLabels(selector) };
    }
    case 'Deployment':
    case 'ReplicaSet': {
      const what = obj.kind === 'Deployment' ? 'deployment' : 'replicaset';
      const sel = spec(obj)['selector'] as { matchLabels?: Record<string, string>; matchExpressions?: { key?: string; operator?: string; values?: string[] }[] } | undefined;
      if (!sel || Object.keys(sel.matchLabels ?? {}).length === 0) return { error: `invalid ${what}: no selectors, therefore cannot be exposed` };
      if ((sel.matchExpressions ?? []).length > 0) {
        return { error: `couldn't convert expressions - "${expressionsText(sel.matchExpressions ?? [])}" to map-based selector format` };
      }
      return { selector: makeLabels(sel.matchLabels) };
    }
    default:
      return { error: `cannot extract pod selector from *v1.${obj.kind}` };
  }
}

/** The ports of the pod template's (or pod's) containers, or the service's own ports. */
function portList(obj: KubeObject): PortLike[] {
  if (obj.kind === 'Service') return ((spec(obj)['ports'] ?? []) as PortLike[]).map((p) => ({ ...p, containerPort: p.port ?? 0 }));
  const podSpec = obj.kind === 'Pod' ? spec(obj) : templateSpec(obj);
  return ((podSpec['containers'] ?? []) as Container[]).flatMap((c) => c.ports ?? []);
}

/** portsForObject: the distinct port numbers, in order. */
export function portsForObject(obj: KubeObject): string[] {
  const seen: string[] = [];
  for (const p of portList(obj)) {
    const key = String(p.containerPort ?? 0);
    if (!seen.includes(key)) seen.push(key);
  }
  return seen;
}

/** multiProtocolsForObject: each port number's protocols (TCP when unset), in order. */
export function protocolsForObject(obj: KubeObject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of portList(obj)) {
    const key = String(p.containerPort ?? 0);
    out.set(key, [...(out.get(key) ?? []), p.protocol || 'TCP']);
  }
  return out;
}
