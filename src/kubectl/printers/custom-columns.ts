// `kubectl get -o custom-columns=NAME:.metadata.name,…` and `-o custom-columns-file=FILE`
// (kubectl pkg/cmd/get/customcolumn.go): a header row and one row per object through the kubectl
// tab writer; a column whose path selects nothing shows `<none>`, several values are joined by
// commas, and each value is printed as Go's fmt.Sprint would (`map[k:v]`, `[a b]`, `<nil>`).

import { goSprint } from './go-fmt';
import { findJsonPathResults, parseJsonPath } from './jsonpath';
import { newKubectlTabWriter, type TabWriter } from './tabwriter';

export interface CustomColumn {
  header: string;
  /** A complete JSONPath template such as `{.metadata.name}` (empty: always `<none>`). */
  fieldSpec: string;
}

export type ColumnsResult = { ok: true; columns: CustomColumn[] } | { ok: false; message: string };

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** kubectl's RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`. */
export function relaxedJsonPathExpression(path: string): { ok: true; template: string } | { ok: false; message: string } {
  if (path === '') return { ok: true, template: '' };
  const m = RELAXED.exec(path);
  if (!m) {
    return {
      ok: false,
      message: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    };
  }
  return { ok: true, template: `{.${m[1] || m[2] || ''}}` };
}

/** Parses the value of `-o custom-columns=`; messages are what follows `error: `. */
export function parseCustomColumnsSpec(spec: string): ColumnsResult {
  if (spec === '') return { ok: false, message: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { ok: false, message: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const path = relaxedJsonPathExpression(part.slice(colon + 1));
    if (!path.ok) return path;
    columns.push({ header: part.slice(0, colon), fieldSpec: path.template });
  }
  return { ok: true, columns };
}

const HINT = 'Expected format is one line of space separated headers, one line of space separated column specs.';
const words = (line: string): string[] => line.split(/[\s\u0085\u00a0]+/u).filter((w) => w !== '');

/** Parses a `-o custom-columns-file` template: a line of headers, then a line of field specs. */
export function parseCustomColumnsTemplate(text: string): ColumnsResult {
  // bufio.Scanner lines: split on '\n', drop one trailing '\r', no final empty line.
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (text.endsWith('\n')) lines.pop();
  const [headerLine, specLine] = lines;
  if (headerLine === undefined || text === '') return { ok: false, message: `invalid template, missing header line. ${HINT}` };
  if (specLine === undefined) return { ok: false, message: `invalid template, missing spec line. ${HINT}` };
  const headers = words(headerLine);
  const specs = words(specLine);
  if (headers.length !== specs.length) {
    return { ok: false, message: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match` };
  }
  const columns: CustomColumn[] = [];
  for (const [i, header] of headers.entries()) {
    const path = relaxedJsonPathExpression(specs[i] ?? '');
    if (!path.ok) return path;
    columns.push({ header, fieldSpec: path.template });
  }
  return { ok: true, columns };
}

/** printers.EscapeTerminal: neutralise ESC and carriage returns in cell values. */
// Most cells hold neither character: looking is cheaper than replacing (a 1,000-pod table has thousands of cells).
export const escapeTerminal = (s: string): string => (s.indexOf('\x1b') < 0 && s.indexOf('\r') < 0 ? s : s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r'));

export interface CustomColumnsOptions {
  /** `--no-headers` (ignored by kubectl for custom-columns-file). */
  noHeaders?: boolean;
  /**
   * A writer shared with the rest of the command (kubectl get's); it is not flushed here and the
   * returned text is empty. Without one, a kubectl tab writer is created and flushed.
   */
  writer?: TabWriter;
}

export type CustomColumnsResult =
  | { ok: true; text: string }
  /** `text` is what was printed before the failure (kubectl still flushes it). */
  | { ok: false; text: string; message: string };

/** One cell: all values the column's template selects, or `<none>`. */
function cell(column: CustomColumn, object: unknown): { ok: true; value: string } | { ok: false; message: string } {
  const parsed = parseJsonPath(column.fieldSpec);
  if (!parsed.ok) return { ok: false, message: parsed.reason };
  const found = findJsonPathResults(parsed.program, object, true);
  if (!found.ok) return { ok: false, message: found.reason };
  const values: string[] = [];
  if (found.results.length === 0 || found.results[0]?.length === 0) values.push('<none>');
  for (const list of found.results) for (const v of list) values.push(escapeTerminal(goSprint(v)));
  return { ok: true, value: values.join(',') };
}

/** Prints the header (unless noHeaders) and one row per object, as kubectl's CustomColumnsPrinter. */
export function printCustomColumns(
  columns: readonly CustomColumn[],
  objects: readonly unknown[],
  options: CustomColumnsOptions = {},
): CustomColumnsResult {
  const w = options.writer ?? newKubectlTabWriter();
  const done = (): string => (options.writer ? '' : w.flush());
  if (!options.noHeaders) w.write(`${columns.map((c) => c.header).join('\t')}\n`);
  // Templates are parsed once per print, after the header is written (as upstream).
  for (const column of columns) {
    const parsed = parseJsonPath(column.fieldSpec);
    if (!parsed.ok) return { ok: false, text: done(), message: parsed.reason };
  }
  for (const object of objects) {
    const cells: string[] = [];
    for (const column of columns) {
      const c = cell(column, object);
      if (!c.ok) return { ok: false, text: done(), message: c.message };
      cells.push(c.value);
    }
    w.write(`${cells.join('\t')}\n`);
  }
  return { ok: true, text: done() };
}
