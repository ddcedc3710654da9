/**
 * Where sandboxes are saved: IndexedDB (database `kubedojo-sandboxes`, one object store keyed by
 * sandbox id), opened from the worker. A memory store with the same interface serves tests and
 * pages where IndexedDB is missing or refused.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { StoredSandbox } from './stored-record';

export interface SandboxStore {
  /** The raw value under `key` (unchecked: storage may hold anything), or undefined. */
  load(key: string): Promise<unknown>;
  save(key: string, record: StoredSandbox | unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export const DB_NAME = 'kubedojo-sandboxes';
/** Version of the database layout (object stores), not of the records: see STORAGE_SCHEMA. */
const DB_VERSION = 1;
const STORE = 'sandboxes';

export async function openIndexedDbStore(): Promise<SandboxStore> {
  const db: IDBPDatabase = await openDB(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE);
    },
  });
  return {
    load: (key) => db.get(STORE, key),
    save: async (key, record) => {
      await db.put(STORE, record, key);
    },
    remove: (key) => db.delete(STORE, key),
  };
}

export function memoryStore(initial: Record<string, unknown> = {}): SandboxStore & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    load: async (key) => structuredClone(data.get(key)),
    save: async (key, record) => {
      data.set(key, structuredClone(record));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}
