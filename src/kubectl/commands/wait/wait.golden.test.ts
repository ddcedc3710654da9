// Golden transcripts: the `kubectl wait` captures of the real kubectl replayed against the capture
// cluster, with virtual time passing through ctx.wait; byte for byte, exit code included.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../sim/cluster';
import { kubectl } from '../../index';
import { loadGolden } from '../../printers/golden';
import { goldenCluster } from '../../testing/golden-state';
import { shellWords } from '../../testing/shell-words';
import { writeStatus } from '../rollout/golden-fixtures';

const read = (p: string) => readFileSync(p, 'utf8');

/** What each capture needs beyond the shared capture cluster. */
const CASES: Record<string, (c: Cluster) => void> = {
  // The fake server's nginx carried the conditions the Deployment controller writes.
  'wait-condition': (c) =>
    writeStatus(c, 'deployments.apps', 'nginx', {
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "nginx-5869d7778c" has successfully progressed.' },
      ],
    }),
  'wait-pod-ready-timeout': () => undefined,
  'wait-delete-missing': () => undefined,
  'wait-jsonpath': () => undefined,
};

describe('kubectl wait against fake-v1.35 captures', () => {
  for (const [name, setup] of Object.entries(CASES)) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const cluster = goldenCluster({ drift: 30 });
      setup(cluster);
      let waited = 0;
      const result = kubectl(shellWords(golden.command).slice(1), { cluster, wait: (ms) => ((waited += ms), cluster.advance(ms)) });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
      // Only the timeout capture waits, and exactly its --timeout.
      expect(waited).toBe(name === 'wait-pod-ready-timeout' ? 2000 : 0);
    });
  }
});
