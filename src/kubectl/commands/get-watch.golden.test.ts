// kubectl get -w against the fake-v1.35 captures (`timeout N kubectl get … -w; true`). The fake
// server's watch sent MODIFIED events for objects that did not visibly change; the test replays
// them as status touches at the same moments, and the watch lasts the capture's `timeout`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/object';
import type { Cluster } from '../../sim/cluster';
import { kubectl } from '../index';
import { loadGolden } from '../printers/golden';
import { goldenCluster } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';

const read = (p: string) => readFileSync(p, 'utf8');

interface WatchCase {
  /** Seconds after T0 at which the command started. */
  drift: number;
  /** Pods the fake server reported as MODIFIED, at seconds after the start. */
  touches: [number, string][];
}

const CASES: Record<string, WatchCase> = {
  'get-pods-watch': { drift: 8, touches: [[1, 'web'], [2, 'web']] },
  'get-pods-watch-only': { drift: 12, touches: [[1, 'crashy']] },
  'get-pods-watch-output-events': { drift: 15, touches: [[1, 'crashy']] },
};

function touch(cluster: Cluster, name: string, n: number): void {
  const pod = cluster.api.peek<KubeObject>('pods', 'default', name);
  if (!pod) throw new Error(`no pod ${name}`);
  const annotations = { ...(pod.metadata.annotations ?? {}), 'test/touched': String(n) };
  const written = cluster.api.update({ ...pod, metadata: { ...pod.metadata, annotations } });
  if (!written.ok) throw new Error(written.status.message);
}

/** A host clock that runs the cluster and the scripted changes in order. */
function scriptedWait(cluster: Cluster, touches: [number, string][]): (ms: number) => void {
  const start = cluster.now();
  const pending = touches.map(([s, name], i) => ({ at: start + s * 1000, name, n: i }));
  return (ms) => {
    const until = cluster.now() + ms;
    for (const t of pending.filter((p) => p.at <= until)) {
      cluster.advance(t.at - cluster.now());
      touch(cluster, t.name, t.n);
      pending.splice(pending.indexOf(t), 1);
    }
    cluster.advance(until - cluster.now());
  };
}

describe('kubectl get --watch against fake-v1.35 captures', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const m = /^timeout (\d+) (kubectl .*); true$/.exec(golden.command);
      expect(m).not.toBeNull();
      const cluster = goldenCluster({ drift: c.drift });
      const result = kubectl(shellWords(m?.[2] ?? '').slice(1), {
        cluster,
        wait: scriptedWait(cluster, c.touches),
        watchLimitMs: Number(m?.[1]) * 1000,
      });
      expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: golden.stdout, stderr: golden.stderr });
    });
  }
});
