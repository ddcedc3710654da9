// kubectl get's table output: one server table per listed type (or per named object), printed
// through one tab writer whose widths are reset when the type changes; a blank line between the
// tables of different types (unless --no-headers), `kind/` name prefixes when several kinds were
// asked for, and "No resources found…" on stderr when nothing at all was printed.

import type { ResourceType } from '../../sim/api/registry';
import { newKubectlTabWriter } from '../printers';
import { aggregate, type KubectlError } from '../cli/errors';
import type { Output } from '../context';
import { HumanPrinter } from '../output/table-printer';
import { kindPrefix } from '../resources/resolve';
import type { VisitResult } from '../resources/visit';
import { buildTable, type Table } from '../tables';
import { parseSortField, sortByField } from './sort';

export interface HumanOptions {
  readonly wide: boolean;
  readonly noHeaders: boolean;
  readonly allNamespaces: boolean;
  readonly showKind: boolean;
  readonly showLabels: boolean;
  readonly columnLabels: readonly string[];
  readonly sortBy: string;
  readonly ignoreNotFound: boolean;
  /** For "No resources found in <ns> namespace.". */
  readonly namespace: string;
  readonly now: number;
}

const sameType = (a: ResourceType, b: ResourceType): boolean => a.group === b.group && a.version === b.version && a.kind === b.kind;

/** Sorts every table's rows (kubectl sorts once in Run and again in its sorting printer). */
function sortTables(tables: Table[], sortBy: string, passes: number): KubectlError | undefined {
  const field = parseSortField(sortBy, false);
  if ('kind' in field) return field;
  for (let pass = 0; pass < passes; pass++) {
    for (const table of tables) {
      if (pass > 0 && table.rows.length <= 1) continue;
      const err = sortByField(table.rows, (r) => r.object, field.field, field.program);
      if (err) return err;
    }
  }
  return undefined;
}

export function printHuman(result: VisitResult, opts: HumanOptions, out: Output): KubectlError | undefined {
  const errors = [...result.errors];
  const infos = result.infos;
  const printWithKind = opts.showKind || infos.some((i) => !sameType(i.type, (infos[0] as (typeof infos)[number]).type));
  const tables = infos.map((info) => buildTable(info.type, info.objects, opts.now));
  if (opts.sortBy !== '') {
    const err = sortTables(tables, opts.sortBy, 2);
    if (err) return err;
  }

  const w = newKubectlTabWriter();
  let written = '';
  let separatorPending = false;
  const emit = (text: string): void => {
    if (text === '') return;
    if (separatorPending) {
      written += '\n';
      separatorPending = false;
    }
    written += text;
  };
  let printer: HumanPrinter | undefined;
  let lastType: ResourceType | undefined;
  let allNamespaced = !opts.allNamespaces;
  infos.forEach((info, i) => {
    allNamespaced = allNamespaced && info.type.namespaced;
    if (!printer || !lastType || info.type.plural !== lastType.plural || info.type.group !== lastType.group) {
      emit(w.flush());
      w.setRememberedWidths(null);
      if (lastType && !opts.noHeaders && written.length > 0) separatorPending = true;
      printer = new HumanPrinter({
        wide: opts.wide,
        noHeaders: opts.noHeaders,
        withNamespace: opts.allNamespaces && info.type.namespaced,
        ...(printWithKind ? { kindPrefix: kindPrefix(info.type) } : {}),
        showLabels: opts.showLabels,
        columnLabels: opts.columnLabels,
      });
      lastType = info.type;
    }
    printer.print(tables[i] as Table, w);
  });
  emit(w.flush());
  out.out(written);
  if (written === '' && !opts.ignoreNotFound && errors.length === 0) {
    out.err(allNamespaced ? `No resources found in ${opts.namespace} namespace.\n` : 'No resources found\n');
  }
  return aggregate(errors);
}
