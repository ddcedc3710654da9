// The generic describer kubectl uses for kinds without their own: name, namespace, labels,
// annotations, then every other field of the object, sorted, with "smart" labels
// (`apiVersion` → `API Version`), and the events.

import type { KubeObject } from '../../sim/api/object';
import { formatGoNumber } from '../printers/go-fmt';
import type { DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { printNameNamespaceLabels } from './format';
import { LEVEL_0, tabbed, type DescribeWriter } from './writer';

const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);

/** camelcase.Split: runs of lower case, upper case, digits and other characters. */
function camelSplit(s: string): string[] {
  const kind = (c: string): number => (/[a-z]/.test(c) ? 1 : /[A-Z]/.test(c) ? 2 : /[0-9]/.test(c) ? 3 : 4);
  const runs: string[][] = [];
  let last = 0;
  for (const c of s) {
    const k = kind(c);
    if (k === last) (runs[runs.length - 1] as string[]).push(c);
    else runs.push([c]);
    last = k;
  }
  // An upper-case run followed by lower case gives its last letter to the next run (`HTTPServer`).
  for (let i = 0; i < runs.length - 1; i++) {
    const cur = runs[i] as string[];
    const next = runs[i + 1] as string[];
    if (kind(cur[0] ?? '') === 2 && kind(next[0] ?? '') === 1) {
      next.unshift(cur.pop() as string);
      if (cur.length === 0) runs.splice(i--, 1);
    }
  }
  return runs.map((r) => r.join('')).filter((r) => r.length > 0);
}

export function smartLabel(field: string): string {
  if (/[^A-Za-z-]/.test(field)) return field;
  return camelSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.has(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

const SKIP = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

/** Go's `%v` of a JSON scalar. */
function scalar(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatGoNumber(v);
  return String(v);
}

function content(w: DescribeWriter, level: number, obj: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(obj).sort()) {
    const value = obj[field];
    const path = `${prefix}.${field}`;
    if (SKIP.includes(path)) continue;
    if (Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) content(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${Array.isArray(child) ? `[${child.map(scalar).join(' ')}]` : scalar(child)}\n`);
      }
    } else if (value && typeof value === 'object') {
      w.write(level, `${smartLabel(field)}:\n`);
      content(w, level + 1, value as Record<string, unknown>, path);
    } else {
      w.write(level, `${smartLabel(field)}:\t${scalar(value)}\n`);
    }
  }
}

export function describeGeneric(obj: KubeObject, ctx: DescribeContext): string {
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    printNameNamespaceLabels(w, obj.metadata);
    content(w, LEVEL_0, obj as unknown as Record<string, unknown>, '');
    writeEvents(w, events, ctx.now);
  });
}
