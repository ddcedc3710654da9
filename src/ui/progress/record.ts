/**
 * What the site remembers about one lesson, and how a stored record is read back. Stored data may
 * come from an older version of the site or be damaged: anything that does not fit reads as
 * "nothing yet", never as an error.
 */
export interface LessonProgress {
  /** The lesson page has been opened at least once. */
  visited: boolean;
  /** Graded tasks of the lesson passed so far (0 until the grading work records some). */
  tasksDone: number;
  /** Graded tasks the lesson has (0: a lesson without tasks). */
  tasksTotal: number;
}

/** As stored in IndexedDB (store "lessons", key "slug"). */
export interface LessonRecord extends LessonProgress {
  slug: string;
}

export const NO_PROGRESS: LessonProgress = { visited: false, tasksDone: 0, tasksTotal: 0 };

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;

/** A stored value as progress; unknown shapes read as no progress. */
export function readProgress(raw: unknown): LessonProgress {
  if (typeof raw !== 'object' || raw === null) return { ...NO_PROGRESS };
  const record = raw as Record<string, unknown>;
  const tasksTotal = count(record['tasksTotal']);
  return {
    visited: record['visited'] === true,
    tasksDone: Math.min(count(record['tasksDone']), tasksTotal),
    tasksTotal,
  };
}

/**
 * A lesson record as an imported file holds it, read strictly: undefined unless every field has
 * its type (a slug "<chapter>/<lesson>", visited, and task counts with done ≤ total).
 */
export function readLessonRecord(raw: unknown): LessonRecord | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { slug, visited, tasksDone, tasksTotal } = raw as Record<string, unknown>;
  if (typeof slug !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(slug) || typeof visited !== 'boolean') return undefined;
  const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!isCount(tasksDone) || !isCount(tasksTotal) || tasksDone > tasksTotal) return undefined;
  return { slug, visited, tasksDone, tasksTotal };
}
