// The API server's validation of a CustomResourceDefinition (apiextensions-apiserver's
// ValidateCustomResourceDefinition, v1.35): the name rule, group, scope, names, versions with
// exactly one storage version, and a structural openAPIV3Schema for every version.

import { invalid, raw, required, unsupported, type FieldError } from '../field-errors';
import { validateObjectMeta, validateObjectMetaUpdate } from '../validation/meta';
import { isDNS1035Label, isDNS1123Subdomain, nameIsDNSSubdomain } from '../validation/names';
import type { CRD, CRDColumn, CRDNames, CRDVersion, JSONSchemaProps } from './shapes';
import { validateStructural } from './structural';

const SCOPES = ['Cluster', 'Namespaced'];
const COLUMN_TYPES = ['boolean', 'date', 'integer', 'number', 'string'];

/** The value of a whole list as the error shows it (encoding/json of what was sent). */
const listValue = (v: unknown): unknown => raw(JSON.stringify(v ?? null));

function validateNames(names: CRDNames, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const label = (field: string, value: string | undefined, mixedCase = false): void => {
    if (!value) return;
    const msgs = isDNS1035Label(mixedCase ? value.toLowerCase() : value);
    if (msgs.length > 0) errs.push(invalid(`${path}.${field}`, value, (mixedCase ? 'may have mixed case, but should otherwise match: ' : '') + msgs.join(',')));
  };
  label('plural', names.plural);
  label('singular', names.singular);
  label('kind', names.kind, true);
  label('listKind', names.listKind, true);
  (names.shortNames ?? []).forEach((s, i) => {
    const msgs = isDNS1035Label(s);
    if (msgs.length > 0) errs.push(invalid(`${path}.shortNames[${i}]`, s, msgs.join(',')));
  });
  if (names.kind && names.kind === names.listKind) errs.push(invalid(`${path}.listKind`, names.listKind, 'kind and listKind may not be the same'));
  (names.categories ?? []).forEach((c, i) => {
    const msgs = isDNS1035Label(c);
    if (msgs.length > 0) errs.push(invalid(`${path}.categories[${i}]`, c, msgs.join(',')));
  });
  for (const field of ['plural', 'singular', 'kind', 'listKind'] as const) {
    if (!names[field]) errs.push(required(`${path}.${field}`, ''));
  }
  return errs;
}

function validateColumns(columns: CRDColumn[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  columns.forEach((c, i) => {
    const at = `${path}[${i}]`;
    if (!c.name) errs.push(required(`${at}.name`, ''));
    if (!c.type) errs.push(required(`${at}.type`, ''));
    else if (!COLUMN_TYPES.includes(c.type)) errs.push(unsupported(`${at}.type`, c.type, COLUMN_TYPES));
    if (!c.jsonPath) errs.push(required(`${at}.jsonPath`, ''));
    if (c.priority !== undefined && c.priority < 0) errs.push(invalid(`${at}.priority`, c.priority, 'must be greater than or equal to 0'));
  });
  return errs;
}

function validateVersion(v: CRDVersion, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const msgs = isDNS1035Label(v.name ?? '');
  if (msgs.length > 0) errs.push(invalid(`${path}.name`, v.name ?? '', msgs.join(',')));
  const schema: JSONSchemaProps | undefined = v.schema?.openAPIV3Schema;
  if (!schema) errs.push(required(`${path}.schema.openAPIV3Schema`, 'schemas are required'));
  else errs.push(...validateStructural(schema, `${path}.schema.openAPIV3Schema`));
  errs.push(...validateColumns(v.additionalPrinterColumns ?? [], `${path}.additionalPrinterColumns`));
  return errs;
}

function validateSpec(crd: CRD): FieldError[] {
  const spec = crd.spec ?? {};
  const errs: FieldError[] = [];
  const group = spec.group ?? '';
  if (!group) errs.push(required('spec.group', ''));
  else if (isDNS1123Subdomain(group).length > 0) errs.push(invalid('spec.group', group, isDNS1123Subdomain(group).join(',')));
  else if (group.split('.').length < 2) errs.push(invalid('spec.group', group, 'should be a domain with at least one dot'));
  if (!spec.scope) errs.push(required('spec.scope', ''));
  else if (!SCOPES.includes(spec.scope)) errs.push(unsupported('spec.scope', spec.scope, SCOPES));
  const versions = spec.versions ?? [];
  const seen = new Set<string>();
  let unique = true;
  versions.forEach((v, i) => {
    if (seen.has(v.name ?? '')) unique = false;
    seen.add(v.name ?? '');
    errs.push(...validateVersion(v, `spec.versions[${i}]`));
  });
  if (!unique) errs.push(invalid('spec.versions', listValue(versions), 'must contain unique version names'));
  if (versions.filter((v) => v.storage).length !== 1) {
    errs.push(invalid('spec.versions', listValue(versions), 'must have exactly one version marked as storage version'));
  }
  errs.push(...validateNames(spec.names ?? {}, 'spec.names'));
  const strategy = spec.conversion?.strategy;
  if (strategy !== undefined && strategy !== 'None' && strategy !== 'Webhook') {
    errs.push(unsupported('spec.conversion.strategy', strategy, ['None', 'Webhook']));
  }
  if (strategy === 'Webhook' && !spec.conversion?.webhook) errs.push(required('spec.conversion.webhook', 'required when strategy is set to Webhook'));
  return errs;
}

/** metadata.name must be `<spec.names.plural>.<spec.group>`. */
function crdName(crd: CRD) {
  const wanted = `${crd.spec?.names?.plural ?? ''}.${crd.spec?.group ?? ''}`;
  return (name: string, prefix: boolean): string[] => {
    const msgs = nameIsDNSSubdomain(name, prefix);
    return !prefix && name !== wanted ? [...msgs, 'must be spec.names.plural+"."+spec.group'] : msgs;
  };
}

export function validateCRDCreate(obj: Record<string, unknown>): FieldError[] {
  const crd = obj as unknown as CRD;
  return [...validateObjectMeta(obj['metadata'], crdName(crd)), ...validateSpec(crd)];
}

export function validateCRDUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const crd = obj as unknown as CRD;
  const prev = old as unknown as CRD;
  const errs = [...validateObjectMetaUpdate(obj['metadata'], old['metadata']), ...validateSpec(crd)];
  if (crd.spec?.scope !== prev.spec?.scope && prev.spec?.scope) errs.push(invalid('spec.scope', crd.spec?.scope ?? '', 'field is immutable'));
  const stored = crd.status?.storedVersions ?? [];
  const names = new Set((crd.spec?.versions ?? []).map((v) => v.name));
  stored.forEach((s, i) => {
    if (!names.has(s)) errs.push(invalid(`status.storedVersions[${i}]`, s, 'must appear in spec.versions'));
  });
  return errs;
}
