// The kubeconfig `kubeadm init` writes to /etc/kubernetes/admin.conf (and students copy to
// ~/.kube/config): cluster `kubernetes` at https://<control-plane IP>:6443, user `kubernetes-admin`
// with a client certificate, context `kubernetes-admin@kubernetes`. The certificate and key data are
// fakes that say so when decoded: base64 of PEM blocks around seeded filler bytes.

import { encodeBase64, encodeBase64Bytes } from '../../lib/base64';
import { Random } from '../../lib/random';
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

/** A PEM block whose body is a readable notice followed by filler bytes, 64 base64 chars a line. */
function fakePem(label: string, random: Random, fillerBytes: number): string {
  const notice = Array.from(`Kubedojo simulated ${label.toLowerCase()} - not a real credential.`, (c) => c.charCodeAt(0));
  const filler = Array.from({ length: fillerBytes }, () => random.nextUint32() & 0xff);
  const body = encodeBase64Bytes([...notice, ...filler]);
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** kubeadm's admin kubeconfig for a cluster, as a config value (namespace unset). */
export function defaultKubeconfig(cluster: Cluster): Kubeconfig {
  // A private generator: the cluster's own random stream must not move because kubectl looked.
  const random = new Random((cluster.config.seed ^ 0x6b756265) >>> 0);
  return {
    clusters: new Map([[DEFAULT_CLUSTER_NAME, {
      'certificate-authority-data': encodeBase64(fakePem('CERTIFICATE', random, 760)),
      server: apiServerURL(cluster),
    }]]),
    users: new Map([[DEFAULT_USER_NAME, {
      'client-certificate-data': encodeBase64(fakePem('CERTIFICATE', random, 790)),
      'client-key-data': encodeBase64(fakePem('RSA PRIVATE KEY', random, 1180)),
    }]]),
    contexts: new Map([[DEFAULT_CONTEXT_NAME, { cluster: DEFAULT_CLUSTER_NAME, user: DEFAULT_USER_NAME }]]),
    currentContext: DEFAULT_CONTEXT_NAME,
  };
}

/** The text of /etc/kubernetes/admin.conf (and of a fresh ~/.kube/config copied from it). */
export function defaultKubeconfigText(cluster: Cluster): string {
  return serializeKubeconfig(defaultKubeconfig(cluster));
}
