import type { ObjectReference } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { ObjectStore } from '../store/store';
import type { SimRuntime } from '../runtime';
import { uuidOf } from '../uuid';
import { EventCorrelator, objectKeyOf, type Correlated } from './correlator';
import { loadCorrelator, saveCorrelator, type CorrelatorState } from './correlator-state';
import { EventExpiry } from './expiry';

export { EVENT_TTL_MS } from './expiry';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  component: string;
  host?: string;
}

export interface RecordOptions {
  /** e.g. `spec.containers{nginx}`: kubectl describe prints it before the message. */
  fieldPath?: string;
}

/**
 * The scheduler records through the events.k8s.io recorder (client-go tools/events), which has no
 * aggregation or spam filter: an identical event soon after bumps the earlier one's count.
 */
const SERIES_SOURCES = new Set(['default-scheduler']);
/** How soon a repeat must come to count toward the earlier event (series recorder). */
const SERIES_WINDOW_MS = 10 * 60 * 1000;
const SERIES_INDEX = 'series';
const NOT_INDEXED: readonly string[] = [];

export interface RecorderState {
  /** Per recording process (`component\0host`), its correlator's caches. */
  correlators: [string, CorrelatorState][];
}

/**
 * The event recorder every component uses. Legacy (core/v1) recorders go through client-go's
 * EventCorrelator — aggregation, counting, spam filtering (see correlator.ts) — one per recording
 * process, as each kubelet and controller has its own. Events expire an hour after their last
 * write (expiry.ts). Events are written straight to the store: they bypass admission, as the real
 * ones effectively do.
 */
export class EventRecorder {
  private correlators = new Map<string, EventCorrelator>();
  private readonly expiry: EventExpiry;

  constructor(
    private readonly store: ObjectStore,
    private readonly rt: SimRuntime,
  ) {
    // Only the scheduler's events are indexed: the others are found through their correlator.
    store.addIndex('events', SERIES_INDEX, (e) => {
      const key = KEYS.get(e);
      if (key !== undefined) return [key];
      const src = e['source'] as EventSource | undefined;
      return src && SERIES_SOURCES.has(src.component) ? [seriesKey(e)] : NOT_INDEXED;
    });
    this.expiry = new EventExpiry(store);
  }

  record(obj: KubeObject, type: EventType, reason: string, message: string, source: EventSource, opts: RecordOptions = {}): void {
    const involved: ObjectReference = {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      name: obj.metadata.name ?? '',
      uid: obj.metadata.uid ?? '',
      resourceVersion: obj.metadata.resourceVersion ?? '',
    };
    if (obj.metadata.namespace) involved.namespace = obj.metadata.namespace;
    if (opts.fieldPath) involved.fieldPath = opts.fieldPath;
    if (SERIES_SOURCES.has(source.component)) {
      this.recordSeries(involved, type, reason, message, source);
      return;
    }
    const sourceKey = `${source.component}\u0000${source.host ?? ''}`;
    let correlator = this.correlators.get(sourceKey);
    if (!correlator) this.correlators.set(sourceKey, (correlator = new EventCorrelator()));
    const objectKey = objectKeyOf(involved);
    const now = this.rt.timestamp();
    const result = correlator.correlate({ objectKey, fieldPath: opts.fieldPath ?? '', type, reason, message }, this.rt.clock.now(), now, () => `${involved.name}.${this.nameSuffix()}`);
    if (!result) return;
    const namespace = obj.metadata.namespace ?? 'default';
    if (result.count > 1) {
      const existing = this.store.get('events', `${namespace}/${result.name}`);
      if (existing) {
        this.store.put('events', {
          ...existing,
          metadata: { ...existing.metadata, resourceVersion: this.store.nextResourceVersion() },
          message: result.message,
          count: result.count,
          lastTimestamp: now,
        });
        return;
      }
    }
    // A new event, or one that expired (or was deleted) since: client-go creates it again under
    // its old name, count and first timestamp.
    this.store.put('events', this.newEvent(namespace, involved, type, reason, source, result, now));
  }

  private newEvent(namespace: string, involved: ObjectReference, type: EventType, reason: string, source: EventSource, r: Correlated, now: string): KubeObject {
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: r.name,
        namespace,
        uid: uuidOf(this.rt.random),
        resourceVersion: this.store.nextResourceVersion(),
        creationTimestamp: now,
      },
      involvedObject: involved,
      reason,
      message: r.message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: r.firstTimestamp,
      lastTimestamp: now,
      count: r.count,
      type,
      eventTime: null,
      // The aggregator builds its event afresh, without the reporting fields.
      reportingComponent: r.aggregated ? '' : source.component,
      reportingInstance: r.aggregated ? '' : (source.host ?? ''),
    };
  }

  /** The scheduler's recorder: a repeat within the window bumps the count, otherwise a new event. */
  private recordSeries(involved: ObjectReference, type: EventType, reason: string, message: string, source: EventSource): void {
    const now = this.rt.timestamp();
    const key = seriesKeyOf(involved.uid ?? '', involved.fieldPath, reason, message, type, source);
    for (const e of this.store.byIndex('events', SERIES_INDEX, key)) {
      if (this.rt.clock.now() - Date.parse(String(e['lastTimestamp'])) >= SERIES_WINDOW_MS) continue;
      const bumped: KubeObject = {
        ...e,
        metadata: { ...e.metadata, resourceVersion: this.store.nextResourceVersion() },
        count: Number(e['count'] ?? 1) + 1,
        lastTimestamp: now,
      };
      KEYS.set(bumped, key);
      this.store.put('events', bumped);
      return;
    }
    const event = this.newEvent(involved.namespace ?? 'default', involved, type, reason, source, { name: `${involved.name}.${this.nameSuffix()}`, count: 1, firstTimestamp: now, message, aggregated: false }, now);
    KEYS.set(event, key);
    this.store.put('events', event);
  }

  /** Drops the events whose TTL has passed (the events component calls this every minute). */
  expire(): void {
    this.expiry.sweep(this.rt.clock.now());
  }

  state(): RecorderState {
    return { correlators: [...this.correlators].map(([k, c]) => [k, saveCorrelator(c)]) };
  }

  loadState(state: RecorderState | undefined): void {
    this.correlators = new Map((state?.correlators ?? []).map(([k, s]) => [k, loadCorrelator(s)]));
  }

  /**
   * Like the real recorder: the hex of the creation time in nanoseconds. The resourceVersion fills
   * the sub-millisecond digits so two events in one virtual millisecond never share a name.
   */
  private nameSuffix(): string {
    return nanosHex(this.rt.clock.now(), this.store.resourceVersion() % 1_000_000);
  }
}

function seriesKey(e: KubeObject): string {
  const io = e['involvedObject'] as ObjectReference;
  return seriesKeyOf(io.uid, io.fieldPath, e['reason'], e['message'], e['type'], e['source'] as EventSource);
}

function seriesKeyOf(uid: unknown, fieldPath: string | undefined, reason: unknown, message: unknown, type: unknown, src: EventSource): string {
  // As `[…].join('\u0000')` would write it (null and undefined as empty text), without the array.
  return `${text(uid)}\u0000${fieldPath ?? ''}\u0000${text(reason)}\u0000${text(message)}\u0000${text(type)}\u0000${src.component}\u0000${src.host ?? ''}`;
}

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

const TWO_24 = 0x1000000;

/**
 * `(ms * 1e6 + extra).toString(16)` computed exactly (the product is past 2^53) without BigInt:
 * the number is split at 2^24, and each part stays well inside a double's exact integers.
 */
export function nanosHex(ms: number, extra: number): string {
  const msHigh = Math.floor(ms / TWO_24);
  const low = (ms - msHigh * TWO_24) * 1_000_000 + extra;
  const carry = Math.floor(low / TWO_24);
  const high = msHigh * 1_000_000 + carry;
  const lowDigits = (low - carry * TWO_24).toString(16);
  if (high === 0) return lowDigits;
  // Events recorded in one burst share the high part: write it once.
  if (high !== lastHigh) {
    lastHigh = high;
    lastHighHex = high.toString(16);
  }
  return lastHighHex + lowDigits.padStart(6, '0');
}

let lastHigh = -1;
let lastHighHex = '';

/**
 * What an event's name says of its first recording (the inverse of nanosHex): the virtual ms, and
 * the digits below it (the resourceVersion then), which order events of one millisecond.
 * Undefined for a name that does not end in such a suffix (events written by hand).
 */
export function recordedMoment(name: string): { ms: number; seq: number } | undefined {
  const hex = name.slice(name.lastIndexOf('.') + 1);
  if (!/^[0-9a-f]{1,20}$/.test(hex)) return undefined;
  const ns = BigInt(`0x${hex}`);
  return { ms: Number(ns / 1_000_000n), seq: Number(ns % 1_000_000n) };
}

/** The series key of the scheduler events this recorder wrote, so the store's index need not build it again. */
const KEYS = new WeakMap<KubeObject, string>();
