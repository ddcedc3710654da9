/**
 * Merging imported progress into the progress already in the browser: for every key the better
 * of the two records is kept, so an import never loses what the learner has. Pure: the page
 * writes `put` in one transaction.
 */
import type { LessonRecord } from './record';
import type { QuizRecord, TaskRecord } from './records';
import type { ProgressData, StoreCounts } from './transfer';

/** Visited if either was; the task counts of the record with more tasks done. */
export function mergeLesson(current: LessonRecord, incoming: LessonRecord): LessonRecord {
  const tasks =
    incoming.tasksDone > current.tasksDone || (incoming.tasksDone === current.tasksDone && incoming.tasksTotal > current.tasksTotal)
      ? incoming
      : current;
  return { slug: current.slug, visited: current.visited || incoming.visited, tasksDone: tasks.tasksDone, tasksTotal: tasks.tasksTotal };
}

const STATUS_RANK = { open: 0, helped: 1, passed: 2 } as const;

/** Passed alone beats passed with help beats open; then more points, fewer hints, the later. */
export function mergeTask(current: TaskRecord, incoming: TaskRecord): TaskRecord {
  const order =
    STATUS_RANK[incoming.status] - STATUS_RANK[current.status] ||
    incoming.points - current.points ||
    current.hintsShown - incoming.hintsShown ||
    Number(current.solutionShown) - Number(incoming.solutionShown) ||
    incoming.updated.localeCompare(current.updated);
  return order > 0 ? incoming : current;
}

/** The higher share of right answers; then the later. */
export function mergeQuiz(current: QuizRecord, incoming: QuizRecord): QuizRecord {
  const share = (r: QuizRecord) => (r.total === 0 ? 0 : r.correct / r.total);
  const order = share(incoming) - share(current) || incoming.correct - current.correct || incoming.updated.localeCompare(current.updated);
  return order > 0 ? incoming : current;
}

export interface ImportPlan {
  /** Records to write (new, or better than what is there). */
  put: ProgressData;
  /** Records of the file that were taken, per store. */
  taken: StoreCounts;
  /** Records of the file that changed nothing: the browser already had as much or more. */
  kept: StoreCounts;
}

function plan<T>(current: readonly T[], incoming: readonly T[], key: (r: T) => string, merge: (a: T, b: T) => T): { put: T[]; taken: number; kept: number } {
  const have = new Map(current.map((r) => [key(r), r] as const));
  const changed = new Map<string, T>();
  let taken = 0;
  let kept = 0;
  for (const record of incoming) {
    const k = key(record);
    const before = changed.get(k) ?? have.get(k);
    const after = before === undefined ? record : merge(before, record);
    if (before !== undefined && JSON.stringify(after) === JSON.stringify(before)) {
      kept++;
      continue;
    }
    taken++;
    changed.set(k, after);
  }
  return { put: [...changed.values()], taken, kept };
}

/** What importing `incoming` into `current` writes, and how many records of the file it took. */
export function planImport(current: ProgressData, incoming: ProgressData): ImportPlan {
  const lessons = plan(current.lessons, incoming.lessons, (r) => r.slug, mergeLesson);
  const tasks = plan(current.tasks, incoming.tasks, (r) => JSON.stringify([r.lab, r.task]), mergeTask);
  const quizzes = plan(current.quizzes, incoming.quizzes, (r) => r.quiz, mergeQuiz);
  return {
    put: { lessons: lessons.put, tasks: tasks.put, quizzes: quizzes.put },
    taken: { lessons: lessons.taken, tasks: tasks.taken, quizzes: quizzes.taken },
    kept: { lessons: lessons.kept, tasks: tasks.kept, quizzes: quizzes.kept },
  };
}
