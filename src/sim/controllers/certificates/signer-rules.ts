/**
 * What each of kube-controller-manager's built-in signers accepts (signer.go and
 * pkg/apis/certificates/helpers.go, v1.35). A request it refuses gets a Failed condition with the
 * returned message; a signer name none of them owns is left alone (another signer may come).
 */
import type { CertificateRequest } from '../../../lib/pki/csr';
import { decodeExtension } from '../../../lib/pki/extensions';
import { nameValues } from '../../../lib/pki/name';
import { OID } from '../../../lib/pki/oids';

export const KUBE_APISERVER_CLIENT = 'kubernetes.io/kube-apiserver-client';
export const KUBELET_CLIENT = 'kubernetes.io/kube-apiserver-client-kubelet';
export const KUBELET_SERVING = 'kubernetes.io/kubelet-serving';
export const LEGACY_UNKNOWN = 'kubernetes.io/legacy-unknown';

/** undefined: the request is fine for the signer; a string: why it failed. */
export type SignerCheck = (req: CertificateRequest, usages: string[]) => string | undefined;

const sameSet = (a: string[], b: string[]): boolean => {
  const s = new Set(a);
  return s.size === new Set(b).size && b.every((x) => s.has(x));
};

function altNames(req: CertificateRequest): { DNS: number; IP: number; email: number; URI: number } {
  const out = { DNS: 0, IP: 0, email: 0, URI: 0 };
  const san = req.extensions.find((e) => e.oid === OID.subjectAltName);
  for (const a of san ? (decodeExtension(san).altNames ?? []) : []) out[a.kind]++;
  return out;
}

const organizations = (req: CertificateRequest): string[] => nameValues(req.subject, OID.organizationName);
const commonName = (req: CertificateRequest): string => nameValues(req.subject, OID.commonName).at(-1) ?? '';

function apiServerClient(_req: CertificateRequest, usages: string[]): string | undefined {
  let clientAuth = false;
  for (const u of usages) {
    if (u === 'client auth') clientAuth = true;
    else if (u !== 'digital signature' && u !== 'key encipherment') return `invalid usage for client certificate: ${u}`;
  }
  return clientAuth ? undefined : 'missing required usage for client certificate: client auth';
}

function kubeletClient(req: CertificateRequest, usages: string[]): string | undefined {
  const orgs = organizations(req);
  if (orgs.length !== 1 || orgs[0] !== 'system:nodes') return 'subject organization is not system:nodes';
  const san = altNames(req);
  if (san.DNS > 0) return 'DNS subjectAltNames are not allowed';
  if (san.email > 0) return 'Email subjectAltNames are not allowed';
  if (san.IP > 0) return 'IP subjectAltNames are not allowed';
  if (san.URI > 0) return 'URI subjectAltNames are not allowed';
  if (!commonName(req).startsWith('system:node:')) return 'subject common name does not begin with system:node:';
  if (!sameSet(usages, ['digital signature', 'key encipherment', 'client auth']) && !sameSet(usages, ['digital signature', 'client auth'])) {
    return 'usages did not match [client auth digital signature key encipherment]';
  }
  return undefined;
}

function kubeletServing(req: CertificateRequest, usages: string[]): string | undefined {
  const orgs = organizations(req);
  if (orgs.length !== 1 || orgs[0] !== 'system:nodes') return 'subject organization is not system:nodes';
  const san = altNames(req);
  if (san.DNS === 0 && san.IP === 0) return 'DNS or IP subjectAltName is required';
  if (san.email > 0) return 'Email subjectAltNames are not allowed';
  if (san.URI > 0) return 'URI subjectAltNames are not allowed';
  if (!sameSet(usages, ['digital signature', 'key encipherment', 'server auth']) && !sameSet(usages, ['digital signature', 'server auth'])) {
    return 'usages did not match [digital signature key encipherment server auth]';
  }
  if (!commonName(req).startsWith('system:node:')) return 'subject common name does not begin with system:node:';
  return undefined;
}

/** The built-in signers by name (legacy-unknown signs anything, but v1 refuses the name on create). */
export const SIGNERS: Readonly<Record<string, SignerCheck>> = {
  [KUBE_APISERVER_CLIENT]: apiServerClient,
  [KUBELET_CLIENT]: kubeletClient,
  [KUBELET_SERVING]: kubeletServing,
  [LEGACY_UNKNOWN]: () => undefined,
};
