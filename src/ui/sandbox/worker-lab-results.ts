/**
 * What the worker tells the page about a lab's tasks (protocol.ts `lab-status`, `lab-checked`): the
 * grading of every task, trimmed to plain JSON the page shows — no titles (the page has them from
 * the build), no `found` data (it can be large and the page does not show it).
 */
import type { LabGrade } from '../../grading';

/** One check of a task, as its feedback line shows it. */
export interface CheckOutcome {
  /** The check's name in the library (`deploymentAvailable`). */
  check: string;
  pass: boolean;
  /** The check's own explanation: on a failure, what was expected and what was found. */
  message: string;
  /** A guard holds before the task and must not be broken by it. */
  guard: boolean;
}

export interface TaskResult {
  id: string;
  /** Every check passes. */
  passed: boolean;
  /** Points earned now (partial credit by check weight), of `points`. */
  earned: number;
  points: number;
  checks: CheckOutcome[];
}

export interface LabResults {
  lab: string;
  /** The cluster's time of the grading (virtual ms since the epoch). */
  at: number;
  tasks: TaskResult[];
}

export function labResults(grade: LabGrade, at: number): LabResults {
  return {
    lab: grade.labId,
    at,
    tasks: grade.tasks.map((t) => ({
      id: t.taskId,
      passed: t.passed,
      earned: t.earned,
      points: t.points,
      checks: t.checks.map((c) => ({ check: c.check, pass: c.pass, message: c.message, guard: c.guard })),
    })),
  };
}
