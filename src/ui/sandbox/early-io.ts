/**
 * What the worker starts before the engine has loaded (sandbox.worker.ts): opening IndexedDB as
 * soon as the worker runs, and, once the worker knows its sandbox (its name's hint, worker-hint.ts,
 * then `init`), reading its saved record and fetching the pre-booted snapshot, both at once. The
 * engine then asks for them as usual (its `openStore` and `fetchText`) and gets what is already
 * under way or done, instead of starting that I/O only after the engine was fetched, compiled and run.
 *
 * The snapshot is fetched without waiting for the record's answer: that answer is handled on the
 * worker's thread, which is busy compiling the engine until it is loaded, so a fetch that waited
 * for it would start only then, and a sandbox without a record (every lesson's first visit) would
 * wait for it after the engine. With a record the snapshot is kept for a reset.
 */
import type { SandboxStore } from './sandbox-store';

export type FetchText = (url: string) => Promise<string | undefined>;

export class EarlyIo {
  private readonly opened: Promise<SandboxStore | null>;
  private record: { id: string; value: Promise<unknown> } | undefined;
  private readonly texts = new Map<string, Promise<string | undefined>>();
  /** Every URL prefetched once: a second `expect` must not fetch again what the engine already took. */
  private readonly prefetched = new Set<string>();

  constructor(open: () => Promise<SandboxStore | null>, private readonly fetchText: FetchText) {
    this.opened = open().catch(() => null);
  }

  /**
   * The sandbox the engine will ask for: read its record and fetch `bootUrl` now. Told twice (the
   * hint, then `init`), the second adds nothing when it names the same; when it names another
   * sandbox, that one is read (and its snapshot fetched) instead.
   */
  expect(id: string, bootUrl: string): void {
    if (this.record?.id !== id) this.record = { id, value: this.opened.then((store) => store?.load(id)) };
    // A failing read is the engine's to report (it sets the record aside): not awaited here.
    this.record.value.catch(() => undefined);
    if (!bootUrl || this.prefetched.has(bootUrl)) return;
    this.prefetched.add(bootUrl);
    this.texts.set(bootUrl, this.fetchText(bootUrl));
  }

  /** The store, whose first `load` of the expected id answers with the read already under way. */
  async store(): Promise<SandboxStore | null> {
    const store = await this.opened;
    if (!store) return null;
    return {
      load: (key) => {
        const early = this.record;
        if (early?.id !== key) return store.load(key);
        this.record = undefined;
        return early.value;
      },
      save: (key, record) => store.save(key, record),
      remove: (key) => store.remove(key),
    };
  }

  /** The text at `url`: the prefetched answer once, else a new fetch. */
  text(url: string): Promise<string | undefined> {
    const early = this.texts.get(url);
    this.texts.delete(url);
    return early ?? this.fetchText(url);
  }
}

/** The text at `url`, or undefined when it cannot be fetched. */
export async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
