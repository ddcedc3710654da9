// Our own descriptions of the API types and fields that `kubectl explain` prints (the Kubernetes
// OpenAPI texts are not copied). A field without its own entry borrows from a type that has the same
// field (EphemeralContainer from Container, PersistentVolume sources from volume sources), then from
// the few names that mean the same everywhere (apiVersion, kind, metadata).

import { CERTIFICATE_DOCS } from './certificates';
import { CONTAINER_DOCS } from './container';
import { CORE_DOCS } from './core';
import { META_DOCS, COMMON_FIELDS } from './meta';
import { POD_DOCS } from './pod';
import { POLICY_DOCS } from './policy';
import { SERVICE_DOCS } from './service';
import type { TypeDoc } from './types';
import { VOLUME_ALIASES, VOLUME_DOCS } from './volumes';
import { WORKLOAD_DOCS } from './workloads';

const DOCS: Readonly<Record<string, TypeDoc>> = {
  ...META_DOCS,
  ...POD_DOCS,
  ...CONTAINER_DOCS,
  ...VOLUME_DOCS,
  ...WORKLOAD_DOCS,
  ...SERVICE_DOCS,
  ...CORE_DOCS,
  ...POLICY_DOCS,
  ...CERTIFICATE_DOCS,
};

/** Types that share field meanings with another type (typeId → the type to borrow from). */
const ALIASES: Readonly<Record<string, string>> = {
  'core/v1.EphemeralContainer': 'core/v1.Container',
  'core/v1.PersistentVolumeSpec': 'core/v1.Volume',
  'autoscaling/v1.CrossVersionObjectReference': 'autoscaling/v2.CrossVersionObjectReference',
  ...VOLUME_ALIASES,
};

const own = (typeId: string): TypeDoc | undefined => (Object.hasOwn(DOCS, typeId) ? DOCS[typeId] : undefined);

/** Our description of a type (a kind, a struct, or Quantity/IntOrString/Time). */
export function typeDescription(typeId: string): string | undefined {
  const alias = VOLUME_ALIASES[typeId];
  return own(typeId)?.about ?? (alias ? own(alias)?.about : undefined);
}

/** Our description of one field of a type. */
export function fieldDescription(typeId: string, field: string): string | undefined {
  for (let id: string | undefined = typeId, hops = 0; id !== undefined && hops < 4; id = ALIASES[id], hops++) {
    const fields = own(id)?.fields;
    if (fields && Object.hasOwn(fields, field)) return fields[field];
  }
  return Object.hasOwn(COMMON_FIELDS, field) ? COMMON_FIELDS[field] : undefined;
}
