/**
 * `JSON.stringify(a) === JSON.stringify(b)` without writing either out: the API server asks it of
 * every status write (a write that changes nothing keeps the stored object and its
 * resourceVersion). Key order counts, as in the JSON text. Values JSON treats specially — numbers
 * that are not finite, `undefined` or functions inside arrays, objects with `toJSON`, anything but
 * plain objects and arrays — send the whole question to JSON.stringify.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const r = compare(a, b);
  return r === UNSURE ? JSON.stringify(a) === JSON.stringify(b) : r;
}

const UNSURE = 2;
type Verdict = boolean | typeof UNSURE;

function compare(a: unknown, b: unknown): Verdict {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'object' && a !== null && !Array.isArray(a) && !isPlain(a as object)) || (tb === 'object' && b !== null && !Array.isArray(b) && !isPlain(b as object))) return UNSURE;
  if (ta === 'number' || tb === 'number') {
    if (ta !== tb) return ta === 'number' && !Number.isFinite(a as number) ? UNSURE : tb === 'number' && !Number.isFinite(b as number) ? UNSURE : false;
    if (!Number.isFinite(a as number) || !Number.isFinite(b as number)) return UNSURE;
    return a === b;
  }
  if (ta === 'string' || ta === 'boolean' || tb === 'string' || tb === 'boolean') return a === b;
  if (a === null || b === null) return a === b;
  if (ta !== 'object' || tb !== 'object') return UNSURE;
  if (a === b) return true;
  const arrA = Array.isArray(a);
  if (arrA !== Array.isArray(b)) return false;
  if (arrA) return compareArrays(a as unknown[], b as unknown[]);
  return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
}

function compareArrays(a: unknown[], b: unknown[]): Verdict {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || typeof x === 'function' || typeof y === 'function') return UNSURE;
    const r = compare(x, y);
    if (r !== true) return r;
  }
  return true;
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): Verdict {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  let i = 0;
  let j = 0;
  for (;;) {
    // JSON leaves out members whose value is undefined (functions and symbols: unsure).
    while (i < ka.length && a[ka[i] as string] === undefined) i++;
    while (j < kb.length && b[kb[j] as string] === undefined) j++;
    if (i >= ka.length || j >= kb.length) return i >= ka.length && j >= kb.length;
    const key = ka[i] as string;
    if (key !== kb[j]) return false;
    const x = a[key];
    const y = b[key];
    if (typeof x === 'function' || typeof y === 'function' || typeof x === 'symbol' || typeof y === 'symbol') return UNSURE;
    const r = compare(x, y);
    if (r !== true) return r;
    i++;
    j++;
  }
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}
