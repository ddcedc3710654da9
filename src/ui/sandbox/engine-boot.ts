/**
 * Getting a sandbox's cluster at page load (worker side), in order of preference:
 *   1. the learner's own, saved after their last command (restored exactly: same names, same
 *      cluster time — the cluster's clock does not move while the page is closed);
 *   2. a fresh one from the pre-booted snapshot of its seed, built with the site (a restore takes
 *      ~20 ms where booting takes ~0.5–1 s);
 *   3. a fresh one booted here.
 * A saved record that cannot be used is kept under a `corrupt-<time>/<id>` key and reported.
 */
// The modules themselves, not the folder's index: the index also exports completion, which would
// bring the commands (command-source.ts) into the engine the prompt waits for.
import { restoreSandbox, type Sandbox } from '../../sandbox/sandbox';
import { runSandboxScript } from '../../sandbox/transcript';
import type { SandboxOptions, SandboxSnapshot } from '../../sandbox/types';
import { restoreNeedsBoot } from '../../sim/bootstrap/restore-needs';
import { loadBootParts, loadEngineParts } from './engine-parts';
import type { NoticeKind, Origin } from './protocol';
import type { SandboxStore } from './sandbox-store';
import { checkRecord, corruptKey, type StoredSandbox } from './stored-record';

export type HostOptions = Omit<SandboxOptions, 'seed' | 'clusterConfig'>;

export interface BootRequest {
  id: string;
  seed: number;
  fixture: string;
  bootUrl: string;
  store: SandboxStore | null;
  /** The text at `url`, or undefined when it cannot be fetched. */
  fetchText: (url: string) => Promise<string | undefined>;
  options: HostOptions;
  /** Real time, for the corrupt-record key. */
  wallClock: () => number;
  /** Runs `work` with waits in virtual time (a fixture must not take real time). */
  virtually: <T>(work: () => T) => T;
  /** Boots a fresh cluster when there is no pre-booted one (a lab's starting state); default: createSandbox. */
  boot?: () => Sandbox | Promise<Sandbox>;
}

export interface Booted {
  sandbox: Sandbox;
  origin: Origin;
  record?: StoredSandbox;
  notices: { kind: NoticeKind; detail: string }[];
}

export async function bootSandbox(request: BootRequest): Promise<Booted> {
  const notices: Booted['notices'] = [];
  const { store, id } = request;
  if (store) {
    let raw: unknown;
    try {
      raw = await store.load(id);
    } catch (error) {
      notices.push({ kind: 'corrupt', detail: messageOf(error) });
    }
    if (raw !== undefined) {
      const check = checkRecord(raw, id);
      let reason = check.ok ? '' : check.reason;
      if (check.ok) {
        const restored = await restoreSaved(check.record.snapshot, request.options);
        if ('sandbox' in restored) return { sandbox: restored.sandbox, origin: 'saved', record: check.record, notices };
        reason = restored.reason;
      }
      const key = corruptKey(id, request.wallClock());
      try {
        await store.save(key, raw);
        await store.remove(id);
      } catch {
        // Could not even move it: the next save overwrites it, which is all that is left to do.
      }
      notices.push({ kind: 'corrupt', detail: `${key}: ${reason}` });
    }
  }
  const fresh = await freshSandbox(request);
  return { ...fresh, notices };
}

/**
 * The sandbox a saved snapshot holds, or why it cannot be restored. One saved by an older version may
 * need the boot code first (restore-needs.ts); a failed fetch of it rejects, as it says nothing
 * against the record.
 */
async function restoreSaved(text: string, options: HostOptions): Promise<{ sandbox: Sandbox } | { reason: string }> {
  let snapshot: SandboxSnapshot;
  let needsBoot: boolean;
  try {
    snapshot = JSON.parse(text) as SandboxSnapshot;
    needsBoot = restoreNeedsBoot(snapshot.cluster);
  } catch (error) {
    return { reason: messageOf(error) };
  }
  if (needsBoot) await loadBootParts();
  try {
    return { sandbox: restoreSandbox(snapshot, options) };
  } catch (error) {
    return { reason: messageOf(error) };
  }
}

/** Pre-booted snapshots already fetched, by URL: a reset restores again without the network. */
const prebooted = new Map<string, string>();

/** A new cluster for the request's seed, with its fixture applied. */
export async function freshSandbox(request: BootRequest): Promise<{ sandbox: Sandbox; origin: Origin }> {
  let sandbox: Sandbox | undefined;
  let origin: Origin = 'boot';
  if (request.bootUrl) {
    let text = prebooted.get(request.bootUrl);
    if (text === undefined) {
      text = await request.fetchText(request.bootUrl);
      if (text !== undefined) prebooted.set(request.bootUrl, text);
    }
    if (text !== undefined) {
      try {
        const snapshot = JSON.parse(text) as SandboxSnapshot;
        if (snapshot.seed === request.seed) {
          // One cached from an older version of the site may need the boot code.
          if (restoreNeedsBoot(snapshot.cluster)) await loadBootParts();
          sandbox = restoreSandbox(snapshot, request.options);
          origin = 'preboot';
        }
      } catch {
        // A stale or damaged file: boot instead.
      }
    }
  }
  // A lab's state and a fixture are made by running commands: the one case where the cluster waits for them.
  if ((!sandbox && request.boot) || request.fixture.trim() !== '') await loadEngineParts();
  // Booting runs the boot code and the cluster, which needs what its restore does not (engine-parts.ts).
  else if (!sandbox) await loadBootParts();
  // Booting here is the exception (no pre-booted cluster could be fetched): its code loads only then.
  sandbox ??= request.boot ? await request.boot() : (await import('../../sandbox/create-sandbox')).createSandbox({ ...request.options, seed: request.seed });
  if (request.fixture.trim() !== '') {
    const target = sandbox;
    request.virtually(() => applyFixture(target, request.fixture));
  }
  return { sandbox, origin };
}

/**
 * A lesson's starting state: its setup lines run on the fresh cluster, which is then left to
 * settle, and forgotten by the shell's history (the learner did not type them).
 */
export function applyFixture(sandbox: Sandbox, fixture: string): void {
  runSandboxScript(sandbox, fixture);
  sandbox.cluster.runUntilQuiet();
  for (const machine of sandbox.machines) machine.history.length = 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
