// Value formatting shared by the describers: multi-line label, annotation, taint and toleration
// blocks, booleans, times and the `<none>` / `<unset>` placeholders, as kubectl prints them.

import type { Taint, Toleration } from 'kubernetes-types/core/v1';
import type { LabelSelector, ObjectMeta } from 'kubernetes-types/meta/v1';
import { rfc1123z } from '../../lib/duration';
import { byteCompare, selectorString, since } from '../tables/format';
import { LEVEL_0, type DescribeWriter } from './writer';

export { since };

/** Annotations describe never prints (kubectl's skipAnnotations). */
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

const sortedKeys = (m: Record<string, unknown> | null | undefined): string[] => Object.keys(m ?? {}).sort(byteCompare);

/** `Title:\tk=v` then one `\tk=v` line per further label (`<none>` when empty). */
export function printLabels(w: DescribeWriter, title: string, labels: Record<string, string> | null | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}${innerIndent}`);
    w.write(LEVEL_0, `${key}=${labels?.[key] ?? ''}\n`);
  });
}

/** The Name, Namespace, Labels and Annotations lines many describers open with. */
export function printNameNamespaceLabels(w: DescribeWriter, meta: ObjectMeta | undefined): void {
  w.line(LEVEL_0, 'Name', meta?.name ?? '');
  w.line(LEVEL_0, 'Namespace', meta?.namespace ?? '');
  printLabels(w, 'Labels', meta?.labels);
  printAnnotations(w, 'Annotations', meta?.annotations);
}

const shorten = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max)}...` : s);

/** printAnnotationsMultiline: long or multi-line values go on their own lines, shortened. */
export function printAnnotations(w: DescribeWriter, title: string, annotations: Record<string, string> | null | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => !SKIP_ANNOTATIONS.has(k));
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = (annotations?.[key] ?? '').replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

/** Taint.ToString(): `key=value:effect`, `key:effect`. */
export const taintString = (t: Taint): string => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;

/** Taints sorted by effect then key, one per line. */
export function printTaints(w: DescribeWriter, title: string, taints: readonly Taint[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(taints ?? [])].sort((a, b) => byteCompare(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}${innerIndent}`);
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
}

/** Tolerations sorted by key: `key=value:Effect op=Exists for 300s`. */
export function printTolerations(w: DescribeWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(tolerations ?? [])].sort((a, b) => byteCompare(a.key ?? '', b.key ?? ''));
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}${innerIndent}`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${s}\n`);
  });
}

/** printBool: `True` / `False`. */
export const printBool = (b: boolean | undefined | null): string => (b ? 'True' : 'False');

/** stringOrNone / `<none>` for an empty string. */
export const orNone = (s: string | undefined | null): string => (s ? s : '<none>');

/** describe's time format (RFC1123Z) of a stored timestamp; '' for a missing one. */
export function timeString(ts: string | null | undefined): string {
  if (!ts) return '';
  const t = Date.parse(ts);
  return Number.isNaN(t) ? '' : rfc1123z(t);
}

/** Go's zero time as RFC1123Z, what describe prints for an unset metav1.Time it formats anyway. */
export const ZERO_TIME = 'Mon, 01 Jan 0001 00:00:00 +0000';

/** timeString, or Go's zero time when unset. */
export const timeOrZero = (ts: string | null | undefined): string => timeString(ts) || ZERO_TIME;

/** metav1.LabelSelectorAsSelector(sel).String(). */
export const selectorText = (sel: LabelSelector | null | undefined): string => selectorString(sel);

/** The controller owner as `Kind/name`, or ''. */
export function controlledBy(meta: { ownerReferences?: readonly { controller?: boolean; kind: string; name: string }[] }): string {
  const ref = meta.ownerReferences?.find((r) => r.controller === true);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** Go's `%v` of a pointer to int32 that may be unset. */
export const intOrUnset = (n: number | undefined | null): string => (n === undefined || n === null ? '<unset>' : String(n));
