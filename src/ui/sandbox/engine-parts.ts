/**
 * The parts of the engine that restoring a cluster and drawing its prompt do not need (worker side):
 * in the browser's worker bundle each is a chunk of its own, so the engine the prompt waits for is
 * smaller. In Node (tests, the CLI) they are part of the engine and everything here resolves at once.
 *
 * What the cluster needs to run, loaded right after the prompt; the cluster's clock does not move
 * until they are there (engine-host.ts), and a line waits for them too:
 *   the image catalog (what containers do)                   src/sim/images/catalog-source.ts
 *   the API server's validation (every write)                src/sim/api/validate-source.ts
 *   the CSR controllers' work (X.509, RSA, the cluster CA)   src/sim/controllers/certificates/csr-source.ts
 *   the API server's write path (defaults, admission, CRDs)  src/sim/api/plugins-source.ts
 * What only commands need, loaded when the learner is about to use the terminal (a page that is only
 * read never fetches them); the worker awaits `loadEngineParts()` before it hands the engine a line
 * (engine-gate.ts), so a line never runs without them:
 *   the commands: kubectl, the shell's programs, completion   src/sandbox/command-source.ts
 *   kubectl explain's descriptions                           src/kubectl/explain/description-source.ts
 *   the API server's strict decoder (kubectl's requests)     src/sim/api/decode-source.ts
 *   the boot code (a lab's grading may boot a cluster)       src/sim/bootstrap/boot-source.ts
 * What only booting a cluster or restoring a snapshot saved by an older version needs, loaded first
 * then (engine-boot.ts), and with the commands; a page whose cluster restores never loads it:
 *   the boot code (kubeadm's objects, the RBAC policy)       src/sim/bootstrap/boot-source.ts
 */
import { loadDescriptions } from '../../kubectl/explain/description-source';
import { loadCommands } from '../../sandbox/command-source';
import { loadValidation, loadedValidation } from '../../sim/api/validate-source';
import { loadDecoder } from '../../sim/api/decode-source';
import { loadCatalog, loadedCatalog } from '../../sim/images/catalog-source';
import { loadCsrReconcilers, loadedCsrReconcilers } from '../../sim/controllers/certificates/csr-source';
import { loadApiPlugins, loadedApiPlugins } from '../../sim/api/plugins-source';
import { loadBootPart } from '../../sim/bootstrap/boot-source';

/** Resolves when the cluster can run; rejects if a part could not be fetched (the next call retries). */
export async function loadClusterParts(): Promise<void> {
  await Promise.all([loadCatalog(), loadValidation(), loadCsrReconcilers(), loadApiPlugins()]);
}

/** Whether the cluster can run now (its clock may move). */
export function clusterPartsLoaded(): boolean {
  return (
    loadedCatalog() !== undefined && loadedValidation() !== undefined && loadedCsrReconcilers() !== undefined && loadedApiPlugins() !== undefined
  );
}

/** Resolves when a cluster can be booted, or an older snapshot restored (which may create objects), and run. */
export async function loadBootParts(): Promise<void> {
  await Promise.all([loadClusterParts(), loadBootPart()]);
}

/** Resolves when every part is loaded; rejects if one could not be fetched (the next call retries). */
export async function loadEngineParts(): Promise<void> {
  await Promise.all([loadBootParts(), loadCommands(), loadDescriptions(), loadDecoder()]);
}
