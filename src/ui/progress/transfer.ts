/**
 * Progress as a file: every record of the three stores of db.ts (lessons, tasks, quizzes) in one
 * JSON document with a format tag and a version, and reading such a file back. Pure: the page
 * (src/ui/home/progress-transfer.ts) reads the database, downloads, and writes what merge.ts plans.
 *
 *   { "format": "kubedojo-progress", "version": 1, "exported": "2026-…Z",
 *     "lessons": [LessonRecord…], "tasks": [TaskRecord…], "quizzes": [QuizRecord…] }
 */
import { readLessonRecord, type LessonRecord } from './record';
import { readQuizRecord, readTaskRecord, type QuizRecord, type TaskRecord } from './records';

export const PROGRESS_FORMAT = 'kubedojo-progress';
/** Raise when the document changes shape; a file of a newer version is refused, not half-read. */
export const PROGRESS_VERSION = 1;

export interface ProgressData {
  lessons: LessonRecord[];
  tasks: TaskRecord[];
  quizzes: QuizRecord[];
}

export interface ProgressDocument extends ProgressData {
  format: typeof PROGRESS_FORMAT;
  version: number;
  /** ISO time of the export. */
  exported: string;
}

/** Records per store. */
export interface StoreCounts {
  lessons: number;
  tasks: number;
  quizzes: number;
}

export const STORES = ['lessons', 'tasks', 'quizzes'] as const;
export type StoreName = (typeof STORES)[number];

/** The stores as read from the database: anything, since stored data may be damaged. */
export type RawStores = Record<StoreName, readonly unknown[]>;

const READERS = {
  lessons: readLessonRecord,
  tasks: readTaskRecord,
  quizzes: readQuizRecord,
} satisfies Record<StoreName, (raw: unknown) => unknown>;

/** Every record that reads back, and how many did not. */
export function readStores(raw: RawStores): { data: ProgressData; skipped: StoreCounts } {
  const keep = <T>(items: readonly unknown[], read: (raw: unknown) => T | undefined): T[] =>
    items.map(read).filter((r): r is T => r !== undefined);
  const data: ProgressData = {
    lessons: keep(raw.lessons, READERS.lessons),
    tasks: keep(raw.tasks, READERS.tasks),
    quizzes: keep(raw.quizzes, READERS.quizzes),
  };
  const skipped = {
    lessons: raw.lessons.length - data.lessons.length,
    tasks: raw.tasks.length - data.tasks.length,
    quizzes: raw.quizzes.length - data.quizzes.length,
  };
  return { data, skipped };
}

/** The document to download; damaged stored records are left out. */
export function buildProgressDocument(stored: RawStores, exported: string): ProgressDocument {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exported, ...readStores(stored).data };
}

/** The document as the file's text (indented: people may look into it). */
export function progressFileText(document: ProgressDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** kubedojo-progress-2026-11-24.json, from the export time. */
export function progressFileName(exported: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(exported)?.[0];
  return day ? `${PROGRESS_FORMAT}-${day}.json` : `${PROGRESS_FORMAT}.json`;
}

/**
 * Why a file cannot be imported: json — not JSON (damaged or cut short); format — JSON, but not a
 * Kubedojo progress file; newer — written by a newer version of the site.
 */
export type ReadProblem = { problem: 'json' } | { problem: 'format' } | { problem: 'newer'; version: number };

export type ReadDocument = { data: ProgressData; skipped: StoreCounts } | ReadProblem;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file's text as progress; each record is read by its store's reader and skipped if it fails. */
export function readProgressDocument(text: string): ReadDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'json' };
  }
  if (!isObject(parsed) || parsed['format'] !== PROGRESS_FORMAT) return { problem: 'format' };
  const version = parsed['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { problem: 'format' };
  if (version > PROGRESS_VERSION) return { problem: 'newer', version };
  const stores: Partial<Record<StoreName, unknown[]>> = {};
  for (const store of STORES) {
    const items = parsed[store] ?? [];
    // A store that is not a list means the file was edited into something else.
    if (!Array.isArray(items)) return { problem: 'format' };
    stores[store] = items;
  }
  return readStores({ lessons: stores.lessons ?? [], tasks: stores.tasks ?? [], quizzes: stores.quizzes ?? [] });
}
