/** PKCS#10 certificate requests: what `openssl req -new` writes and the CSR API's spec.request holds. */
import { TAG, bits, child, expectTag, explicit, int, nul, oid, parseDer, rawOf, readBits, readOid, seq, set, valueOf, type Bytes } from './der';
import { encodeExtension, type Extension } from './extensions';
import { decodeName, encodeName, type DistinguishedName } from './name';
import { OID } from './oids';
import { decodeSpki, encodeSpki, type RsaPublicKey } from './rsa';
import { sameBytes, simulatedSignature } from './signature';

export interface CertificateRequest {
  subject: DistinguishedName;
  publicKey: RsaPublicKey;
  /** From the extensionRequest attribute. */
  extensions: Extension[];
  info: Bytes;
  signature: Bytes;
  signatureAlgorithm: string;
  der: Bytes;
}

export function createRequest(subject: DistinguishedName, key: RsaPublicKey, extensions: Extension[] = []): CertificateRequest {
  const attributes = extensions.length ? [seq(oid(OID.extensionRequest), set(seq(...extensions.map(encodeExtension))))] : [];
  const info = seq(int(0), encodeName(subject), encodeSpki(key), explicit(0, attributes.flat()));
  const signature = simulatedSignature(info, key);
  const der = seq(info, seq(oid(OID.sha256WithRSAEncryption), nul()), bits(signature));
  return { subject, publicKey: { n: key.n, e: key.e }, extensions, info, signature, signatureAlgorithm: OID.sha256WithRSAEncryption, der };
}

export function parseRequest(der: Bytes): CertificateRequest {
  const root = expectTag(parseDer(der), TAG.SEQUENCE);
  const info = expectTag(child(root, 0), TAG.SEQUENCE);
  const extensions: Extension[] = [];
  const attrs = info.children[3];
  for (const attr of attrs?.children ?? []) {
    if (readOid(child(attr, 0)) !== OID.extensionRequest) continue;
    for (const e of child(child(attr, 1), 0).children) {
      const critical = e.children.length === 3 && valueOf(child(e, 1))[0] !== 0;
      extensions.push({ oid: readOid(child(e, 0)), critical, value: valueOf(child(e, e.children.length - 1)) });
    }
  }
  return {
    subject: decodeName(child(info, 1)),
    publicKey: decodeSpki(child(info, 2)),
    extensions,
    info: rawOf(info),
    signature: readBits(child(root, 2)).bytes,
    signatureAlgorithm: readOid(child(child(root, 1), 0)),
    der,
  };
}

/** The request's self-signature: made with the key whose public half it carries. */
export function requestSignatureValid(r: CertificateRequest): boolean {
  return sameBytes(r.signature, simulatedSignature(r.info, r.publicKey));
}
