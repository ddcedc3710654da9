/**
 * How kube-controller-manager's local signer turns an approved request into a certificate
 * (pkg/controller/certificates/authority, PermissiveSigningPolicy, v1.35): the request's subject
 * re-encoded the way Go's pkix.Name writes it, its SANs, its public key; key usages and extended
 * key usages from spec.usages (the request's own extensions are dropped); not a CA; a 128-bit
 * random serial; valid from five minutes ago, for the requested duration (at most the signer's,
 * a year; at least ten minutes) less the five minutes of backdating unless that duration is under
 * eight hours; never past the CA's own end.
 */
import { authorityKeyIdentifier, basicConstraints, decodeExtension, extKeyUsage, keyIdOf, keyUsage, subjectAltName, type KeyUsage } from '../../../lib/pki/extensions';
import type { CertificateRequest } from '../../../lib/pki/csr';
import { goReencode } from '../../../lib/pki/name';
import { OID } from '../../../lib/pki/oids';
import type { Random } from '../../../lib/random';
import { createCertificate, type Certificate } from '../../../lib/pki/x509';
import { randomSerial, type KeyPair } from '../../pki';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BACKDATE_MS = 5 * MINUTE;
const SHORT_MS = 8 * HOUR;
const MIN_DURATION_MS = 10 * MINUTE;
/** --cluster-signing-duration's default. */
export const SIGNING_DURATION_MS = 365 * 24 * HOUR;

const KEY_USAGES: Record<string, KeyUsage> = {
  signing: 'digital signature',
  'digital signature': 'digital signature',
  'content commitment': 'content commitment',
  'key encipherment': 'key encipherment',
  'key agreement': 'key agreement',
  'data encipherment': 'data encipherment',
  'cert sign': 'cert sign',
  'crl sign': 'crl sign',
  'encipher only': 'encipher only',
  'decipher only': 'decipher only',
};

/** Extended key usages in Go's x509.ExtKeyUsage order (the order the certificate lists them). */
const EXT_KEY_USAGES: [string, string][] = [
  ['any', '2.5.29.37.0'],
  ['server auth', OID.serverAuth],
  ['client auth', OID.clientAuth],
  ['code signing', OID.codeSigning],
  ['email protection', OID.emailProtection],
  ['s/mime', OID.emailProtection],
  ['ipsec end system', '1.3.6.1.5.5.7.3.5'],
  ['ipsec tunnel', '1.3.6.1.5.5.7.3.6'],
  ['ipsec user', '1.3.6.1.5.5.7.3.7'],
  ['timestamping', OID.timeStamping],
  ['ocsp signing', OID.ocspSigning],
  ['microsoft sgc', '1.3.6.1.4.1.311.10.3.3'],
  ['netscape sgc', '2.16.840.1.113730.4.1'],
];

/** The signer's TTL for `expirationSeconds` (signer.duration). */
export function signedDurationMs(expirationSeconds: number | undefined): number {
  if (expirationSeconds === undefined) return SIGNING_DURATION_MS;
  const requested = expirationSeconds * 1000;
  if (requested > SIGNING_DURATION_MS) return SIGNING_DURATION_MS;
  return Math.max(requested, MIN_DURATION_MS);
}

export interface SignInput {
  request: CertificateRequest;
  usages: string[];
  expirationSeconds?: number;
  now: number;
  ca: KeyPair;
  /** The serial's random source. */
  random: Random;
}

export function signRequest(input: SignInput): Certificate | string {
  const { request, usages, now, ca } = input;
  const caEnd = ca.cert.notAfter;
  const notBefore = now - BACKDATE_MS;
  if (notBefore >= caEnd) return `the signer has expired: NotAfter=${new Date(caEnd).toISOString()}`;
  const ttl = signedDurationMs(input.expirationSeconds);
  const notAfter = Math.min(ttl < SHORT_MS ? now + ttl : now + ttl - BACKDATE_MS, caEnd);
  const keyBits = [...new Set(usages.map((u) => KEY_USAGES[u]).filter((u): u is KeyUsage => u !== undefined))];
  const ekus = [...new Set(EXT_KEY_USAGES.filter(([name]) => usages.includes(name)).map(([, oid]) => oid))];
  const san = request.extensions.find((e) => e.oid === OID.subjectAltName);
  const altNames = san ? (decodeExtension(san).altNames ?? []) : [];
  const pick = (kind: string) => altNames.filter((a) => a.kind === kind).map((a) => a.value);
  return createCertificate(
    {
      serial: randomSerial(input.random, 16),
      issuer: ca.cert.subject,
      subject: goReencode(request.subject),
      notBefore,
      notAfter,
      publicKey: request.publicKey,
      extensions: [
        ...(keyBits.length ? [keyUsage(keyBits)] : []),
        ...(ekus.length ? [extKeyUsage(ekus)] : []),
        basicConstraints(false),
        authorityKeyIdentifier(keyIdOf(ca.cert.publicKey)),
        ...(altNames.length ? [subjectAltName({ dns: pick('DNS'), emails: pick('email'), ips: pick('IP'), uris: pick('URI') })] : []),
      ],
    },
    ca.cert.publicKey,
  );
}
