/** `openssl verify`, `base64` (alias of `enc -base64`) and `version`. */
import { decodeBase64Bytes, encodeBase64Bytes, utf8Bytes, utf8Decode } from '../../../lib/base64';
import { formatName, sameName } from '../../../lib/pki/name';
import { signedBy } from '../../../lib/pki/x509';
import { loadCertificate, parseOptions, readText, writeOutput, type OpensslContext } from './context';

/** Ubuntu 24.04's openssl, as on the nodes. */
export const OPENSSL_VERSION = 'OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)';

export function version(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions('version', args, ctx.out, { flags: ['a', 'v', 'b', 'o', 'f', 'p', 'd'], values: [] });
  if (!parsed.ok) return;
  ctx.out.out(`${OPENSSL_VERSION}\n`);
}

export function verify(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions('verify', args, ctx.out, { flags: ['verbose', 'x509_strict', 'show_chain'], values: ['CAfile', 'untrusted'] }, (name) => `verify: Unknown option: -${name}`);
  if (!parsed.ok) return;
  const { opts } = parsed;
  const caFile = opts.value('CAfile');
  const ca = caFile === undefined ? undefined : loadCertificate(ctx, caFile, 'certificates', 'Unable to load certificates');
  if (caFile !== undefined && !ca) {
    ctx.out.exitCode = 2;
    return;
  }
  let failed = false;
  for (const name of opts.operands.length ? opts.operands : ['-']) {
    const shown = name === '-' ? 'stdin' : name;
    const cert = loadCertificate(ctx, name, 'certificate', `error ${shown}: verification failed`);
    if (!cert) {
      failed = true;
      continue;
    }
    const error = verifyError(cert, ca, ctx.now);
    if (error) {
      ctx.out.err(`${formatName(cert.subject)}\nerror ${error} at 0 depth lookup: ${ERRORS[error]}\nerror ${shown}: verification failed\n`);
      failed = true;
    } else ctx.out.out(`${shown}: OK\n`);
  }
  if (failed) ctx.out.exitCode = 2;
}

const ERRORS: Record<number, string> = {
  7: 'certificate signature failure',
  9: 'certificate is not yet valid',
  10: 'certificate has expired',
  18: 'self-signed certificate',
  20: 'unable to get local issuer certificate',
};

function verifyError(cert: Parameters<typeof signedBy>[0], ca: Parameters<typeof signedBy>[0] | undefined, now: number): number | undefined {
  const selfIssued = sameName(cert.issuer, cert.subject);
  const trusted = ca && sameName(cert.issuer, ca.subject);
  if (!trusted) return selfIssued ? 18 : 20;
  if (!signedBy(cert, ca)) return 7;
  if (now < cert.notBefore) return 9;
  if (now > cert.notAfter) return 10;
  return undefined;
}

export function base64(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions('base64', args, ctx.out, { flags: ['d', 'e', 'A', 'a'], values: ['in', 'out'] }, (name) => `base64: Unknown option: -${name}`);
  if (!parsed.ok) return;
  const { opts } = parsed;
  const input = readText(ctx, opts.value('in'));
  if (input === undefined) {
    ctx.out.fail(`Can't open "${opts.value('in')}" for reading, No such file or directory`);
    return;
  }
  if (opts.has('d')) {
    const text = opts.has('A') ? input.replace(/\s+/g, '') : input;
    writeOutput(ctx, opts.value('out'), utf8Decode(decodeBase64Bytes(text)));
    return;
  }
  const encoded = encodeBase64Bytes(utf8Bytes(input));
  if (encoded === '') return;
  const lines: string[] = [];
  if (opts.has('A')) lines.push(encoded);
  else for (let i = 0; i < encoded.length; i += 64) lines.push(encoded.slice(i, i + 64));
  writeOutput(ctx, opts.value('out'), `${lines.join('\n')}\n`);
}
