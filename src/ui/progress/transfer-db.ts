/**
 * The database side of export and import (transfer.ts and merge.ts are the pure parts): read the
 * three stores as they are, and merge a file's records in — in one transaction, so an import that
 * fails half-way writes nothing.
 */
import { openProgressDb } from './db';
import { planImport, type ImportPlan } from './merge';
import { readStores, type ProgressData, type RawStores } from './transfer';

/** Every stored record, unread (transfer.ts reads them); null without IndexedDB. */
export async function readAllStores(): Promise<RawStores | null> {
  const database = await openProgressDb();
  if (!database) return null;
  const tx = database.transaction(['lessons', 'tasks', 'quizzes'], 'readonly');
  const [lessons, tasks, quizzes] = await Promise.all([
    tx.objectStore('lessons').getAll(),
    tx.objectStore('tasks').getAll(),
    tx.objectStore('quizzes').getAll(),
  ]);
  await tx.done;
  return { lessons, tasks, quizzes };
}

export type ImportOutcome = { plan: ImportPlan } | { failed: 'no-database' | 'write' };

/** Merges `incoming` into the stored progress (the better record of each key wins). */
export async function importProgress(incoming: ProgressData): Promise<ImportOutcome> {
  const database = await openProgressDb();
  if (!database) return { failed: 'no-database' };
  try {
    const tx = database.transaction(['lessons', 'tasks', 'quizzes'], 'readwrite');
    const [lessons, tasks, quizzes] = await Promise.all([
      tx.objectStore('lessons').getAll(),
      tx.objectStore('tasks').getAll(),
      tx.objectStore('quizzes').getAll(),
    ]);
    const plan = planImport(readStores({ lessons, tasks, quizzes }).data, incoming);
    await Promise.all([
      ...plan.put.lessons.map((r) => tx.objectStore('lessons').put(r)),
      ...plan.put.tasks.map((r) => tx.objectStore('tasks').put(r)),
      ...plan.put.quizzes.map((r) => tx.objectStore('quizzes').put(r)),
      tx.done,
    ]);
    return { plan };
  } catch {
    return { failed: 'write' };
  }
}
