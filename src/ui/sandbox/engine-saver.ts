/**
 * Saving a sandbox (worker side): shortly after each command, and every SAVE_EVERY_MS while the
 * cluster keeps changing on its own (pods starting, restarts). A save is one IndexedDB put of the
 * whole snapshot; a failing store is reported once and then left alone.
 */
import type { Sandbox } from '../../sandbox';
import type { SandboxStore } from './sandbox-store';
import { STORAGE_SCHEMA, type StoredSandbox } from './stored-record';

/** After a command: soon, but after a pasted batch of commands rather than between each. */
export const SAVE_AFTER_COMMAND_MS = 300;
/** While the cluster changes on its own between commands (rarely: after a reload the cluster simply goes on from the last save). */
export const SAVE_EVERY_MS = 60_000;

export interface SaverEnv {
  wallNow(): number;
  wallClock(): number;
  after(ms: number, run: () => void): () => void;
  onSaved(): void;
  onFailed(message: string): void;
}

export class EngineSaver {
  private savedVersion = -1;
  private lastSaveAt = 0;
  private cancelPending: (() => void) | undefined;
  private failed = false;

  constructor(
    private readonly store: SandboxStore | null,
    private readonly id: string,
    private readonly env: SaverEnv,
  ) {
    this.lastSaveAt = env.wallNow();
  }

  /** A command ran: save once things are quiet for a moment. */
  afterCommand(save: () => StoredSandbox | undefined): void {
    this.cancelPending?.();
    this.cancelPending = this.env.after(SAVE_AFTER_COMMAND_MS, () => {
      this.cancelPending = undefined;
      void this.saveNow(save());
    });
  }

  /** Called on every idle tick: saves if the cluster changed and the last save is old enough. */
  tick(sandbox: Sandbox, save: () => StoredSandbox | undefined): void {
    if (this.cancelPending) return;
    if (this.env.wallNow() - this.lastSaveAt < SAVE_EVERY_MS) return;
    if (sandbox.cluster.store.resourceVersion() === this.savedVersion) return;
    void this.saveNow(save());
  }

  async saveNow(record: StoredSandbox | undefined): Promise<void> {
    this.lastSaveAt = this.env.wallNow();
    if (!this.store || !record || this.failed) return;
    try {
      await this.store.save(this.id, record);
      this.env.onSaved();
    } catch (error) {
      this.failed = true;
      this.env.onFailed(error instanceof Error ? error.message : String(error));
    }
  }

  /** Marks the version a record was made from (called by the record builder). */
  made(version: number): void {
    this.savedVersion = version;
  }

  /** Reset: forget the saved cluster (the fresh one is saved after its first command). */
  async forget(): Promise<void> {
    this.cancelPending?.();
    this.cancelPending = undefined;
    this.savedVersion = -1;
    try {
      await this.store?.remove(this.id);
    } catch {
      // Nothing saved, or storage gone: either way nothing to forget.
    }
  }
}

/** The record for `sandbox` now. */
export function recordOf(id: string, sandbox: Sandbox, history: readonly string[], speed: number, paused: boolean, savedAt: number): StoredSandbox {
  return {
    schema: STORAGE_SCHEMA,
    id,
    savedAt,
    seed: sandbox.seed,
    snapshot: JSON.stringify(sandbox.snapshot()),
    history: [...history],
    speed,
    paused,
  };
}
