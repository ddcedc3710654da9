/** Close-match suggestions for misspelt names (fields, checks, enum values), by edit distance. */

/** Levenshtein distance, case-insensitive: `deploymentready` is one letter off `deploymentReady`. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** Length of the common prefix, case-insensitive. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The candidates close to `word`, closest first: within a third of the word's length in edits (at
 * least 2), or sharing a prefix of at least four letters and half the shorter name
 * (`deploymentReady` → `deploymentAvailable`).
 */
export function closest(word: string, candidates: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  const scored = candidates
    .map((c) => {
      const d = editDistance(word, c);
      const l = c.toLowerCase();
      const common = sharedPrefix(lower, l);
      const prefix = common >= 4 && common * 2 >= Math.min(lower.length, l.length);
      return { c, d, ok: d <= limit || prefix };
    })
    .filter((s) => s.ok)
    .sort((p, q) => p.d - q.d || (p.c < q.c ? -1 : p.c > q.c ? 1 : 0));
  return scored.slice(0, max).map((s) => s.c);
}
