// Snapshots write every stored object whole. Those written before this, by an older version, may
// name the ~150 boot-time RBAC objects still as booted by a tuple instead: the object's key within
// its resource plus the three fields the API server gave it. Reading one rebuilds the object from
// boot's template (rbac/templates.ts, in the boot part: boot-source.ts), byte for byte what was saved.
// Whole objects cost a restore less than rebuilding the templates would (JSON.parse against ~150
// objects built and three ClusterRoles aggregated), and keep the boot code out of a restore.

import type { KubeObject } from '../../api/object';
import { bootPart } from '../boot-source';

/** A boot-time object in an older snapshot: its key (`name` or `namespace/name`), uid, creationTimestamp, resourceVersion. */
export type BootRef = [key: string, uid: string, creationTimestamp: string, resourceVersion: string];

/** The objects of one resource of a snapshot, whole. */
export function expandObjects(resource: string, items: readonly (KubeObject | BootRef)[]): KubeObject[] {
  return items.map((item) => {
    if (!Array.isArray(item)) return item;
    const [key, uid, creationTimestamp, resourceVersion] = item;
    const template = bootPart().bootTemplate(resource, key);
    if (!template) throw new Error(`snapshot names an unknown boot-time ${resource} ${key}`);
    // Shares the template's rules and labels: stored objects are never changed in place (a store
    // that freezes what it holds freezes the template too, which nothing changes either).
    return { ...template, metadata: { ...template.metadata, uid, creationTimestamp, resourceVersion } };
  });
}
