import type { ObjectReference } from 'kubernetes-types/core/v1';
import { KeyedLru } from './keyed-lru';

/**
 * What client-go's EventCorrelator (tools/record) does to every event a component records before
 * it reaches the API server, with its default settings:
 *
 * 1. aggregation — events alike but for their message (same object, type, reason): once 10
 *    distinct messages were seen with less than 10 minutes between them, the event becomes one
 *    "(combined from similar events): <message>" event, counted under the shared key;
 * 2. counting — an event seen before (same object, field path, type, reason, message) bumps the
 *    earlier event's count instead of making a new one, however long ago it was (while the cache
 *    remembers it);
 * 3. spam filtering — per object and type a token bucket (25 events, one more every 5 minutes)
 *    drops what is beyond it. The count above is kept even for dropped events, so the next event
 *    that gets through carries the full count.
 *
 * One correlator per recording process (a kubelet, a controller), each with its own caches.
 */

/** client-go's maxLruCacheEntries. */
const CACHE_ENTRIES = 4096;
/** defaultAggregateMaxEvents: the distinct message that makes the group aggregate (10th). */
const AGGREGATE_MAX_EVENTS = 10;
/** defaultAggregateIntervalInSeconds: a group with nothing new for longer starts over. */
const AGGREGATE_INTERVAL_MS = 600_000;
/** defaultSpamBurst */
const SPAM_BURST = 25;
/** defaultSpamQPS, 1/300 per second — a float32 in client-go, so a refill takes a hair over 300 s. */
const SPAM_TOKENS_PER_MS = Math.fround(1 / 300) / 1000;

export const AGGREGATE_PREFIX = '(combined from similar events): ';

/** Where the event goes: a new Event or the existing one named `name` (count > 1). */
export interface Correlated {
  name: string;
  count: number;
  firstTimestamp: string;
  message: string;
  /** Aggregate events are built fresh by the aggregator, without the reporting fields. */
  aggregated: boolean;
}

/** What an entry's key is made of, kept with it so snapshots need not take keys apart. */
interface KeyParts {
  objectKey: string;
  type: string;
}

export interface AggregateRecord extends KeyParts {
  reason: string;
  /** The distinct messages seen; most groups only ever see one, kept without a Set (thousands of pods each have several groups). */
  messages: string | Set<string>;
  lastMs: number;
}

export interface Observation extends KeyParts {
  reason: string;
  /** Undefined for an aggregate event (its key has no field path or message). */
  fieldPath: string | undefined;
  message: string;
  count: number;
  firstTimestamp: string;
  name: string;
}

export interface Bucket extends KeyParts {
  tokens: number;
  lastMs: number;
}

export interface CorrelatorEntries {
  aggregates: [string, AggregateRecord][];
  observations: [string, Observation][];
  buckets: [string, Bucket][];
}

/**
 * The involved object's identity as the correlator's keys start with it. client-go joins kind,
 * namespace, name, uid and apiVersion; a uid already names one object (the kubelet's node
 * references carry the node name as uid), so it alone stands for the rest when present — shorter
 * keys are cheaper to look up, and events are recorded by the ten thousand.
 */
export function objectKeyOf(io: ObjectReference): string {
  if (io.uid) return io.uid;
  return `${io.kind ?? ''}\u0000${io.namespace ?? ''}\u0000${io.name ?? ''}\u0000\u0000${io.apiVersion ?? ''}`;
}

/** Events alike but for their message: the aggregator's group, and the key of an aggregate event. */
export function aggregateKeyOf(objectKey: string, type: string, reason: string): string {
  return `${objectKey}\u0000${type}\u0000${reason}`;
}

/** One event exactly (client-go's getEventKey): what counting is keyed by. */
export function observationKeyOf(aggregateKey: string, fieldPath: string, message: string): string {
  return `${aggregateKey}\u0000${fieldPath}\u0000${message}`;
}

/** Per object and event type (client-go's getSpamKey): the spam filter's bucket. */
export function spamKeyOf(objectKey: string, type: string): string {
  return `${objectKey}\u0000${type}`;
}

export interface EventFacts {
  /** The involved object's identity (kind, namespace, name, uid, apiVersion), joined. */
  objectKey: string;
  fieldPath: string;
  type: string;
  reason: string;
  message: string;
}

export class EventCorrelator {
  private readonly aggregates = new KeyedLru<AggregateRecord>(CACHE_ENTRIES);
  private readonly observations = new KeyedLru<Observation>(CACHE_ENTRIES);
  private readonly buckets = new KeyedLru<Bucket>(CACHE_ENTRIES);

  /**
   * The write an event turns into, or undefined when the spam filter drops it. `newName` names a
   * new Event (called only when one is needed); `timestamp` is `nowMs` as the API writes it.
   */
  correlate(e: EventFacts, nowMs: number, timestamp: string, newName: () => string): Correlated | undefined {
    // Keys without the object part (the caches key by object first): the same texts as the
    // joined keys of aggregateKeyOf and observationKeyOf after `objectKey\0`.
    const groupKey = `${e.type}\u0000${e.reason}`;
    let group = this.aggregates.get(e.objectKey, groupKey);
    if (!group || nowMs - group.lastMs > AGGREGATE_INTERVAL_MS) group = { objectKey: e.objectKey, type: e.type, reason: e.reason, messages: e.message, lastMs: nowMs };
    else if (typeof group.messages !== 'string') group.messages.add(e.message);
    else if (group.messages !== e.message) group.messages = new Set([group.messages, e.message]);
    group.lastMs = nowMs;
    this.aggregates.set(e.objectKey, groupKey, group);

    const aggregated = typeof group.messages !== 'string' && group.messages.size >= AGGREGATE_MAX_EVENTS;
    let key: string;
    let message = e.message;
    if (aggregated) {
      // Keep the set below the limit. client-go drops an arbitrary member (Go map order); the
      // oldest is the deterministic choice.
      const messages = group.messages as Set<string>;
      messages.delete(messages.values().next().value as string);
      key = groupKey;
      message = AGGREGATE_PREFIX + e.message;
    } else {
      key = `${groupKey}\u0000${e.fieldPath}\u0000${e.message}`;
    }

    let observed = this.observations.get(e.objectKey, key);
    if (observed) observed.count++;
    else {
      observed = { objectKey: e.objectKey, type: e.type, reason: e.reason, fieldPath: aggregated ? undefined : e.fieldPath, message: aggregated ? '' : e.message, count: 1, firstTimestamp: timestamp, name: newName() };
      this.observations.set(e.objectKey, key, observed);
    }

    if (!this.accept(e.objectKey, e.type, nowMs)) return undefined;
    return { name: observed.name, count: observed.count, firstTimestamp: observed.firstTimestamp, message, aggregated };
  }

  /** The token bucket of one object and event type: starts full, refills continuously. */
  private accept(objectKey: string, type: string, nowMs: number): boolean {
    let bucket = this.buckets.get(objectKey, type);
    if (!bucket) bucket = { objectKey, type, tokens: SPAM_BURST, lastMs: nowMs };
    else bucket.tokens = Math.min(SPAM_BURST, bucket.tokens + (nowMs - bucket.lastMs) * SPAM_TOKENS_PER_MS);
    bucket.lastMs = nowMs;
    this.buckets.set(objectKey, type, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** The caches' entries, least recent first (correlator-state.ts turns them into a snapshot). */
  entries(): CorrelatorEntries {
    return { aggregates: [...this.aggregates.entries()], observations: [...this.observations.entries()], buckets: [...this.buckets.entries()] };
  }

  static fromEntries(e: CorrelatorEntries): EventCorrelator {
    const c = new EventCorrelator();
    // A joined key is `objectKey\0rest`; the entry knows its object key (which may hold \0 itself).
    const rest = (k: string, v: KeyParts): string => k.slice(v.objectKey.length + 1);
    for (const [k, v] of e.aggregates) c.aggregates.set(v.objectKey, rest(k, v), v);
    for (const [k, v] of e.observations) c.observations.set(v.objectKey, rest(k, v), v);
    for (const [k, v] of e.buckets) c.buckets.set(v.objectKey, rest(k, v), v);
    return c;
  }
}
