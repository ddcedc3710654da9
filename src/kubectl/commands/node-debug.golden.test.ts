// Golden transcripts of the node and debugging verbs: every capture of the real kubectl about
// cordon, uncordon, taint, drain, logs, exec and top (shared/reference/golden) replayed byte for byte.
// The cordon…drain captures ran one after another on one server, so they are replayed in their
// capture order on one cluster, each seeing what the ones before it did.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { loadGolden } from '../printers/golden';
import { goldenCluster } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';
import { nodeDebugCluster, run } from './node-debug-fixture';

const read = (p: string) => readFileSync(p, 'utf8');

/**
 * Drain evicts pods in parallel, so the order of its "pod/x evicted" lines depends on which
 * eviction finishes first: it varied from run to run of the real kubectl. Those lines are compared
 * as a set (sorted), everything else byte for byte.
 */
function sortEvicted(stdout: string): string {
  const lines = stdout.split('\n');
  const evicted = lines.filter((l) => /^pod\/\S+ evicted$/.test(l)).sort();
  let i = 0;
  return lines.map((l) => (/^pod\/\S+ evicted$/.test(l) ? (evicted[i++] as string) : l)).join('\n');
}

/** The captures from `kubectl cordon node01` to `kubectl get pods -o wide`, in capture order (INDEX.tsv). */
const SEQUENCE = [
  'cordon', 'cordon-again', 'get-nodes-cordoned', 'uncordon', 'uncordon-again', 'cordon-dryrun',
  'taint', 'taint-again', 'taint-overwrite', 'taint-remove', 'taint-remove-key', 'taint-remove-missing', 'taint-bad-effect', 'taint-cp-remove',
  'drain-noflags', 'drain-ignore-ds', 'uncordon2', 'drain-dryrun', 'drain-force', 'drain-again', 'drain-notfound', 'get-pods-after-drain',
];

describe('cordon, taint and drain against the fake-v1.35 captures, in capture order', () => {
  const cluster = nodeDebugCluster();
  for (const name of SEQUENCE) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      let result = { stdout: '', stderr: '', exitCode: 0 };
      // taint-remove-key is `kubectl … >/dev/null; kubectl …`: only the second command's output was captured.
      for (const part of golden.command.split('; ')) {
        const words = shellWords(part.replace(' >/dev/null', ''));
        expect(words[0]).toBe('kubectl');
        const r = run(cluster, words.slice(1));
        result = part.includes('>/dev/null') ? { stdout: '', stderr: result.stderr + r.stderr, exitCode: r.exitCode } : { ...r, stderr: result.stderr + r.stderr };
      }
      expect({ stdout: sortEvicted(result.stdout), stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: sortEvicted(golden.stdout),
        stderr: golden.stderr,
        exitCode: golden.exitCode,
      });
    });
  }
});

describe('logs and top against the fake-v1.35 captures', () => {
  // logs-pod: the fake server had no kubelet, so its logs were empty. A cluster without kubelets
  // serves empty logs the same way; logs.test.ts shows what a live nginx container writes.
  for (const name of ['logs-pod', 'logs-notfound', 'top-pods', 'top-nodes']) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster: goldenCluster() });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});

describe('logs and exec argument errors against the local-v1.35 captures', () => {
  for (const name of ['logs-noargs', 'exec-noargs']) {
    it(name, () => {
      const golden = loadGolden(read, 'local-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster: goldenCluster() });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});
