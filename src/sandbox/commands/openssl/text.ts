/** openssl 3.0's `-text` layouts for certificates, requests and RSA keys, and its one-line fields. */
import { bigintToBytes, type Bytes } from '../../../lib/pki/der';
import { decodeExtension, type Extension } from '../../../lib/pki/extensions';
import type { CertificateRequest } from '../../../lib/pki/csr';
import { formatName } from '../../../lib/pki/name';
import { EKU_NAMES, OID } from '../../../lib/pki/oids';
import { bitLength, type RsaPrivateKey, type RsaPublicKey } from '../../../lib/pki/rsa';
import type { Certificate } from '../../../lib/pki/x509';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Nov 25 10:00:00 2026 GMT` (the day padded with a space). */
export function opensslDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

/** Colon-separated hex in rows of `perRow`, each row indented; every row but the last ends with `:`. */
function hexRows(bytes: Bytes, perRow: number, indent: number): string {
  const rows: string[] = [];
  for (let i = 0; i < bytes.length; i += perRow) rows.push(bytes.slice(i, i + perRow).map(hex2).join(':'));
  return rows.map((r, i) => `${' '.repeat(indent)}${r}${i < rows.length - 1 ? ':' : ''}\n`).join('');
}

/** A big number as openssl's `-text` shows it: a leading 00 when the top bit is set. */
function bigRows(n: bigint, indent: number): string {
  const bytes = bigintToBytes(n);
  return hexRows((bytes[0] as number) & 0x80 ? [0, ...bytes] : bytes, 15, indent);
}

export function upperHex(bytes: Bytes): string {
  return bytes.map(hex2).join('').toUpperCase();
}

export function colonHex(bytes: Bytes): string {
  return bytes.map((b) => hex2(b).toUpperCase()).join(':');
}

function publicKeyText(k: RsaPublicKey): string {
  return (
    '        Subject Public Key Info:\n' +
    '            Public Key Algorithm: rsaEncryption\n' +
    `                Public-Key: (${bitLength(k.n)} bit)\n` +
    '                Modulus:\n' +
    bigRows(k.n, 20) +
    `                Exponent: ${k.e} (0x${k.e.toString(16)})\n`
  );
}

function serialText(serial: Bytes): string {
  if (serial.length <= 8 && !(serial.length === 8 && (serial[0] as number) & 0x80)) {
    let v = 0n;
    for (const b of serial) v = (v << 8n) | BigInt(b);
    return `        Serial Number: ${v} (0x${v.toString(16)})\n`;
  }
  return `        Serial Number:\n${' '.repeat(12)}${serial.map(hex2).join(':')}\n`;
}

const KEY_USAGE_TEXT: Record<string, string> = {
  'digital signature': 'Digital Signature',
  'content commitment': 'Non Repudiation',
  'key encipherment': 'Key Encipherment',
  'data encipherment': 'Data Encipherment',
  'key agreement': 'Key Agreement',
  'cert sign': 'Certificate Sign',
  'crl sign': 'CRL Sign',
  'encipher only': 'Encipher Only',
  'decipher only': 'Decipher Only',
};

const EXTENSION_NAMES: Record<string, string> = {
  [OID.subjectKeyIdentifier]: 'X509v3 Subject Key Identifier',
  [OID.keyUsage]: 'X509v3 Key Usage',
  [OID.subjectAltName]: 'X509v3 Subject Alternative Name',
  [OID.basicConstraints]: 'X509v3 Basic Constraints',
  [OID.authorityKeyIdentifier]: 'X509v3 Authority Key Identifier',
  [OID.extKeyUsage]: 'X509v3 Extended Key Usage',
};

function extensionValue(e: Extension): string {
  const d = decodeExtension(e);
  switch (e.oid) {
    case OID.basicConstraints:
      return d.ca ? 'CA:TRUE' : 'CA:FALSE';
    case OID.keyUsage:
      return (d.keyUsage ?? []).map((u) => KEY_USAGE_TEXT[u]).join(', ');
    case OID.extKeyUsage:
      return (d.extKeyUsage ?? []).map((o) => EKU_NAMES[o] ?? o).join(', ');
    case OID.subjectAltName:
      return (d.altNames ?? []).map((n) => `${n.kind === 'IP' ? 'IP Address' : n.kind}:${n.value}`).join(', ');
    case OID.subjectKeyIdentifier:
      return colonHex(d.subjectKeyId ?? []);
    case OID.authorityKeyIdentifier:
      return colonHex(d.authorityKeyId ?? []);
    default:
      return '';
  }
}

function extensionsText(extensions: Extension[], indent: number): string {
  const pad = ' '.repeat(indent);
  return extensions
    .map((e) => `${pad}${EXTENSION_NAMES[e.oid] ?? e.oid}: ${e.critical ? 'critical' : ''}\n${pad}    ${extensionValue(e)}\n`)
    .join('');
}

function signatureText(signature: Bytes): string {
  return `    Signature Algorithm: sha256WithRSAEncryption\n    Signature Value:\n${hexRows(signature, 18, 8)}`;
}

export function certificateText(c: Certificate): string {
  return (
    'Certificate:\n' +
    '    Data:\n' +
    `        Version: ${c.version} (0x${(c.version - 1).toString(16)})\n` +
    serialText(c.serial) +
    '        Signature Algorithm: sha256WithRSAEncryption\n' +
    `        Issuer: ${formatName(c.issuer)}\n` +
    '        Validity\n' +
    `            Not Before: ${opensslDate(c.notBefore)}\n` +
    `            Not After : ${opensslDate(c.notAfter)}\n` +
    `        Subject: ${formatName(c.subject)}\n` +
    publicKeyText(c.publicKey) +
    (c.extensions.length ? `        X509v3 extensions:\n${extensionsText(c.extensions, 12)}` : '') +
    signatureText(c.signature)
  );
}

export function requestText(r: CertificateRequest): string {
  const attributes = r.extensions.length ? `            Requested Extensions:\n${extensionsText(r.extensions, 16)}` : '            (none)\n            Requested Extensions:\n';
  return (
    'Certificate Request:\n' +
    '    Data:\n' +
    '        Version: 1 (0x0)\n' +
    `        Subject: ${formatName(r.subject)}\n` +
    publicKeyText(r.publicKey) +
    '        Attributes:\n' +
    attributes +
    signatureText(r.signature)
  );
}

export function privateKeyText(k: RsaPrivateKey): string {
  const field = (name: string, v: bigint) => `${name}:\n${bigRows(v, 4)}`;
  return (
    `Private-Key: (${bitLength(k.n)} bit, 2 primes)\n` +
    field('modulus', k.n) +
    `publicExponent: ${k.e} (0x${k.e.toString(16)})\n` +
    field('privateExponent', k.d) +
    field('prime1', k.p) +
    field('prime2', k.q) +
    field('exponent1', k.dp) +
    field('exponent2', k.dq) +
    field('coefficient', k.qinv)
  );
}

export function publicKeyOnlyText(k: RsaPublicKey): string {
  return `Public-Key: (${bitLength(k.n)} bit)\nModulus:\n${bigRows(k.n, 4)}Exponent: ${k.e} (0x${k.e.toString(16)})\n`;
}
