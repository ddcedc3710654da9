/**
 * Readers for loosely-typed API objects. Validation runs on whatever the user sent (after
 * decoding and defaulting), so every accessor tolerates a missing or oddly-typed field.
 */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
export const asArr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const asStr = (v: unknown): string => (typeof v === 'string' ? v : '');
/**
 * A field the defaulter fills when it is absent or empty: validation sees the default then, so
 * the server's "Required value" for these can never be reached through the v1 API.
 */
export const defaulted = (v: unknown, dflt: string): unknown => (v === undefined || v === null || v === '' ? dflt : v);
export const asNum = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** A map[string]string field, in the order the user wrote it. */
export function asStrMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(asObj(v))) out[k] = typeof x === 'string' ? x : String(x);
  return out;
}

/** A map field, or undefined when absent (Go's nil map renders as `null`). */
export function optStrMap(v: unknown): Record<string, string> | undefined {
  return isObj(v) ? asStrMap(v) : undefined;
}

/**
 * apiequality.Semantic.DeepEqual on JSON data: nil and empty slices/maps are equal, absent and
 * null are equal. An empty object also equals an absent one: most Go fields are plain structs,
 * where `{}` and "not set" are the same value.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(normalize);
  if (isObj(v)) {
    const out: Obj = {};
    for (const k of Object.keys(v).sort()) {
      const x = normalize(v[k]);
      if (x !== undefined) out[k] = x;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return v === null ? undefined : v;
}

function canonical(v: unknown): string {
  return JSON.stringify(normalize(v)) ?? 'null';
}


/** Go's len(): bytes of the UTF-8 encoding. */
export function utf8(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
