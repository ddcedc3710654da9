import { aggregateKeyOf, EventCorrelator, observationKeyOf, spamKeyOf, type AggregateRecord, type Bucket, type Observation } from './correlator';

/**
 * A correlator's caches in a snapshot, compact: a big cluster's kubelets remember tens of
 * thousands of events, and their keys repeat the same object identities and texts. Those are
 * written once each and referred to by number; entries keep their cache order (least recent first).
 */
export interface CorrelatorState {
  objects: string[];
  texts: string[];
  /** [object, type, reason, lastMs, ...messages] */
  aggregates: number[][];
  /** [object, type, reason, fieldPath, message, count, firstTimestamp, name]; fieldPath and message -1 for an aggregate event */
  observations: [number, number, number, number, number, number, string, string][];
  /** [object, type, tokens, lastMs] */
  buckets: [number, number, number, number][];
}

class Interner {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export function saveCorrelator(c: EventCorrelator): CorrelatorState {
  const objects = new Interner();
  const texts = new Interner();
  const { aggregates, observations, buckets } = c.entries();
  return {
    objects: objects.list,
    texts: texts.list,
    aggregates: aggregates.map(([, r]) => {
      const row = [objects.of(r.objectKey), texts.of(r.type), texts.of(r.reason), r.lastMs];
      for (const m of typeof r.messages === 'string' ? [r.messages] : r.messages) row.push(texts.of(m));
      return row;
    }),
    observations: observations.map(([, o]) => {
      const plain = o.fieldPath !== undefined;
      return [objects.of(o.objectKey), texts.of(o.type), texts.of(o.reason), plain ? texts.of(o.fieldPath ?? '') : -1, plain ? texts.of(o.message) : -1, o.count, o.firstTimestamp, o.name];
    }),
    buckets: buckets.map(([, b]) => [objects.of(b.objectKey), texts.of(b.type), b.tokens, b.lastMs]),
  };
}

export function loadCorrelator(s: CorrelatorState): EventCorrelator {
  const obj = (i: number): string => s.objects[i] ?? '';
  const text = (i: number): string => s.texts[i] ?? '';
  const aggregates = s.aggregates.map(([o = 0, t = 0, r = 0, lastMs = 0, ...messages]): [string, AggregateRecord] => {
    const rec: AggregateRecord = { objectKey: obj(o), type: text(t), reason: text(r), lastMs, messages: messages.length === 1 ? text(messages[0] ?? 0) : new Set(messages.map(text)) };
    return [aggregateKeyOf(rec.objectKey, rec.type, rec.reason), rec];
  });
  const observations = s.observations.map(([o, t, r, f, m, count, firstTimestamp, name]): [string, Observation] => {
    const rec: Observation = { objectKey: obj(o), type: text(t), reason: text(r), fieldPath: f < 0 ? undefined : text(f), message: m < 0 ? '' : text(m), count, firstTimestamp, name };
    const agg = aggregateKeyOf(rec.objectKey, rec.type, rec.reason);
    return [rec.fieldPath === undefined ? agg : observationKeyOf(agg, rec.fieldPath, rec.message), rec];
  });
  const buckets = s.buckets.map(([o, t, tokens, lastMs]): [string, Bucket] => {
    const rec: Bucket = { objectKey: obj(o), type: text(t), tokens, lastMs };
    return [spamKeyOf(rec.objectKey, rec.type), rec];
  });
  return EventCorrelator.fromEntries({ aggregates, observations, buckets });
}
