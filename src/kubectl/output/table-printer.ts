// kubectl's HumanReadablePrinter for server tables: decorates a table (NAMESPACE column, `kind/`
// name prefix, -L label columns, LABELS) and writes the header and rows into a tab writer. The
// header is printed once per run of tables with the same columns, and not at all for an empty table.

import type { TabWriter } from '../printers';
import { escapeTerminal } from '../printers';
import { labelsString } from '../tables/format';
import type { Cell, Column, Table } from '../tables';

export interface HumanPrintOptions {
  readonly wide: boolean;
  readonly noHeaders: boolean;
  /** --all-namespaces on a namespaced type: a leading NAMESPACE column. */
  readonly withNamespace: boolean;
  /** `kind/name` in the name column, e.g. `pod` or `deployment.apps`; undefined: no prefix. */
  readonly kindPrefix?: string;
  readonly showLabels: boolean;
  /** -L keys. */
  readonly columnLabels: readonly string[];
}

/** -L a/b/c shows header `C`. */
const labelHeader = (key: string): string => (key.split('/').pop() ?? '').toUpperCase();

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const cut = cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\f') < 0 ? -1 : cell.search(/[\f\n\r]/);
  return cut >= 0 ? `${escapeTerminal(cell.slice(0, cut))}...` : escapeTerminal(cell);
}

function decorate(table: Table, opts: HumanPrintOptions): Table {
  const nameIndex = opts.kindPrefix ? table.columns.findIndex((c) => c.format === 'name') : -1;
  const columns: Column[] = [];
  if (opts.withNamespace) columns.push({ name: 'Namespace' });
  for (const c of table.columns) columns.push(c);
  for (const k of opts.columnLabels) columns.push({ name: labelHeader(k) });
  if (opts.showLabels) columns.push({ name: 'Labels' });
  // Cells pushed one by one rather than spread together: this runs for each of thousands of rows.
  const rows = table.rows.map((row) => {
    const cells: Cell[] = [];
    if (opts.withNamespace) cells.push(row.object.metadata.namespace ?? '');
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i] as Cell;
      cells.push(i === nameIndex ? `${opts.kindPrefix}/${String(cell ?? '')}` : cell);
    }
    if (opts.columnLabels.length > 0 || opts.showLabels) {
      const labels = row.object.metadata.labels ?? {};
      for (const k of opts.columnLabels) cells.push(labels[k] ?? '');
      if (opts.showLabels) cells.push(labelsString(labels) || '<none>');
    }
    return { object: row.object, cells };
  });
  return { columns, rows };
}

function withEvent(table: Table, event: string): Table {
  return {
    columns: [{ name: 'Event' }, ...table.columns],
    rows: table.rows.map((r) => ({ object: r.object, cells: [event.padEnd(8), ...r.cells] })),
  };
}

const sameColumns = (a: readonly Column[] | undefined, b: readonly Column[]): boolean => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

export class HumanPrinter {
  private lastColumns: readonly Column[] | undefined;
  private printedHeaders = false;

  constructor(private readonly opts: HumanPrintOptions) {}

  /** `event`: --output-watch-events adds a leading EVENT column (kubectl pads its values to 8). */
  print(table: Table, w: TabWriter, event?: string): void {
    let noHeaders = this.opts.noHeaders;
    if (this.printedHeaders && sameColumns(this.lastColumns, table.columns)) noHeaders = true;
    if (!sameColumns(this.lastColumns, table.columns)) {
      this.lastColumns = table.columns;
      this.printedHeaders = false;
    }
    if (table.rows.length > 0) this.printedHeaders = true;
    const t = event === undefined ? decorate(table, this.opts) : withEvent(decorate(table, this.opts), event);
    const shown = t.columns.map((c) => this.opts.wide || !c.priority);
    if (!noHeaders) {
      if (t.rows.length === 0) return;
      w.write(`${t.columns.filter((_, i) => shown[i]).map((c) => c.name.toUpperCase()).join('\t')}\n`);
    }
    const last = Math.min(t.columns.length, shown.length);
    for (const row of t.rows) {
      let line = '';
      let first = true;
      for (let i = 0; i < last && i < row.cells.length; i++) {
        if (!shown[i]) continue;
        line += first ? cellText(row.cells[i] as Cell) : `\t${cellText(row.cells[i] as Cell)}`;
        first = false;
      }
      w.write(`${line}\n`);
    }
  }
}
