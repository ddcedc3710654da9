import { clone } from '../object';

/**
 * Pod specs the API server has lately found valid, so that the next identical one is not
 * validated again: a ReplicaSet's 5,000 pods share one template, and validating each spec field by
 * field is most of what creating them costs — and keeps that code hot enough for V8 to compile it
 * again and again. Only valid specs are remembered: an invalid one is always validated in full, so
 * every error message still comes from the real checks.
 *
 * "Identical" allows one difference: the projected token volume the ServiceAccount admission adds
 * is named `kube-api-access-<5 random characters>` in each pod. Two specs that differ only by a
 * one-to-one renaming of such names validate alike — every check on a name is about its length,
 * its characters, or whether it equals another name, and a renaming between names of one pattern
 * keeps all three.
 */
const GENERATED = /^kube-api-access-[a-z0-9]{5}$/;
const REMEMBERED = 8;

export class ValidSpecMemo {
  /** Most recently confirmed first. */
  private readonly valid: unknown[] = [];

  /** Whether `spec` is (up to generated names) one of the remembered valid specs. */
  has(spec: unknown): boolean {
    const forward = new Map<string, string>();
    const back = new Map<string, string>();
    for (let i = 0; i < this.valid.length; i++) {
      forward.clear();
      back.clear();
      if (sameUpToGeneratedNames(spec, this.valid[i], forward, back)) {
        if (i > 0) this.valid.unshift(...this.valid.splice(i, 1));
        return true;
      }
    }
    return false;
  }

  /** Remembers a spec that was just validated without errors (a copy: the caller's may change later). */
  add(spec: unknown): void {
    this.valid.unshift(clone(spec));
    if (this.valid.length > REMEMBERED) this.valid.pop();
  }
}

/**
 * Deep equality of two JSON values (key order aside), except that strings of the generated
 * pattern may differ as long as they map one to one (`forward` and `back` hold the mapping).
 */
export function sameUpToGeneratedNames(a: unknown, b: unknown, forward: Map<string, string>, back: Map<string, string>): boolean {
  if (a === b && typeof a !== 'string') return true;
  if (typeof a === 'string') {
    if (typeof b !== 'string') return false;
    const ga = GENERATED.test(a);
    if (ga !== GENERATED.test(b)) return false;
    if (!ga) return a === b;
    const to = forward.get(a);
    const from = back.get(b);
    if (to === undefined && from === undefined) {
      forward.set(a, b);
      back.set(b, a);
      return true;
    }
    return to === b && from === a;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameUpToGeneratedNames(a[i], b[i], forward, back)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  let defined = 0;
  for (const k of keys) {
    const x = ra[k];
    if (x === undefined) continue;
    defined++;
    if (!Object.prototype.hasOwnProperty.call(rb, k) || !sameUpToGeneratedNames(x, rb[k], forward, back)) return false;
  }
  let definedB = 0;
  for (const k in rb) if (rb[k] !== undefined) definedB++;
  return defined === definedB;
}
