import type { FieldError } from '../field-errors';
import { invalid, required, unsupported } from '../field-errors';
import { isConfigMapKey, isRelaxedEnvVarName, nameIsDNSSubdomain } from './names';
import { asArr, asObj, asStr, isObj } from './util';

/**
 * Container env and envFrom: kubernetes `pkg/apis/core/validation/validation.go` (ValidateEnv,
 * validateEnvVarValueFrom, validateObjectFieldSelector, ValidateEnvFrom), with the downward API
 * field labels of `pkg/apis/core/pods/helpers.go` (ConvertDownwardAPIFieldLabel).
 */

const ENV_FIELD_PATHS = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];
/** Field labels the v1 conversion knows at all; anything else fails conversion first. */
const CONVERTIBLE_FIELD_PATHS = new Set([
  'metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName',
  'spec.restartPolicy', 'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP',
  'status.hostIPs', 'status.podIP', 'status.podIPs',
]);
const RESOURCE_FIELD_PATHS = [
  'limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory',
];

function validateFieldRef(ref: Record<string, unknown>, path: string): FieldError[] {
  const fieldPath = asStr(ref.fieldPath);
  if (!fieldPath) return [required(`${path}.fieldPath`)];
  const subscript = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(fieldPath);
  const base = subscript ? (subscript[1] as string) : fieldPath;
  if (!CONVERTIBLE_FIELD_PATHS.has(base)) {
    return [invalid(`${path}.fieldPath`, fieldPath, `error converting fieldPath: field label not supported: ${fieldPath}`)];
  }
  if (subscript) return [];
  if (!ENV_FIELD_PATHS.includes(fieldPath)) return [unsupported(`${path}.fieldPath`, fieldPath, ENV_FIELD_PATHS)];
  return [];
}

function validateKeySelector(sel: Record<string, unknown>, path: string): FieldError[] {
  const errs = nameIsDNSSubdomain(asStr(sel.name), false).map((msg) => invalid(`${path}.name`, asStr(sel.name), msg));
  const key = asStr(sel.key);
  if (!key) errs.push(required(`${path}.key`));
  else for (const msg of isConfigMapKey(key)) errs.push(invalid(`${path}.key`, key, msg));
  return errs;
}

function validateValueFrom(env: Record<string, unknown>, path: string): FieldError[] {
  if (!isObj(env.valueFrom)) return [];
  const from = env.valueFrom;
  const errs: FieldError[] = [];
  let sources = 0;
  if (isObj(from.fieldRef)) {
    sources++;
    errs.push(...validateFieldRef(from.fieldRef, `${path}.fieldRef`));
  }
  if (isObj(from.resourceFieldRef)) {
    sources++;
    const resource = asStr(from.resourceFieldRef.resource);
    const rp = `${path}.resourceFieldRef.resource`;
    if (!resource) errs.push(required(rp));
    else if (!RESOURCE_FIELD_PATHS.includes(resource) && !/^(requests|limits)\.hugepages-/.test(resource)) {
      errs.push(unsupported(rp, resource, RESOURCE_FIELD_PATHS));
    }
  }
  if (isObj(from.configMapKeyRef)) {
    sources++;
    errs.push(...validateKeySelector(from.configMapKeyRef, `${path}.configMapKeyRef`));
  }
  if (isObj(from.secretKeyRef)) {
    sources++;
    errs.push(...validateKeySelector(from.secretKeyRef, `${path}.secretKeyRef`));
  }
  if (sources === 0) {
    errs.push(invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  } else if (asStr(env.value) !== '') errs.push(invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  return errs;
}

export function validateEnv(envList: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArr(envList).forEach((item, i) => {
    const env = asObj(item);
    const name = asStr(env.name);
    if (!name) errs.push(required(`${path}[${i}].name`));
    else for (const msg of isRelaxedEnvVarName(name)) errs.push(invalid(`${path}[${i}].name`, name, msg));
    errs.push(...validateValueFrom(env, `${path}[${i}].valueFrom`));
  });
  return errs;
}

export function validateEnvFrom(list: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArr(list).forEach((item, i) => {
    const src = asObj(item);
    const prefix = asStr(src.prefix);
    if (prefix) for (const msg of isRelaxedEnvVarName(prefix)) errs.push(invalid(`${path}[${i}].prefix`, prefix, msg));
    let sources = 0;
    for (const kind of ['configMapRef', 'secretRef'] as const) {
      if (!isObj(src[kind])) continue;
      sources++;
      const name = asStr(asObj(src[kind]).name);
      const np = `${path}[${i}].${kind}.name`;
      if (!name) errs.push(required(np));
      else for (const msg of nameIsDNSSubdomain(name, true)) errs.push(invalid(np, name, msg));
    }
    if (sources === 0) errs.push(invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1) errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}
