// Elastic-tabstop column aligner with the behaviour of Go's text/tabwriter and of the
// github.com/liggitt/tabwriter fork that kubectl uses for tables (its RememberWidths flag keeps
// column widths across flushes, which is how `get -w` rows line up with the header printed earlier).
//
// Semantics reproduced (not the code):
// - Input is cells terminated by '\t' or '\v'; lines end with '\n' or '\f'. A line's last cell (the
//   text before the line break) is not part of any column and is never padded.
// - A column is a run of consecutive lines that all have a tab-terminated cell at that index; its
//   width is max(minWidth, widest cell + padding). A line with fewer cells ends the run.
// - Widths are counted in Unicode code points (Go counts runes), not bytes or display columns.
// - A line holding a single cell cannot affect later alignment, so it flushes what is buffered
//   (the output appears during write()). '\f' always flushes.
// Not supported: the Escape character and FilterHTML/StripEscape flags (kubectl uses neither).

interface Cell {
  text: string;
  width: number;
  /** Terminated by '\t' (hard tab) rather than '\v' or a line break. */
  htab: boolean;
}

export interface TabWriterOptions {
  /** Minimal column width, padding included. */
  minWidth: number;
  /** Width of a '\t' when padding with tabs. */
  tabWidth: number;
  /** Added to the widest cell of a column. */
  padding: number;
  /** Single character used for padding; default ' '. With '\t', cells are always left-aligned. */
  padChar?: string;
  /** liggitt fork: remember each column's widest width across flush() calls. */
  rememberWidths?: boolean;
  alignRight?: boolean;
  /** A column of empty '\v'-terminated cells gets width 0. */
  discardEmptyColumns?: boolean;
  /** Pad leading empty cells with tabs whatever padChar is. */
  tabIndent?: boolean;
  /** Print '|' between columns. */
  debug?: boolean;
}

const codePoints = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
};

export class TabWriter {
  private readonly opts: Required<TabWriterOptions>;
  private lines: Cell[][] = [[]];
  private partial = '';
  private widths: number[] = [];
  private maxWidths: number[] = [];
  private out = '';

  constructor(options: TabWriterOptions) {
    const padChar = options.padChar ?? ' ';
    this.opts = {
      minWidth: options.minWidth,
      tabWidth: options.tabWidth,
      padding: options.padding,
      padChar,
      rememberWidths: options.rememberWidths ?? false,
      // Tab padding forces left alignment.
      alignRight: (options.alignRight ?? false) && padChar !== '\t',
      discardEmptyColumns: options.discardEmptyColumns ?? false,
      tabIndent: options.tabIndent ?? false,
      debug: options.debug ?? false,
    };
  }

  /** Buffers text; complete single-cell lines (and '\f') release buffered output early. */
  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // \t \n \v \f are 9 to 12; anything else is cell text.
      if (code < 9 || code > 12) continue;
      const ch = text[i];
      this.partial += text.slice(start, i);
      start = i + 1;
      const cells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || cells === 1) {
          this.flushBuffered();
          if (ch === '\f' && this.opts.debug) this.out += '---\n';
        }
      }
    }
    this.partial += text.slice(start);
  }

  /** Formats everything buffered and returns all output produced since the previous flush(). */
  flush(): string {
    this.flushBuffered();
    const out = this.out;
    this.out = '';
    return out;
  }

  /** Copy of the remembered per-column widths (rememberWidths only). */
  rememberedWidths(): number[] {
    return [...this.maxWidths];
  }

  /** Replaces the remembered widths; kubectl get passes nil when it starts a new resource type. */
  setRememberedWidths(widths: readonly number[] | null): void {
    this.maxWidths = widths ? [...widths] : [];
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1];
    if (!line) throw new Error('tabwriter: no current line');
    line.push({ text: this.partial, width: codePoints(this.partial), htab });
    this.partial = '';
    return line.length;
  }

  private flushBuffered(): void {
    if (this.partial.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.partial = '';
    this.widths = [];
  }

  private pad(textWidth: number, cellWidth: number, useTabs: boolean): void {
    const { padChar, tabWidth } = this.opts;
    if (padChar === '\t' || useTabs) {
      if (tabWidth === 0) return; // tabs have no width: padding is impossible
      const rounded = Math.ceil(cellWidth / tabWidth) * tabWidth;
      this.out += '\t'.repeat(Math.ceil((rounded - textWidth) / tabWidth));
      return;
    }
    this.out += padChar.repeat(Math.max(0, cellWidth - textWidth));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] ?? [];
      let useTabs = this.opts.tabIndent;
      line.forEach((cell, j) => {
        if (j > 0 && this.opts.debug) this.out += '|';
        const width = this.widths[j];
        if (cell.text === '') {
          if (width !== undefined) this.pad(cell.width, width, useTabs);
          return;
        }
        useTabs = false;
        if (this.opts.alignRight) {
          if (width !== undefined) this.pad(cell.width, width, false);
          this.out += cell.text;
        } else {
          this.out += cell.text;
          if (width !== undefined) this.pad(cell.width, width, false);
        }
      });
      // The last buffered line is the unterminated one: it gets no line break.
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }

  /** Lays out lines [line0, line1) for the column at index widths.length and everything right of it. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    const hasCell = (i: number): boolean => column < (this.lines[i]?.length ?? 0) - 1;
    for (let row = line0; row < line1; row++) {
      if (!hasCell(row)) continue;
      // Lines before the block have no cell in this column: print them with the known widths.
      this.writeLines(line0, row);
      line0 = row;
      let width = this.opts.minWidth;
      let discardable = true;
      for (; row < line1 && hasCell(row); row++) {
        const cell = this.lines[row]?.[column];
        if (!cell) continue;
        width = Math.max(width, cell.width + this.opts.padding);
        if (cell.width > 0 || cell.htab) discardable = false;
      }
      if (discardable && this.opts.discardEmptyColumns) width = 0;
      if (this.opts.rememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, row);
      this.widths.pop();
      line0 = row;
    }
    this.writeLines(line0, line1);
  }

  /** liggitt RememberWidths: a column never gets narrower than it was in an earlier flush. */
  private remember(width: number): number {
    const column = this.widths.length;
    if (this.maxWidths.length < column) this.maxWidths.push(...this.widths.slice(this.maxWidths.length));
    const known = this.maxWidths[column];
    if (known === undefined) {
      this.maxWidths.push(width);
      return width;
    }
    if (known > width) return known;
    this.maxWidths[column] = width;
    return width;
  }
}

/** kubectl's table writer (printers.GetNewTabWriter): minwidth 6, tabwidth 4, padding 3, RememberWidths. */
export function newKubectlTabWriter(): TabWriter {
  return new TabWriter({ minWidth: 6, tabWidth: 4, padding: 3, padChar: ' ', rememberWidths: true });
}

/** The standard text/tabwriter set up as describe and rollout history do: minwidth 0, tabwidth 8, padding 2. */
export function newDescribeTabWriter(): TabWriter {
  return new TabWriter({ minWidth: 0, tabWidth: 8, padding: 2, padChar: ' ' });
}

/** One-shot helper: rows of cells rendered as kubectl get renders them (each row ends with '\n'). */
export function renderKubectlTable(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const w = newKubectlTabWriter();
  for (const row of rows) w.write(`${row.join('\t')}\n`);
  return w.flush();
}
