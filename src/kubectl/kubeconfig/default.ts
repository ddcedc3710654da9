// The kubeconfig `kubeadm init` writes to /etc/kubernetes/admin.conf (and students copy to
// ~/.kube/config): cluster `kubernetes` at https://<control-plane IP>:6443, user `kubernetes-admin`
// with a client certificate, context `kubernetes-admin@kubernetes`: the certificates and key of the
// cluster's PKI (sim/pki), the same as the sandbox writes to admin.conf.

import { encodeBase64 } from '../../lib/base64';
import { pemEncode } from '../../lib/pki/pem';
import { encodePkcs1 } from '../../lib/pki/rsa';
import { certificatePem } from '../../lib/pki/x509';
import { clusterCa, kubeconfigClient } from '../../sim/pki';
import type { Cluster } from '../../sim/cluster';
import { serializeKubeconfig, type Kubeconfig } from './model';

export const DEFAULT_CLUSTER_NAME = 'kubernetes';
export const DEFAULT_USER_NAME = 'kubernetes-admin';
export const DEFAULT_CONTEXT_NAME = 'kubernetes-admin@kubernetes';

/** The API server address kubeadm writes: the control-plane node's IP, port 6443. */
export function apiServerURL(cluster: Cluster): string {
  const cp = cluster.config.nodes.find((n) => n.controlPlane) ?? cluster.config.nodes[0];
  return `https://${cp?.internalIP ?? '192.168.1.10'}:6443`;
}

/** kubeadm's admin kubeconfig for a cluster, as a config value (namespace unset); a new value each call. */
export function defaultKubeconfig(cluster: Cluster): Kubeconfig {
  const pki = adminCredentials(cluster.config.seed, cluster.config.startTime - cluster.config.clusterAgeMs);
  return {
    clusters: new Map([[DEFAULT_CLUSTER_NAME, { 'certificate-authority-data': pki.ca, server: apiServerURL(cluster) }]]),
    users: new Map([[DEFAULT_USER_NAME, { 'client-certificate-data': pki.cert, 'client-key-data': pki.key }]]),
    contexts: new Map([[DEFAULT_CONTEXT_NAME, { cluster: DEFAULT_CLUSTER_NAME, user: DEFAULT_USER_NAME }]]),
    currentContext: DEFAULT_CONTEXT_NAME,
  };
}

interface AdminCredentials {
  ca: string;
  cert: string;
  key: string;
}

/**
 * Issuing the CA and the admin certificate is a good part of a small command's time, and kubectl
 * without a kubeconfig file (the `kubedojo` CLI, tests, benchmarks) needs them on every call: they
 * depend only on the PKI's seed and time, so the few clusters of a process share them.
 */
const issued = new Map<string, AdminCredentials>();

function adminCredentials(seed: number, initTime: number): AdminCredentials {
  const id = `${seed}@${initTime}`;
  let creds = issued.get(id);
  if (!creds) {
    // The PKI's own seeded streams: the cluster's random sequence does not move because kubectl looked.
    const setup = { seed, initTime };
    const admin = kubeconfigClient(setup, 'admin.conf', DEFAULT_USER_NAME, ['kubeadm:cluster-admins']);
    creds = {
      ca: encodeBase64(certificatePem(clusterCa(setup).cert)),
      cert: encodeBase64(certificatePem(admin.cert)),
      key: encodeBase64(pemEncode('RSA PRIVATE KEY', encodePkcs1(admin.key))),
    };
    if (issued.size >= 16) issued.clear();
    issued.set(id, creds);
  }
  return creds;
}

/** The text of /etc/kubernetes/admin.conf (and of a fresh ~/.kube/config copied from it). */
export function defaultKubeconfigText(cluster: Cluster): string {
  return serializeKubeconfig(defaultKubeconfig(cluster));
}
