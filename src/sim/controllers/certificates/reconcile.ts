/**
 * What kube-controller-manager's CSR controllers do (pkg/controller/certificates, v1.35); which
 * requests they look at is index.ts's, and the controllers there call these when a request needs it:
 *  - csrsigning: the built-in signers, one loop here. A request that is Approved (and neither
 *    Denied nor Failed) and not yet issued gets its certificate from the cluster CA, or a Failed
 *    condition (SignerValidationFailure) when its signer refuses it. No events, as the real one.
 *  - csrcleaner: every hour it deletes requests approved and issued, denied or failed more than an
 *    hour ago, pending more than a day, or whose certificate has expired. Its passes fall on an
 *    hourly grid here, looked at only when a request's deadline has come.
 * With the certificate code (X.509, RSA, the cluster CA) this is a chunk of its own in the browser's
 * worker (csr-source.ts): a restored cluster runs none of it until a request changes.
 */
import { decodeBase64Bytes, encodeBase64Bytes, utf8Bytes } from '../../../lib/base64';
import { pemFind } from '../../../lib/pki/pem';
import { certificatePem, parseCertificate } from '../../../lib/pki/x509';
import { parseCsr } from '../../api/certificates/pem-checks';
import { CSR_RESOURCE } from '../../api/certificates/strategy';
import type { KubeObject } from '../../api/object';
import { typeForKey, type ResourceType } from '../../api/registry';
import type { SimContext } from '../../context';
import { clusterCa, streamFor, type KeyPair } from '../../pki';
import { signRequest } from './sign';
import { SIGNERS } from './signer-rules';

const HOUR = 3_600_000;
const APPROVED_EXPIRATION_MS = HOUR;
const DENIED_EXPIRATION_MS = HOUR;
const PENDING_EXPIRATION_MS = 24 * HOUR;
const KCM_START_DELAY_MS = 30_000;

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
}

interface Csr extends KubeObject {
  spec: { request?: string; signerName?: string; usages?: string[]; expirationSeconds?: number };
  status?: { conditions?: Condition[]; certificate?: string };
}

const csrType = (): ResourceType => typeForKey(CSR_RESOURCE) as ResourceType;
const conditionOf = (csr: Csr, type: string): Condition | undefined => csr.status?.conditions?.find((c) => c.type === type && c.status === 'True');

/** The signing controller's reconcile, with its cluster CA made on first use. */
export function csrSigner(ctx: SimContext): (name: string) => void {
  let ca: KeyPair | undefined;
  const clusterCA = (): KeyPair => (ca ??= clusterCa({ seed: ctx.config.seed, initTime: ctx.config.startTime - ctx.config.clusterAgeMs }));

  const reconcile = (name: string): void => {
    const csr = ctx.api.peek<Csr>(CSR_RESOURCE, undefined, name);
    if (!csr || csr.status?.certificate) return;
    if (!conditionOf(csr, 'Approved') || conditionOf(csr, 'Denied') || conditionOf(csr, 'Failed')) return;
    const check = SIGNERS[csr.spec.signerName ?? ''];
    if (!check) return;
    const request = parseCsr(csr.spec.request ?? '');
    if (typeof request === 'string') return;
    const usages = csr.spec.usages ?? [];
    const refusal = check(request, usages);
    const status = { ...csr.status };
    if (refusal) {
      const failed: Condition = { type: 'Failed', status: 'True', reason: 'SignerValidationFailure', message: refusal, lastUpdateTime: ctx.rt.timestamp() };
      status.conditions = [...(csr.status?.conditions ?? []), failed];
    } else {
      const random = streamFor(ctx.config.seed, `csr-serial/${csr.metadata.uid ?? name}`);
      const cert = signRequest({ request, usages, expirationSeconds: csr.spec.expirationSeconds, now: ctx.rt.clock.now(), ca: clusterCA(), random });
      if (typeof cert === 'string') return;
      status.certificate = encodeBase64Bytes(utf8Bytes(certificatePem(cert)));
    }
    ctx.api.updateStatus({ ...csr, status }, { handOver: true });
  };
  return reconcile;
}

/** When the cleaner may delete this request (ms), or undefined while it may stay for good. */
export function csrDeadline(csr: Csr): number | undefined {
  const at = (t: string | undefined) => (t ? Date.parse(t) : 0);
  const deadlines: number[] = [];
  const approved = conditionOf(csr, 'Approved');
  const certificate = csr.status?.certificate;
  if (approved && certificate) deadlines.push(at(approved.lastUpdateTime) + APPROVED_EXPIRATION_MS);
  const denied = conditionOf(csr, 'Denied');
  if (denied) deadlines.push(at(denied.lastUpdateTime) + DENIED_EXPIRATION_MS);
  const failed = conditionOf(csr, 'Failed');
  if (failed) deadlines.push(at(failed.lastUpdateTime) + DENIED_EXPIRATION_MS);
  if ((csr.status?.conditions ?? []).length === 0) deadlines.push(at(csr.metadata.creationTimestamp) + PENDING_EXPIRATION_MS);
  if (certificate) {
    const block = pemFind(String.fromCharCode(...decodeBase64Bytes(certificate)), 'CERTIFICATE');
    try {
      if (block) deadlines.push(parseCertificate(block.der).notAfter + 1);
    } catch {
      // An unparsable certificate never expires here (the real cleaner logs and moves on).
    }
  }
  return deadlines.length ? Math.min(...deadlines) : undefined;
}

/**
 * Where the cleaner's hourly passes fall: it lists every request when kube-controller-manager
 * starts, half a minute after `kubeadm init` here (modelled), and every hour after that.
 */
function passPhase(ctx: SimContext): number {
  const start = ctx.config.startTime - ctx.config.clusterAgeMs + KCM_START_DELAY_MS;
  return ((start % HOUR) + HOUR) % HOUR;
}

/** The cleaner's reconcile; `controller` is its name, for its requeues. */
export function csrCleaner(ctx: SimContext, controller: string): (name: string) => void {
  const reconcile = (name: string): void => {
    const csr = ctx.api.peek<Csr>(CSR_RESOURCE, undefined, name);
    if (!csr || csr.metadata.deletionTimestamp) return;
    const deadline = csrDeadline(csr);
    if (deadline === undefined) return;
    // The first hourly pass after the deadline.
    const phase = passPhase(ctx);
    const pass = Math.floor((deadline - phase) / HOUR) * HOUR + HOUR + phase;
    const now = ctx.rt.clock.now();
    if (now >= pass) ctx.api.delete(csrType(), undefined, name);
    else ctx.manager.requeueAfter(controller, name, pass - now, true);
  };
  return reconcile;
}
