// --sort-by as kubectl implements it: a JSONPath into each object, values compared as Go's
// sorter.isLess does (numbers, strings — or quantities when both strings parse as one), objects
// without the field first, and Go's unstable sort.Sort, so ties come out as kubectl orders them.

import { compareQuantity, parseQuantity } from '../../lib/quantity';
import type { KubeObject } from '../../sim/api/object';
import { findJsonPathResults, parseJsonPath, relaxedJsonPathExpression, type JsonPathProgram } from '../printers';
import { messageError, type KubectlError } from '../cli/errors';
import { goSortArray } from '../util/go-sort';

type Key = { found: false } | { found: true; value: unknown };

class Unsortable extends Error {}

function goTypeOf(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** sorter.isLess for two decoded JSON values (reflect.Interface values in Go). */
function isLess(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return false;
  if (a === null || a === undefined) return true;
  if (b === null || b === undefined) return false;
  if (typeof a === 'number') {
    if (typeof b === 'number' && Number.isInteger(a) === Number.isInteger(b)) return a < b;
    throw new Unsortable('unsortable interface: interface');
  }
  if (typeof a === 'string') {
    if (typeof b !== 'string') throw new Unsortable('unsortable interface: interface');
    const qa = parseQuantity(a);
    const qb = qa ? parseQuantity(b) : null;
    if (qa && qb) return compareQuantity(qa, qb) < 0;
    return a < b;
  }
  throw new Unsortable(`unsortable type: ${goTypeOf(a)}`);
}

function keyOf(program: JsonPathProgram, obj: KubeObject): Key {
  const found = findJsonPathResults(program, obj, true);
  if (!found.ok) return { found: false };
  const first = found.results[0];
  return first && first.length > 0 ? { found: true, value: first[0] } : { found: false };
}

/** The sort field as kubectl reads it: relaxed JSONPath (`.a.b`, `{.a.b}`), parsed. */
export function parseSortField(sortBy: string, strict: boolean): { field: string; program: JsonPathProgram } | KubectlError {
  const relaxed = relaxedJsonPathExpression(sortBy);
  if (!relaxed.ok && strict) return messageError(relaxed.message);
  const field = relaxed.ok ? relaxed.template : sortBy;
  const parsed = parseJsonPath(field);
  if (!parsed.ok) return messageError(strict ? parsed.reason : `sorting error: ${parsed.reason}`);
  return { field, program: parsed.program };
}

/**
 * Sorts items in place by the field (TableSorter / RuntimeSort); fails when no item has the field
 * at all, or when two values cannot be compared.
 */
export function sortByField<T>(items: T[], objectOf: (item: T) => KubeObject, field: string, program: JsonPathProgram): KubectlError | undefined {
  if (items.length === 0) return undefined;
  const keys = new Map<T, Key>(items.map((it) => [it, keyOf(program, objectOf(it))]));
  if (![...keys.values()].some((k) => k.found)) return messageError(`couldn't find any field with path "${field}" in the list of objects`);
  try {
    goSortArray(items, (a, b) => {
      const ka = keys.get(a) as Key;
      const kb = keys.get(b) as Key;
      if (!ka.found) return true;
      if (!kb.found) return false;
      return isLess(ka.value, kb.value);
    });
  } catch (e) {
    if (!(e instanceof Unsortable)) throw e;
    return messageError(`Field ${field} in *v1.Table is an unsortable type: interface, err: ${e.message}`);
  }
  return undefined;
}
