import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks';
import { createSandbox, restoreSandbox, type Sandbox } from '../sandbox';
import { grade, hasErrors, loadLab, startLab, verifyLab, type GradingEnv, type Lab } from '.';

const ENV: GradingEnv<Sandbox> = {
  checks: CHECKS,
  createSandbox: (options) => createSandbox(options),
  copySandbox: (s) => restoreSandbox({ ...s.snapshot(), sessions: [] }),
};

function lab(yaml: string): Lab {
  const loaded = loadLab(yaml, 'content/labs/t.yaml', { checks: CHECKS });
  if (hasErrors(loaded)) throw new Error(JSON.stringify(loaded.errors));
  return loaded;
}

const LAB = lab(`
id: t
title: {en: T, zh: T}
cluster: {seed: 5, workers: 1, workerSize: {cpu: 4, memory: 8Gi}}
manifests:
  - yaml: |
      apiVersion: v1
      kind: Namespace
      metadata: {name: shop}
setup:
  - kubectl create deployment web --image=nginx:1.27 -n shop
  - cd /tmp
tasks:
  - id: scale
    title: {en: Scale, zh: 扩容}
    description: {en: Scale web to 2., zh: 扩容到 2。}
    points: 2
    checks:
      - {check: replicasEquals, params: {name: web, namespace: shop, replicas: 2}}
      - {check: historyUsed, params: {command: kubectl scale}}
      - {check: commandOutput, params: {run: pwd, equals: /root}, guard: true}
    solution: [kubectl scale deploy web --replicas=2 -n shop]
`);

describe('startLab', () => {
  it('builds the same starting state every time: cluster shape, manifests, setup, a clean history', () => {
    const a = startLab(LAB, ENV);
    const b = startLab(LAB, ENV);
    if (!a.ok || !b.ok) throw new Error('the lab did not start');
    expect(JSON.stringify(a.sandbox.snapshot())).toBe(JSON.stringify(b.sandbox.snapshot()));
    expect(a.sandbox.seed).toBe(5);
    expect(a.sandbox.run('kubectl get nodes -o custom-columns=NAME:.metadata.name,CPU:.status.capacity.cpu,MEM:.status.capacity.memory').output).toBe(
      'NAME           CPU   MEM\ncontrolplane   2     4015360Ki\nnode01         4     8388608Ki\n',
    );
    expect(a.sandbox.run('kubectl get deploy -n shop').output).toBe('NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    1/1     1            1           7s\n');
    // Setup lines are not the student's: their history starts empty (this line is the first).
    expect(a.sandbox.run('history').output).toBe(
      '    1  kubectl get nodes -o custom-columns=NAME:.metadata.name,CPU:.status.capacity.cpu,MEM:.status.capacity.memory\n    2  kubectl get deploy -n shop\n    3  history\n',
    );
    // The setup's `cd /tmp` stayed in the setup's shell.
    expect(a.sandbox.prompt()).toBe('controlplane:~$ ');
    const other = startLab(LAB, ENV, { seed: 6 });
    expect(other.ok && other.sandbox.seed).toBe(6);
  });

  it('says which manifest or setup line failed', () => {
    const badManifest = { ...LAB, manifests: [{ source: 'content/labs/t/pod.yaml', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: []}\n' }] };
    const badSetup = { ...LAB, setup: ['kubectl get deploy nothing'] };
    expect([startLab(badManifest, ENV), startLab(badSetup, ENV)]).toEqual([
      { ok: false, error: 'creating content/labs/t/pod.yaml failed:\n    The Pod "x" is invalid: spec.containers: Required value' },
      { ok: false, error: 'setup[0] `kubectl get deploy nothing` exited with status 1:\n    Error from server (NotFound): deployments.apps "nothing" not found' },
    ]);
  });
});

describe('grading a sandbox', () => {
  it('reads the history of the sandbox and runs commands in a copy at the control plane', () => {
    const started = startLab(LAB, ENV);
    if (!started.ok) throw new Error(started.error);
    const sandbox = started.sandbox;
    expect(grade(LAB, sandbox, ENV).tasks[0]?.checks.map((c) => c.pass)).toEqual([false, false, true]);
    sandbox.run('kubectl -n shop scale deploy web --replicas=2');
    sandbox.run('ssh node01');
    const after = grade(LAB, sandbox, ENV);
    expect(after.tasks[0]?.checks.map((c) => `${c.pass} ${c.message}`)).toEqual([
      'true deployment/web in shop is set to 2 replicas',
      'true you ran kubectl scale: kubectl -n shop scale deploy web --replicas=2',
      'true `pwd` printed the expected output',
    ]);
    expect(after.earned).toBe(2);
  });

  it('verifies a lab task by task', () => {
    expect(verifyLab(LAB, ENV)).toEqual({ labId: 't', tasks: [{ taskId: 'scale', ok: true, checks: 3, problems: [] }] });
  });
});
