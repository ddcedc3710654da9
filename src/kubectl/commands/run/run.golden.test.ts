// kubectl run against the real kubectl's outputs: the fake-v1.35 captures in capture order on the
// reference cluster, the local-v1.35 captures, and a transcript of the real kubectl v1.35.2 taken
// for this simulator (run/__golden__/run-client.txt: client-side dry runs and flag errors; the
// local captures of the same commands only show "connection refused", as run needs discovery).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../../index';
import { loadGolden } from '../../printers/golden';
import { goldenCluster } from '../../testing/golden-state';
import { shellWords } from '../../testing/shell-words';
import { EXTRA_OBJECTS, WEB3, seed, transcriptCommands, transcriptEntry } from '../run-expose-set.test-util';

const read = (p: string) => readFileSync(p, 'utf8');

describe('kubectl run against fake-v1.35 captures, in capture order', () => {
  const cluster = goldenCluster();
  for (const name of ['run-pod', 'run-pod-exists', 'run-pod-dryrun-yaml', 'run-pod-dryrun-server', 'run-pod-expose', 'run-pod-labels', 'run-pod-restart-never']) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster });
      cluster.advance(1000);
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});

describe('kubectl run against local-v1.35 captures', () => {
  for (const name of ['run-noimage', 'run-noname', 'run-restart-bad']) {
    it(name, () => {
      const golden = loadGolden(read, 'local-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster: goldenCluster() });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});

describe('kubectl run: transcript of the real kubectl', () => {
  it('matches run-client.txt command for command', () => {
    const text = read('src/kubectl/commands/run/__golden__/run-client.txt');
    const produced = transcriptCommands(text).map((command) => {
      const cluster = goldenCluster();
      seed(cluster, [WEB3, ...EXTRA_OBJECTS]);
      return transcriptEntry(command, kubectl(shellWords(command).slice(1), { cluster }));
    });
    expect(produced.join('')).toBe(text);
  });
});
