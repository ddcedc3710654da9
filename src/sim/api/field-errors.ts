import type { StatusCause } from './status';

/**
 * Field-level validation errors as the API server reports them (apimachinery
 * `pkg/util/validation/field/errors.go`, v0.35): the same types, the same rendering of the bad
 * value, and the same aggregation into a Status message (`pkg/api/errors/errors.go` NewInvalid).
 */
export type FieldErrorType =
  | 'Required'
  | 'Invalid'
  | 'Unsupported'
  | 'Duplicate'
  | 'Forbidden'
  | 'TooLong'
  | 'TooMany'
  | 'NotFound'
  | 'Internal';

export interface FieldError {
  type: FieldErrorType;
  /** The field path, `spec.template.spec.containers[0].image`. */
  field: string;
  /** The bad value, rendered Go-style (see renderGoValue); absent for Required/Forbidden/TooLong. */
  value?: unknown;
  detail?: string;
  /** For Unsupported: the values the field accepts (already in the server's order). */
  supported?: string[];
}

/** A value already rendered the way the server prints it (e.g. an internal Go struct as JSON). */
export class RawValue {
  constructor(readonly text: string) {}
}

/** A Go map: json.Marshal sorts its keys, unlike struct fields which keep declaration order. */
export class GoMap {
  constructor(readonly entries: Record<string, unknown>) {}
}

/** The server's "omit the value" marker: the error body shows only the type. */
export const OMIT_VALUE: unique symbol = Symbol('omitValue');

export const raw = (text: string): RawValue => new RawValue(text);
export const goMap = (entries: Record<string, unknown> | undefined | null): GoMap | null =>
  entries == null ? null : new GoMap(entries);

export function required(field: string, detail = ''): FieldError {
  return { type: 'Required', field, detail };
}

export function invalid(field: string, value: unknown, detail: string): FieldError {
  return { type: 'Invalid', field, value, detail };
}

export function unsupported(field: string, value: unknown, supported: readonly string[]): FieldError {
  return { type: 'Unsupported', field, value, supported: [...supported] };
}

export function forbidden(field: string, detail: string): FieldError {
  return { type: 'Forbidden', field, detail };
}

export function duplicate(field: string, value: unknown): FieldError {
  return { type: 'Duplicate', field, value };
}

export function notFound(field: string, value: unknown, detail = ''): FieldError {
  return { type: 'NotFound', field, value, detail };
}

/** The value is never shown; `max` < 0 gives the generic "value is too long". */
export function tooLong(field: string, _value: unknown, max: number): FieldError {
  const detail = max >= 0 ? `may not be more than ${max} ${max === 1 ? 'byte' : 'bytes'}` : 'value is too long';
  return { type: 'TooLong', field, detail };
}

export function tooMany(field: string, actual: number, max: number): FieldError {
  const detail = max >= 0 ? `must have at most ${max} ${max === 1 ? 'item' : 'items'}` : 'has too many items';
  return { type: 'TooMany', field, value: actual >= 0 ? actual : OMIT_VALUE, detail };
}

export function internalError(field: string, message: string): FieldError {
  return { type: 'Internal', field, detail: message };
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Unsupported: 'Unsupported value',
  Duplicate: 'Duplicate value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
  TooMany: 'Too many',
  NotFound: 'Not found',
  Internal: 'Internal error',
};

const CAUSE_REASON: Record<FieldErrorType, string> = {
  Required: 'FieldValueRequired',
  Invalid: 'FieldValueInvalid',
  Unsupported: 'FieldValueNotSupported',
  Duplicate: 'FieldValueDuplicate',
  Forbidden: 'FieldValueForbidden',
  TooLong: 'FieldValueTooLong',
  TooMany: 'FieldValueTooMany',
  NotFound: 'FieldValueNotFound',
  Internal: 'InternalError',
};

const SHOWS_VALUE = new Set<FieldErrorType>(['Invalid', 'Unsupported', 'NotFound', 'Duplicate', 'TooMany']);

/** The error without its field: `Invalid value: -1: must be greater than or equal to 0`. */
export function renderErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if (SHOWS_VALUE.has(e.type) && e.value !== OMIT_VALUE) s += `: ${renderGoValue(e.value)}`;
  const detail = e.type === 'Unsupported' ? supportedDetail(e) : (e.detail ?? '');
  return detail ? `${s}: ${detail}` : s;
}

function supportedDetail(e: FieldError): string {
  if (e.supported && e.supported.length > 0) return `supported values: ${e.supported.map(goQuote).join(', ')}`;
  return e.detail ?? '';
}

/** `field.Error.Error()`: `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
export function renderFieldError(e: FieldError): string {
  return `${e.field}: ${renderErrorBody(e)}`;
}

/** The aggregate as `%v` prints it: one error plain, several as `[a, b]`, duplicates dropped. */
export function renderErrorList(errs: readonly FieldError[]): string {
  const unique = [...new Set(errs.map(renderFieldError))];
  if (unique.length === 1) return unique[0] as string;
  return `[${unique.join(', ')}]`;
}

/** The Status message of a 422: `Deployment.apps "web" is invalid: spec.replicas: …`. */
export function invalidStatusMessage(kindWithGroup: string, name: string, errs: readonly FieldError[]): string {
  const head = `${kindWithGroup} ${goQuote(name)} is invalid`;
  return errs.length === 0 ? head : `${head}: ${renderErrorList(errs)}`;
}

/** metav1.Status details.causes, one per error (not de-duplicated, as NewInvalid builds them). */
export function statusCauses(errs: readonly FieldError[]): StatusCause[] {
  return errs.map((e) => ({ reason: CAUSE_REASON[e.type], message: renderErrorBody(e), field: e.field }));
}

/** What the API server's create/update hooks hand back: the rendered list and its causes. */
export function renderedErrors(errs: readonly FieldError[]): { message: string; causes: StatusCause[] } | undefined {
  return errs.length === 0 ? undefined : { message: renderErrorList(errs), causes: statusCauses(errs) };
}

/**
 * How ErrorBody prints a bad value: strings with %q, numbers and booleans bare, anything else as
 * encoding/json would (since apimachinery v0.34; earlier releases used Go's %#v).
 */
export function renderGoValue(v: unknown): string {
  if (v instanceof RawValue) return v.text;
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'boolean') return String(v);
  return goJson(v);
}

function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}

/** strconv.Quote: Go escapes, printable Unicode kept. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c < 0x20 || c === 0x7f) out += GO_ESCAPES[c] ?? `\\x${c.toString(16).padStart(2, '0')}`;
    else if ((c >= 0x80 && c <= 0x9f) || c === 0xad || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

const GO_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };

/** encoding/json output (HTML-safe escaping); GoMap keys sorted, plain objects in their own order. */
export function goJson(v: unknown): string {
  if (v === undefined || v === null || v === OMIT_VALUE) return 'null';
  if (v instanceof RawValue) return v.text;
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? goNumber(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (v instanceof GoMap) {
    const keys = Object.keys(v.entries).sort();
    return `{${keys.map((k) => `${jsonString(k)}:${goJson(v.entries[k])}`).join(',')}}`;
  }
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${jsonString(k)}:${goJson(x)}`);
    return `{${parts.join(',')}}`;
  }
  return 'null';
}

const JSON_ESCAPES: Record<string, string> = {
  '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029',
};

function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const esc = JSON_ESCAPES[ch];
    if (esc) out += esc;
    else if ((ch.codePointAt(0) as number) < 0x20) out += `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
