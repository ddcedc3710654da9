/**
 * What the site remembers about graded tasks and quizzes, and how stored values are read back.
 * Stored data may come from an older site or an imported file: anything that does not fit reads
 * as "nothing yet" (undefined), never as an error.
 */

/** open: not passed yet; passed: by the learner alone; helped: passed after the solution was shown. */
export type TaskStatus = 'open' | 'passed' | 'helped';

export interface TaskRecord {
  /** Lab id (content/labs/<id>.yaml). */
  lab: string;
  /** Task id within the lab. */
  task: string;
  /** The lesson the lab is part of, "<chapter>/<lesson>". */
  lesson: string;
  status: TaskStatus;
  /** How many hints the learner has opened (they open one at a time). */
  hintsShown: number;
  solutionShown: boolean;
  /** Points earned at the last grading, and the task's maximum. */
  points: number;
  maxPoints: number;
  /** ISO time of the last change (real time of the learner's machine). */
  updated: string;
}

export interface QuizRecord {
  /** Quiz id (content/quizzes/<id>.yaml). */
  quiz: string;
  lesson: string;
  /** Question id → the chosen option ids (one for single choice). */
  answers: Record<string, string[]>;
  /** Questions answered right, of how many. */
  correct: number;
  total: number;
  updated: string;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readTaskRecord(raw: unknown): TaskRecord | undefined {
  if (!isObject(raw)) return undefined;
  const { lab, task, lesson, status, hintsShown, solutionShown, points, maxPoints, updated } = raw;
  if (!isString(lab) || !isString(task) || !isString(lesson)) return undefined;
  if (status !== 'open' && status !== 'passed' && status !== 'helped') return undefined;
  if (!isCount(hintsShown) || typeof solutionShown !== 'boolean') return undefined;
  if (typeof points !== 'number' || !isCount(maxPoints) || points < 0 || points > maxPoints) return undefined;
  if (typeof updated !== 'string') return undefined;
  return { lab, task, lesson, status, hintsShown, solutionShown, points, maxPoints, updated };
}

export function readQuizRecord(raw: unknown): QuizRecord | undefined {
  if (!isObject(raw)) return undefined;
  const { quiz, lesson, answers, correct, total, updated } = raw;
  if (!isString(quiz) || !isString(lesson) || !isObject(answers)) return undefined;
  if (!isCount(correct) || !isCount(total) || correct > total || typeof updated !== 'string') return undefined;
  const read: Record<string, string[]> = {};
  for (const [question, chosen] of Object.entries(answers)) {
    if (!Array.isArray(chosen) || !chosen.every(isString)) return undefined;
    read[question] = [...chosen];
  }
  return { quiz, lesson, answers: read, correct, total, updated };
}
