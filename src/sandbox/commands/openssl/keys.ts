/** `openssl genrsa`, `genpkey -algorithm RSA` and `rsa`: making keys and looking into them. */
import type { Random } from '../../../lib/random';
import { pemEncode } from '../../../lib/pki/pem';
import { encodePkcs1, encodePkcs8, encodeSpki, generateRsaKey, modulusHex, type RsaPrivateKey } from '../../../lib/pki/rsa';
import { loadPrivateKey, parseOptions, writeOutput, type OpensslContext } from './context';
import { privateKeyText } from './text';

export function privateKeyPem(key: RsaPrivateKey, traditional = false): string {
  return traditional ? pemEncode('RSA PRIVATE KEY', encodePkcs1(key)) : pemEncode('PRIVATE KEY', encodePkcs8(key));
}

/**
 * The progress line openssl prints per prime search (genpkey, req -newkey): `.` per candidate, `+`
 * per test passed, 65 `+` then `*` for each prime found; shaped like the real one, drawn from `random`.
 */
export function progressDots(random: Random): string {
  let line = '';
  for (let prime = 0; prime < 3; prime++) {
    const candidates = 1 + random.int(25);
    for (let c = 0; c < candidates; c++) line += `${'.'.repeat(1 + random.int(8))}+`;
    line += '+'.repeat(65) + (prime < 2 ? '*' : '\n');
  }
  return line;
}

export function genrsa(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions('genrsa', args, ctx.out, { flags: ['traditional', 'verbose', 'quiet', '3', 'F4', 'f4'], values: ['out', 'passout', 'primes'] }, (name) => `genrsa: Unknown cipher: ${name}`);
  if (!parsed.ok) return;
  const { opts } = parsed;
  const bitsText = opts.operands[0] ?? '2048';
  if (!/^\d+$/.test(bitsText)) {
    ctx.out.fail(`genrsa: Can't parse "${bitsText}" as a number`);
    return;
  }
  const bits = Number(bitsText);
  if (bits < 512 || bits > 16384) {
    ctx.out.fail(`genrsa: Key size ${bits} is not supported here (512 to 16384 bits)`);
    return;
  }
  const key = generateRsaKey(ctx.random, bits);
  if (opts.has('verbose')) ctx.out.err(progressDots(ctx.random));
  writeOutput(ctx, opts.value('out'), privateKeyPem(key, opts.has('traditional')), 0o600);
}

export function genpkey(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions('genpkey', args, ctx.out, { flags: ['quiet', 'text', 'traditional'], values: ['algorithm', 'pkeyopt', 'out', 'outform', 'pass'] }, (name) => `genpkey: Unknown option: -${name}`);
  if (!parsed.ok) return;
  const { opts } = parsed;
  const algorithm = opts.value('algorithm');
  if (algorithm === undefined) {
    ctx.out.fail('genpkey: No keytype specified.\ngenpkey: Use -help for summary.');
    return;
  }
  if (algorithm.toUpperCase() !== 'RSA') {
    ctx.out.fail(`genpkey: only -algorithm RSA is available in this simulation (not ${algorithm})`);
    return;
  }
  let bits = 2048;
  for (const o of opts.list.filter((x) => x.name === 'pkeyopt')) {
    const m = /^rsa_keygen_bits:(\d+)$/.exec(o.value);
    if (!m) {
      ctx.out.fail(`genpkey: Error setting ${o.value} parameter:\ngenpkey: Use -help for summary.`);
      return;
    }
    bits = Number(m[1]);
  }
  const key = generateRsaKey(ctx.random, bits);
  if (!opts.has('quiet')) ctx.out.err(progressDots(ctx.random) + progressDots(ctx.random));
  const text = privateKeyPem(key, opts.has('traditional')) + (opts.has('text') ? privateKeyText(key) : '');
  writeOutput(ctx, opts.value('out'), text, 0o600);
}

export function rsa(args: string[], ctx: OpensslContext): void {
  const parsed = parseOptions('rsa', args, ctx.out, { flags: ['noout', 'text', 'modulus', 'pubout', 'traditional', 'check'], values: ['in', 'out', 'passin', 'passout', 'inform', 'outform'] });
  if (!parsed.ok) return;
  const { opts } = parsed;
  const key = loadPrivateKey(ctx, opts.value('in'));
  if (!key) return;
  if (opts.has('text')) ctx.out.out(privateKeyText(key));
  if (opts.has('modulus')) ctx.out.out(`Modulus=${modulusHex(key)}\n`);
  if (opts.has('check')) ctx.out.out('RSA key ok\n');
  if (opts.has('noout')) return;
  ctx.out.err('writing RSA key\n');
  const pem = opts.has('pubout') ? pemEncode('PUBLIC KEY', encodeSpki(key)) : privateKeyPem(key, opts.has('traditional'));
  writeOutput(ctx, opts.value('out'), pem, opts.has('pubout') ? 0o644 : 0o600);
}
