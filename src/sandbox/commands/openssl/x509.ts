/** `openssl x509`: printing a certificate's fields, and signing a request with a CA (`-req -CA -CAkey`). */
import { sha1Bytes } from '../../../lib/sha1';
import { sha256Bytes } from '../../../lib/sha256';
import { requestSignatureValid } from '../../../lib/pki/csr';
import { formatName } from '../../../lib/pki/name';
import { pemEncode } from '../../../lib/pki/pem';
import { encodeSpki, modulusHex } from '../../../lib/pki/rsa';
import { certificatePem, createCertificate, type Certificate } from '../../../lib/pki/x509';
import { randomSerial } from '../../../sim/pki';
import { bytesToBigint, bigintToBytes } from '../../../lib/pki/der';
import { TID, loadCertificate, loadPrivateKey, loadRequest, parseOptions, readText, writeOutput, type OpensslContext } from './context';
import { colonHex, certificateText, opensslDate, upperHex } from './text';

const DAY = 86_400_000;
const PRINTS = ['text', 'subject', 'issuer', 'dates', 'startdate', 'enddate', 'serial', 'fingerprint', 'pubkey', 'modulus'];

export function x509(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions(
    'x509',
    args,
    ctx.out,
    { flags: ['req', 'noout', 'CAcreateserial', 'sha1', 'sha256', 'md5', ...PRINTS], values: ['in', 'out', 'CA', 'CAkey', 'CAserial', 'days', 'extfile', 'extensions', 'signkey', 'checkend', 'set_serial', 'inform', 'outform'] },
    (name) => `x509: Unknown option or message digest: ${name}`,
  );
  if (!parsed.ok) return;
  const { opts } = parsed;
  for (const unsupported of ['extfile', 'extensions', 'signkey', 'set_serial', 'inform', 'outform']) {
    if (opts.has(unsupported)) {
      ctx.out.fail(`x509: -${unsupported} is not available in this simulation`);
      return;
    }
  }
  const cert = opts.has('req') ? signRequest(ctx, opts.value('in'), opts) : loadCertificate(ctx, opts.value('in'));
  if (!cert) return;
  // Each print option takes the place of its last mention; -dates stands for -startdate and -enddate.
  const order: { name: string; at: number }[] = [];
  opts.list.forEach((o, i) => {
    const names = o.name === 'dates' ? ['startdate', 'enddate'] : PRINTS.includes(o.name) ? [o.name] : [];
    for (const name of names) {
      const existing = order.findIndex((x) => x.name === name);
      if (existing >= 0) order.splice(existing, 1);
      order.push({ name, at: i });
    }
  });
  const digest = opts.list.filter((o) => ['sha1', 'sha256', 'md5'].includes(o.name)).at(-1)?.name ?? 'sha1';
  for (const { name } of order) ctx.out.out(printField(cert, name, digest));
  if (opts.has('checkend')) {
    const seconds = Number(opts.value('checkend'));
    const expires = cert.notAfter < ctx.now + seconds * 1000;
    ctx.out.out(expires ? 'Certificate will expire\n' : 'Certificate will not expire\n');
    if (expires) ctx.out.exitCode = 1;
  }
  if (!opts.has('noout')) writeOutput(ctx, opts.value('out'), certificatePem(cert));
}

function printField(cert: Certificate, name: string, digest: string): string {
  switch (name) {
    case 'text':
      return certificateText(cert);
    case 'subject':
      return `subject=${formatName(cert.subject)}\n`;
    case 'issuer':
      return `issuer=${formatName(cert.issuer)}\n`;
    case 'startdate':
      return `notBefore=${opensslDate(cert.notBefore)}\n`;
    case 'enddate':
      return `notAfter=${opensslDate(cert.notAfter)}\n`;
    case 'serial':
      return `serial=${upperHex(cert.serial)}\n`;
    case 'fingerprint':
      if (digest === 'sha256') return `sha256 Fingerprint=${colonHex(sha256Bytes(cert.der))}\n`;
      return `SHA1 Fingerprint=${colonHex(sha1Bytes(cert.der))}\n`;
    case 'pubkey':
      return pemEncode('PUBLIC KEY', encodeSpki(cert.publicKey));
    case 'modulus':
      return `Modulus=${modulusHex(cert.publicKey)}\n`;
    default:
      return '';
  }
}

/** `x509 -req -in csr -CA ca.crt -CAkey ca.key`: a version 1 certificate for the request's subject and key. */
function signRequest(ctx: OpensslContext, input: string | undefined, opts: { value(n: string): string | undefined; has(n: string): boolean }): Certificate | undefined {
  const request = loadRequest(ctx, input);
  if (!request) return undefined;
  if (!requestSignatureValid(request)) {
    ctx.out.fail('Certificate request self-signature did not match the contents');
    return undefined;
  }
  ctx.out.err(`Certificate request self-signature ok\nsubject=${formatName(request.subject)}\n`);
  const caName = opts.value('CA');
  if (caName === undefined) {
    ctx.out.fail('x509: -req needs -CA and -CAkey in this simulation (self-signing with -signkey is not available)');
    return undefined;
  }
  const ca = loadCertificate(ctx, caName, 'CA certificate', 'Unable to load CA certificate');
  if (!ca) return undefined;
  const caKey = loadPrivateKey(ctx, opts.value('CAkey') ?? caName, 'CA private key');
  if (!caKey) return undefined;
  if (caKey.n !== ca.publicKey.n) {
    ctx.out.fail(`CA certificate and CA private key do not match\n${TID}:error:05800074:x509 certificate routines:X509_check_private_key:key values mismatch:../crypto/x509/x509_cmp.c:403:`);
    return undefined;
  }
  const serial = nextSerial(ctx, caName, opts);
  if (!serial) return undefined;
  const days = Number(opts.value('days') ?? '30');
  return createCertificate(
    { serial, issuer: ca.subject, subject: request.subject, notBefore: ctx.now, notAfter: ctx.now + days * DAY, publicKey: request.publicKey, extensions: [] },
    ca.publicKey,
  );
}

/** The serial file beside the CA (`ca.srl`) is read and advanced when it exists; -CAcreateserial starts one. */
function nextSerial(ctx: OpensslContext, caName: string, opts: { value(n: string): string | undefined; has(n: string): boolean }): number[] | undefined {
  const file = opts.value('CAserial') ?? `${caName.replace(/\.[^./]*$/, '')}.srl`;
  const existing = readText(ctx, file);
  if (existing !== undefined && /^[0-9A-Fa-f]+\s*$/.test(existing)) {
    const next = bigintToBytes(bytesToBigint(hexBytes(existing.trim())) + 1n);
    return writeOutput(ctx, file, `${upperHex(next)}\n`) ? next : undefined;
  }
  const serial = randomSerial(ctx.random, 20);
  if (opts.has('CAcreateserial') || opts.value('CAserial') !== undefined) {
    if (!writeOutput(ctx, file, `${upperHex(serial)}\n`)) return undefined;
  }
  return serial;
}

function hexBytes(hex: string): number[] {
  const padded = hex.length % 2 ? `0${hex}` : hex;
  const out: number[] = [];
  for (let i = 0; i < padded.length; i += 2) out.push(parseInt(padded.slice(i, i + 2), 16));
  return out;
}
