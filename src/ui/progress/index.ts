/**
 * Lesson progress in the browser (IndexedDB through idb), keyed by the lesson's slug
 * "<chapter>/<lesson>" — the same for both languages. The whole API:
 *
 *   getLessonProgress(slug)          → { visited, tasksDone, tasksTotal }
 *   getAllLessonProgress()           → Map of slug → progress, for the course map
 *   markLessonVisited(slug)          the lesson page does this when opened
 *   setLessonTasks(slug, done, total) for the grading work: how many tasks pass
 *
 * Never throws: without IndexedDB (some private windows) reads give "no progress" and writes do
 * nothing, so progress is a nicety that cannot break a page.
 */
import { openProgressDb as open } from './db';
import { NO_PROGRESS, readProgress, type LessonProgress } from './record';

export type { LessonProgress } from './record';

const STORE = 'lessons';

export async function getLessonProgress(slug: string): Promise<LessonProgress> {
  try {
    const database = await open();
    return readProgress(await database?.get(STORE, slug));
  } catch {
    return { ...NO_PROGRESS };
  }
}

export async function getAllLessonProgress(): Promise<Map<string, LessonProgress>> {
  const all = new Map<string, LessonProgress>();
  try {
    const database = await open();
    for (const record of (await database?.getAll(STORE)) ?? []) {
      if (typeof record?.slug === 'string') all.set(record.slug, readProgress(record));
    }
  } catch {
    // No progress to show: the slots stay "not started".
  }
  return all;
}

async function update(slug: string, change: (current: LessonProgress) => LessonProgress): Promise<void> {
  try {
    const database = await open();
    if (!database) return;
    const tx = database.transaction(STORE, 'readwrite');
    const current = readProgress(await tx.store.get(slug));
    await tx.store.put({ slug, ...change(current) });
    await tx.done;
  } catch {
    // Progress is best effort: a failed write must not break the lesson.
  }
}

export function markLessonVisited(slug: string): Promise<void> {
  return update(slug, (current) => ({ ...current, visited: true }));
}

export function setLessonTasks(slug: string, tasksDone: number, tasksTotal: number): Promise<void> {
  return update(slug, (current) => readProgress({ ...current, tasksDone, tasksTotal }));
}
