// Golden transcripts: the `kubectl rollout` captures of the real kubectl (shared/reference/golden)
// replayed against a simulated cluster in the state each capture saw; stdout, stderr and the exit
// code must match byte for byte. Waiting commands get virtual time through ctx.wait.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../../sim/cluster';
import { kubectl } from '../../index';
import { loadGolden } from '../../printers/golden';
import { goldenCluster } from '../../testing/golden-state';
import { shellWords } from '../../testing/shell-words';
import { adoptNginxReplicaSet, deploymentStatus, observed, pendingTemplateChange, threeRevisions, writeStatus } from './golden-fixtures';

const read = (p: string) => readFileSync(p, 'utf8');

/** `kubectl … | head -N`: the kubectl words and the number of lines kept. */
function parseCommand(command: string): { words: string[]; head?: number } {
  const m = /^(.*) \| head -(\d+)$/.exec(command);
  if (!m) return { words: shellWords(command).slice(1) };
  return { words: shellWords(m[1] as string).slice(1), head: Number(m[2]) };
}

function keepLines(text: string, n: number | undefined): string {
  if (n === undefined) return text;
  return text.split('\n').slice(0, n).map((l) => `${l}\n`).join('');
}

/** Runs a capture's command on `cluster`; `onWait` runs after each step of virtual time. */
function replay(name: string, cluster: Cluster, onWait?: (elapsedMs: number) => void) {
  const golden = loadGolden(read, 'fake-v1.35', name);
  const { words, head } = parseCommand(golden.command);
  let elapsed = 0;
  const wait = (ms: number) => {
    cluster.advance(ms);
    elapsed += ms;
    onWait?.(elapsed);
  };
  const result = kubectl(words, { cluster, wait });
  return {
    actual: { stdout: keepLines(result.stdout, head), stderr: result.stderr, exitCode: result.exitCode },
    expected: { stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode },
  };
}

describe('rollout captures right after T0 (one ReplicaSet, revision 1)', () => {
  for (const name of ['rollout-status-done', 'rollout-history-1', 'rollout-history-rev', 'rollout-undo-nohistory', 'rollout-status-notfound', 'rollout-status-pod']) {
    it(name, () => {
      const cluster = goldenCluster();
      adoptNginxReplicaSet(cluster);
      const { actual, expected } = replay(name, cluster);
      expect(actual).toEqual(expected);
    });
  }
});

describe('rollout captures 247–264, replayed in capture order on one cluster', () => {
  const cluster = goldenCluster({ drift: 20 });
  threeRevisions(cluster);
  const sequence = [
    'rollout-restart', 'rollout-pause', 'rollout-pause-again', 'rollout-restart-paused', 'rollout-resume', 'rollout-resume-again',
    'rollout-restart-ds', 'rollout-restart-sts', 'rollout-restart-pod', 'rollout-history-3', 'rollout-history-rev2', 'rollout-history-rev9',
    'rollout-history-o-yaml-rev', 'rollout-undo', 'rollout-undo-to-rev', 'rollout-undo-bad-rev', 'rollout-undo-dryrun', 'rollout-history-ds',
  ];
  for (const name of sequence) {
    it(name, () => {
      const { actual, expected } = replay(name, cluster);
      cluster.advance(1000);
      expect(actual).toEqual(expected);
    });
  }
});

/** The status captures after the fake server re-created nginx; each sets up the state it scripted. */
const STATUS_STATES: Record<string, { setup: (c: Cluster) => void; script?: (c: Cluster, elapsedMs: number) => void }> = {
  // The fake server's script: spec update seen, then one step of the rollout per second.
  'rollout-status-progress': {
    setup: pendingTemplateChange,
    script: (c, t) => {
      const steps = [
        { updated: 1, replicas: 4, available: 3 },
        { updated: 2, replicas: 4, available: 3 },
        { updated: 3, replicas: 4, available: 3 },
        { updated: 3, replicas: 3, available: 2 },
        { updated: 3, replicas: 3, available: 3 },
      ];
      if (t % 1000 === 0 && t / 1000 <= steps.length) deploymentStatus(c, steps[t / 1000 - 1] as (typeof steps)[number]);
    },
  },
  'rollout-status-nowatch': { setup: () => undefined },
  'rollout-status-nowatch-inprogress': { setup: (c) => deploymentStatus(c, { updated: 1, replicas: 3, available: 3 }) },
  'rollout-status-timeout': { setup: (c) => deploymentStatus(c, { updated: 1, replicas: 3, available: 3 }) },
  'rollout-status-deadline': {
    setup: (c) =>
      writeStatus(c, 'deployments.apps', 'nginx', {
        conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "nginx-6d9f8c5b7d" has timed out progressing.' }],
      }),
  },
  // The shared fixture's statuses lack observedGeneration, which the real controllers always write.
  'rollout-status-sts': { setup: (c) => observed(c, 'statefulsets.apps', 'web-sts') },
  'rollout-status-ds': { setup: (c) => observed(c, 'daemonsets.apps', 'kube-proxy', 'kube-system') },
};

describe('rollout status captures (states the fake server scripted, built with status writes)', () => {
  for (const [name, state] of Object.entries(STATUS_STATES)) {
    it(name, () => {
      const cluster = goldenCluster();
      state.setup(cluster);
      const { actual, expected } = replay(name, cluster, state.script ? (t) => state.script?.(cluster, t) : undefined);
      expect(actual).toEqual(expected);
    });
  }
});

describe('rollout against local-v1.35 captures', () => {
  it('rollout-status-noargs', () => {
    const golden = loadGolden(read, 'local-v1.35', 'rollout-status-noargs');
    expect(kubectl(['rollout', 'status'], { cluster: goldenCluster() })).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
  });

  // help-rollout and rollout-noargs print kubectl's help text, which we write in our own words:
  // the layout (sections, subcommand list, exit codes) is checked here and the text in rollout.test.ts.
  it('rollout-noargs and help-rollout: the same help, exit 1 without a subcommand and 0 with --help', () => {
    const noargs = loadGolden(read, 'local-v1.35', 'rollout-noargs');
    const help = loadGolden(read, 'local-v1.35', 'help-rollout');
    const ours = kubectl(['rollout'], { cluster: goldenCluster() });
    const oursHelp = kubectl(['rollout', '--help'], { cluster: goldenCluster() });
    expect([ours.exitCode, ours.stderr, oursHelp.exitCode, oursHelp.stderr]).toEqual([noargs.exitCode, '', help.exitCode, '']);
    expect(ours.stdout).toBe(oursHelp.stdout);
    const sections = (text: string) => text.split('\n').filter((l) => /^[A-Z][A-Za-z ]*:$/.test(l));
    expect(sections(ours.stdout)).toEqual(sections(help.stdout));
    const subcommands = (text: string) => [...text.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    expect(subcommands(ours.stdout)).toEqual(subcommands(help.stdout));
  });
});
