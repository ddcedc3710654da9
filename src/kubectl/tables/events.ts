// The core/v1 Event row (printEvent). The wide column order puts MESSAGE before FIRST SEEN, COUNT
// and NAME, so with -o wide the message is padded like any middle column.

import type { Event } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import { since } from './format';
import { col, wide, type TableDef } from './types';

interface SeriesEvent extends Event {
  series?: { count?: number; lastObservedTime?: string };
}

const firstNonEmpty = (...values: (string | undefined)[]): string => values.find((v) => v) ?? '';

function source(e: Event): string {
  const component = firstNonEmpty(e.source?.component, e.reportingComponent);
  const instance = firstNonEmpty(e.source?.host, e.reportingInstance);
  return instance ? `${component}, ${instance}` : component;
}

export const eventTable: TableDef = {
  columns: [
    col('Last Seen'), col('Type'), col('Reason'), col('Object'), wide('Subobject'), wide('Source'), col('Message'),
    wide('First Seen'), wide('Count'), { name: 'Name', priority: 1, format: 'name' },
  ],
  row(obj: KubeObject, { now }) {
    const e = obj as unknown as SeriesEvent;
    const first = e.firstTimestamp ? since(e.firstTimestamp, now) : since(e.eventTime, now);
    let last = e.lastTimestamp ? since(e.lastTimestamp, now) : first;
    let count = e.count ?? 0;
    if (e.series) {
      last = since(e.series.lastObservedTime, now);
      count = e.series.count ?? 0;
    } else if (count === 0) {
      count = 1;
    }
    const involved = e.involvedObject ?? {};
    const kind = (involved.kind ?? '').toLowerCase();
    const target = involved.name ? `${kind}/${involved.name}` : kind;
    return [
      last,
      e.type ?? '',
      e.reason ?? '',
      target,
      involved.fieldPath ?? '',
      source(e),
      (e.message ?? '').trim(),
      first,
      count,
      e.metadata?.name ?? '',
    ];
  },
};
