// What a strategic merge patch needs to know about each field: the `patchStrategy` and
// `patchMergeKey` struct tags of the Kubernetes Go types (k8s.io/api v1.35). Fields are found by
// walking the simulator's schema (src/sim/api/schema) from the kind down, so `ports` of a Container
// merges by containerPort while `ports` of a ServiceSpec merges by port, and lists without a tag
// (tolerations, args, rules…) are replaced whole. Where the schema does not know the type (a kind
// it does not describe, the `/scale` subresource), a guess from the field's name is the fallback.
// Both `kubectl patch`/`edit` (strategic-merge.ts, two-way-patch.ts) and `kubectl apply`
// (apply-merge.ts) read this one table.

import { fieldsOf, typeIdOfKind } from '../../../sim/api/schema/registry';
import type { FieldType } from '../../../sim/api/schema';

/** How a field is patched. */
export interface FieldMeta {
  /**
   * The patchStrategy tag: `merge` lists merge item by item (by mergeKey for lists of maps), a
   * `replace` map is taken whole from the patch; untagged lists are replaced, untagged maps merged.
   */
  readonly strategy?: 'merge' | 'replace';
  readonly mergeKey?: string;
  /** Also tagged retainKeys: a two-way patch of the map (or of each list item) lists the keys it keeps. */
  readonly retainKeys?: boolean;
  /** The struct type of the field's value (or of its items), for the fields below it. */
  readonly typeId?: string;
}

/** A place in the schema: the struct type id, or undefined when unknown (a map's values, `any`…). */
export type SchemaAt = string | undefined;

type Tag = { strategy?: 'merge' | 'replace'; mergeKey?: string; retainKeys?: boolean };
const merge = (mergeKey?: string): Tag => (mergeKey ? { strategy: 'merge', mergeKey } : { strategy: 'merge' });
const mergeRetainingKeys = (mergeKey: string): Tag => ({ strategy: 'merge', mergeKey, retainKeys: true });

/** The tagged fields, by struct type id; everything else has no strategy (replace for lists). */
const TAGS: Record<string, Record<string, Tag>> = {
  'meta/v1.ObjectMeta': { ownerReferences: merge('uid'), finalizers: merge() },
  'core/v1.PodSpec': {
    volumes: mergeRetainingKeys('name'), initContainers: merge('name'), containers: merge('name'), ephemeralContainers: merge('name'),
    imagePullSecrets: merge('name'), hostAliases: merge('ip'), topologySpreadConstraints: merge('topologyKey'),
    schedulingGates: merge('name'), resourceClaims: mergeRetainingKeys('name'),
  },
  'core/v1.Container': { ports: merge('containerPort'), env: merge('name'), volumeMounts: merge('mountPath'), volumeDevices: merge('devicePath') },
  'core/v1.EphemeralContainer': { ports: merge('containerPort'), env: merge('name'), volumeMounts: merge('mountPath'), volumeDevices: merge('devicePath') },
  'core/v1.ContainerStatus': { volumeMounts: merge('mountPath'), allocatedResourcesStatus: merge('name') },
  'core/v1.PodStatus': { conditions: merge('type'), hostIPs: merge('ip'), podIPs: merge('ip'), resourceClaimStatuses: mergeRetainingKeys('name') },
  'core/v1.ServiceSpec': { ports: merge('port') },
  'core/v1.ServiceStatus': { conditions: merge('type') },
  'core/v1.ServiceAccount': { secrets: merge('name') },
  'core/v1.NodeSpec': { podCIDRs: merge() },
  'core/v1.NodeStatus': { conditions: merge('type'), addresses: merge('type') },
  'core/v1.NamespaceStatus': { conditions: merge('type') },
  'core/v1.PersistentVolumeClaimStatus': { conditions: merge('type') },
  'core/v1.ReplicationControllerStatus': { conditions: merge('type') },
  'core/v1.ComponentStatus': { conditions: merge('type') },
  'apps/v1.DeploymentSpec': { strategy: { retainKeys: true } },
  'apps/v1.DeploymentStatus': { conditions: merge('type') },
  'apps/v1.ReplicaSetStatus': { conditions: merge('type') },
  'apps/v1.StatefulSetStatus': { conditions: merge('type') },
  'apps/v1.DaemonSetStatus': { conditions: merge('type') },
  'batch/v1.JobStatus': { conditions: merge('type') },
  'autoscaling/v2.HorizontalPodAutoscalerStatus': { conditions: merge('type') },
  'policy/v1.PodDisruptionBudgetSpec': { selector: { strategy: 'replace' } },
  'policy/v1.PodDisruptionBudgetStatus': { conditions: merge('type') },
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The merge key of a list field of a type the schema does not know, from its name and its items. */
function guessMergeKey(field: string, items: readonly unknown[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
      return 'name';
    case 'readinessGates':
      return 'conditionType';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'conditions':
      return 'type';
    case 'ports':
      return items.some((i) => isObj(i) && 'containerPort' in i) ? 'containerPort' : 'port';
    default:
      return undefined;
  }
}

/** The struct a field's type leads to, through lists and maps (`[]Container` → Container). */
function structOf(t: FieldType | undefined): string | undefined {
  let cur = t;
  while (cur && (cur.type === 'array' || cur.type === 'map')) {
    // The values of a map are below a key the schema does not name: no struct to follow.
    if (cur.type === 'map') return undefined;
    cur = cur.items;
  }
  return cur?.type === 'object' ? cur.ref : undefined;
}

function knownFields(typeId: string): ReadonlyMap<string, FieldType> | undefined {
  try {
    return fieldsOf(typeId);
  } catch {
    return undefined;
  }
}

/** The root of a kind in the schema (undefined for kinds it does not describe). */
export function schemaRoot(apiVersion: string, kind: string): SchemaAt {
  return typeIdOfKind(apiVersion, kind);
}

/**
 * The patch metadata of `field` inside the struct `at`. `items` (the list's items, from the live
 * object and the patch) only matter for the name-based fallback when the schema is silent.
 */
export function fieldMeta(at: SchemaAt, field: string, items: readonly unknown[] = []): FieldMeta {
  const fields = at === undefined ? undefined : knownFields(at);
  if (at === undefined || fields === undefined) {
    const key = guessMergeKey(field, items);
    return key ? { strategy: 'merge', mergeKey: key } : {};
  }
  const tag = TAGS[at]?.[field];
  const typeId = structOf(fields.get(field));
  return {
    ...(tag?.strategy ? { strategy: tag.strategy } : {}),
    ...(tag?.mergeKey ? { mergeKey: tag.mergeKey } : {}),
    ...(tag?.retainKeys ? { retainKeys: true } : {}),
    ...(typeId ? { typeId } : {}),
  };
}
