// Taint arguments and taint arithmetic of `kubectl taint` (pkg/cmd/taint/utils.go):
// `key=value:Effect` adds, `key:Effect-` removes one taint, `key-` every taint with that key; the
// effect must be NoSchedule, PreferNoSchedule or NoExecute; keys are qualified names and values
// label values, with the API machinery's validation texts.

import type { Taint } from 'kubernetes-types/core/v1';
import { isLabelValue, isQualifiedName } from '../../../sim/api/validation/names';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export interface TaintChanges {
  readonly add: Taint[];
  readonly remove: Taint[];
}

/** Whether an argument is a taint change rather than a resource or name. */
export const isTaintArg = (s: string): boolean => s.includes('=') || s.includes(':') || s.endsWith('-');

function parseTaint(spec: string): Taint | string {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = parts[0] as string;
  else if (parts.length === 2) {
    effect = parts[1] as string;
    if (!EFFECTS.includes(effect)) return `invalid taint effect: ${effect}, unsupported taint effect`;
    const kv = (parts[0] as string).split('=');
    if (kv.length > 2) return `invalid taint spec: ${spec}`;
    key = kv[0] as string;
    if (kv.length === 2) {
      value = kv[1] as string;
      const errs = isLabelValue(value);
      if (errs.length > 0) return `invalid taint spec: ${spec}, ${errs.join('; ')}`;
    }
  } else return `invalid taint spec: ${spec}`;
  const errs = isQualifiedName(key);
  if (errs.length > 0) return `invalid taint spec: ${spec}, ${errs.join('; ')}`;
  return { key, ...(value !== '' ? { value } : {}), effect };
}

/** parseTaints: the additions and removals, or the error text. */
export function parseTaints(specs: readonly string[]): TaintChanges | string {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      if (typeof t === 'string') return t;
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (typeof t === 'string') return t;
    if (t.effect === '') return `invalid taint spec: ${spec}`;
    const id = `${t.effect}\u0000${t.key}`;
    if (seen.has(id)) return `duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`;
    seen.add(id);
    add.push(t);
  }
  return { add, remove };
}

/** Validate: one command may not both change and remove the same taint. */
export function conflicts(changes: TaintChanges): string | undefined {
  const out: string[] = [];
  for (const a of changes.add) {
    for (const r of changes.remove) {
      if (a.key === r.key && (r.effect === '' || a.effect === r.effect)) out.push(`${r.key}=${r.effect}`);
    }
  }
  return out.length > 0 ? `can not both modify and remove the following taint(s) in the same command: ${out.join(', ')}` : undefined;
}

/** Taint.ToString(). */
function taintString(t: Taint): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

const matches = (a: Taint, b: Taint): boolean => a.key === b.key && a.effect === b.effect;

/** checkIfTaintsAlreadyExists: the keys (comma separated) of additions whose key and effect exist already. */
export function alreadyThere(existing: readonly Taint[], add: readonly Taint[]): string {
  const keys: string[] = [];
  for (const t of add) for (const old of existing) if (t.key === old.key && t.effect === old.effect) keys.push(t.key);
  return keys.join(',');
}

export type Operation = 'tainted' | 'untainted' | 'modified';

/** reorganizeTaints: the node's new taints and the word kubectl reports, or the removal errors. */
export function reorganize(existing: readonly Taint[], overwrite: boolean, changes: TaintChanges): { operation: Operation; taints: Taint[]; errors: string[] } {
  let taints: Taint[] = [...changes.add];
  for (const old of existing) if (!taints.some((t) => matches(t, old))) taints.push(old);
  const added = existing.length !== taints.length;
  const errors: string[] = [];
  let deleted = false;
  for (const r of changes.remove) {
    const before = taints.length;
    taints = taints.filter((t) => (r.effect ? !matches(r, t) : t.key !== r.key));
    deleted = taints.length !== before;
    if (!deleted) errors.push(`taint ${JSON.stringify(taintString(r))} not found`);
  }
  const operation: Operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints, errors };
}
