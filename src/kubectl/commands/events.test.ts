// kubectl events on a live cluster: the table, filters, -A, -o, errors and -w, as whole transcripts.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import { kubectl, type KubectlContext } from '../index';

const GOLDEN = new URL('./__golden__/events.txt', import.meta.url);

describe('kubectl events', () => {
  it('lists, filters and watches events as kubectl does', () => {
    const cluster = createCluster({ seed: 9 });
    cluster.runUntilQuiet();
    const ctx: KubectlContext = { cluster, wait: (ms) => cluster.advance(ms), watchLimitMs: 20_000 };
    let text = '';
    const run = (line: string): void => {
      const args = line.split(' ');
      const r = kubectl(args, ctx);
      text += `$ kubectl ${line}\n${r.stdout}${r.stderr}[exit ${r.exitCode}]\n`;
    };
    run('events');
    run('create deployment web --image=nginx');
    run('create deployment broken --image=nginx:no-such-tag');
    cluster.advance(90_000);
    run('events');
    run('events --types=Warning');
    run('events --for deployment/web');
    run('events --for deployment/web -o name');
    run('events -A --types=warning --no-headers');
    run('events --types=Bad');
    run('events --for web');
    run('events --for nosuch/web');
    run('events -o wide');
    run('events --for deployment/broken -w');
    run('scale deployment broken --replicas=2');
    run('events --for deployment/broken -w');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
