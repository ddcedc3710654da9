/**
 * The certificates kubeadm manages (phases/certs/renewal's Manager, v1.35): the control plane's
 * leaves under /etc/kubernetes/pki and the client certificates embedded in four kubeconfigs,
 * listed by name as kubeadm sorts them, each with the CA that signs it. Every read goes to the
 * files, so a certificate renewed or replaced by hand shows as it now is.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { decodeBase64 } from '../../../lib/base64';
import { DerError } from '../../../lib/pki/der';
import { pemFind } from '../../../lib/pki/pem';
import { parseCertificate, type Certificate } from '../../../lib/pki/x509';
import { KUBERNETES_DIR, exists, readFile, type KubeadmContext } from './context';

export const PKI_DIR = `${KUBERNETES_DIR}/pki`;

export interface CaHandler {
  name: string;
  /** Path under the PKI directory without `.crt`/`.key`. */
  base: string;
}

export interface CertHandler {
  name: string;
  longName: string;
  ca: CaHandler;
  /** A PKI file (base name under /etc/kubernetes/pki) or a kubeconfig (file name under /etc/kubernetes). */
  file: { pki: string } | { kubeconfig: string };
}

export const CAS: CaHandler[] = [
  { name: 'ca', base: 'ca' },
  { name: 'etcd-ca', base: 'etcd/ca' },
  { name: 'front-proxy-ca', base: 'front-proxy-ca' },
];
const [CA, ETCD_CA, FRONT_PROXY_CA] = CAS as [CaHandler, CaHandler, CaHandler];

const conf = (name: string, longName: string): CertHandler => ({
  name,
  longName: `certificate embedded in the kubeconfig file for the ${longName}`,
  ca: CA,
  file: { kubeconfig: name },
});

/** Sorted by name, as Manager.Certificates() returns them. */
export const CERTIFICATES: CertHandler[] = [
  conf('admin.conf', 'admin to use and for kubeadm itself'),
  {
    name: 'apiserver',
    longName: 'certificate for serving the Kubernetes API',
    ca: CA,
    file: { pki: 'apiserver' },
  },
  {
    name: 'apiserver-etcd-client',
    longName: 'certificate the apiserver uses to access etcd',
    ca: ETCD_CA,
    file: { pki: 'apiserver-etcd-client' },
  },
  {
    name: 'apiserver-kubelet-client',
    longName: 'certificate for the API server to connect to kubelet',
    ca: CA,
    file: { pki: 'apiserver-kubelet-client' },
  },
  conf('controller-manager.conf', 'controller manager to use'),
  {
    name: 'etcd-healthcheck-client',
    longName: 'certificate for liveness probes to healthcheck etcd',
    ca: ETCD_CA,
    file: { pki: 'etcd/healthcheck-client' },
  },
  {
    name: 'etcd-peer',
    longName: 'certificate for etcd nodes to communicate with each other',
    ca: ETCD_CA,
    file: { pki: 'etcd/peer' },
  },
  {
    name: 'etcd-server',
    longName: 'certificate for serving etcd',
    ca: ETCD_CA,
    file: { pki: 'etcd/server' },
  },
  {
    name: 'front-proxy-client',
    longName: 'certificate for the front proxy client',
    ca: FRONT_PROXY_CA,
    file: { pki: 'front-proxy-client' },
  },
  conf('scheduler.conf', 'scheduler manager to use'),
  conf('super-admin.conf', 'super-admin'),
];

export function certPath(h: CertHandler): string {
  return 'pki' in h.file ? `${PKI_DIR}/${h.file.pki}.crt` : `${KUBERNETES_DIR}/${h.file.kubeconfig}`;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

function parsePem(text: string, path: string): Loaded<Certificate> {
  const block = pemFind(text, 'CERTIFICATE');
  if (!block)
    return {
      ok: false,
      error: `failed to load certificate: data does not contain any valid RSA or ECDSA certificates`,
    };
  try {
    return { ok: true, value: parseCertificate(block.der) };
  } catch (e) {
    if (e instanceof DerError || e instanceof RangeError)
      return {
        ok: false,
        error: `failed to load certificate: couldn't load the certificate file ${path}`,
      };
    throw e;
  }
}

/** The current context's user entry of a kubeconfig, as kubeadm's kubeconfig read-writer finds it. */
export interface KubeconfigUser {
  text: string;
  certData: string;
  keyData: string;
}

export function readKubeconfigUser(ctx: KubeadmContext, path: string): Loaded<KubeconfigUser> {
  const file = readFile(ctx, path);
  if ('error' in file)
    return {
      ok: false,
      error: `failed to load kubeConfig file ${path}: ${file.error}`,
    };
  let doc: unknown;
  try {
    doc = load(file.text, { schema: CORE_SCHEMA });
  } catch {
    return { ok: false, error: `failed to load kubeConfig file ${path}` };
  }
  const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const root = rec(doc);
  const current = String(root['current-context'] ?? '');
  const context = (Array.isArray(root['contexts']) ? root['contexts'] : []).map(rec).find((c) => c['name'] === current);
  const userName = rec(context?.['context'])['user'];
  const user = (Array.isArray(root['users']) ? root['users'] : []).map(rec).find((u) => u['name'] === userName);
  const fields = rec(user?.['user']);
  const certData = fields['client-certificate-data'];
  if (!context || typeof certData !== 'string')
    return {
      ok: false,
      error: `failed to get default context for kubeConfig file ${path}`,
    };
  return {
    ok: true,
    value: {
      text: file.text,
      certData,
      keyData: typeof fields['client-key-data'] === 'string' ? fields['client-key-data'] : '',
    },
  };
}

export function certificateExists(ctx: KubeadmContext, h: CertHandler): boolean {
  return exists(ctx, certPath(h));
}

export function readCertificate(ctx: KubeadmContext, h: CertHandler): Loaded<Certificate> {
  const path = certPath(h);
  if ('pki' in h.file) {
    const file = readFile(ctx, path);
    if ('error' in file)
      return {
        ok: false,
        error: `failed to load certificate: couldn't load the certificate file ${path}: ${file.error}`,
      };
    return parsePem(file.text, path);
  }
  const user = readKubeconfigUser(ctx, path);
  if (!user.ok) return user;
  return parsePem(decodeBase64(user.value.certData), path);
}

export function readCa(ctx: KubeadmContext, ca: CaHandler): Loaded<Certificate> {
  const path = `${PKI_DIR}/${ca.base}.crt`;
  const file = readFile(ctx, path);
  if ('error' in file)
    return {
      ok: false,
      error: `failed to load certificate: couldn't load the certificate file ${path}: ${file.error}`,
    };
  return parsePem(file.text, path);
}

/** A CA whose key is not on the machine is "externally managed": kubeadm checks it, never renews under it. */
export function externallyManaged(ctx: KubeadmContext, ca: CaHandler): boolean {
  return !exists(ctx, `${PKI_DIR}/${ca.base}.key`);
}

/** The certificates an external CA must already have signed (certsphase.UsingExternalCA and friends). */
const EXTERNAL_CA_NEEDS: Record<string, { base: string; uxName: string }[]> = {
  ca: [
    { base: 'apiserver', uxName: 'API server' },
    { base: 'apiserver-kubelet-client', uxName: 'API server kubelet client' },
  ],
  'front-proxy-ca': [{ base: 'front-proxy-client', uxName: 'front-proxy client' }],
};

/**
 * Whether a CA is externally managed, as check-expiration asks it: without the CA's key, the
 * certificates it must have signed have to be there, or the check fails (as it does on a worker).
 */
export function externallyManagedChecked(ctx: KubeadmContext, ca: CaHandler): Loaded<boolean> {
  if (!externallyManaged(ctx, ca)) return { ok: true, value: false };
  for (const need of EXTERNAL_CA_NEEDS[ca.name] ?? []) {
    const path = `${PKI_DIR}/${need.base}.crt`;
    const file = readFile(ctx, path);
    if ('error' in file) {
      return {
        ok: false,
        error: `Error checking external CA condition for ${ca.base} certificate authority: failure loading certificate for ${need.uxName}: couldn't load the certificate file ${path}: ${file.error}`,
      };
    }
  }
  return { ok: true, value: true };
}
