// Map key order of go-yaml v2's encoder. It is not plain string order: runs of digits compare as
// numbers (`item2` < `item10`), and at the first difference a non-letter sorts before a letter.
// Letters compare by code point, so upper case still precedes lower case (`Z` < `a`).

const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);
const isDigit = (ch: string): boolean => /^\p{Nd}$/u.test(ch);
const codeOf = (ch: string): number => ch.codePointAt(0) ?? 0;

/** Value of the digit run starting at `from`, wrapping like Go's int64; returns [value, end index]. */
function digitRun(chars: readonly string[], from: number, start: bigint): [bigint, number] {
  let n = start;
  let i = from;
  for (; i < chars.length && isDigit(chars[i] ?? ''); i++) n = BigInt.asIntN(64, n * 10n + BigInt(codeOf(chars[i] ?? '0') - 48));
  return [n, i];
}

/** True when go-yaml v2 orders key `a` before key `b`. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i] ?? '';
    const y = br[i] ?? '';
    if (x === y) continue;
    const xl = isLetter(x);
    const yl = isLetter(y);
    if (xl && yl) return codeOf(x) < codeOf(y);
    if (xl || yl) return yl;
    // A zero after non-zero digits is part of a number, not a leading zero.
    let seed = 0n;
    if (x === '0' || y === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j] ?? ''); j--) {
        if (ar[j] !== '0') {
          seed = 1n;
          break;
        }
      }
    }
    const [an, ai] = digitRun(ar, i, seed);
    const [bn, bi] = digitRun(br, i, seed);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return codeOf(x) < codeOf(y);
  }
  return ar.length < br.length;
}

/** Comparator for Array.prototype.sort. */
export function yamlKeyCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (yamlKeyLess(a, b)) return -1;
  return yamlKeyLess(b, a) ? 1 : 0;
}
