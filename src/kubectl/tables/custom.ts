// The table kube-apiserver answers for custom objects (apiextensions' tableconvertor): NAME, then
// the version's additionalPrinterColumns — each a JSONPath evaluated on the object, its cell typed
// by the column's type — or NAME and AGE when the CRD declares none. A column with priority > 0 is
// shown only with -o wide.

import type { CustomTypeInfo } from '../../sim/api/registry';
import type { KubeObject } from '../../sim/api/object';
import { findJsonPathResults, jsonPathText, parseJsonPath } from '../printers/jsonpath';
import { GoFloat } from '../printers/jsonpath-compare';
import { since, timeOf } from './format';
import { NAME, type Cell, type Column, type TableDef } from './types';

type ColumnDef = CustomTypeInfo['columns'][number];

const DEFAULT_COLUMNS: readonly ColumnDef[] = [{ name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' }];

const plain = (v: unknown): unknown => (v instanceof GoFloat ? v.value : v);

/** cellForJSONValue: a value of the column's type, or nothing. */
function typedCell(type: string, raw: unknown, now: number): Cell {
  const v = plain(raw);
  if (v === null || v === undefined) return null;
  switch (type) {
    case 'integer':
      return typeof v === 'number' ? Math.trunc(v) : null;
    case 'number':
      return typeof v === 'number' ? v : null;
    case 'boolean':
      return typeof v === 'boolean' ? v : null;
    case 'date':
      if (typeof v !== 'string') return null;
      return timeOf(v) === undefined ? '<invalid>' : since(v, now);
    default:
      return null;
  }
}

function cell(column: ColumnDef, obj: KubeObject, now: number): Cell {
  const template = column.jsonPath.startsWith('{') ? column.jsonPath : `{${column.jsonPath}}`;
  const program = parseJsonPath(template);
  if (!program.ok) return null;
  const found = findJsonPathResults(program.program, obj, true);
  const first = found.ok ? found.results[0] : undefined;
  if (!first || first.length === 0) return null;
  const value = first[0];
  return column.type === 'string' ? jsonPathText(value) : typedCell(column.type, value, now);
}

export function customTable(info: CustomTypeInfo): TableDef {
  const defs = info.columns.length > 0 ? info.columns : DEFAULT_COLUMNS;
  const columns: Column[] = [NAME, ...defs.map((c): Column => ((c.priority ?? 0) > 0 ? { name: c.name, priority: 1 } : { name: c.name }))];
  return {
    columns,
    row: (obj, { now }) => [obj.metadata.name ?? '', ...defs.map((c) => cell(c, obj, now))],
  };
}
