/**
 * Field selectors as the API server reads them (`?fieldSelector=`, `kubectl --field-selector`):
 * k8s.io/apimachinery v0.35.2 pkg/fields (syntax, escaping), plus kubernetes v1.35's per-kind
 * field-label conversion funcs (which labels a kind accepts, and the exact rejection text) and
 * the registries' selectable field sets (what each label reads from an object).
 *
 * Sources, all read upstream: pkg/apis/core/v1/conversion.go (Pod, Node, ReplicationController,
 * Event, Namespace, Secret, Service), pkg/apis/batch/v1/conversion.go (Job),
 * pkg/apis/certificates/v1/conversion.go (CertificateSigningRequest),
 * runtime.DefaultMetaV1FieldSelectorConversion (every other kind — ReplicaSet included: its
 * registry lists status.replicas but apps/v1 registers no conversion, so 1.35 rejects it, see
 * kubernetes#135136), pkg/registry/<kind>/strategy.go (selectable fields).
 *
 * The failure message is the server's 400 body; kubectl shows it as
 * `Error from server (BadRequest): Unable to find "<group/version, Resource=plural>" that match
 * label selector "<l>", field selector "<f>": <message>` (cli-runtime EnhanceListError).
 * Unlike kubectl (which trims the flag), the server does not trim blanks: "a = b" names the
 * field "a ".
 */
import { goQuote } from './labels';

export type FieldOperator = '=' | '!=';

export interface FieldSelectorReq {
  readonly field: string;
  /** "==" is read as "=". */
  readonly operator: FieldOperator;
  /** Unescaped. */
  readonly value: string;
}

export type FieldSelectorResult = { ok: true; selector: readonly FieldSelectorReq[] } | { ok: false; message: string };

/** Anything with metadata; other fields are read by path. */
export interface FieldSource {
  metadata?: { name?: string; namespace?: string };
  [field: string]: unknown;
}

interface Conversion {
  readonly labels: readonly string[];
  /** Old names the server rewrites. */
  readonly aliases?: Readonly<Record<string, string>>;
  readonly reject: (label: string) => string;
}

const notSupported = (label: string): string => `field label not supported: ${label}`;

/** Keys are resource keys as registry.resourceKey writes them ("pods", "jobs.batch"). */
const CONVERSIONS: Readonly<Record<string, Conversion>> = {
  pods: {
    labels: [
      'metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName',
      'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs',
      'status.nominatedNodeName',
    ],
    aliases: { 'spec.host': 'spec.nodeName' },
    reject: notSupported,
  },
  nodes: { labels: ['metadata.name', 'spec.unschedulable'], reject: notSupported },
  replicationcontrollers: { labels: ['metadata.name', 'metadata.namespace', 'status.replicas'], reject: notSupported },
  events: {
    labels: [
      'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid',
      'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason',
      'reportingComponent', 'source', 'type', 'metadata.namespace', 'metadata.name',
    ],
    reject: notSupported,
  },
  namespaces: { labels: ['status.phase', 'metadata.name'], reject: notSupported },
  secrets: { labels: ['type', 'metadata.namespace', 'metadata.name'], reject: notSupported },
  services: { labels: ['metadata.namespace', 'metadata.name', 'spec.clusterIP', 'spec.type'], reject: notSupported },
  'certificatesigningrequests.certificates.k8s.io': { labels: ['metadata.name', 'spec.signerName'], reject: notSupported },
  'jobs.batch': {
    labels: ['metadata.name', 'metadata.namespace', 'status.successful'],
    reject: (label) => `field label ${goQuote(label)} not supported for Job`,
  },
};

const DEFAULT_CONVERSION: Conversion = {
  labels: ['metadata.name', 'metadata.namespace'],
  reject: (label) => `${goQuote(label)} is not a known field selector: only "metadata.name", "metadata.namespace"`,
};

/** The field labels the server accepts for a resource key, in upstream's order. */
export function supportedFieldLabels(resource: string): readonly string[] {
  return (CONVERSIONS[resource] ?? DEFAULT_CONVERSION).labels;
}

/** Backslash-escapes "\", "," and "=" so a value survives the selector syntax. */
export function escapeFieldValue(value: string): string {
  return value.replace(/[\\,=]/g, (c) => `\\${c}`);
}

/** Splits on unescaped commas, keeping escapes in place. */
function splitTerms(input: string): string[] {
  if (input === '') return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(input.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(input.slice(start));
  return terms;
}

/** The first operator in the term wins ("!=" before "==" before "=" at each position). */
function splitTerm(term: string): { field: string; op: string; rhs: string } | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of ['!=', '==', '=']) {
      if (term.startsWith(op, i)) return { field: term.slice(0, i), op, rhs: term.slice(i + op.length) };
    }
  }
  return undefined;
}

function unescapeValue(raw: string): { value: string } | { error: string } {
  let value = '';
  let inSlash = false;
  for (const c of raw) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') return { error: `invalid field selector: invalid escape sequence: \\${c}` };
      value += c;
      inSlash = false;
    } else if (c === '\\') inSlash = true;
    // Go prints the offending rune with %v, i.e. as its number ("61" for "=").
    else if (c === ',' || c === '=') return { error: `invalid field selector: unescaped character in value: ${c.codePointAt(0)}` };
    else value += c;
  }
  return inSlash ? { error: 'invalid field selector: invalid escape sequence: \\' } : { value };
}

/**
 * fields.ParseSelector, then — when `resource` is given — the server's per-kind label check and
 * renames ("spec.host" → "spec.nodeName" for pods). Terms come back sorted as upstream sorts them.
 */
export function parseFieldSelector(input: string, resource?: string): FieldSelectorResult {
  const selector: FieldSelectorReq[] = [];
  for (const term of splitTerms(input).sort()) {
    if (term === '') continue;
    const parts = splitTerm(term);
    if (!parts) return { ok: false, message: `invalid selector: '${input}'; can't understand '${term}'` };
    const unescaped = unescapeValue(parts.rhs);
    if ('error' in unescaped) return { ok: false, message: unescaped.error };
    selector.push({ field: parts.field, operator: parts.op === '!=' ? '!=' : '=', value: unescaped.value });
  }
  if (resource === undefined) return { ok: true, selector };
  const conversion = CONVERSIONS[resource] ?? DEFAULT_CONVERSION;
  const converted: FieldSelectorReq[] = [];
  for (const req of selector) {
    const field = conversion.aliases?.[req.field] ?? req.field;
    if (!conversion.labels.includes(field)) return { ok: false, message: conversion.reject(req.field) };
    converted.push({ ...req, field });
  }
  return { ok: true, selector: converted };
}

/** Selector.String(): "spec.nodeName=node01,status.phase!=Failed" (values escaped); "" when empty. */
export function fieldSelectorToString(sel: readonly FieldSelectorReq[]): string {
  return sel.map((r) => `${r.field}${r.operator}${escapeFieldValue(r.value)}`).join(',');
}

function readPath(obj: unknown, path: string): unknown {
  let current: unknown = obj;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/**
 * The value a field label selects on, as the registries compute it; "" for an absent field
 * (so "x=" matches objects without x). Labels whose value is not simply the field at that path:
 * spec.hostNetwork / spec.unschedulable ("false" when unset), status.replicas and
 * status.successful (Job status.succeeded; "0" when unset), status.podIP (first of podIPs),
 * status.podIPs (accepted by the server but never filled in: always ""), and the event
 * `source` (source.component, else reportingComponent).
 */
export function fieldValue(obj: FieldSource, label: string): string {
  switch (label) {
    case 'spec.hostNetwork':
    case 'spec.unschedulable':
      return String(readPath(obj, label) === true);
    case 'status.replicas':
      return text(readPath(obj, label) ?? 0);
    case 'status.successful':
      return text(readPath(obj, 'status.succeeded') ?? 0);
    case 'status.podIP':
      return text(readPath(obj, 'status.podIPs.0.ip') ?? readPath(obj, 'status.podIP'));
    case 'status.podIPs':
      return '';
    case 'source':
      return text(readPath(obj, 'source.component')) || text(obj['reportingComponent']);
    default:
      return text(readPath(obj, label));
  }
}

/** Whether `obj` satisfies every term. `resource` is accepted for symmetry with parseFieldSelector. */
export function matchesFields(sel: readonly FieldSelectorReq[], obj: FieldSource, _resource?: string): boolean {
  return sel.every((r) => (fieldValue(obj, r.field) === r.value) === (r.operator === '='));
}
