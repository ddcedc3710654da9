/**
 * What every openssl subcommand shares: its option grammar (`-name [value]`, in order), reading and
 * writing files relative to the shell's directory, the PEM objects it loads with openssl 3.0's error
 * lines, and the random stream keys and serials come from.
 */
import { errorText, isFsError, resolvePath, type CommandIO, type Output } from '../../../shell';
import type { Random } from '../../../lib/random';
import { DerError } from '../../../lib/pki/der';
import { parseRequest, type CertificateRequest } from '../../../lib/pki/csr';
import { pemFind } from '../../../lib/pki/pem';
import { decodePkcs1, decodePkcs8, type RsaPrivateKey } from '../../../lib/pki/rsa';
import { parseCertificate, type Certificate } from '../../../lib/pki/x509';

/** The thread id openssl prefixes error lines with (a fixed one: real ones change every run). */
export const TID = '40C7D1E5A07F0000';

export interface OpensslContext {
  io: CommandIO;
  out: Output;
  /** Draws key material and serials; the sandbox lends its cluster's seeded generator. */
  random: Random;
  now: number;
}

export interface ParsedOptions {
  /** Options in the order given: name without the dash, and its value when it takes one. */
  list: { name: string; value: string }[];
  operands: string[];
  has(name: string): boolean;
  value(name: string): string | undefined;
}

export type OptionsResult = { ok: true; opts: ParsedOptions } | { ok: false };

/**
 * `flags` take no value, `values` take the next argument. Anything else starting with `-` is
 * refused the way the subcommand's parser words it (`unknown` builds that message).
 */
export function parseOptions(cmd: string, args: string[], out: Output, spec: { flags: string[]; values: string[] }, unknown = (name: string) => `${cmd}: Unknown option: -${name}`): OptionsResult {
  const list: { name: string; value: string }[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const name = arg.replace(/^--?/, '');
    if (spec.flags.includes(name)) list.push({ name, value: '' });
    else if (spec.values.includes(name)) {
      const value = args[i + 1];
      if (value === undefined) {
        out.fail(`${cmd}: Option -${name} needs a value\n${cmd}: Use -help for summary.`);
        return { ok: false };
      }
      list.push({ name, value });
      i++;
    } else {
      out.fail(`${unknown(name)}\n${cmd}: Use -help for summary.`);
      return { ok: false };
    }
  }
  const opts: ParsedOptions = {
    list,
    operands,
    has: (name) => list.some((o) => o.name === name),
    value: (name) => [...list].reverse().find((o) => o.name === name)?.value,
  };
  return { ok: true, opts };
}

/** A file's text, `-` or no name for stdin; undefined when it does not exist. */
export function readText(ctx: OpensslContext, name: string | undefined): string | undefined {
  if (name === undefined || name === '-') return ctx.io.stdin;
  const text = ctx.io.fs.readFile(resolvePath(ctx.io.cwd, name));
  return isFsError(text) ? undefined : text;
}

/** Writes to `-out` (stdout without it); false after printing openssl's error when it cannot. */
export function writeOutput(ctx: OpensslContext, name: string | undefined, text: string, mode = 0o644): boolean {
  if (name === undefined || name === '-') {
    ctx.out.out(text);
    return true;
  }
  const path = resolvePath(ctx.io.cwd, name);
  const error = ctx.io.fs.writeFile(path, text, { mode });
  if (error) {
    ctx.out.fail(`Can't open "${name}" for writing, ${errorText(error)}`);
    return false;
  }
  return true;
}

function storeOpenError(what: string, name: string): string {
  return (
    `Could not open file or uri for loading ${what} from ${name}\n` +
    `${TID}:error:16000069:STORE routines:ossl_store_get0_loader_int:unregistered scheme:../crypto/store/store_register.c:237:scheme=file\n` +
    `${TID}:error:80000002:system library:file_open:No such file or directory:../providers/implementations/storemgmt/file_store.c:266:calling stat(${name})`
  );
}

function tryParse<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (e instanceof DerError || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** A certificate from `-in` (or stdin), with `x509`'s and `verify`'s messages. `what` is e.g. `certificate` or `CA certificate`. */
export function loadCertificate(ctx: OpensslContext, name: string | undefined, what = 'certificate', unable = 'Unable to load certificate'): Certificate | undefined {
  const shown = name === undefined || name === '-' ? '<stdin>' : name;
  const text = readText(ctx, name);
  if (text === undefined) {
    ctx.out.fail(`${storeOpenError(what, shown)}\n${unable}`);
    return undefined;
  }
  const block = pemFind(text, 'CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE');
  const cert = block && tryParse(() => parseCertificate(block.der));
  if (!cert) {
    const detail = text.trim() === '' ? '' : `${TID}:error:1608010C:STORE routines:ossl_store_handle_load_result:unsupported:../crypto/store/store_result.c:149:\n`;
    ctx.out.fail(`Could not read ${what} from ${shown}\n${detail}${unable}`);
    return undefined;
  }
  return cert;
}

/** An RSA private key (PKCS#1 or PKCS#8 PEM). */
export function loadPrivateKey(ctx: OpensslContext, name: string | undefined, what = 'private key'): RsaPrivateKey | undefined {
  const shown = name === undefined || name === '-' ? '<stdin>' : name;
  const text = readText(ctx, name);
  if (text === undefined) {
    ctx.out.fail(storeOpenError(what, shown));
    return undefined;
  }
  const pkcs8 = pemFind(text, 'PRIVATE KEY');
  const pkcs1 = pemFind(text, 'RSA PRIVATE KEY');
  const key = pkcs8 ? tryParse(() => decodePkcs8(pkcs8.der)) : pkcs1 ? tryParse(() => decodePkcs1(pkcs1.der)) : undefined;
  if (!key) {
    ctx.out.fail(`Could not read ${what} from ${shown}`);
    return undefined;
  }
  return key;
}

/** A certificate request, with `req`'s messages (it opens files through a BIO, not the store). */
export function loadRequest(ctx: OpensslContext, name: string | undefined): CertificateRequest | undefined {
  const text = readText(ctx, name);
  if (text === undefined) {
    ctx.out.fail(
      `Can't open "${name}" for reading, No such file or directory\n` +
        `${TID}:error:80000002:system library:BIO_new_file:No such file or directory:../crypto/bio/bss_file.c:67:calling fopen(${name}, r)\n` +
        `${TID}:error:10000080:BIO routines:BIO_new_file:no such file:../crypto/bio/bss_file.c:75:\n` +
        'Unable to load X509 request',
    );
    return undefined;
  }
  const block = pemFind(text, 'CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST');
  const req = block && tryParse(() => parseRequest(block.der));
  if (!req) {
    ctx.out.fail(`Unable to load X509 request\n${TID}:error:0480006C:PEM routines:get_name:no start line:../crypto/pem/pem_lib.c:760:Expecting: CERTIFICATE REQUEST`);
    return undefined;
  }
  return req;
}
