// Golden transcripts for delete, scale and autoscale: every fake-v1.35 capture of these verbs,
// replayed in capture order on one cluster (the captures ran one after another on one server),
// plus the local-v1.35 ones that need no server. Two captures show the fake server's mistakes
// (shared/reference/golden/README.md); for them the real API server's behaviour is expected.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { loadGolden, type Golden } from '../printers/golden';
import { goldenCluster } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';
import { deletableGoldenCluster, memoryFiles } from './delete-scale.test-util';

const read = (p: string) => readFileSync(p, 'utf8');

const FILES = memoryFiles({
  'multi.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: multi-cm\ndata:\n  a: "1"\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: multi-svc\nspec:\n  selector:\n    app: multi\n  ports:\n  - port: 80\n',
});

/** fake-v1.35 captures of these verbs, in capture order (INDEX.tsv). */
const SEQUENCE = [
  'autoscale', 'autoscale-cpu-percent-deprecated', 'autoscale-exists', 'autoscale-nomax',
  'scale', 'scale-rs', 'scale-current-mismatch', 'scale-notfound', 'scale-pod', 'scale-sts',
  'delete-pod', 'delete-pod-notfound', 'delete-pod-ignore', 'delete-deploy', 'delete-svc', 'delete-multi', 'delete-slash',
  'delete-force', 'delete-now', 'delete-selector', 'delete-f', 'delete-f-missing', 'delete-ns', 'delete-node',
  'delete-cm-dryrun', 'delete-cm-dryrun-server', 'delete-name-o', 'delete-all-missing-flag', 'delete-nothing-selector',
  'delete-all', 'delete-all-empty', 'delete-type-missing',
];

/** What the real API server answers where the fake one went wrong. */
const REAL: Record<string, Pick<Golden, 'stdout' | 'stderr' | 'exitCode'>> = {
  // No pods/scale subresource on a real server: the PATCH of pods/web/scale is a 404.
  'scale-pod': { stdout: '', stderr: 'Error from server (NotFound): the server could not find the requested resource\n', exitCode: 1 },
  // The fake server really deleted app-config on the previous --dry-run=server; a real one keeps it.
  'delete-name-o': { stdout: 'configmap/app-config\n', stderr: '', exitCode: 0 },
};

/** State the captures' earlier steps (create -f, apply) left on the server. */
const BEFORE: Record<string, (c: ReturnType<typeof deletableGoldenCluster>) => void> = {
  autoscale: (c) => {
    const created = c.api.create({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web3', namespace: 'default', labels: { app: 'web3' } },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web3' } }, template: { metadata: { labels: { app: 'web3' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
    });
    if (!created.ok) throw new Error(created.status.message);
  },
};

/** `a; b`: the words of each kubectl command (output of all but the last is discarded). */
function commands(line: string): string[][] {
  return line.split('; ').map((part) => shellWords(part.replace(/ >\/dev\/null 2>&1$/, '')).slice(1));
}

describe('delete, scale and autoscale against fake-v1.35 captures, in capture order', () => {
  const cluster = deletableGoldenCluster();
  const ctx = { cluster, files: FILES, wait: (ms: number) => cluster.advance(ms) };
  for (const name of SEQUENCE) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      BEFORE[name]?.(cluster);
      const parts = commands(golden.command);
      for (const words of parts.slice(0, -1)) kubectl(words, ctx);
      const result = kubectl(parts[parts.length - 1] as string[], ctx);
      cluster.advance(1000);
      const expected = REAL[name] ?? { stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode };
      expect(result).toEqual(expected);
    });
  }
});

describe('delete and scale captures without a server (local-v1.35)', () => {
  const cluster = goldenCluster();
  for (const name of ['delete-noargs', 'scale-noreplicas']) {
    it(name, () => {
      const golden = loadGolden(read, 'local-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster });
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});
