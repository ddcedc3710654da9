// Cell formatting shared by the printers: ages, label sets, selectors, container lists, the
// "a,b,c + N more..." lists.

import type { Container } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { humanDuration } from '../../lib/duration';
import { formatLabelSelector, labelSelectorFromObject, selectorToString } from '../../sim/api/labels';
import { canonicalQuantity } from '../../lib/quantity';

/** translateTimestampSince: `<unknown>` for a missing time, else HumanDuration(now - t). */
export function since(timestamp: string | null | undefined, now: number): string {
  if (!timestamp) return '<unknown>';
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return '<unknown>';
  return humanDuration(now - t);
}

/** Milliseconds of an RFC 3339 time, or undefined. */
export function timeOf(timestamp: string | null | undefined): number | undefined {
  if (!timestamp) return undefined;
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? undefined : t;
}

/** Go string comparison (byte order, which for these ASCII texts is code unit order). */
export const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** labels.Set.String(): `k=v` pairs sorted as strings, joined by commas. */
export function labelsString(labels: Record<string, string> | null | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort(byteCompare)
    .join(',');
}

/** labels.FormatLabels: like labelsString but `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | null | undefined): string {
  return labelsString(labels) || '<none>';
}

/** LabelSelectorAsSelector(...).String(), `<invalid>` when the selector cannot be read. */
export function selectorString(selector: LabelSelector | null | undefined): string {
  const r = labelSelectorFromObject(selector);
  return r.ok ? selectorToString(r.selector) : '<invalid>';
}

/** metav1.FormatLabelSelector: the selector's string, `<none>` when empty, `<error>` when unreadable. */
export const formatSelector = (selector: LabelSelector | null | undefined): string => formatLabelSelector(selector);

/** layoutContainerCells: container names and images, each joined by commas. */
export function containerCells(containers: readonly Container[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}

/** The first `max` entries joined by commas, then ` + N more...`; `empty` when there are none. */
export function listWithMore(items: readonly string[], max: number, total: number, empty: string): string {
  const shown = items.slice(0, max).join(',');
  if (total > max) return `${shown} + ${total - max} more...`;
  return shown === '' ? empty : shown;
}

/** resource.Quantity.String() of a stored quantity (already canonical when the API stored it). */
export function quantityString(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '0';
  return canonicalQuantity(value) ?? String(value);
}

/** Access modes as the printers abbreviate them (helper.GetAccessModesAsString). */
export function accessModes(modes: readonly string[] | undefined): string {
  const list = modes ?? [];
  const out: string[] = [];
  const has = (m: string): boolean => list.includes(m);
  if (has('ReadWriteOnce')) out.push('RWO');
  if (has('ReadOnlyMany')) out.push('ROX');
  if (has('ReadWriteMany')) out.push('RWX');
  if (has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}
