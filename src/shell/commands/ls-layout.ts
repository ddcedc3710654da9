/**
 * How GNU ls lays out names: columns filled top to bottom on a terminal (widths chosen the way
 * coreutils does, padding with tabs of 8 like it), one per line otherwise; names with spaces or
 * shell characters quoted on a terminal ('with space'), others then indented by one space.
 */

const MIN_COLUMN_WIDTH = 3;
const TAB_SIZE = 8;

/** A name as ls shows it on a terminal (shell-escape quoting). */
export function quoteForTerminal(name: string): string {
  if (!/[^A-Za-z0-9%+,\-./:=@_^]/.test(name) && !/^[#~]/.test(name) && name !== '') return name;
  if (!name.includes("'")) return `'${name}'`;
  if (!/["\\$`]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** Display names: quoted on a terminal, with a space before unquoted ones if any name got quotes. */
export function displayNames(names: readonly string[], terminal: boolean): string[] {
  if (!terminal) return [...names];
  const quoted = names.map(quoteForTerminal);
  const anyQuoted = quoted.some((q, i) => q !== names[i] && q.startsWith("'"));
  return quoted.map((q, i) => (anyQuoted && q === names[i] ? ` ${q}` : q));
}

/** GNU's `indent`: pads from column `from` to `to` with tabs where a tab fits, else spaces. */
function indent(from: number, to: number): string {
  let out = '';
  let pos = from;
  while (pos < to) {
    if (Math.floor(to / TAB_SIZE) > Math.floor((pos + 1) / TAB_SIZE)) {
      out += '\t';
      pos += TAB_SIZE - (pos % TAB_SIZE);
    } else {
      out += ' ';
      pos++;
    }
  }
  return out;
}

/** Lays names out in as many columns as fit in `lineWidth` (ls -C). */
export function columns(names: readonly string[], lineWidth: number): string {
  const n = names.length;
  if (n === 0) return '';
  const widths = names.map((name) => [...name].length);
  const maxCols = Math.max(1, Math.min(Math.floor(lineWidth / MIN_COLUMN_WIDTH), n));
  const info = Array.from({ length: maxCols }, (_, i) => ({
    valid: true,
    lineLen: (i + 1) * MIN_COLUMN_WIDTH,
    cols: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH),
  }));
  widths.forEach((width, fileNo) => {
    info.forEach((col, i) => {
      if (!col.valid) return;
      const rows = Math.floor((n + i) / (i + 1));
      const idx = Math.floor(fileNo / rows);
      const real = width + (idx === i ? 0 : 2);
      const current = col.cols[idx] ?? 0;
      if (current < real) {
        col.lineLen += real - current;
        col.cols[idx] = real;
        col.valid = col.lineLen < lineWidth;
      }
    });
  });
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1]?.valid) cols--;
  const chosen = info[cols - 1]?.cols ?? [];
  const rows = Math.floor((n + cols - 1) / cols);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let fileNo = row;
    let col = 0;
    let pos = 0;
    for (;;) {
      const width = widths[fileNo] ?? 0;
      const max = chosen[col++] ?? 0;
      out += names[fileNo] ?? '';
      fileNo += rows;
      if (fileNo >= n) break;
      out += indent(pos + width, pos + max);
      pos += max;
    }
    out += '\n';
  }
  return out;
}
