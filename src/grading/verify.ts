/**
 * The proof `kubedojo verify` runs on a lab: from its starting state, task by task in order, the
 * task's checks FAIL before its reference solution (guard checks excepted), every solution line
 * exits with status 0, and after the cluster settles every check PASSES. The next task starts
 * from the state the previous solution left.
 */
import { gradeTask, viewOf, type CheckGrade } from './grade';
import type { Lab } from './schema';
import type { GradingEnv, LabSandbox } from './sandbox';
import { settle, startLab } from './start';

export interface TaskVerdict {
  taskId: string;
  ok: boolean;
  /** How many checks the task has. */
  checks: number;
  /** Why it is not ok, one problem a line. */
  problems: string[];
}

export interface LabVerdict {
  labId: string;
  /** Why the starting state could not be built (then there are no task verdicts). */
  startError?: string;
  tasks: TaskVerdict[];
}

const name = (c: CheckGrade, i: number) => `checks[${i}] ${c.check}`;
const indent = (text: string) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');

export function verifyLab<S extends LabSandbox>(lab: Lab, env: GradingEnv<S>): LabVerdict {
  const started = startLab(lab, env);
  if (!started.ok) return { labId: lab.id, startError: started.error, tasks: [] };
  const sandbox = started.sandbox;
  const tasks = lab.tasks.map((task): TaskVerdict => {
    const problems: string[] = [];
    const before = gradeTask(task, viewOf(sandbox, env), env.checks);
    before.checks.forEach((c, i) => {
      if (c.pass && !c.guard) problems.push(`${name(c, i)} already passes before the solution: ${c.message} (make it fail on the starting state, or mark it guard: true)`);
    });
    if (before.passed && problems.length === 0) problems.push('every check already passes before the solution: the task asks for nothing');
    for (const [i, line] of task.solution.entries()) {
      const r = sandbox.run(line);
      if (r.exitCode !== 0 || r.closed) {
        problems.push(`solution[${i}] \`${line}\` exited with status ${r.exitCode}${r.output ? `:\n${indent(r.output)}` : ''}`);
        break;
      }
    }
    settle(sandbox.cluster);
    const after = gradeTask(task, viewOf(sandbox, env), env.checks);
    after.checks.forEach((c, i) => {
      if (!c.pass) problems.push(`${name(c, i)} fails after the solution: ${c.message}`);
    });
    return { taskId: task.id, ok: problems.length === 0, checks: task.checks.length, problems };
  });
  return { labId: lab.id, tasks };
}
