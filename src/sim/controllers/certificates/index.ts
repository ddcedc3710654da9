/**
 * kube-controller-manager's CSR controllers (pkg/controller/certificates): csrsigning issues approved
 * requests' certificates, csrcleaner deletes old requests (reconcile.ts says how). Which requests
 * they look at is here; what they do with one is in reconcile.ts, fetched by csr-source.ts: the
 * browser's worker loads it after the prompt, and nothing reconciles before it is there.
 */
import { CSR_RESOURCE } from '../../api/certificates/strategy';
import type { SimContext } from '../../context';
import type { WatchEvent } from '../../store/store';
import type { Controller } from '../controller';
import { loadedCsrReconcilers, type CsrReconcilers } from './csr-source';

export const CSR_SIGNING_CONTROLLER = 'csrsigning';
export const CSR_CLEANER_CONTROLLER = 'csrcleaner';

const watches = { [CSR_RESOURCE]: (e: WatchEvent) => (e.type === 'DELETED' ? undefined : e.object.metadata.name) };

function reconcilers(): CsrReconcilers {
  const loaded = loadedCsrReconcilers();
  if (!loaded) throw new Error('the CSR controllers are not loaded yet');
  return loaded;
}

/** A controller whose reconcile is made, from the loaded part, when it is first needed. */
function csrController(name: string, make: (part: CsrReconcilers) => (key: string) => void): Controller {
  let reconcile: ((key: string) => void) | undefined;
  return { name, watches, reconcile: (key) => (reconcile ??= make(reconcilers()))(key) };
}

export function csrSigningController(ctx: SimContext): Controller {
  return csrController(CSR_SIGNING_CONTROLLER, (part) => part.csrSigner(ctx));
}

export function csrCleanerController(ctx: SimContext): Controller {
  return csrController(CSR_CLEANER_CONTROLLER, (part) => part.csrCleaner(ctx, CSR_CLEANER_CONTROLLER));
}
