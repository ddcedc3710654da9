/**
 * π to N significant digits, as `perl -Mbignum=bpi -wle 'print bpi(2000)'` prints it (the Job
 * example of the Kubernetes docs). Machin's formula in fixed point with BigInt: 2000 digits take
 * a few milliseconds, so nothing is stored.
 */

function arctanInverse(x: bigint, one: bigint): bigint {
  let sum = 0n;
  let term = one / x;
  const x2 = x * x;
  let n = 1n;
  let sign = 1n;
  while (term !== 0n) {
    sum += (sign * term) / n;
    term /= x2;
    n += 2n;
    sign = -sign;
  }
  return sum;
}

/** "3.1415…" with `digits` significant digits, the last one rounded. */
export function piDigits(digits: number): string {
  const n = Math.max(1, Math.floor(digits));
  const guard = 10;
  const one = 10n ** BigInt(n + guard);
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
  const scaled = (pi + 5n * 10n ** BigInt(guard)) / 10n ** BigInt(guard + 1);
  const s = scaled.toString();
  return s.length > 1 ? `${s[0] ?? ''}.${s.slice(1)}` : s;
}
