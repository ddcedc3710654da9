import type { FieldError } from '../field-errors';
import { decodeBase64 } from '../../../lib/base64';
import { forbidden, invalid, required, tooLong } from '../field-errors';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { isConfigMapKey, nameIsDNSSubdomain } from './names';
import { asObj, asStr, isObj, semanticEqual, utf8 } from './util';

/**
 * ConfigMaps and Secrets: kubernetes `pkg/apis/core/validation/validation.go` (ValidateConfigMap,
 * ValidateConfigMapUpdate, ValidateSecret, ValidateSecretUpdate). Secret `stringData` is merged
 * into `data` before validation, as the v1 conversion does.
 */

const MAX_SIZE = 1024 * 1024;
const IMMUTABLE_MSG = 'field is immutable when `immutable` is set';

/** Bytes a base64 text decodes to. */
function base64Size(s: unknown): number {
  const t = asStr(s).replace(/\s/g, '');
  const pad = t.endsWith('==') ? 2 : t.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((t.length * 3) / 4) - pad);
}

export function validateConfigMapCreate(cm: Record<string, unknown>): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, nameIsDNSSubdomain);
  const data = asObj(cm.data);
  const binary = asObj(cm.binaryData);
  let size = 0;
  for (const [key, value] of Object.entries(data)) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(`data[${key}]`, key, m)));
    if (key in binary) errs.push(invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'));
    size += utf8(asStr(value));
  }
  for (const [key, value] of Object.entries(binary)) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(`binaryData[${key}]`, key, m)));
    size += base64Size(value);
  }
  // The server passes an empty path: the error is about the whole object.
  if (size > MAX_SIZE) errs.push(tooLong('', '', MAX_SIZE));
  return errs;
}

function immutableChecks(next: Record<string, unknown>, old: Record<string, unknown>, fields: string[]): FieldError[] {
  if (old.immutable !== true) return [];
  const errs = next.immutable !== true ? [forbidden('immutable', IMMUTABLE_MSG)] : [];
  for (const f of fields) if (!semanticEqual(next[f], old[f])) errs.push(forbidden(f, IMMUTABLE_MSG));
  return errs;
}

export function validateConfigMapUpdate(cm: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [
    ...validateObjectMetaUpdate(cm.metadata, old.metadata),
    ...immutableChecks(cm, old, ['data', 'binaryData']),
    ...validateConfigMapCreate(cm),
  ];
}

/** data with stringData folded in, each entry's decoded size. */
function secretEntries(secret: Record<string, unknown>): Map<string, number> {
  const entries = new Map<string, number>();
  for (const [k, v] of Object.entries(asObj(secret.data))) entries.set(k, base64Size(v));
  for (const [k, v] of Object.entries(asObj(secret.stringData))) entries.set(k, utf8(asStr(v)));
  return entries;
}

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    const first = text.trim().charAt(0);
    return first === '' ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`;
  }
}

function decoded(secret: Record<string, unknown>, key: string): string {
  const s = asObj(secret.stringData)[key];
  if (typeof s === 'string') return s;
  const b = asStr(asObj(secret.data)[key]);
  return decodeBase64(b);
}

function validateSecretType(secret: Record<string, unknown>, entries: Map<string, number>): FieldError[] {
  const type = asStr(secret.type) || 'Opaque';
  const need = (key: string): FieldError[] => (entries.has(key) ? [] : [required(`data[${key}]`)]);
  switch (type) {
    case 'kubernetes.io/service-account-token': {
      const sa = asStr(asObj(asObj(secret.metadata).annotations)['kubernetes.io/service-account.name']);
      return sa ? [] : [required('metadata.annotations[kubernetes.io/service-account.name]')];
    }
    case 'kubernetes.io/dockercfg':
    case 'kubernetes.io/dockerconfigjson': {
      const key = type === 'kubernetes.io/dockercfg' ? '.dockercfg' : '.dockerconfigjson';
      if (!entries.has(key)) return need(key);
      const err = jsonError(decoded(secret, key));
      return err ? [invalid(`data[${key}]`, '<secret contents redacted>', err)] : [];
    }
    case 'kubernetes.io/basic-auth':
      return entries.has('username') || entries.has('password') ? [] : [...need('username'), ...need('password')];
    case 'kubernetes.io/ssh-auth':
      return (entries.get('ssh-privatekey') ?? 0) > 0 ? [] : [required('data[ssh-privatekey]')];
    case 'kubernetes.io/tls':
      return [...need('tls.crt'), ...need('tls.key')];
    default:
      return [];
  }
}

export function validateSecretCreate(secret: Record<string, unknown>): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, nameIsDNSSubdomain);
  const entries = secretEntries(secret);
  let size = 0;
  for (const [key, bytes] of entries) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(`data[${key}]`, key, m)));
    size += bytes;
  }
  if (size > MAX_SIZE) errs.push(tooLong('data', '', MAX_SIZE));
  errs.push(...validateSecretType(secret, entries));
  return errs;
}

export function validateSecretUpdate(secret: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const errs = validateObjectMetaUpdate(secret.metadata, old.metadata);
  const type = asStr(secret.type) || 'Opaque';
  const oldType = asStr(old.type) || 'Opaque';
  if (type !== oldType) errs.push(invalid('type', type, FIELD_IMMUTABLE));
  if (old.immutable === true) {
    if (secret.immutable !== true) errs.push(forbidden('immutable', IMMUTABLE_MSG));
    const merged = (s: Record<string, unknown>): unknown => ({ ...asObj(s.data), ...(isObj(s.stringData) ? s.stringData : {}) });
    if (!semanticEqual(merged(secret), merged(old))) errs.push(forbidden('data', IMMUTABLE_MSG));
  }
  return [...errs, ...validateSecretCreate(secret)];
}
