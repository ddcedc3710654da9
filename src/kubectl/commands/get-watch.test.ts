// kubectl get -w on a live simulated cluster: rows appear as the pods of a new Deployment move
// through their phases, at the virtual moments they change; output modes and argument errors.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../../sim';
import { kubectl, type KubectlContext } from '../index';

const GOLDEN = new URL('./__golden__/', import.meta.url);

/** Compares with the golden file, or writes it with UPDATE_GOLDEN=1. */
function golden(name: string, text: string): void {
  const file = new URL(name, GOLDEN);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

function live(): { cluster: Cluster; ctx: KubectlContext } {
  const cluster = createCluster({ seed: 7 });
  cluster.runUntilQuiet();
  return { cluster, ctx: { cluster, wait: (ms) => cluster.advance(ms), watchLimitMs: 30_000 } };
}

const transcript = (args: string[], ctx: KubectlContext): string => {
  const r = kubectl(args, ctx);
  return `$ kubectl ${args.join(' ')}\n${r.stdout}${r.stderr}[exit ${r.exitCode}]\n`;
};

describe('kubectl get --watch on a live cluster', () => {
  it('follows a new deployment pod by pod, with growing column widths', () => {
    const { ctx } = live();
    let text = transcript(['create', 'deployment', 'web', '--image=nginx', '--replicas=2'], ctx);
    text += transcript(['get', 'pods', '-w'], ctx);
    text += transcript(['create', 'deployment', 'api', '--image=httpd', '--replicas=3'], ctx);
    text += transcript(['get', 'deploy', 'api', '-w', '--output-watch-events'], ctx);
    text += transcript(['get', 'pods', '--watch-only'], ctx);
    golden('get-watch-deployment.txt', text);
  });

  it('prints one YAML document per change, separated as kubectl does', () => {
    const { ctx } = live();
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: one\nspec:\n  restartPolicy: Never\n  containers:\n  - name: c\n    image: busybox\n    command: [sh, -c, sleep 5]\n';
    let text = transcript(['apply', '-f', '-'], { ...ctx, stdin: pod });
    text += transcript(['get', 'pod', 'one', '-w', '-o', 'jsonpath={.status.phase}{"\\n"}'], ctx);
    text += transcript(['get', 'pod', 'one', '-w', '-o', 'name', '--output-watch-events'], ctx);
    const cms = ['a', 'b'].map((n) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}\n  labels:\n    demo: watch\ndata:\n  k: v\n`).join('---\n');
    text += transcript(['create', '-f', '-'], { ...ctx, stdin: cms });
    text += transcript(['get', 'cm', '-l', 'demo=watch', '-w', '-o', 'yaml'], ctx);
    text += transcript(['get', 'cm', '-l', 'demo=watch', '-w', '-o', 'json', '--output-watch-events'], ctx);
    golden('get-watch-outputs.txt', text);
  });

  it('refuses what kubectl refuses', () => {
    const { ctx } = live();
    let text = transcript(['get', 'pods,svc', '-w'], ctx);
    text += transcript(['get', 'pods', 'etcd-controlplane', 'kube-scheduler-controlplane', '-w', '-n', 'kube-system'], ctx);
    text += transcript(['get', 'pods', 'a', 'b', '-w', '-n', 'kube-system'], ctx);
    text += transcript(['get', 'pods', 'missing', '-w'], ctx);
    text += transcript(['get', 'nodes', '-w', '--sort-by=.metadata.name'], ctx);
    golden('get-watch-errors.txt', text);
  });

  it('stops at once when the host cannot wait, and when it is interrupted', () => {
    const { cluster } = live();
    expect(kubectl(['get', 'nodes', '-w', '--no-headers', '-o', 'name'], { cluster }).stdout).toBe('node/controlplane\nnode/node01\nnode/node02\n');
    let calls = 0;
    const before = cluster.now();
    kubectl(['get', 'nodes', '-w'], { cluster, wait: (ms) => { calls++; cluster.advance(ms); }, interrupted: () => calls >= 3 });
    expect(cluster.now() - before).toBe(3000);
  });
});
