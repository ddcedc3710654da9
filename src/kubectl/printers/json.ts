// `kubectl -o json`: Go's json.MarshalIndent(obj, "", "    ") plus a newline. Decoded objects are
// maps, so keys come out sorted; typed objects built by generators (`create … --dry-run -o json`)
// keep Go struct field order, which callers express by building the object in that order and
// passing sortKeys: false.

import { compareGoStrings, isGoInt } from './go-fmt';

export interface JsonOptions {
  /** Sort object keys as Go sorts map keys (default true). */
  sortKeys?: boolean;
  /** Indentation unit (default four spaces; `kubectl version -o json` uses two). */
  indent?: string;
}

/** Characters goJsonString must escape or check (quotes, controls, HTML, separators, surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;

/** Go's encoding/json string escaping, HTML-safe (`<` → `\u003c`), U+2028/2029 escaped. */
export function goJsonString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    const c = s.charCodeAt(i);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += ch + (s[i + 1] ?? '');
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8, which Go replaces
    } else out += ch;
  }
  return `${out}"`;
}

/** A number as encoding/json writes an int64 or a float64. */
function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Number.isSafeInteger(n)) return String(n);
  if (isGoInt(n)) return BigInt(n).toString();
  // JS and Go agree here: fixed notation in [1e-6, 1e21), otherwise `1e-7` / `1e+21`.
  return String(n);
}

/** Sorted key order per key set (objects of one kind share a few key sets). */
const keyOrders = new Map<string, string[]>();

function sortedKeys(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  const signature = keys.join('\u0000');
  const cached = keyOrders.get(signature);
  if (cached) return cached;
  keys.sort(compareGoStrings);
  if (keyOrders.size > 10_000) keyOrders.clear();
  keyOrders.set(signature, keys);
  return keys;
}

function entries(o: Record<string, unknown>, sortKeys: boolean): Array<[string, unknown]> {
  const keys = Object.keys(o).filter((k) => o[k] !== undefined);
  return (sortKeys ? sortedKeys(keys) : keys).map((k) => [k, o[k]]);
}

function encode(v: unknown, sortKeys: boolean, indent: string | null, depth: number): string {
  if (v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol') return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  const inner = indent === null ? '' : `\n${indent.repeat(depth + 1)}`;
  const outer = indent === null ? '' : `\n${indent.repeat(depth)}`;
  const colon = indent === null ? ':' : ': ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const items = v.map((x) => inner + encode(x, sortKeys, indent, depth + 1));
    return `[${items.join(',')}${outer}]`;
  }
  const fields = entries(v as Record<string, unknown>, sortKeys);
  if (fields.length === 0) return '{}';
  const items = fields.map(([k, x]) => inner + goJsonString(k) + colon + encode(x, sortKeys, indent, depth + 1));
  return `{${items.join(',')}${outer}}`;
}

/** `kubectl get -o json` output: indented JSON followed by one newline. */
export function toJson(value: unknown, options: JsonOptions = {}): string {
  return `${encode(value, options.sortKeys ?? true, options.indent ?? '    ', 0)}\n`;
}

/** Go's json.Marshal (compact, no newline), as jsonpath prints maps and lists. */
export function toCompactJson(value: unknown, options: Pick<JsonOptions, 'sortKeys'> = {}): string {
  return encode(value, options.sortKeys ?? true, null, 0);
}
