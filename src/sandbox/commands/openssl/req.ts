/** `openssl req`: new requests from a key (`-new -key -subj`), self-signed certificates (`-x509`), and looking into requests. */
import { createRequest, requestSignatureValid } from '../../../lib/pki/csr';
import { authorityKeyIdentifier, basicConstraints, keyIdOf, subjectKeyIdentifier } from '../../../lib/pki/extensions';
import { formatName, parseSubject } from '../../../lib/pki/name';
import { pemEncode } from '../../../lib/pki/pem';
import { encodeSpki, generateRsaKey, modulusHex, type RsaPrivateKey } from '../../../lib/pki/rsa';
import { certificatePem, createCertificate } from '../../../lib/pki/x509';
import { randomSerial } from '../../../sim/pki';
import { loadPrivateKey, loadRequest, parseOptions, writeOutput, type OpensslContext } from './context';
import { privateKeyPem, progressDots } from './keys';
import { certificateText, requestText } from './text';

const DAY = 86_400_000;

export function req(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions(
    'req',
    args,
    ctx.out,
    { flags: ['new', 'x509', 'nodes', 'noenc', 'noout', 'text', 'verify', 'pubkey', 'modulus', 'subject', 'batch', 'sha256', 'utf8'], values: ['in', 'out', 'key', 'keyout', 'newkey', 'subj', 'days', 'config', 'addext', 'extensions', 'reqexts', 'set_serial', 'passout', 'passin'] },
    (name) => `req: Unknown option or message digest: ${name}`,
  );
  if (!parsed.ok) return;
  const { opts } = parsed;
  for (const unsupported of ['config', 'addext', 'extensions', 'reqexts', 'set_serial', 'passout', 'passin']) {
    if (opts.has(unsupported)) {
      ctx.out.fail(`req: -${unsupported} is not available in this simulation`);
      return;
    }
  }
  const creating = opts.has('new') || opts.has('newkey') || (opts.has('x509') && !opts.has('in'));
  if (!creating) {
    const request = loadRequest(ctx, opts.value('in'));
    if (!request) return;
    if (opts.has('verify')) ctx.out.err(requestSignatureValid(request) ? 'Certificate request self-signature verify OK\n' : 'Certificate request self-signature verify failure\n');
    if (opts.has('text')) ctx.out.out(requestText(request));
    if (opts.has('subject')) ctx.out.out(`subject=${formatName(request.subject)}\n`);
    if (opts.has('pubkey')) ctx.out.out(pemEncode('PUBLIC KEY', encodeSpki(request.publicKey)));
    if (opts.has('modulus')) ctx.out.out(`Modulus=${modulusHex(request.publicKey)}\n`);
    if (!opts.has('noout')) writeOutput(ctx, opts.value('out'), pemEncode('CERTIFICATE REQUEST', request.der));
    return;
  }
  const subj = opts.value('subj');
  if (subj === undefined) {
    ctx.out.fail('req: this terminal cannot answer the subject prompts (Country Name, ...); give the subject with -subj "/CN=jane/O=dev"');
    return;
  }
  const subject = parseSubject(subj);
  if (!subject.ok) {
    ctx.out.fail(`req: ${subject.error}`);
    return;
  }
  let key: RsaPrivateKey | undefined;
  const newkey = opts.value('newkey');
  if (newkey !== undefined) {
    const m = /^rsa(?::(\d+))?$/.exec(newkey);
    if (!m) {
      ctx.out.fail(`req: only -newkey rsa:BITS is available in this simulation (not ${newkey})`);
      return;
    }
    if (!opts.has('nodes') && !opts.has('noenc')) {
      ctx.out.fail('req: this terminal cannot ask for a PEM pass phrase; add -nodes (or -noenc) to write the key unencrypted');
      return;
    }
    key = generateRsaKey(ctx.random, Number(m[1] ?? 2048));
    ctx.out.err(progressDots(ctx.random) + progressDots(ctx.random));
    if (!writeOutput(ctx, opts.value('keyout') ?? 'privkey.pem', privateKeyPem(key), 0o600)) return;
    ctx.out.err('-----\n');
  } else {
    key = loadPrivateKey(ctx, opts.value('key'));
    if (!key) return;
  }
  if (opts.has('x509')) {
    const days = Number(opts.value('days') ?? '30');
    const keyId = keyIdOf(key);
    const cert = createCertificate(
      {
        serial: randomSerial(ctx.random, 20),
        issuer: subject.name,
        subject: subject.name,
        notBefore: ctx.now,
        notAfter: ctx.now + days * DAY,
        publicKey: key,
        extensions: [subjectKeyIdentifier(keyId), authorityKeyIdentifier(keyId), basicConstraints(true)],
      },
      key,
    );
    if (opts.has('text')) ctx.out.out(certificateText(cert));
    if (!opts.has('noout')) writeOutput(ctx, opts.value('out'), certificatePem(cert));
    return;
  }
  const request = createRequest(subject.name, key);
  if (opts.has('text')) ctx.out.out(requestText(request));
  if (!opts.has('noout')) writeOutput(ctx, opts.value('out'), pemEncode('CERTIFICATE REQUEST', request.der));
}
