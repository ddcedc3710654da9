/**
 * The certificates `kubeadm init` makes (cmd/kubeadm/app/phases/certs, v1.35): three CAs valid ten
 * years, leaf certificates valid one year, all backdated five minutes from the moment of `init` and
 * issued with Go's crypto/x509 (subject O before CN, key usage and basic constraints critical, a
 * subject key id on CAs only, the CA's key id as authority key id on leaves). The cluster's CA
 * is needed by the API server's CSR signer as well as by the files on the control plane.
 */
import { authorityKeyIdentifier, basicConstraints, extKeyUsage, keyIdOf, keyUsage, subjectAltName, subjectKeyIdentifier, type AltNames } from '../../lib/pki/extensions';
import { goName } from '../../lib/pki/name';
import { OID } from '../../lib/pki/oids';
import type { RsaPrivateKey } from '../../lib/pki/rsa';
import { createCertificate, type Certificate } from '../../lib/pki/x509';
import { int63Serial, keyFor, streamFor } from './keys';

export interface KeyPair {
  cert: Certificate;
  key: RsaPrivateKey;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** kubeadm's CertificateBackdate. */
export const BACKDATE_MS = 5 * MINUTE;
export const CA_VALIDITY_MS = 3650 * DAY;
export const LEAF_VALIDITY_MS = 365 * DAY;

export interface PkiSetup {
  seed: number;
  /** When `kubeadm init` ran (virtual ms). */
  initTime: number;
}

export function selfSignedCa(setup: PkiSetup, name: string, commonName: string): KeyPair {
  const key = keyFor(setup.seed, name);
  const subject = goName({ commonName });
  const notBefore = setup.initTime - BACKDATE_MS;
  const cert = createCertificate(
    {
      serial: int63Serial(streamFor(setup.seed, `serial/${name}`)),
      issuer: subject,
      subject,
      notBefore,
      notAfter: notBefore + CA_VALIDITY_MS,
      publicKey: key,
      extensions: [keyUsage(['digital signature', 'key encipherment', 'cert sign']), basicConstraints(true), subjectKeyIdentifier(keyIdOf(key)), subjectAltName({ dns: [commonName] })],
    },
    key,
  );
  return { cert, key };
}

export interface LeafSpec {
  commonName: string;
  organizations?: string[];
  usages: ('server' | 'client')[];
  altNames?: AltNames;
}

export function signedLeaf(setup: PkiSetup, name: string, ca: KeyPair, spec: LeafSpec): KeyPair {
  const key = keyFor(setup.seed, name);
  const ekus = spec.usages.map((u) => (u === 'server' ? OID.serverAuth : OID.clientAuth));
  const hasAltNames = (spec.altNames?.dns?.length ?? 0) + (spec.altNames?.ips?.length ?? 0) > 0;
  const cert = createCertificate(
    {
      serial: int63Serial(streamFor(setup.seed, `serial/${name}`)),
      issuer: ca.cert.subject,
      subject: goName({ commonName: spec.commonName, organizations: spec.organizations ?? [] }),
      notBefore: ca.cert.notBefore,
      notAfter: setup.initTime + LEAF_VALIDITY_MS,
      publicKey: key,
      extensions: [
        keyUsage(['digital signature', 'key encipherment']),
        extKeyUsage(ekus),
        basicConstraints(false),
        authorityKeyIdentifier(keyIdOf(ca.cert.publicKey)),
        ...(hasAltNames ? [subjectAltName(spec.altNames ?? {})] : []),
      ],
    },
    ca.cert.publicKey,
  );
  return { cert, key };
}

export interface ControlPlaneIdentity {
  nodeName: string;
  nodeIP: string;
  /** The first address of the service CIDR (10.96.0.1). */
  apiServiceIP: string;
  clusterDomain: string;
}

/** The files under /etc/kubernetes/pki, by path relative to it (certificate or key pair; sa is a bare key). */
export function controlPlaneCertificates(setup: PkiSetup, cp: ControlPlaneIdentity): Record<string, KeyPair> {
  const ca = clusterCa(setup);
  const frontProxyCa = selfSignedCa(setup, 'front-proxy-ca', 'front-proxy-ca');
  const etcdCa = selfSignedCa(setup, 'etcd/ca', 'etcd-ca');
  const etcdNames: AltNames = { dns: [cp.nodeName, 'localhost'], ips: [cp.nodeIP, '127.0.0.1', '::1'] };
  const leaf = (name: string, issuer: KeyPair, spec: LeafSpec) => signedLeaf(setup, name, issuer, spec);
  return {
    ca,
    apiserver: leaf('apiserver', ca, {
      commonName: 'kube-apiserver',
      usages: ['server'],
      altNames: {
        dns: [cp.nodeName, 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', `kubernetes.default.svc.${cp.clusterDomain}`],
        ips: [cp.apiServiceIP, cp.nodeIP],
      },
    }),
    'apiserver-kubelet-client': leaf('apiserver-kubelet-client', ca, { commonName: 'kube-apiserver-kubelet-client', organizations: ['kubeadm:cluster-admins'], usages: ['client'] }),
    'front-proxy-ca': frontProxyCa,
    'front-proxy-client': leaf('front-proxy-client', frontProxyCa, { commonName: 'front-proxy-client', usages: ['client'] }),
    'etcd/ca': etcdCa,
    'etcd/server': leaf('etcd/server', etcdCa, { commonName: cp.nodeName, usages: ['server', 'client'], altNames: etcdNames }),
    'etcd/peer': leaf('etcd/peer', etcdCa, { commonName: cp.nodeName, usages: ['server', 'client'], altNames: etcdNames }),
    'etcd/healthcheck-client': leaf('etcd/healthcheck-client', etcdCa, { commonName: 'kube-etcd-healthcheck-client', usages: ['client'] }),
    'apiserver-etcd-client': leaf('apiserver-etcd-client', etcdCa, { commonName: 'kube-apiserver-etcd-client', usages: ['client'] }),
  };
}

/** The cluster CA (`/etc/kubernetes/pki/ca.crt`, CN=kubernetes): what client certificates are checked against. */
export function clusterCa(setup: PkiSetup): KeyPair {
  return selfSignedCa(setup, 'ca', 'kubernetes');
}

/** A kubeconfig's client certificate, signed by the cluster CA. */
export function kubeconfigClient(setup: PkiSetup, file: string, commonName: string, organizations: string[] = []): KeyPair {
  return signedLeaf(setup, `conf/${file}`, clusterCa(setup), { commonName, organizations, usages: ['client'] });
}

/** The service-account signing key (sa.key, sa.pub). */
export function serviceAccountKey(setup: PkiSetup): RsaPrivateKey {
  return keyFor(setup.seed, 'sa');
}
