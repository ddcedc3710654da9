// kubectl get -w --request-timeout: client-go bounds the whole watch request, so the watch ends
// when the time is up (virtual time here) and kubectl exits 0 without a message, even on a host
// whose watches otherwise run until Ctrl-C. Invalid values fail as clientcmd.ParseTimeout says.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import { kubectl, type KubectlContext } from '../index';

const FILE = new URL('./__golden__/get-request-timeout.txt', import.meta.url);

describe('kubectl get -w --request-timeout', () => {
  it('ends the watch after the timeout, quietly', () => {
    const cluster = createCluster({ seed: 7 });
    cluster.runUntilQuiet();
    // As in the browser: no headless limit, a watch would run until Ctrl-C.
    const ctx: KubectlContext = { cluster, wait: (ms) => cluster.advance(ms), watchLimitMs: Infinity };
    const run = (line: string): string => {
      const before = cluster.now();
      const r = kubectl(line.split(' '), ctx);
      return `$ kubectl ${line}\n${r.stdout}${r.stderr}[exit ${r.exitCode}, ${(cluster.now() - before) / 1000}s]\n`;
    };
    let text = run('create deployment web --image=nginx --replicas=2');
    text += run('get pods -w --request-timeout=5s');
    text += run('get pods -w --request-timeout=3');
    text += run('get deploy web -w --output-watch-events --request-timeout=1m');
    text += run('get nodes --watch-only --request-timeout=2500ms -o name');
    text += run('get pods --request-timeout=abc');
    text += run('get pods -w --request-timeout=-1');
    text += run('get pods -w --request-timeout=5x');
    text += run('get nodes --request-timeout=5s --no-headers');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(FILE, text);
    expect(text).toBe(readFileSync(FILE, 'utf8'));
  });

  it('--request-timeout=0 (the default) sets no limit: the host ends the watch', () => {
    const cluster = createCluster({ seed: 7 });
    const before = cluster.now();
    const r = kubectl(['get', 'nodes', '-w', '--request-timeout=0', '-o', 'name'], { cluster, wait: (ms) => cluster.advance(ms), watchLimitMs: 12_000 });
    expect([r.exitCode, cluster.now() - before]).toEqual([0, 12_000]);
  });
});
