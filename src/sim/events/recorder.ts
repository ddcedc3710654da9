import type { ObjectReference } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { ObjectStore } from '../store/store';
import type { SimRuntime } from '../runtime';
import { uuidOf } from '../uuid';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  component: string;
  host?: string;
}

export interface RecordOptions {
  /** e.g. `spec.containers{nginx}`: kubectl describe prints it before the message. */
  fieldPath?: string;
}

/** Events are kept this long, like kube-apiserver's default --event-ttl. */
export const EVENT_TTL_MS = 60 * 60 * 1000;
/** A repeat of the same event within this window bumps `count` instead of making a new one. */
const DEDUPE_WINDOW_MS = 10 * 60 * 1000;

const DEDUPE_INDEX = 'dedupe';

/**
 * The event recorder every component uses (client-go's record package in spirit): a repeated event
 * updates `count` and `lastTimestamp` on the existing Event instead of creating a new one.
 * Events are written straight to the store: they bypass admission, as the real ones effectively do.
 */
export class EventRecorder {
  constructor(
    private readonly store: ObjectStore,
    private readonly rt: SimRuntime,
  ) {
    store.addIndex('events', DEDUPE_INDEX, (e) => [KEYS.get(e) ?? dedupeKey(e)]);
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
    const namespace = obj.metadata.namespace ?? 'default';
    const now = this.rt.timestamp();
    const key = dedupeKeyOf(involved.uid ?? '', involved.fieldPath, reason, message, type, source);
    let existing: KubeObject | undefined;
    for (const e of this.store.byIndex('events', DEDUPE_INDEX, key)) {
      if (this.rt.clock.now() - Date.parse(String(e['lastTimestamp'])) < DEDUPE_WINDOW_MS) {
        existing = e;
        break;
      }
    }
    if (existing) {
      const bumped: KubeObject = {
        ...existing,
        metadata: { ...existing.metadata, resourceVersion: this.store.nextResourceVersion() },
        count: Number(existing['count'] ?? 1) + 1,
        lastTimestamp: now,
      };
      KEYS.set(bumped, key);
      this.store.put('events', bumped);
      return;
    }
    const event: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${involved.name}.${this.nameSuffix()}`,
        namespace,
        uid: uuidOf(this.rt.random),
        resourceVersion: this.store.nextResourceVersion(),
        creationTimestamp: now,
      },
      involvedObject: involved,
      reason,
      message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    KEYS.set(event, key);
    this.store.put('events', event);
  }

  /** Drops events older than the TTL. */
  expire(): void {
    const cutoff = this.rt.clock.now() - EVENT_TTL_MS;
    for (const e of this.store.list('events')) {
      if (Date.parse(String(e['lastTimestamp'])) < cutoff) this.store.remove('events', `${e.metadata.namespace}/${e.metadata.name}`);
    }
  }

  /**
   * Like the real recorder: the hex of the creation time in nanoseconds. The resourceVersion fills
   * the sub-millisecond digits so two events in one virtual millisecond never share a name.
   */
  private nameSuffix(): string {
    return nanosHex(this.rt.clock.now(), this.store.resourceVersion() % 1_000_000);
  }
}

function dedupeKey(e: KubeObject): string {
  const io = e['involvedObject'] as ObjectReference;
  return dedupeKeyOf(io.uid, io.fieldPath, e['reason'], e['message'], e['type'], e['source'] as EventSource);
}

function dedupeKeyOf(uid: unknown, fieldPath: string | undefined, reason: unknown, message: unknown, type: unknown, src: EventSource): string {
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

/** The dedupe key of the events this recorder wrote, so the store's index need not build it again. */
const KEYS = new WeakMap<KubeObject, string>();
