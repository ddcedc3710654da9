/**
 * Where each task of a lab stands, from what is saved (progress/records.ts TaskRecord) and what the
 * worker's latest grading says (worker-lab-results.ts) — pure, so the rules are tested without a
 * browser:
 *
 * - A task is done once its checks have all passed: the record becomes `passed` (or `helped` when
 *   the solution had been shown) and stays so, even if the cluster later changes (a later task
 *   scales the Deployment the first one created); the page then notes the change.
 * - Before that, the task is "to do", or "not yet" once the learner has pressed Check for it.
 * - Points: a done task earns all its points. An open task shows partial credit (by check weight)
 *   only once checked: before, it is noise — a check of a later task often passes by the state an
 *   earlier task left (the rollback's image is the one the first task created) — so it counts 0.
 */
import type { TaskRecord } from '../progress/records';
import type { TaskResult } from '../sandbox/worker-lab-results';
import type { TaskMeta } from './lab-view';

export type ShownStatus = 'todo' | 'failing' | 'passed' | 'helped';

export interface RecordContext {
  lab: string;
  /** The lesson "<chapter>/<lesson>" the lab is part of. */
  lesson: string;
  /** ISO time of the change. */
  now: string;
}

export interface TaskState {
  status: ShownStatus;
  earned: number;
  points: number;
  hintsShown: number;
  solutionShown: boolean;
  /** Done, but the checks do not pass any more. */
  changedSince: boolean;
}

export interface LabTotals {
  earned: number;
  points: number;
  done: number;
  total: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const isDone = (record: TaskRecord | undefined) => record?.status === 'passed' || record?.status === 'helped';

export function emptyRecord(meta: TaskMeta, ctx: RecordContext): TaskRecord {
  return { lab: ctx.lab, task: meta.id, lesson: ctx.lesson, status: 'open', hintsShown: 0, solutionShown: false, points: 0, maxPoints: meta.points, updated: ctx.now };
}

/** The record after a grading: a first pass is saved; anything else leaves the record as it is (undefined). */
export function recordAfterResult(meta: TaskMeta, record: TaskRecord | undefined, result: TaskResult, ctx: RecordContext): TaskRecord | undefined {
  if (isDone(record) || !result.passed) return undefined;
  const current = record ?? emptyRecord(meta, ctx);
  return { ...current, lesson: ctx.lesson, status: current.solutionShown ? 'helped' : 'passed', points: meta.points, maxPoints: meta.points, updated: ctx.now };
}

/** The record after the learner opened the next hint. */
export function recordAfterHint(meta: TaskMeta, record: TaskRecord | undefined, ctx: RecordContext): TaskRecord {
  const current = record ?? emptyRecord(meta, ctx);
  return { ...current, hintsShown: Math.min(meta.hints, current.hintsShown + 1), updated: ctx.now };
}

/** The record after the learner confirmed they want the solution: a pass from now on is "with help". */
export function recordAfterSolution(meta: TaskMeta, record: TaskRecord | undefined, ctx: RecordContext): TaskRecord {
  const current = record ?? emptyRecord(meta, ctx);
  return { ...current, solutionShown: true, updated: ctx.now };
}

/** What the page shows for a task. `checked`: the learner pressed Check for it on this page. */
export function taskState(meta: TaskMeta, record: TaskRecord | undefined, live: TaskResult | undefined, checked: boolean): TaskState {
  const base = { points: meta.points, hintsShown: Math.min(meta.hints, record?.hintsShown ?? 0), solutionShown: record?.solutionShown ?? false };
  if (isDone(record)) {
    return { ...base, status: record?.status === 'helped' ? 'helped' : 'passed', earned: meta.points, changedSince: live !== undefined && !live.passed };
  }
  if (live?.passed) return { ...base, status: base.solutionShown ? 'helped' : 'passed', earned: meta.points, changedSince: false };
  if (!checked || !live) return { ...base, status: 'todo', earned: 0, changedSince: false };
  return { ...base, status: 'failing', earned: Math.min(meta.points, Math.max(0, round2(live.earned))), changedSince: false };
}

export function labTotals(states: readonly TaskState[]): LabTotals {
  return {
    earned: round2(states.reduce((sum, s) => sum + s.earned, 0)),
    points: states.reduce((sum, s) => sum + s.points, 0),
    done: states.filter((s) => s.status === 'passed' || s.status === 'helped').length,
    total: states.length,
  };
}
