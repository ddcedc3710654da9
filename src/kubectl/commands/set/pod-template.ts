// The pod spec inside the objects `kubectl set` changes (polymorphichelpers.UpdatePodSpecForObject)
// and kubectl's container name patterns (`*`, `web*`, `*-sidecar`).

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../sim/api/object';
import type { ResourceType } from '../../../sim/api/registry';

type Obj = Record<string, unknown>;

const child = (parent: Obj, key: string): Obj => {
  const v = parent[key];
  if (typeof v === 'object' && v !== null) return v as Obj;
  const made: Obj = {};
  parent[key] = made;
  return made;
};

/** Pod templates by `group/Kind`: the path from the object to its pod spec. */
const TEMPLATE_PATHS: Record<string, readonly string[]> = {
  '/Pod': ['spec'],
  '/ReplicationController': ['spec', 'template', 'spec'],
  'apps/Deployment': ['spec', 'template', 'spec'],
  'apps/DaemonSet': ['spec', 'template', 'spec'],
  'apps/ReplicaSet': ['spec', 'template', 'spec'],
  'apps/StatefulSet': ['spec', 'template', 'spec'],
  'batch/Job': ['spec', 'template', 'spec'],
  'batch/CronJob': ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The object's pod spec (a live reference into `obj`), or kubectl's error text. */
export function podSpecOf(obj: KubeObject, type: ResourceType): PodSpec | string {
  const path = TEMPLATE_PATHS[`${type.group}/${type.kind}`];
  // %T of the typed object: its Go package is named after the API version (*v1.Service).
  if (!path) return `the object is not a pod or does not have a pod template: *${type.version}.${type.kind}`;
  let at = obj as unknown as Obj;
  for (const key of path) at = child(at, key);
  return at as unknown as PodSpec;
}

/** selectString: `*` matches anything; other `*`s match lazily, as kubectl's own matcher does. */
export function selectString(s: string, spec: string): boolean {
  if (spec === '*') return true;
  if (!spec.includes('*')) return s === spec;
  let pos = 0;
  const parts = spec.split('*');
  for (const [i, part] of parts.entries()) {
    if (part === '') continue;
    const next = s.slice(pos).indexOf(part);
    if (next < pos || (i === 0 && pos !== 0) || (i === parts.length - 1 && s.length !== part.length + next)) return false;
    pos = next;
  }
  return true;
}

/** The containers whose names match, regular ones first, then init containers. */
export function selectContainers(spec: PodSpec, pattern: string): Container[] {
  const pick = (list: Container[] | undefined): Container[] => (list ?? []).filter((c) => selectString(c.name, pattern));
  return [...pick(spec.containers), ...pick(spec.initContainers)];
}
