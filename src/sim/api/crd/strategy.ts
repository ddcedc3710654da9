// What the API server fills into a CustomResourceDefinition (v1 defaulting) and what its create
// and update strategies do to status: storedVersions records every version ever used for storage.

import type { CRD } from './shapes';

export function defaultCRD(obj: Record<string, unknown>): void {
  const crd = obj as unknown as CRD;
  const spec = crd.spec;
  if (!spec) return;
  const names = spec.names;
  if (names?.kind) {
    if (!names.singular) names.singular = names.kind.toLowerCase();
    if (!names.listKind) names.listKind = `${names.kind}List`;
  }
  if (!spec.conversion) spec.conversion = { strategy: 'None' };
}

function storageVersion(crd: CRD): string | undefined {
  return crd.spec?.versions?.find((v) => v.storage)?.name;
}

/** A new CRD starts with an empty status (names not yet accepted) and its storage version recorded. */
export function prepareCRDForCreate(obj: Record<string, unknown>): void {
  const storage = storageVersion(obj as unknown as CRD);
  obj['status'] = { acceptedNames: { kind: '', plural: '' }, storedVersions: storage ? [storage] : [] };
}

export function prepareCRDForUpdate(obj: Record<string, unknown>): void {
  const crd = obj as unknown as CRD;
  const storage = storageVersion(crd);
  const status = crd.status;
  if (!storage || !status) return;
  const stored = status.storedVersions ?? [];
  if (!stored.includes(storage)) status.storedVersions = [...stored, storage];
}
