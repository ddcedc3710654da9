/**
 * Who a client certificate says its holder is, as kube-apiserver's x509 authenticator decides it:
 * the certificate must parse, be signed by the client CA and be valid now; then the user is its
 * subject's CN and the groups are its O values (plus system:authenticated, as the API server adds).
 */
import { DerError } from '../../lib/pki/der';
import { decodeExtension } from '../../lib/pki/extensions';
import { nameValues } from '../../lib/pki/name';
import { OID } from '../../lib/pki/oids';
import { pemFind } from '../../lib/pki/pem';
import { parseCertificate, signedBy, type Certificate } from '../../lib/pki/x509';

export type CertificateIdentity = { ok: true; user: string; groups: string[] } | { ok: false; reason: string };

export function identityOfClientCertificate(certPem: string, caPem: string, now: number): CertificateIdentity {
  const cert = parsePem(certPem);
  const ca = parsePem(caPem);
  if (!cert) return { ok: false, reason: 'the client certificate is not a PEM certificate' };
  if (!ca) return { ok: false, reason: 'the certificate authority is not a PEM certificate' };
  if (!signedBy(cert, ca)) return { ok: false, reason: 'x509: certificate signed by unknown authority' };
  if (now < cert.notBefore || now > cert.notAfter) return { ok: false, reason: 'x509: certificate has expired or is not yet valid' };
  const eku = cert.extensions.find((e) => e.oid === OID.extKeyUsage);
  const usages = eku ? (decodeExtension(eku).extKeyUsage ?? []) : [];
  if (eku && !usages.includes(OID.clientAuth)) return { ok: false, reason: 'x509: certificate specifies an incompatible key usage' };
  const user = nameValues(cert.subject, OID.commonName).at(-1) ?? '';
  if (user === '') return { ok: false, reason: 'x509: the certificate has no common name' };
  return { ok: true, user, groups: [...nameValues(cert.subject, OID.organizationName), 'system:authenticated'] };
}

function parsePem(text: string): Certificate | undefined {
  const block = pemFind(text, 'CERTIFICATE');
  if (!block) return undefined;
  try {
    return parseCertificate(block.der);
  } catch (e) {
    if (e instanceof DerError) return undefined;
    throw e;
  }
}
