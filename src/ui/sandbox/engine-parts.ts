/**
 * The parts of the engine that no command needs before the prompt, loaded right after it (worker
 * side): in the browser's worker bundle each is a chunk of its own, so the engine the prompt waits
 * for is smaller. The worker awaits `loadEngineParts()` before it runs a line, so a line typed
 * before they arrived waits for them and never runs without them. In Node (tests, the CLI) they
 * are part of the engine and this resolves at once.
 *
 *   kubectl explain's descriptions   src/kubectl/explain/description-source.ts
 */
import { loadDescriptions } from '../../kubectl/explain/description-source';

/** Resolves when every part is loaded; rejects if one could not be fetched (the next call retries). */
export function loadEngineParts(): Promise<void> {
  return loadDescriptions();
}
