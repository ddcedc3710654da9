/**
 * The kubeconfig files `kubeadm init` and `kubeadm join` write, in the layout client-go's
 * clientcmd serialises them (keys sorted, `preferences: {}`), and reading the current context's
 * namespace back out of one.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

export const CLUSTER_NAME = 'kubernetes';

export interface KubeconfigUser {
  /** The user entry's name, e.g. `kubernetes-admin`. */
  name: string;
  /** Embedded credentials (base64 PEMs), or paths to files for the kubelet's rotated certificate. */
  credentials: { certData: string; keyData: string } | { certFile: string; keyFile: string };
}

/** One cluster, one user, one context `<user>@kubernetes`. */
export function kubeconfigText(server: string, caData: string, user: KubeconfigUser): string {
  const context = `${user.name}@${CLUSTER_NAME}`;
  const creds =
    'certData' in user.credentials
      ? `    client-certificate-data: ${user.credentials.certData}\n    client-key-data: ${user.credentials.keyData}\n`
      : `    client-certificate: ${user.credentials.certFile}\n    client-key: ${user.credentials.keyFile}\n`;
  return (
    'apiVersion: v1\n' +
    'clusters:\n' +
    '- cluster:\n' +
    `    certificate-authority-data: ${caData}\n` +
    `    server: ${server}\n` +
    `  name: ${CLUSTER_NAME}\n` +
    'contexts:\n' +
    '- context:\n' +
    `    cluster: ${CLUSTER_NAME}\n` +
    `    user: ${user.name}\n` +
    `  name: ${context}\n` +
    `current-context: ${context}\n` +
    'kind: Config\n' +
    'preferences: {}\n' +
    'users:\n' +
    `- name: ${user.name}\n` +
    '  user:\n' +
    creds
  );
}

/** The current context's name and namespace, or undefined when the text is not a usable kubeconfig. */
export function currentContext(text: string): { name: string; namespace: string } | undefined {
  let doc: unknown;
  try {
    doc = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  const name = doc['current-context'];
  if (typeof name !== 'string' || name === '') return undefined;
  const contexts = Array.isArray(doc['contexts']) ? doc['contexts'] : [];
  const entry = contexts.find((c): c is Record<string, unknown> => isRecord(c) && c['name'] === name);
  const ctx = entry && isRecord(entry['context']) ? entry['context'] : undefined;
  const namespace = ctx && typeof ctx['namespace'] === 'string' && ctx['namespace'] !== '' ? ctx['namespace'] : 'default';
  return { name, namespace };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
