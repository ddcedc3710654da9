// Golden transcripts: every `kubectl get` capture of the real kubectl (shared/reference/golden) is
// replayed against a simulated cluster in the same state, and stdout, stderr and the exit code
// must match byte for byte.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { loadGolden } from '../printers/golden';
import { goldenCluster, type GoldenVariant } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';

const read = (p: string) => readFileSync(p, 'utf8');

interface Case {
  /** Seconds after T0 at which the capture was taken (ages drift between captures). */
  drift?: number;
  variant?: GoldenVariant;
  /** Expected stderr where ours deliberately differs from the capture (see the note there). */
  stderr?: string;
}

/** Captures of fake-v1.35 and how to rebuild the state each saw. */
const FAKE: Record<string, Case> = {
  'get-all': { drift: 4 },
  'get-all-kube-system': {},
  'get-bad-jsonpath': {},
  'get-bad-output': {},
  'get-cm': {},
  'get-cronjobs': { drift: 2 },
  'get-cronjobs-wide': { drift: 2 },
  'get-deploy': {},
  'get-deploy-notfound': {},
  'get-deploy-rs-pods-l': {},
  'get-deploy-wide': {},
  'get-ds-A': {},
  'get-ds-wide': {},
  'get-endpointslices': {},
  // The fake server sent no warning header; a v1.33+ API server warns on every Endpoints read.
  'get-ep': { stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n' },
  'get-events': { drift: 3 },
  'get-events-A': { drift: 4 },
  'get-events-sorted': { drift: 4 },
  'get-events-wide': { drift: 3 },
  'get-hpa': { drift: 4 },
  'get-ing': {},
  'get-jobs': {},
  'get-jobs-wide': {},
  'get-leases': {},
  'get-nodes': {},
  'get-nodes-cordoned': { variant: 'cordoned' },
  'get-nodes-show-labels': {},
  'get-nodes-wide': {},
  'get-ns': {},
  'get-ns-show-labels': {},
  'get-pc-A-empty': {},
  'get-pod-json': {},
  'get-pod-jsonpath-single': {},
  'get-pod-notfound': {},
  'get-pod-notfound-ignore': {},
  'get-pod-notfound-two': {},
  'get-pod-one': {},
  'get-pod-slash': {},
  'get-pod-two': { drift: 1 },
  'get-pod-yaml': {},
  'get-pods': {},
  'get-pods-A': {},
  'get-pods-L': {},
  'get-pods-after-drain': { drift: 1, variant: 'afterDrain' },
  'get-pods-all-deleted': { variant: 'noKubeSystemPods' },
  'get-pods-all-namespaces-wide': {},
  'get-pods-custom-columns': {},
  'get-pods-custom-columns-bad': {},
  'get-pods-custom-columns-missing': {},
  'get-pods-empty-json': {},
  'get-pods-empty-name': {},
  'get-pods-empty-ns': {},
  'get-pods-empty-yaml': {},
  'get-pods-field-selector': {},
  'get-pods-jsonpath': {},
  'get-pods-jsonpath-range': {},
  'get-pods-name': {},
  'get-pods-no-headers': {},
  'get-pods-ns-kube-system': {},
  'get-pods-ns-notexist': {},
  'get-pods-selector': {},
  'get-pods-selector-none': {},
  'get-pods-selector-none-A': {},
  'get-pods-show-labels': {},
  'get-pods-sort-by': {},
  'get-pods-svc': { drift: 4 },
  'get-pods-wide': {},
  'get-priorityclasses-empty': {},
  'get-pv': {},
  'get-pv-wide': {},
  'get-pvc': {},
  'get-rs': {},
  'get-rs-wide': {},
  'get-sa': {},
  'get-sc': {},
  'get-secrets': {},
  'get-sts': {},
  'get-sts-wide': {},
  'get-svc': { drift: 2 },
  'get-svc-A': { drift: 3 },
  'get-svc-after-expose': { variant: 'afterExpose' },
  'get-svc-wide': { drift: 2 },
  'get-unknown-type': {},
  'get-unknown-type-name': {},
};
// Not replayed: get-bad-selector.txt (the fake server accepted a selector the real one rejects;
// see get.test.ts) and get-pods-watch*.txt (--watch is not implemented yet).

/** The web pod exactly as the capture's server stored it (uid, resourceVersion, volumes…). */
function webPodFromCapture(): Record<string, unknown> {
  return JSON.parse(loadGolden(read, 'fake-v1.35', 'get-pod-json').stdout) as Record<string, unknown>;
}

describe('kubectl get against fake-v1.35 captures', () => {
  for (const [name, c] of Object.entries(FAKE)) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const cluster = goldenCluster({ drift: c.drift ?? 0, variant: c.variant ?? 'default' });
      if (cluster.store.get('pods', 'default/web')) cluster.store.put('pods', webPodFromCapture() as never);
      const words = shellWords(golden.command);
      expect(words[0]).toBe('kubectl');
      const result = kubectl(words.slice(1), { cluster });
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: golden.stdout,
        stderr: c.stderr ?? golden.stderr,
        exitCode: golden.exitCode,
      });
    });
  }
});

/** Captures of local-v1.35 (no server needed) about get's flags and arguments. */
const LOCAL = ['unknown-command', 'unknown-command-suggest', 'unknown-flag', 'unknown-shorthand'];

describe('kubectl argument errors against local-v1.35 captures', () => {
  for (const name of LOCAL) {
    it(name, () => {
      const golden = loadGolden(read, 'local-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster: goldenCluster() });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }

  it('get-noargs-noserver (captured as `2>&1 | grep`, so both streams are in its stdout)', () => {
    const golden = loadGolden(read, 'local-v1.35', 'get-noargs-noserver');
    const result = kubectl(['get'], { cluster: goldenCluster() });
    expect(result).toEqual({ stdout: '', stderr: golden.stdout, exitCode: 1 });
  });
});
