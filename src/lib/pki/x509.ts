/** X.509 certificates: built from a template and signed (simulated), and parsed back. */
import { DerError, TAG, bits, child, explicit, expectTag, int, nul, oid, parseDer, rawOf, readBits, readOid, readTime, readUint, seq, time, uintBytes, valueOf, type Bytes } from './der';
import { encodeExtension, type Extension } from './extensions';
import { decodeName, encodeName, sameName, type DistinguishedName } from './name';
import { OID } from './oids';
import { pemEncode } from './pem';
import { decodeSpki, encodeSpki, type RsaPublicKey } from './rsa';
import { sameBytes, simulatedSignature } from './signature';

export interface CertificateTemplate {
  /** Big-endian magnitude. */
  serial: Bytes;
  issuer: DistinguishedName;
  subject: DistinguishedName;
  notBefore: number;
  notAfter: number;
  publicKey: RsaPublicKey;
  /** None gives a version 1 certificate, as `openssl x509 -req` without extensions writes. */
  extensions: Extension[];
}

export interface Certificate extends CertificateTemplate {
  /** 1 or 3, as printed. */
  version: number;
  signatureAlgorithm: string;
  tbs: Bytes;
  signature: Bytes;
  der: Bytes;
}

const sha256WithRsa = (): Bytes => seq(oid(OID.sha256WithRSAEncryption), nul());

/** Signs `t` as the holder of `signerKey` would (a self-signed certificate passes its own key). */
export function createCertificate(t: CertificateTemplate, signerKey: RsaPublicKey): Certificate {
  const v3 = t.extensions.length > 0;
  const tbs = seq(
    ...(v3 ? [explicit(0, int(2))] : []),
    uintBytes(t.serial),
    sha256WithRsa(),
    encodeName(t.issuer),
    seq(time(t.notBefore), time(t.notAfter)),
    encodeName(t.subject),
    encodeSpki(t.publicKey),
    ...(v3 ? [explicit(3, seq(...t.extensions.map(encodeExtension)))] : []),
  );
  const signature = simulatedSignature(tbs, signerKey);
  const der = seq(tbs, sha256WithRsa(), bits(signature));
  return { ...t, publicKey: { n: t.publicKey.n, e: t.publicKey.e }, version: v3 ? 3 : 1, signatureAlgorithm: OID.sha256WithRSAEncryption, tbs, signature, der };
}

export function parseCertificate(der: Bytes): Certificate {
  const root = expectTag(parseDer(der), TAG.SEQUENCE);
  const tbsNode = expectTag(child(root, 0), TAG.SEQUENCE);
  let i = 0;
  let version = 1;
  const first = child(tbsNode, 0);
  if (first.tag === 0xa0) {
    version = Number(valueOf(child(first, 0))[0] ?? 0) + 1;
    i = 1;
  }
  const serial = readUint(child(tbsNode, i));
  const validity = child(tbsNode, i + 3);
  const extensions: Extension[] = [];
  const extNode = tbsNode.children.slice(i + 6).find((c) => c.tag === 0xa3);
  if (extNode) {
    for (const e of child(extNode, 0).children) {
      const critical = e.children.length === 3 && valueOf(child(e, 1))[0] !== 0;
      extensions.push({ oid: readOid(child(e, 0)), critical, value: valueOf(expectTag(child(e, e.children.length - 1), TAG.OCTET_STRING)) });
    }
  }
  if (root.children.length !== 3) throw new DerError('certificate is not three elements');
  return {
    version,
    serial,
    signatureAlgorithm: readOid(child(child(root, 1), 0)),
    issuer: decodeName(child(tbsNode, i + 2)),
    notBefore: readTime(child(validity, 0)),
    notAfter: readTime(child(validity, 1)),
    subject: decodeName(child(tbsNode, i + 4)),
    publicKey: decodeSpki(child(tbsNode, i + 5)),
    extensions,
    tbs: rawOf(tbsNode),
    signature: readBits(child(root, 2)).bytes,
    der,
  };
}

export function certificatePem(c: Pick<Certificate, 'der'>): string {
  return pemEncode('CERTIFICATE', c.der);
}

/** Whether `issuer` signed `cert`: its subject is the certificate's issuer and its key reproduces the signature. */
export function signedBy(cert: Certificate, issuer: Pick<Certificate, 'subject' | 'publicKey'>): boolean {
  return sameName(cert.issuer, issuer.subject) && sameBytes(cert.signature, simulatedSignature(cert.tbs, issuer.publicKey));
}
