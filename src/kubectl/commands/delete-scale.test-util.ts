// Test support for delete / scale / autoscale: the reference cluster of the fake-v1.35 captures
// (same objects as testing/golden-state.ts) plus the two things a deletion waits for — a stand-in
// kubelet that finishes a deleted pod a second later, and the namespace controller — and a runner
// whose ctx.wait moves the virtual clock. Transcripts render each command with its two streams.

import type { SimComponent } from '../../sim/context';
import { Cluster } from '../../sim/cluster';
import { namespaceController } from '../../sim/controllers/namespace';
import { instantKubelet, testWiring } from '../../sim/testing/test-wiring';
import { kubectl, type KubectlContext, type KubectlFiles, type KubectlResult } from '../index';
import { goldenObjects } from '../testing/golden-objects';
import { T0 } from '../testing/golden-state';

const DAY = 86_400_000;

/** The capture-time cluster, with pod termination and namespace cleanup running. */
export function deletableGoldenCluster(): Cluster {
  const seeds = goldenObjects(T0).sort((a, b) => b.age - a.age);
  const bootstrap = (cluster: Cluster): void => {
    for (const seed of seeds) {
      const at = T0 - seed.age * 1000;
      if (at > cluster.now()) cluster.advance(at - cluster.now());
      const created = cluster.api.create(seed.object);
      if (!created.ok) throw new Error(`fixture ${seed.object.kind} ${seed.object.metadata.name}: ${created.status.message}`);
      if (seed.status !== undefined) cluster.api.updateStatus({ ...created.object, status: seed.status });
    }
    if (T0 > cluster.now()) cluster.advance(T0 - cluster.now());
  };
  const components = (ctx: Parameters<typeof instantKubelet>[0]): SimComponent[] => [
    instantKubelet(ctx),
    { name: 'namespace-lifecycle', controllers: [namespaceController(ctx)] },
  ];
  return Cluster.create({ startTime: T0, clusterAgeMs: 11 * DAY }, testWiring(components, bootstrap));
}

/** An in-memory file tree for -f (flat: paths are names). */
export function memoryFiles(files: Record<string, string>): KubectlFiles {
  return {
    readFile: (p) => files[p],
    isDir: (p) => Object.keys(files).some((f) => f.startsWith(`${p.replace(/\/$/, '')}/`)),
    list: (p) => {
      const dir = `${p.replace(/\/$/, '')}/`;
      return Object.keys(files).filter((f) => f.startsWith(dir)).map((f) => f.slice(dir.length));
    },
  };
}

export interface Runner {
  (line: string, extra?: Partial<KubectlContext>): KubectlResult;
  readonly cluster: Cluster;
}

/** Runs `kubectl …` lines (split on spaces; quote-free) against `cluster` with a moving clock. */
export function runner(cluster: Cluster, files: Record<string, string> = {}): Runner {
  const run = (line: string, extra: Partial<KubectlContext> = {}): KubectlResult => {
    const words = line.split(' ').filter((w) => w !== '');
    if (words[0] === 'kubectl') words.shift();
    return kubectl(words, { cluster, files: memoryFiles(files), wait: (ms) => cluster.advance(ms), ...extra });
  };
  return Object.assign(run, { cluster });
}

/** One command of a transcript: the line, then stdout, stderr and the exit code when not empty/0. */
export function transcriptEntry(line: string, r: KubectlResult): string {
  let text = `$ ${line}\n${r.stdout}`;
  if (r.stderr !== '') text += `--- stderr\n${r.stderr}`;
  if (r.exitCode !== 0) text += `--- exit ${r.exitCode}\n`;
  return text;
}
