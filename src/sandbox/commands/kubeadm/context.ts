/**
 * What every kubeadm subcommand shares: its flags (pflag's grammar: `--name=value`, `--name value`,
 * `-o yaml`, `-oyaml`), the files it reads and writes on the current machine, and errors as
 * kubeadm's CheckErr prints them (the message, then the hint about the stack trace; exit 1).
 */
import { errorText, isFsError, type CommandIO, type Output } from '../../../shell';
import { binaryVersion } from '../../packages/data';
import type { SandboxServices } from '../services';

export const KUBERNETES_DIR = '/etc/kubernetes';
export const ADMIN_CONF = `${KUBERNETES_DIR}/admin.conf`;

export interface KubeadmContext {
  io: CommandIO;
  out: Output;
  svc: SandboxServices;
  now: number;
}

export interface FlagSpec {
  /** Flags that take a value, by long name; `shorthand` maps one letter to a long name. */
  values: string[];
  bools: string[];
  shorthand?: Record<string, string>;
}

export interface ParsedArgs {
  args: string[];
  flags: Map<string, string>;
}

/**
 * A call to the API server takes time: kubeadm reads its configuration or the tokens before it
 * acts, so what it writes (a token's expiration, a certificate's notAfter) is a little later than
 * the moment the command started, and a listing right after shows `23h`, `364d` as on a real
 * cluster rather than a round `1d` or `1y`.
 */
export const API_ROUND_TRIP_MS = 250;

export function contactApiServer(ctx: KubeadmContext): void {
  ctx.svc.clock.sleep(API_ROUND_TRIP_MS);
  ctx.now = ctx.svc.clock.now();
}

/** The version of the kubeadm binary running: the package installed on this machine. */
export function kubeadmVersion(ctx: KubeadmContext): string {
  const packages = ctx.svc.machine(ctx.io.host.hostName)?.packages;
  return (packages && binaryVersion(packages, 'kubeadm')) ?? ctx.svc.cluster.config.version;
}

/** kubeadm's CheckErr: the error, the stack-trace hint, exit status 1. */
export function fail(ctx: KubeadmContext, message: string): void {
  ctx.out.fail(`${message}\nTo see the stack trace of this error execute with --v=5 or higher`);
}

/** Splits flags from positional arguments; undefined after printing pflag's error. */
export function parseFlags(ctx: KubeadmContext, argv: string[], spec: FlagSpec): ParsedArgs | undefined {
  const flags = new Map<string, string>();
  const args: string[] = [];
  const known = (name: string) => spec.values.includes(name) || spec.bools.includes(name) || name === 'v' || name === 'rootfs';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.push(arg);
      continue;
    }
    let name: string;
    let value: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      value = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!known(name)) {
        fail(ctx, `unknown flag: --${name}`);
        return undefined;
      }
    } else {
      const letter = arg[1] as string;
      const long = spec.shorthand?.[letter];
      if (!long) {
        fail(ctx, `unknown shorthand flag: '${letter}' in ${arg}`);
        return undefined;
      }
      name = long;
      const rest = arg.slice(2).replace(/^=/, '');
      value = rest === '' ? undefined : rest;
    }
    if (spec.bools.includes(name)) {
      flags.set(name, value ?? 'true');
      continue;
    }
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined) {
        fail(ctx, `flag needs an argument: --${name}`);
        return undefined;
      }
      i++;
    }
    flags.set(name, value);
  }
  return { args, flags };
}

/** A file's text on this machine, or the error Go's os.Open gives for it. */
export function readFile(ctx: KubeadmContext, path: string): { text: string } | { error: string } {
  const text = ctx.io.fs.readFile(path);
  if (isFsError(text)) return { error: `open ${path}: ${errorText(text).toLowerCase()}` };
  return { text };
}

export function exists(ctx: KubeadmContext, path: string): boolean {
  return !isFsError(ctx.io.fs.readFile(path));
}

/** Writes a file kubeadm owns, keeping the mode it had (0600 for keys and kubeconfigs). */
export function writeFile(ctx: KubeadmContext, path: string, text: string, mode: number): void {
  ctx.io.fs.writeFile(path, text, { mode });
}
