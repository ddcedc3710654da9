// kubectl logs on a live simulated cluster: what the images write (nginx's startup lines, a
// shell loop), the container choice and its notices, the kubelet's refusals, selectors, workloads,
// --previous, --tail/--since/--since-time/--timestamps/--limit-bytes/--prefix and -f in virtual time.
// The transcript is compared whole with __golden__/logs.txt (UPDATE_GOLDEN=1 rewrites it).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { create, deployment, liveCluster, pod, Transcript } from '../node-debug-fixture';
import { parseRfc3339 } from './rfc3339';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const TICKER = 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 5; done';

describe('kubectl logs on a live cluster', () => {
  it('reads what the containers wrote, as kubectl prints it', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(
      c,
      pod('web', [['nginx', 'nginx:1.27']]),
      pod('two', [['web', 'nginx:1.27'], ['ticker', 'busybox:1.36', TICKER]]),
      pod('crash', [['crash', 'busybox:1.36', 'echo starting; sleep 2; echo failing; exit 3']]),
      pod('bad', [['bad', 'nginx:doesnotexist']]),
      pod('counter', [['c', 'busybox:1.36', 'for i in 1 2 3 4 5 6 7 8; do echo n=$i; sleep 4; done']], { restartPolicy: 'Never' }),
      deployment('api', 'nginx:1.27', 2),
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { a: 'b' } },
    );
    t.kubectl('logs web');
    t.advance(20_000);
    t.kubectl('logs web');
    t.kubectl('logs web --tail=3 --timestamps');
    t.kubectl('logs pod/web --since=5s');
    t.kubectl('logs two');
    t.kubectl('logs two -c nope');
    t.kubectl('logs two --all-containers --prefix --tail=2');
    t.kubectl('logs two ticker -c ticker');
    t.kubectl('logs two ticker --tail=1');
    t.kubectl('logs two -c web --all-containers');
    t.kubectl('logs crash');
    t.kubectl('logs crash -p');
    t.kubectl('logs counter -p');
    t.kubectl('logs bad');
    t.kubectl('logs deploy/api --tail=2');
    t.kubectl('logs deploy/api --all-pods --tail=1');
    t.kubectl('logs -l app=api');
    t.kubectl('logs -l app=nope');
    t.kubectl('logs -l app=api web');
    t.kubectl('logs cm/cfg');
    t.kubectl('logs nope');
    t.kubectl('logs two -c ticker --limit-bytes=10');
    t.kubectl('logs two -c ticker --since=1h --since-time=2026-11-24T15:00:00Z');
    t.kubectl('logs two -c ticker --since-time=2026-11-24T15:00:12Z');
    t.kubectl('logs two -c ticker --since-time=2026-13-01T00:00:00Z');
    t.kubectl('logs two -c ticker --tail=-2');
    t.kubectl('logs web --pod-running-timeout=0s');
    t.kubectl('logs a b c');
    t.note('-f follows until the container exits');
    t.kubectl('logs counter -f');
    t.note('-f on a container that keeps running: until Ctrl-C (exit 130), or the headless watch limit (exit 0)');
    t.kubectl('logs two -c ticker -f --tail=1', { ctrlCAfterMs: 12_000 });
    t.kubectl('logs two -c ticker -f --tail=1', { watchLimitMs: 11_000 });
    const before = c.now();
    t.kubectl('logs two -c ticker -f --tail=0');
    expect(c.now() - before).toBe(60_000);
    t.kubectl('logs -l run -f --max-log-requests=2');
    golden('logs.txt', t.text);
  });

  it('waits for a first pod of a workload that has none yet, then gives up', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(c, { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'later', namespace: 'default' }, spec: { suspend: true, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['echo', 'hi'] }] } } } });
    const before = c.now();
    t.kubectl('logs job/later --pod-running-timeout=5s');
    expect(c.now() - before).toBe(5000);
    golden('logs-wait.txt', t.text);
  });
});

describe('--since-time parsing (Go time.Parse with RFC 3339)', () => {
  it('reads RFC 3339 times with fractions and offsets', () => {
    expect(parseRfc3339('2026-11-24T15:00:20Z')).toBe(Date.UTC(2026, 10, 24, 15, 0, 20));
    expect(parseRfc3339('2026-11-24T16:00:20.5+01:00')).toBe(Date.UTC(2026, 10, 24, 15, 0, 20, 500));
  });

  it("fails with Go's texts", () => {
    expect(parseRfc3339('bogus')).toEqual({ error: 'parsing time "bogus" as "2006-01-02T15:04:05Z07:00": cannot parse "bogus" as "2006"' });
    expect(parseRfc3339('2026-11-24')).toEqual({ error: 'parsing time "2026-11-24" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"' });
    expect(parseRfc3339('2026-02-30T00:00:00Z')).toEqual({ error: 'parsing time "2026-02-30T00:00:00Z": day out of range' });
    expect(parseRfc3339('2026-11-24T25:00:00Z')).toEqual({ error: 'parsing time "2026-11-24T25:00:00Z": hour out of range' });
    expect(parseRfc3339('2026-11-24T10:00:00Zjunk')).toEqual({ error: 'parsing time "2026-11-24T10:00:00Zjunk": extra text: "junk"' });
  });
});
