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
  const columns: Column[] = [
    ...(opts.withNamespace ? [{ name: 'Namespace' }] : []),
    ...table.columns,
    ...opts.columnLabels.map((k) => ({ name: labelHeader(k) })),
    ...(opts.showLabels ? [{ name: 'Labels' }] : []),
  ];
  const rows = table.rows.map((row) => {
    const cells = [...row.cells];
    if (nameIndex >= 0) cells[nameIndex] = `${opts.kindPrefix}/${String(cells[nameIndex] ?? '')}`;
    const labels = row.object.metadata.labels ?? {};
    return {
      object: row.object,
      cells: [
        ...(opts.withNamespace ? [row.object.metadata.namespace ?? ''] : []),
        ...cells,
        ...opts.columnLabels.map((k) => labels[k] ?? ''),
        ...(opts.showLabels ? [labelsString(labels) || '<none>'] : []),
      ],
    };
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
    for (const row of t.rows) {
      const cells = row.cells.filter((_, i) => i < t.columns.length && shown[i]);
      w.write(`${cells.map(cellText).join('\t')}\n`);
    }
  }
}
