// Who the API server takes this kubectl run for: the credentials of the kubeconfig user in use
// (credentials.ts) set up as a TLS client would — the certificate and key must make a pair —,
// then authenticated by the simulated API server (sim/auth/authenticate.ts) against the cluster's
// CA. A run without a kubeconfig file (hosts that give none) is kubeadm's admin.

import { DerError } from '../../lib/pki/der';
import { pemFind } from '../../lib/pki/pem';
import { certificatePem, parseCertificate, type Certificate } from '../../lib/pki/x509';
import { authenticate } from '../../sim/auth/authenticate';
import type { UserInfo } from '../../sim/auth/rbac';
import type { Cluster } from '../../sim/cluster';
import { clusterCa, identityOfClientCertificate } from '../../sim/pki';
import { messageError, type KubectlError } from '../cli/errors';
import type { FlagValues } from '../cli/flags';
import type { KubectlContext } from '../context';
import { keyPairError } from '../generators/tls-pair';
import { clientCredentials } from './credentials';

export const UNAUTHORIZED = 'You must be logged in to the server (the server has asked for the client to provide credentials)';

/** The CA PEM of a cluster: what `kubeadm init` made when the cluster was set up. */
function caPemOf(cluster: Cluster): string {
  const config = cluster.config;
  return certificatePem(clusterCa({ seed: config.seed, initTime: config.startTime - config.clusterAgeMs }).cert);
}

const CA_CACHE = new WeakMap<Cluster, string>();

/** What a certificate and key pair come to, apart from the time: parsing and checking them is the costly part of a command. */
interface VerifiedCertificate {
  pairError?: string;
  /** The identity when the CA signed it (undefined: not signed by it, or not usable for clients). */
  user?: UserInfo;
  notBefore: number;
  notAfter: number;
}

const VERIFIED = new Map<string, VerifiedCertificate>();

function verifiedCertificate(certPem: string, keyPem: string, caPem: string): VerifiedCertificate {
  const key = `${caPem}\u0000${certPem}\u0000${keyPem}`;
  let v = VERIFIED.get(key);
  if (v) return v;
  const pairError = keyPairError(certPem, keyPem);
  const block = pemFind(certPem, 'CERTIFICATE');
  let cert: Certificate | undefined;
  try {
    cert = block ? parseCertificate(block.der) : undefined;
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
  }
  // Checked at its own start time: whether it is valid now is asked on every use.
  const id = cert ? identityOfClientCertificate(certPem, caPem, cert.notBefore) : undefined;
  v = { ...(pairError ? { pairError } : {}), ...(id?.ok ? { user: { name: id.user, groups: id.groups } } : {}), notBefore: cert?.notBefore ?? 0, notAfter: cert?.notAfter ?? -1 };
  if (VERIFIED.size >= 32) VERIFIED.clear();
  VERIFIED.set(key, v);
  return v;
}

/** The authenticated user of this run, undefined for kubeadm's admin, or the error kubectl stops with. */
export function clientIdentity(ctx: KubectlContext, cluster: Cluster, flags: FlagValues, shadowed: ReadonlySet<string> = new Set()): UserInfo | undefined | KubectlError {
  if (!ctx.kubeconfig) return undefined;
  const creds = clientCredentials(ctx, flags, shadowed);
  if ('kind' in creds) return creds;
  if (creds.insecure) return undefined;
  let ca = CA_CACHE.get(cluster);
  if (ca === undefined) CA_CACHE.set(cluster, (ca = caPemOf(cluster)));
  const caPem = ca;
  let verified: VerifiedCertificate | undefined;
  if (creds.clientCertificate !== undefined) {
    verified = verifiedCertificate(creds.clientCertificate, creds.clientKey ?? '', caPem);
    if (verified.pairError) return messageError(verified.pairError);
  }
  const now = cluster.clock.now();
  const result = authenticate(cluster.ctx, creds, () => (verified?.user && now >= verified.notBefore && now <= verified.notAfter ? verified.user : undefined));
  if (!result.ok) return messageError(UNAUTHORIZED);
  const user = result.user;
  return isAdmin(user) ? undefined : user;
}

/** kubeadm's admin.conf identity: nothing to check for it (it is bound to cluster-admin). */
function isAdmin(user: UserInfo): boolean {
  return user.name === 'kubernetes-admin' && user.groups.length === 2 && user.groups[0] === 'kubeadm:cluster-admins' && user.groups[1] === 'system:authenticated';
}
