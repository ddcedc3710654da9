/**
 * The progress database (IndexedDB through idb): one database for everything a learner earns, so
 * export/import can move it as one file. Stores:
 *   lessons  key slug "<chapter>/<lesson>"   LessonRecord (visited, tasks done/total)
 *   tasks    key [lab, task]                 TaskRecord (status, hints shown, points)
 *   quizzes  key quiz                        QuizRecord (answers given, score)
 * Opening never throws: without IndexedDB (some private windows) it gives null and callers read
 * "no progress" and write nothing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LessonRecord } from './record';
import type { QuizRecord, TaskRecord } from './records';

export const DB_NAME = 'kubedojo-progress';
/** 1: lessons; 2: tasks and quizzes. */
export const DB_VERSION = 2;

export interface ProgressDb extends DBSchema {
  lessons: { key: string; value: LessonRecord };
  tasks: { key: [string, string]; value: TaskRecord; indexes: { byLab: string } };
  quizzes: { key: string; value: QuizRecord };
}

let db: Promise<IDBPDatabase<ProgressDb> | null> | undefined;

export function openProgressDb(): Promise<IDBPDatabase<ProgressDb> | null> {
  db ??= openDB<ProgressDb>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('lessons', { keyPath: 'slug' });
      if (oldVersion < 2) {
        const tasks = database.createObjectStore('tasks', { keyPath: ['lab', 'task'] });
        tasks.createIndex('byLab', 'lab');
        database.createObjectStore('quizzes', { keyPath: 'quiz' });
      }
    },
  }).catch(() => null);
  return db;
}
