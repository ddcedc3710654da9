// Golden transcripts: every `kubectl describe` capture of the real kubectl (fake-v1.35) replayed
// against a simulated cluster holding the same objects and events; stdout, stderr and the exit
// code must match byte for byte. Describe is entirely client-side, so the layout is real.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { loadGolden } from '../printers/golden';
import { shellWords } from '../testing/shell-words';
import { describeGoldenCluster } from './testing/golden-describe';

const read = (p: string) => readFileSync(p, 'utf8');

/** Seconds after T0 each capture was taken (read off its event and pod ages). */
const CAPTURES: Record<string, { drift?: number; stderr?: string }> = {
  'describe-cm': {},
  'describe-cronjob': {},
  'describe-deploy': {},
  'describe-ds': {},
  // The capture server sent no warning header; a v1.33+ API server warns on every Endpoints read.
  'describe-ep': { stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n' },
  'describe-hpa': {},
  'describe-ingress': {},
  'describe-job': {},
  'describe-node-cp': { drift: 6 },
  'describe-node-notready': { drift: 6 },
  'describe-node-worker': { drift: 6 },
  'describe-ns': {},
  'describe-pod-completed': {},
  'describe-pod-crashloop': { drift: 4 },
  'describe-pod-creating': {},
  'describe-pod-imagepull': { drift: 4 },
  'describe-pod-notfound': {},
  'describe-pod-oom': {},
  'describe-pod-pending': { drift: 5 },
  'describe-pod-static': {},
  'describe-pod': { drift: 4 },
  'describe-pods-selector': {},
  'describe-pv': {},
  'describe-pvc': {},
  'describe-rs': {},
  'describe-sa': {},
  'describe-secret': {},
  'describe-sts': {},
  'describe-svc-dns': {},
  'describe-svc-kubernetes': {},
  'describe-svc-lb': {},
  'describe-svc-nodeport': {},
  'describe-svc': {},
};

describe('kubectl describe against fake-v1.35 captures', () => {
  for (const [name, c] of Object.entries(CAPTURES)) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const cluster = describeGoldenCluster(c.drift ?? 0);
      const words = shellWords(golden.command);
      const result = kubectl(words.slice(1), { cluster });
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: golden.stdout,
        stderr: c.stderr ?? golden.stderr,
        exitCode: golden.exitCode,
      });
    });
  }
});
