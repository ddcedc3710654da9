import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import { Cluster } from '../cluster';
import { createCluster } from '../index';
import { testWiring } from '../testing/test-wiring';
import { eventsComponent } from './component';
import { EVENT_TTL_MS } from './recorder';

const MINUTE = 60_000;

/** A cluster with nothing but the event recorder's component: only the test's events happen. */
function quiet(): Cluster {
  return Cluster.create({ seed: 3, freezeObjects: true }, testWiring((ctx) => [eventsComponent(ctx)]));
}

function configMap(c: Cluster, name: string): KubeObject {
  const res = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' } });
  if (!res.ok) throw new Error(res.status.message);
  return res.object;
}

function seconds(ts: unknown, t0: number): string {
  return `${(Date.parse(String(ts)) - t0) / 1000}s`;
}

/**
 * The events about `name`, oldest first as kubectl describe sorts them, one line each: type, reason,
 * first and last time (seconds since `t0`), count, source, and the message as describe prints it.
 */
function eventList(c: Cluster, name: string, t0: number): string {
  const rows = c.store
    .list('events')
    .filter((e) => (e['involvedObject'] as { name: string }).name === name)
    .sort((a, b) => Date.parse(String(a['firstTimestamp'])) - Date.parse(String(b['firstTimestamp'])) || Date.parse(String(a['lastTimestamp'])) - Date.parse(String(b['lastTimestamp'])));
  const lines = rows.map((e) => {
    const io = e['involvedObject'] as { fieldPath?: string };
    const src = e['source'] as { component: string; host?: string };
    const message = `${io.fieldPath ? `${io.fieldPath}: ` : ''}${String(e['message'])}`;
    return [e['type'], e['reason'], `first=${seconds(e['firstTimestamp'], t0)}`, `last=${seconds(e['lastTimestamp'], t0)}`, `x${String(e['count'])}`, src.host ? `${src.component}/${src.host}` : src.component, message].join('  ');
  });
  return `${lines.join('\n')}\n`;
}

describe('event recorder', () => {
  it('counts an identical event however long after, and aggregates the 10th distinct message of a reason', async () => {
    const c = quiet();
    const t0 = c.now();
    const cm = configMap(c, 'cfg');
    const src = { component: 'demo-controller' };
    c.events.record(cm, 'Normal', 'Synced', 'synced', src);
    c.advance(30 * MINUTE);
    c.events.record(cm, 'Normal', 'Synced', 'synced', src);
    for (let i = 1; i <= 12; i++) {
      c.advance(1000);
      c.events.record(cm, 'Warning', 'Failed', `attempt ${i} failed`, src);
    }
    // A message seen before (and still in the group) is counted on its own event again.
    c.events.record(cm, 'Warning', 'Failed', 'attempt 12 failed', src);
    // After 10 quiet minutes the group starts over: a new message is an event of its own.
    c.advance(11 * MINUTE);
    c.events.record(cm, 'Warning', 'Failed', 'attempt 13 failed', src);
    await expect(eventList(c, 'cfg', t0)).toMatchFileSnapshot('__golden__/aggregate.txt');
    const combined = c.store.list('events').find((e) => String(e['message']).startsWith('(combined'));
    expect([combined?.['reportingComponent'], combined?.['reportingInstance']]).toEqual(['', '']);
  });

  it('drops events beyond 25 per object and type, one more every 5 minutes, and keeps counting the dropped ones', async () => {
    const c = quiet();
    const t0 = c.now();
    const cm = configMap(c, 'noisy');
    const src = { component: 'kubelet', host: 'node01' };
    for (let i = 1; i <= 30; i++) c.events.record(cm, 'Normal', `Step${i}`, 'step', src);
    c.events.record(cm, 'Normal', 'Step1', 'step', src);
    // Another type has its own bucket.
    c.events.record(cm, 'Warning', 'Step1', 'step', src);
    c.advance(5 * MINUTE + 1000);
    c.events.record(cm, 'Normal', 'Step1', 'step', src);
    c.events.record(cm, 'Normal', 'Step2', 'step', src);
    await expect(eventList(c, 'noisy', t0)).toMatchFileSnapshot('__golden__/spam.txt');
  });

  it('expires events an hour after their last write; a repeat after that comes back with its old name and count', () => {
    const c = quiet();
    const cm = configMap(c, 'ttl');
    const src = { component: 'demo-controller' };
    c.events.record(cm, 'Normal', 'Once', 'once', src);
    c.events.record(cm, 'Normal', 'Again', 'again', src);
    const again = c.store.list('events').find((e) => e['reason'] === 'Again');
    c.advance(40 * MINUTE);
    c.events.record(cm, 'Normal', 'Again', 'again', src);
    c.advance(EVENT_TTL_MS - 40 * MINUTE + 2 * MINUTE);
    expect(c.store.list('events').map((e) => `${String(e['reason'])} x${String(e['count'])}`)).toEqual(['Again x2']);
    c.advance(40 * MINUTE);
    expect(c.store.list('events')).toEqual([]);
    c.events.record(cm, 'Normal', 'Again', 'again', src);
    const back = c.store.list('events')[0];
    expect([back?.metadata.name, back?.['count'], back?.['firstTimestamp']]).toEqual([again?.metadata.name, 3, again?.['firstTimestamp']]);
  });

  it('a new cluster has none of its boot events left: they are days old', () => {
    const c = createCluster({ seed: 5 });
    expect(c.store.list('events')).toEqual([]);
  });

  it("shows a crash-looping pod's hour as a real cluster does", async () => {
    const c = createCluster({ seed: 21 });
    const t0 = c.now();
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'crashy', namespace: 'default' }, spec: { containers: [{ name: 'crashy', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 2; exit 1'] }] } });
    c.advance(60 * MINUTE);
    await expect(eventList(c, 'crashy', t0)).toMatchFileSnapshot('__golden__/crashloop-hour.txt');
  });

  it('a restored cluster correlates as the original would', () => {
    const a = quiet();
    const cm = configMap(a, 'cfg');
    const src = { component: 'demo-controller' };
    const burst = (c: Cluster, obj: KubeObject, from: number) => {
      for (let i = from; i < from + 20; i++) c.events.record(obj, 'Warning', 'Failed', `attempt ${i % 13}`, src);
    };
    burst(a, cm, 0);
    // A group that has seen one message so far, and sees a second after the restore.
    a.events.record(cm, 'Normal', 'Synced', 'first', src);
    const b = Cluster.restore(JSON.parse(JSON.stringify(a.snapshot())), testWiring((ctx) => [eventsComponent(ctx)]));
    for (const c of [a, b]) {
      c.advance(MINUTE);
      burst(c, cm, 20);
      c.events.record(cm, 'Normal', 'Synced', 'second', src);
      c.events.record(cm, 'Normal', 'Synced', 'first', src);
    }
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });
});
