import type { FieldError } from '../field-errors';
import { forbidden, invalid, raw, required, unsupported, goJson } from '../field-errors';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import type { NameFn } from './names';
import { isLabelValue, isQualifiedName, isValidPathSegmentName, nameIsDNSLabel, nameIsDNSSubdomain } from './names';
import { asArr, asObj, asStr } from './util';

/**
 * Namespaces, Nodes and the kinds that only have metadata rules: kubernetes
 * `pkg/apis/core/validation/validation.go` (ValidateNamespace, ValidateNode, validateNodeTaints,
 * ValidateNodeUpdate) and `pkg/apis/rbac/validation/validation.go` (ValidateRBACName: path segments).
 */

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateNamespaceCreate(ns: Record<string, unknown>): FieldError[] {
  const errs = validateObjectMeta(ns.metadata, nameIsDNSLabel);
  for (const f of asArr(asObj(ns.spec).finalizers).map(asStr)) {
    errs.push(...isQualifiedName(f).map((m) => invalid('spec.finalizers', f, m)));
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      errs.push(invalid('spec.finalizers', f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return errs;
}

export function validateNamespaceUpdate(ns: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return validateObjectMetaUpdate(ns.metadata, old.metadata);
}

/** Taints live under spec but the server reports them at `metadata.taints` (sic). */
function validateTaints(taints: unknown): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Map<string, Set<string>>();
  asArr(taints).map(asObj).forEach((t, i) => {
    const path = `metadata.taints[${i}]`;
    const key = asStr(t.key);
    const value = asStr(t.value);
    const effect = asStr(t.effect);
    errs.push(...isQualifiedName(key).map((m) => invalid(`${path}.key`, key, m)));
    const valueErrs = isLabelValue(value);
    if (valueErrs.length > 0) errs.push(invalid(`${path}.value`, value, valueErrs.join(';')));
    if (!effect) errs.push(required(`${path}.effect`));
    else if (!TAINT_EFFECTS.includes(effect)) errs.push(unsupported(`${path}.effect`, effect, TAINT_EFFECTS));
    const keys = seen.get(effect) ?? new Set<string>();
    if (keys.has(key)) {
      const taint = raw(`{"Key":${goJson(key)},"Value":${goJson(value)},"Effect":${goJson(effect)},"TimeAdded":${t.timeAdded ? goJson(t.timeAdded) : 'null'}}`);
      errs.push({ type: 'Duplicate', field: path, value: taint, detail: 'taints must be unique by key and effect pair' });
      return;
    }
    keys.add(key);
    seen.set(effect, keys);
  });
  return errs;
}

export function validateNodeCreate(node: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(node.metadata, nameIsDNSSubdomain), ...validateTaints(asObj(node.spec).taints)];
}

export function validateNodeUpdate(node: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const errs = validateObjectMetaUpdate(node.metadata, old.metadata);
  const spec = asObj(node.spec);
  const prev = asObj(old.spec);
  const oldCIDRs = asArr(prev.podCIDRs).map(asStr);
  const newCIDRs = asArr(spec.podCIDRs).map(asStr);
  if (oldCIDRs.length > 0) {
    const msg = 'node updates may not change podCIDR except from "" to valid';
    if (oldCIDRs.length !== newCIDRs.length) errs.push(forbidden('spec.podCIDRs', msg));
    else oldCIDRs.forEach((c, i) => c !== newCIDRs[i] && errs.push(forbidden('spec.podCIDRs', msg)));
  }
  const oldProvider = asStr(prev.providerID);
  if (oldProvider && oldProvider !== asStr(spec.providerID)) {
    errs.push(forbidden('spec.providerID', 'node updates may not change providerID except from "" to valid'));
  }
  return [...errs, ...validateTaints(spec.taints)];
}

const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
const rbacName: NameFn = (name, prefix) => (prefix ? isValidPathSegmentName(name).filter((m) => m.startsWith('may not contain')) : isValidPathSegmentName(name));

/** Kinds without spec rules here: only their metadata (name function per kind). */
export function validateMetadataOnlyCreate(obj: Record<string, unknown>): FieldError[] {
  return validateObjectMeta(obj.metadata, RBAC_KINDS.has(asStr(obj.kind)) ? rbacName : nameIsDNSSubdomain);
}

export function validateMetadataOnlyUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return validateObjectMetaUpdate(obj.metadata, old.metadata);
}
