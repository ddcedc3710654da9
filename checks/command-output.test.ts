import { describe, expect, it } from 'vitest';
import { gradingView } from '../src/grading';
import { createSandbox, restoreSandbox } from '../src/sandbox';
import { commandOutput } from './command-output';
import { goldenResults } from './testing';

describe('commandOutput', () => {
  const sandbox = createSandbox();
  sandbox.run('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  sandbox.run('kubectl rollout status deployment/web');
  sandbox.run('ssh node01');
  let copies = 0;
  const view = gradingView(sandbox.cluster, {
    runInCopy: (line) => {
      copies++;
      return restoreSandbox({ ...sandbox.snapshot(), sessions: [] }).run(line);
    },
  });

  it('runs a line in a copy of the sandbox and compares its output', async () => {
    const text = goldenResults(commandOutput, view, {
      equals: { run: "kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}'", equals: 'nginx:1.27' },
      'equals, not met': { run: 'kubectl get deploy web -o jsonpath={.spec.replicas}', equals: '3' },
      matches: { run: 'kubectl get deploy web', matches: '^web +2/2' },
      'matches, not met': { run: 'kubectl get deploy web', matches: '^web +3/3' },
      lines: { run: 'kubectl get pods --no-headers', lines: 2 },
      'lines, not met': { run: 'kubectl get pods --no-headers', lines: 3 },
      'exit status': { run: 'kubectl get deploy api', exitCode: 0, lines: 0 },
      'no output': { run: 'true', equals: 'x' },
      'long output': { run: 'seq 1 20', lines: 3 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/command-output.txt');
    expect(copies).toBe(9);
    // The student is still where they were, and nothing ran in their shell.
    expect(sandbox.location()).toEqual({ kind: 'host', machine: 'node01' });
    expect(sandbox.machines.find((m) => m.name === 'controlplane')?.history).toEqual(['kubectl create deployment web --image=nginx:1.27 --replicas=2', 'kubectl rollout status deployment/web', 'ssh node01']);
  });

  it('fails plainly without a sandbox behind the view', () => {
    const parsed = commandOutput.params.parse({ run: 'true', lines: 0 });
    expect(commandOutput.run(gradingView(sandbox.cluster), parsed)).toEqual({
      pass: false,
      message: 'this check needs the sandbox to run a command, and grading was given only a view of the cluster',
    });
  });
});
