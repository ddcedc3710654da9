/**
 * The parts of the engine that no command needs before the prompt, loaded when the learner is about
 * to use the terminal (worker side): in the browser's worker bundle each is a chunk of its own, so
 * the engine the prompt waits for is smaller and a page that is only read never fetches them. The
 * worker awaits `loadEngineParts()` before it hands the engine a line (engine-gate.ts), so a line
 * never runs without them. In Node (tests, the CLI) they are part of the engine and this resolves
 * at once.
 *
 *   the commands: kubectl, the shell's programs, completion   src/sandbox/command-source.ts
 *   kubectl explain's descriptions                           src/kubectl/explain/description-source.ts
 *   the API server's strict decoder (kubectl's requests)     src/sim/api/decode-source.ts
 */
import { loadDescriptions } from '../../kubectl/explain/description-source';
import { loadCommands } from '../../sandbox/command-source';
import { loadDecoder } from '../../sim/api/decode-source';

/** Resolves when every part is loaded; rejects if one could not be fetched (the next call retries). */
export async function loadEngineParts(): Promise<void> {
  await Promise.all([loadCommands(), loadDescriptions(), loadDecoder()]);
}
