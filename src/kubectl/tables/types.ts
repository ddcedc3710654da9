// The server-side table (meta.k8s.io/v1 Table) that `kubectl get` prints: column definitions and one
// row of cells per object. The real API server builds these; here kubectl builds them from the
// objects with the same rules (k8s.io/kubernetes pkg/printers/internalversion), always with the
// wide cells included — the API server generates tables with Wide: true and kubectl drops the
// priority-1 columns unless `-o wide`.

import type { KubeObject } from '../../sim/api/object';

export interface Column {
  /** As the server names it ("Nominated Node"); the header is this upper-cased. */
  readonly name: string;
  /** 1: shown only with -o wide. */
  readonly priority?: 1;
  /** The object-name column, which `get a,b` prefixes with `kind/`. */
  readonly format?: 'name';
}

/** A cell as the Table carries it: strings, int64 numbers, booleans, or nothing. */
export type Cell = string | number | boolean | null;

export interface TableRow {
  cells: Cell[];
  readonly object: KubeObject;
}

export interface Table {
  columns: readonly Column[];
  rows: TableRow[];
}

export interface RowContext {
  /** The cluster clock, in ms: ages are measured against it. */
  readonly now: number;
}

/** How one kind is printed: its columns and the cells of one object. */
export interface TableDef {
  readonly columns: readonly Column[];
  row(obj: KubeObject, ctx: RowContext): Cell[];
}

export const NAME: Column = { name: 'Name', format: 'name' };
export const AGE: Column = { name: 'Age' };
export const wide = (name: string): Column => ({ name, priority: 1 });
export const col = (name: string): Column => ({ name });
