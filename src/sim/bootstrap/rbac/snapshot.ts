// Keeps snapshots small: the ~150 bootstrap RBAC objects are written, while they are exactly what
// boot stored, as a tuple naming their template (by the object's key within its resource) plus the
// three fields the API server gave them: [key, uid, creationTimestamp, resourceVersion]. Whether an object qualifies is decided by rebuilding
// it from the reference and comparing the JSON, so a restore is byte-identical by construction;
// anything edited since boot (or not from boot at all) is written whole.

import type { KubeObject } from '../../api/object';
import { keyOf } from '../../api/object';
import { aggregateRules, type ClusterRoleObject } from '../../auth/aggregation';
import { bootstrapPolicyObjects, kubeadmRbacObjects } from './index';

/** A boot-time object in a snapshot: its key (`name` or `namespace/name`), uid, creationTimestamp, resourceVersion. */
export type BootRef = [key: string, uid: string, creationTimestamp: string, resourceVersion: string];

const RESOURCE_OF_KIND: Record<string, string> = {
  ClusterRole: 'clusterroles.rbac.authorization.k8s.io',
  ClusterRoleBinding: 'clusterrolebindings.rbac.authorization.k8s.io',
  Role: 'roles.rbac.authorization.k8s.io',
  RoleBinding: 'rolebindings.rbac.authorization.k8s.io',
};

let templates: Map<string, KubeObject> | undefined;

/**
 * What each stored object was written as (its reference, or itself), by identity: stored objects
 * are never changed in place, so a later snapshot need not compare again — and restored ones are
 * known to be references without comparing at all.
 */
const written = new WeakMap<KubeObject, BootRef | KubeObject>();

/** Boot-time objects by reference; aggregated ClusterRoles as the aggregation controller fills them. */
function bootTemplates(): Map<string, KubeObject> {
  if (templates) return templates;
  const all = [...bootstrapPolicyObjects(), ...kubeadmRbacObjects()];
  const roles = all.filter((o) => o.kind === 'ClusterRole').sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1)) as ClusterRoleObject[];
  // Aggregated roles can feed each other (edit into admin): repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const role of roles) {
      if (!role.aggregationRule) continue;
      const rules = aggregateRules(role, roles);
      if (JSON.stringify(rules) !== JSON.stringify(role.rules)) {
        role.rules = rules;
        changed = true;
      }
    }
  }
  templates = new Map(all.map((o) => [`${RESOURCE_OF_KIND[o.kind] ?? ''}|${keyOf(o)}`, o]));
  return templates;
}

function rebuild(template: KubeObject, [, uid, creationTimestamp, resourceVersion]: BootRef): KubeObject {
  return { ...template, metadata: { ...template.metadata, uid, creationTimestamp, resourceVersion } };
}

/** Objects of one resource as a snapshot writes them. */
export function compactObjects(resource: string, objects: readonly KubeObject[]): (KubeObject | BootRef)[] {
  if (!Object.values(RESOURCE_OF_KIND).includes(resource)) return [...objects];
  const byKey = bootTemplates();
  return objects.map((obj) => {
    const known = written.get(obj);
    if (known) return known;
    const out = compactOne(resource, obj, byKey);
    written.set(obj, out);
    return out;
  });
}

function compactOne(resource: string, obj: KubeObject, byKey: Map<string, KubeObject>): KubeObject | BootRef {
  const key = keyOf(obj);
  const template = byKey.get(`${resource}|${key}`);
  const { uid, creationTimestamp, resourceVersion } = obj.metadata;
  if (!template || uid === undefined || creationTimestamp === undefined || resourceVersion === undefined) return obj;
  const ref: BootRef = [key, uid, creationTimestamp, resourceVersion];
  return JSON.stringify(rebuild(template, ref)) === JSON.stringify(obj) ? ref : obj;
}

/** The objects `compactObjects` wrote, whole again. */
export function expandObjects(resource: string, items: readonly (KubeObject | BootRef)[]): KubeObject[] {
  return items.map((item) => {
    if (!Array.isArray(item)) return item;
    const template = bootTemplates().get(`${resource}|${item[0]}`);
    if (!template) throw new Error(`snapshot names an unknown boot-time ${resource} ${item[0]}`);
    // Shares the template's rules and labels: stored objects are never changed in place (a store
    // that freezes what it holds freezes the template too, which nothing changes either).
    const obj = rebuild(template, item);
    written.set(obj, item);
    return obj;
  });
}
