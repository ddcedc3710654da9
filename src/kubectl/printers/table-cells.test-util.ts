// Test support (not shipped logic): recovers the cells of a table that a tab writer rendered, so
// golden kubectl outputs can be re-rendered through our TabWriter and compared byte for byte.

/**
 * Column start offsets (in code points) of a rendered block: positions where every line has at least
 * `pad` spaces (or has ended) just before, and some line has text. Cells may contain single spaces
 * (`7 (75s ago)`) and may be empty (`-L` columns), so splitting on runs of spaces is not enough.
 */
export function columnStarts(lines: ReadonlyArray<ReadonlyArray<string>>, pad: number): number[] {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  const starts = [0];
  for (let p = pad; p < longest; p++) {
    const gapBefore = lines.every((l) => {
      for (let k = p - pad; k < p; k++) if (k < l.length && l[k] !== ' ') return false;
      return true;
    });
    if (gapBefore && lines.some((l) => p < l.length && l[p] !== ' ')) starts.push(p);
  }
  return starts;
}

/** Splits each rendered line back into cells; the last cell keeps its text as printed. */
export function recoverCells(block: string, pad: number): string[][] {
  const lines = block.split('\n').map((l) => [...l]);
  const starts = columnStarts(lines, pad);
  return lines.map((chars) =>
    starts.map((start, j) => {
      const end = starts[j + 1];
      const cell = chars.slice(start, end).join('');
      return end === undefined ? cell : cell.replace(/ +$/, '');
    }),
  );
}
