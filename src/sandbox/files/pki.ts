/**
 * The PEM files kubeadm leaves on the nodes, from the cluster's PKI (src/sim/pki): real X.509
 * structure with simulated key material, drawn from streams of their own so the cluster's random
 * sequence is left alone. Keys are PKCS#1 (`RSA PRIVATE KEY`), as kubeadm writes them.
 */
import { encodeBase64 } from '../../lib/base64';
import { pemEncode } from '../../lib/pki/pem';
import { encodePkcs1, encodeSpki } from '../../lib/pki/rsa';
import { certificatePem } from '../../lib/pki/x509';
import type { Cluster } from '../../sim';
import { controlPlaneCertificates, kubeconfigClient, serviceAccountKey, type KeyPair, type PkiSetup } from '../../sim/pki';

/** A PEM as kubeconfig's `*-data` fields hold it. */
export function pemData(pem: string): string {
  return encodeBase64(pem);
}

export function keyPem(pair: KeyPair): string {
  return pemEncode('RSA PRIVATE KEY', encodePkcs1(pair.key));
}

/** When `kubeadm init` ran: the moment the cluster was set up. */
export function pkiSetup(cluster: Cluster, seed: number): PkiSetup {
  return { seed, initTime: cluster.config.startTime - cluster.config.clusterAgeMs };
}

/** The certificates and keys under /etc/kubernetes/pki on the control plane, by relative path. */
export function controlPlanePki(setup: PkiSetup, nodeName: string, nodeIP: string, clusterDomain: string): Record<string, string> {
  const files: Record<string, string> = {};
  const pairs = controlPlaneCertificates(setup, { nodeName, nodeIP, apiServiceIP: '10.96.0.1', clusterDomain });
  for (const [name, pair] of Object.entries(pairs)) {
    files[`${name}.crt`] = certificatePem(pair.cert);
    files[`${name}.key`] = keyPem(pair);
  }
  const sa = serviceAccountKey(setup);
  files['sa.key'] = pemEncode('RSA PRIVATE KEY', encodePkcs1(sa));
  files['sa.pub'] = pemEncode('PUBLIC KEY', encodeSpki(sa));
  return files;
}

/** A kubeconfig's embedded client certificate and key (base64 PEMs). */
export function embeddedClient(setup: PkiSetup, file: string, commonName: string, organizations: string[] = []): { certData: string; keyData: string } {
  const pair = kubeconfigClient(setup, file, commonName, organizations);
  return { certData: pemData(certificatePem(pair.cert)), keyData: pemData(keyPem(pair)) };
}

/** The kubelet's client certificate and key in one file (kubelet-client-current.pem). */
export function kubeletClientPem(setup: PkiSetup, nodeName: string): string {
  const pair = kubeconfigClient(setup, `kubelet/${nodeName}`, `system:node:${nodeName}`, ['system:nodes']);
  return certificatePem(pair.cert) + keyPem(pair);
}
