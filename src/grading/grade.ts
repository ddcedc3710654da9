/**
 * Grading a lab: every check of every task against one view of the cluster, points by check
 * weight (a task whose checks pass half by weight earns half its points). Pure reads: grading never
 * changes the student's sandbox. Results are plain JSON (they cross the Web Worker boundary).
 */
import type { CheckRef, Lab, LabTask, LocalizedText } from './schema';
import { gradingView } from './view';
import { sandboxHistory, type GradingEnv, type LabSandbox } from './sandbox';
import type { CheckLibrary, CheckResult, GradingView } from './types';

/**
 * Where a task stands for the student. grade() only says 'passed' or 'failed'; 'todo' (never
 * checked) and 'solved-with-help' (passed after the solution was shown) are the UI's to set.
 */
export type TaskStatus = 'todo' | 'passed' | 'failed' | 'solved-with-help';

export interface CheckGrade extends CheckResult {
  /** The check's name in the library. */
  check: string;
  weight: number;
  guard: boolean;
}

export interface TaskGrade {
  taskId: string;
  title: LocalizedText;
  /** The points the task is worth. */
  points: number;
  /**
   * The points earned: `points` × (weight of passing checks ÷ weight of all checks), to 2 decimals;
   * guard checks count only when a non-guard check passes.
   */
  earned: number;
  /** Every check passed. */
  passed: boolean;
  status: TaskStatus;
  checks: CheckGrade[];
}

export interface LabGrade {
  labId: string;
  points: number;
  earned: number;
  /** Every task passed. */
  passed: boolean;
  tasks: TaskGrade[];
}

/** What can be graded: a sandbox (with its history and a copy for commandOutput) or a ready view. */
export type GradeTarget<S extends LabSandbox> = S | GradingView;

/** The checks, and for a sandbox target the copy function (see GradingEnv). */
export type GradeEnv<S extends LabSandbox> = Pick<GradingEnv<S>, 'checks'> & Partial<Pick<GradingEnv<S>, 'copySandbox'>>;

const round2 = (n: number) => Math.round(n * 100) / 100;

function isView<S extends LabSandbox>(target: GradeTarget<S>): target is GradingView {
  return !(typeof (target as LabSandbox).run === 'function' && 'cluster' in target);
}

/**
 * The view checks read: `target` itself, or one built over the sandbox. `history` defaults to the
 * sandbox's shell history (every machine's, the control plane's first).
 */
export function viewOf<S extends LabSandbox>(target: GradeTarget<S>, env: GradeEnv<S>, history?: readonly string[]): GradingView {
  if (isView(target)) return history ? { ...target, history } : target;
  const copy = env.copySandbox;
  const controlPlane = target.cluster.config.nodes.find((n) => n.controlPlane)?.name ?? '';
  return gradingView(target.cluster, {
    history: history ?? sandboxHistory(target, controlPlane),
    ...(copy
      ? {
          runInCopy: (line: string) => {
            const r = copy(target).run(line);
            return { output: r.output, exitCode: r.exitCode };
          },
        }
      : {}),
  });
}

/** One check against the view; an unknown check or bad params fail with an authoring message. */
export function runCheck(ref: CheckRef, view: GradingView, checks: CheckLibrary): CheckGrade {
  const base = { check: ref.check, weight: ref.weight, guard: ref.guard };
  const definition = checks[ref.check];
  if (!definition) return { ...base, pass: false, message: `unknown check "${ref.check}" (a mistake in the lab, not yours)` };
  const params = definition.params.safeParse(ref.params);
  if (!params.success) return { ...base, pass: false, message: `the lab gives ${ref.check} invalid params (a mistake in the lab, not yours): ${params.error.issues[0]?.message ?? ''}` };
  try {
    return { ...base, ...definition.run(view, params.data) };
  } catch (e) {
    // Checks return values; a throw is a bug in a check, reported rather than breaking the page.
    return { ...base, pass: false, message: `internal error in check ${ref.check}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Grades one task on a view. */
export function gradeTask(task: LabTask, view: GradingView, checks: CheckLibrary): TaskGrade {
  const results = task.checks.map((ref) => runCheck(ref, view, checks));
  const total = results.reduce((sum, r) => sum + r.weight, 0);
  // A guard (something the task must not break) holds before any work is done: it earns its share
  // only once one of the task's own checks passes, so doing nothing earns nothing.
  const started = results.some((r) => r.pass && !r.guard);
  const earnedWeight = results.reduce((sum, r) => sum + (r.pass && started ? r.weight : 0), 0);
  const passed = results.every((r) => r.pass);
  return {
    taskId: task.id,
    title: task.title,
    points: task.points,
    earned: passed ? task.points : total > 0 ? round2((task.points * earnedWeight) / total) : 0,
    passed,
    status: passed ? 'passed' : 'failed',
    checks: results,
  };
}

/** Every task of the lab, graded on the same moment of the cluster. */
export function grade<S extends LabSandbox>(lab: Lab, target: GradeTarget<S>, env: GradeEnv<S>, history?: readonly string[]): LabGrade {
  const view = viewOf(target, env, history);
  const tasks = lab.tasks.map((task) => gradeTask(task, view, env.checks));
  return {
    labId: lab.id,
    points: tasks.reduce((sum, t) => sum + t.points, 0),
    earned: round2(tasks.reduce((sum, t) => sum + t.earned, 0)),
    passed: tasks.every((t) => t.passed),
    tasks,
  };
}

/** One task (the UI's "Check" button); undefined when the lab has no task `taskId`. */
export function checkTask<S extends LabSandbox>(lab: Lab, taskId: string, target: GradeTarget<S>, env: GradeEnv<S>, history?: readonly string[]): TaskGrade | undefined {
  const task = lab.tasks.find((t) => t.id === taskId);
  return task ? gradeTask(task, viewOf(target, env, history), env.checks) : undefined;
}
