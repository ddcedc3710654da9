/**
 * Graded tasks in the progress database (db.ts store "tasks", key [lab, task]): a lab's saved
 * records and writing one. Like the rest of progress, never throws: without IndexedDB a lab reads
 * as untouched and nothing is saved. Records that do not read (an older site, a damaged import)
 * are skipped (records.ts readTaskRecord).
 */
import { openProgressDb } from './db';
import { readTaskRecord, type TaskRecord } from './records';

export type { TaskRecord, TaskStatus } from './records';

/** The saved records of a lab's tasks, by task id. */
export async function getLabTasks(lab: string): Promise<Map<string, TaskRecord>> {
  const records = new Map<string, TaskRecord>();
  try {
    const database = await openProgressDb();
    for (const raw of (await database?.getAllFromIndex('tasks', 'byLab', lab)) ?? []) {
      const record = readTaskRecord(raw);
      if (record && record.lab === lab) records.set(record.task, record);
    }
  } catch {
    // Nothing saved can be read: the lab shows as untouched.
  }
  return records;
}

/** Saves one task's record (replacing the one before). */
export async function putTaskRecord(record: TaskRecord): Promise<void> {
  try {
    const database = await openProgressDb();
    await database?.put('tasks', record);
  } catch {
    // Progress is best effort: a failed write must not break the lab.
  }
}
