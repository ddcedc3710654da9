/**
 * Look-alike certificates and keys for the files kubeadm leaves on a node. They are not valid
 * DER, only shaped like it (PEM armour, 64-column base64, the `MII…` start of a DER sequence), and
 * drawn from their own seeded generator so the cluster's random sequence is left alone.
 */
import { encodeBase64, encodeBase64Bytes } from '../../lib/base64';
import { Random } from '../../lib/random';

export type PemKind = 'CERTIFICATE' | 'RSA PRIVATE KEY' | 'PUBLIC KEY';

/** Typical DER sizes in bytes: a kubeadm certificate, an RSA 2048 key, its public half. */
const DER_BYTES: Record<PemKind, number> = { CERTIFICATE: 1107, 'RSA PRIVATE KEY': 1191, 'PUBLIC KEY': 294 };

export class PemFactory {
  private readonly random: Random;

  constructor(seed: number) {
    // A fixed offset keeps this sequence apart from the cluster's, which starts from the same seed.
    this.random = new Random((seed ^ 0x6b756265) >>> 0);
  }

  pem(kind: PemKind): string {
    const size = DER_BYTES[kind];
    const body = size - 4;
    const bytes = [0x30, 0x82, body >> 8, body & 0xff];
    for (let i = 4; i < size; i++) bytes.push(this.random.nextUint32() & 0xff);
    const text = encodeBase64Bytes(bytes);
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += 64) lines.push(text.slice(i, i + 64));
    return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----\n`;
  }
}

/** A PEM as kubeconfig's `*-data` fields hold it. */
export function pemData(pem: string): string {
  return encodeBase64(pem);
}

/** The certificates and keys kubeadm writes under /etc/kubernetes/pki on the control plane, by relative path. */
export function controlPlanePki(factory: PemFactory): Record<string, string> {
  const files: Record<string, string> = {};
  const pair = (name: string) => {
    files[`${name}.crt`] = factory.pem('CERTIFICATE');
    files[`${name}.key`] = factory.pem('RSA PRIVATE KEY');
  };
  ['ca', 'apiserver', 'apiserver-kubelet-client', 'front-proxy-ca', 'front-proxy-client', 'etcd/ca', 'etcd/server', 'etcd/peer', 'etcd/healthcheck-client', 'apiserver-etcd-client'].forEach(pair);
  files['sa.key'] = factory.pem('RSA PRIVATE KEY');
  files['sa.pub'] = factory.pem('PUBLIC KEY');
  return files;
}
