/**
 * What a sandbox's worker is told the moment it is created, before any message: which sandbox it
 * will serve and where its pre-booted cluster is. It travels in the Worker's `name` option (the
 * worker reads `self.name` synchronously on its first line), so the worker starts reading the saved
 * cluster or fetching the snapshot at once (early-io.ts) instead of waiting for the page's `init`,
 * which comes only once the page's module script has run. The hint is only a head start: `init`
 * stays the authority (sandbox.worker.ts), and a worker without a hint waits for it as before.
 *
 *   kubedojo-sandbox                                                  no hint
 *   kubedojo-sandbox {"id":"kubectl/first-commands","bootUrl":"/sandbox-boot/1.json"}
 *
 * Imported by the worker's small entry and by the page, so it imports nothing.
 */

export interface SandboxHint {
  /** What the cluster is saved under (IndexedDB), as the page's `init` will name it. */
  id: string;
  /** The pre-booted cluster to fetch when nothing is saved. */
  bootUrl: string;
}

export const WORKER_NAME = 'kubedojo-sandbox';

/** The worker's name carrying the hint (readable in the browser's developer tools too). */
export function workerName(hint: SandboxHint): string {
  return `${WORKER_NAME} ${JSON.stringify({ id: hint.id, bootUrl: hint.bootUrl })}`;
}

/** The hint in a worker's name, or undefined when there is none or it is not one of ours. */
export function hintOfWorkerName(name: string): SandboxHint | undefined {
  if (!name.startsWith(`${WORKER_NAME} `)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(name.slice(WORKER_NAME.length + 1));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, bootUrl } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof bootUrl !== 'string') return undefined;
  return { id, bootUrl };
}

/**
 * The ids sandboxes are saved under, in page order: two sandboxes with the same id (two
 * `<Sandbox />` without ids on one page) get "#2", "#3"… so each persists separately. The page
 * (sandbox-page.ts) and the build (early-workers.ts) both name them with this.
 */
export function uniqueSandboxIds(baseIds: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return baseIds.map((baseId) => {
    const count = (seen.get(baseId) ?? 0) + 1;
    seen.set(baseId, count);
    return count === 1 ? baseId : `${baseId}#${count}`;
  });
}
