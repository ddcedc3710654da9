// The Events section every describer ends with: the core/v1 Events about the object (matched as
// kubectl's field selector does: involvedObject name, namespace, kind and uid), oldest last-seen
// first, ages relative to the cluster clock, and — new in kubectl v1.35 — the event's fieldPath
// before its message.

import type { Event } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import { listStored, mayRead, type DescribeContext } from './context';
import { since } from './format';
import { LEVEL_0, LEVEL_1, type DescribeWriter } from './writer';

export interface EventQuery {
  readonly name: string;
  /** '' matches events of any namespace (cluster-scoped objects such as nodes). */
  readonly namespace: string;
  /** '' skips the kind test (the pod describer clears it). */
  readonly kind: string;
  /** '' skips the uid test. */
  readonly uid: string;
}

export const queryFor = (obj: KubeObject, kind = obj.kind): EventQuery => ({
  name: obj.metadata.name ?? '',
  namespace: obj.metadata.namespace ?? '',
  kind,
  uid: obj.metadata.uid ?? '',
});

/** searchEvents: the events about the object, or undefined when events are not wanted. */
export function searchEvents(ctx: DescribeContext, q: EventQuery): Event[] | undefined {
  const namespace = q.namespace === '' ? undefined : q.namespace;
  // A refused list is no list: the describer then prints no Events section at all.
  if (!ctx.showEvents || !mayRead(ctx, 'list', 'events', namespace)) return undefined;
  const all = listStored<Event>(ctx, 'events', namespace);
  return all.filter((e) => {
    const io = e.involvedObject;
    if ((io.name ?? '') !== q.name) return false;
    if (q.namespace !== '' && (io.namespace ?? '') !== q.namespace) return false;
    if (q.kind !== '' && (io.kind ?? '') !== q.kind) return false;
    // Hand-made events may carry no uid; only a uid on both sides can disagree.
    if (q.uid !== '' && io.uid && io.uid !== q.uid) return false;
    return true;
  });
}

const timeOf = (ts: string | null | undefined): number => {
  const t = ts ? Date.parse(ts) : NaN;
  return Number.isNaN(t) ? 0 : t;
};

/** SortableEvents: by lastTimestamp (stable, so same-second events keep the list order). */
function sortEvents(events: readonly Event[]): Event[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => timeOf(a.e.lastTimestamp) - timeOf(b.e.lastTimestamp) || a.i - b.i)
    .map(({ e }) => e);
}

/** The Age cell: `25m`, or `81s (x8 over 12m)` for a repeated event. */
export function eventAge(e: Event, now: number): string {
  const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** DescribeEvents: nothing when events were not asked for, `Events:\t<none>` when there are none. */
export function writeEvents(w: DescribeWriter, events: readonly Event[] | undefined, now: number): void {
  if (events === undefined) return;
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sortEvents(events)) {
    const source = e.source?.component || e.reportingComponent || '';
    const message = (e.message ?? '').trim();
    const fieldPath = e.involvedObject.fieldPath;
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${eventAge(e, now)}\t${source}\t${fieldPath ? `${fieldPath}: ${message}` : message}\n`);
  }
}

