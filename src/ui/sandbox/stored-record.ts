/**
 * What a sandbox saves (one record per sandbox id) and how a record read back is checked. The
 * snapshot is kept as JSON text: cheap to store, and a damaged one fails to parse instead of
 * half-restoring. `schema` versions the record itself; the snapshot inside has its own format and
 * version, checked by restoreSandbox.
 */
export const STORAGE_SCHEMA = 1;

export interface StoredSandbox {
  schema: typeof STORAGE_SCHEMA;
  id: string;
  /** Real time of the save (Date.now), for the learner's information only: it does not move the cluster. */
  savedAt: number;
  seed: number;
  /** `JSON.stringify(sandbox.snapshot())`: cluster, machines (files, bash history), shell sessions. */
  snapshot: string;
  /** The terminal's history (↑, Ctrl-R). */
  history: string[];
  /** The speed controls as the learner left them. */
  speed: number;
  paused: boolean;
}

export type RecordCheck = { ok: true; record: StoredSandbox } | { ok: false; reason: string };

/** Whether `raw` (anything read from storage) is a record this version can use. */
export function checkRecord(raw: unknown, id: string): RecordCheck {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not an object' };
  const r = raw as Record<string, unknown>;
  if (r['schema'] !== STORAGE_SCHEMA) return { ok: false, reason: `unknown schema ${JSON.stringify(r['schema'])}` };
  if (r['id'] !== id) return { ok: false, reason: `saved for another sandbox (${String(r['id'])})` };
  if (typeof r['snapshot'] !== 'string') return { ok: false, reason: 'no snapshot' };
  if (typeof r['seed'] !== 'number') return { ok: false, reason: 'no seed' };
  const history = Array.isArray(r['history']) ? r['history'].filter((h): h is string => typeof h === 'string') : [];
  const speed = typeof r['speed'] === 'number' && r['speed'] > 0 ? r['speed'] : 1;
  return {
    ok: true,
    record: {
      schema: STORAGE_SCHEMA,
      id,
      savedAt: typeof r['savedAt'] === 'number' ? r['savedAt'] : 0,
      seed: r['seed'],
      snapshot: r['snapshot'],
      history,
      speed,
      paused: r['paused'] === true,
    },
  };
}

/** The key a record that could not be used is kept under, so nothing the learner made is thrown away. */
export function corruptKey(id: string, time: number): string {
  return `corrupt-${new Date(time).toISOString()}/${id}`;
}
