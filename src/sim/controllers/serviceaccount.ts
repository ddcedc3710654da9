import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import type { Controller } from './controller';

export const SERVICEACCOUNT_CONTROLLER = 'serviceaccount-controller';

/** A placeholder CA bundle: the simulation has no real PKI, but files and describe output need one. */
export const CLUSTER_CA_PEM = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDBTCCAe2gAwIBAgIIKUBEr0yAHKIwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE',
  'AxMKa3ViZXJuZXRlczAeFw0yNjExMTQxNDU4NTZaFw0zNjExMTIxNTAzNTZaMBUx',
  'EzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK',
  'a3ViZWRvam8gc2ltdWxhdGVkIGNsdXN0ZXIgQ0EgLSBub3QgYSByZWFsIGtleQ==',
  '-----END CERTIFICATE-----',
  '',
].join('\n');

/**
 * Every active namespace gets a `default` ServiceAccount (serviceaccount-controller) and the
 * `kube-root-ca.crt` ConfigMap (root-ca-cert-publisher), as soon as it exists.
 */
export function serviceAccountController(ctx: SimContext): Controller {
  return {
    name: SERVICEACCOUNT_CONTROLLER,
    watches: {
      namespaces: (e) => (e.type === 'DELETED' ? undefined : e.object.metadata.name),
      serviceaccounts: (e) => (e.type === 'DELETED' && e.object.metadata.name === 'default' ? e.object.metadata.namespace : undefined),
      configmaps: (e) => (e.type === 'DELETED' && e.object.metadata.name === 'kube-root-ca.crt' ? e.object.metadata.namespace : undefined),
    },
    reconcile(ns) {
      const namespace = ctx.api.peek<KubeObject>('namespaces', undefined, ns);
      if (!namespace || namespace.metadata.deletionTimestamp) return;
      if (!ctx.api.peek('serviceaccounts', ns, 'default')) {
        ctx.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } });
      }
      if (!ctx.api.peek('configmaps', ns, 'kube-root-ca.crt')) {
        ctx.api.create({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'kube-root-ca.crt', namespace: ns, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } },
          data: { 'ca.crt': CLUSTER_CA_PEM },
        });
      }
    },
  };
}
