// cobra's Execute for the kubectl command tree: find the command among the arguments (flags may come
// first), parse the flags with that command's flag set, handle --help, required flags and unknown
// commands, run, and render any failure the way kubectl's CheckErr does. Never throws.

import type { KubectlContext, KubectlResult } from '../context';
import { Output } from '../context';
import type { CommandSpec, Invocation } from './command';
import { messageError, renderError, type KubectlError } from './errors';
import { parseFlags } from './flag-parser';
import { FlagSet, noOptDefault, type FlagSpec, type FlagValues } from './flags';
import { GLOBAL_FLAGS, isTarget, resolveTarget } from './global-flags';
import { renderCommandHelp, renderRootHelp, type CommandGroup } from './help';
import { suggestionText } from './suggest';
import { applyKubeconfig, currentContext, isKubectlError } from '../kubeconfig/current';
import { impersonationFrom, isImpersonation } from '../auth/impersonation';
import { authenticatedCluster, impersonatingCluster } from '../auth/authorizing-cluster';
import { clientIdentity } from '../auth/client-identity';
import { ADMIN_USER } from '../auth/admin-user';

export interface CommandTree {
  readonly root: CommandSpec;
  /** How `kubectl --help` groups the root's commands. */
  readonly groups: readonly CommandGroup[];
}

const flagSetFor = (cmd: CommandSpec): FlagSet => new FlagSet([...(cmd.flags ?? []), ...GLOBAL_FLAGS]);

/** Does `--name` / `-n` (given without `=value`) consume the next argument? */
function takesValue(arg: string, flags: FlagSet): boolean {
  if (arg.includes('=')) return false;
  if (arg.startsWith('--')) {
    const spec = flags.lookup(arg.slice(2));
    return !spec || noOptDefault(spec) === '';
  }
  if (arg.startsWith('-') && arg.length === 2) {
    const spec = flags.byShorthand.get(arg.slice(1));
    return !spec || noOptDefault(spec) === '';
  }
  return false;
}

/** cobra's stripFlags: the words among `args` that are neither flags nor flag values. */
export function stripFlags(args: readonly string[], flags: FlagSet): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const s = args[i] as string;
    if (s === '--') break;
    if (s.startsWith('-') && takesValue(s, flags)) {
      if (args.length - i - 1 <= 1) break;
      i++;
      continue;
    }
    if (s !== '' && !s.startsWith('-')) words.push(s);
  }
  return words;
}

/** cobra's argsMinusFirstX: `args` without the first word equal to `x` that is not a flag value. */
function argsMinusFirst(args: readonly string[], x: string, flags: FlagSet): string[] {
  for (let i = 0; i < args.length; i++) {
    const s = args[i] as string;
    if (s === '--') break;
    if (s.startsWith('-') && takesValue(s, flags)) {
      i++;
      continue;
    }
    if (!s.startsWith('-') && s === x) return [...args.slice(0, i), ...args.slice(i + 1)];
  }
  return [...args];
}

function findCommand(root: CommandSpec, args: readonly string[]): { path: CommandSpec[]; rest: string[] } {
  const path = [root];
  let rest = [...args];
  for (;;) {
    const cmd = path[path.length - 1] as CommandSpec;
    const flags = flagSetFor(cmd);
    const word = stripFlags(rest, flags)[0];
    if (word === undefined) break;
    const next = (cmd.subcommands ?? []).find((c) => c.name === word || (c.aliases ?? []).includes(word));
    if (!next) break;
    rest = argsMinusFirst(rest, word, flags);
    path.push(next);
  }
  return { path, rest };
}

/**
 * Commands that never build an API client, so the client configuration (impersonation included)
 * is not checked: `kubectl config …` reads the kubeconfig file itself.
 */
const CLIENTLESS = new Set(['config', 'completion', 'options', 'help']);

const needsClient = (path: readonly CommandSpec[], flags: FlagValues): boolean => {
  const top = path[1]?.name ?? '';
  return !CLIENTLESS.has(top) && !(top === 'version' && flags.bool('client'));
};

/** Runs one kubectl command line (without the leading `kubectl`). */
export function execute(tree: CommandTree, argv: readonly string[], ctx: KubectlContext): KubectlResult {
  const out = new Output(ctx.onOutput ? (fd, text) => ctx.onOutput?.(fd, text) : undefined);
  const fail = (err: KubectlError): KubectlResult => {
    out.err(renderError(err));
    return { stdout: out.stdout, stderr: out.stderr, exitCode: err.kind === 'exit' && err.code !== undefined ? err.code : 1 };
  };
  const done = (): KubectlResult => ({ stdout: out.stdout, stderr: out.stderr, exitCode: 0, ...(out.session ? { session: out.session } : {}) });

  const { path, rest } = findCommand(tree.root, argv);
  const cmd = path[path.length - 1] as CommandSpec;
  const commandPath = path.map((c) => c.name).join(' ');
  const flagSet = flagSetFor(cmd);
  if (cmd === tree.root) {
    const word = stripFlags(rest, flagSet)[0];
    if (word !== undefined) {
      return fail(messageError(`unknown command "${word}" for "kubectl"${suggestionText(word, tree.root.subcommands ?? [])}`));
    }
  }
  const parsed = parseFlags(flagSet, rest);
  if (!parsed.ok) return fail(messageError(`${parsed.message}\nSee '${commandPath} --help' for usage.`));
  for (const notice of parsed.notices) out.err(`${notice}\n`);
  const { values } = parsed;
  if (values.bool('help') || (cmd === tree.root && !cmd.run)) {
    out.out(cmd === tree.root ? renderRootHelp(tree.groups, tree.root.subcommands ?? []) : renderCommandHelp(cmd, commandPath, cmd.flags ?? []));
    return done();
  }
  if (!cmd.run) {
    out.out(renderCommandHelp(cmd, commandPath, cmd.flags ?? []));
    return { stdout: out.stdout, stderr: out.stderr, exitCode: 1 };
  }
  const missing = (cmd.flags ?? []).filter((f: FlagSpec) => f.required && !values.changed(f.name));
  if (missing.length > 0) return fail(messageError(`required flag(s) ${missing.map((f) => `"${f.name}"`).join(', ')} not set`));
  // The kubeconfig file (when the host gives one) decides the current context and its namespace.
  const configured = applyKubeconfig(ctx);
  if (isKubectlError(configured)) return fail(configured);
  const ownFlags = new Set((cmd.flags ?? []).map((f) => f.name));
  const target = resolveTarget(values, configured, ownFlags);
  if (!isTarget(target)) return fail(target);
  const client = needsClient(path, values);
  // Who the API server takes kubectl for: kubeadm's admin, or the kubeconfig user's own identity.
  const identity = client ? clientIdentity(ctx, target.cluster, values, ownFlags) : undefined;
  if (identity && 'kind' in identity) return fail(identity);
  // --as: every API request of this command is made as the impersonated user.
  const impersonation = client ? impersonationFrom(values, (ownFlags.has('user') ? '' : values.string('user')) || currentContext(configured)?.userName || ADMIN_USER.name) : undefined;
  if (impersonation && !isImpersonation(impersonation)) return fail(impersonation);
  let cluster = target.cluster;
  if (impersonation) cluster = impersonatingCluster(target.cluster, impersonation, identity);
  else if (identity) cluster = authenticatedCluster(target.cluster, identity);
  const inv: Invocation = {
    ctx,
    cluster,
    namespace: target.namespace,
    explicitNamespace: target.explicitNamespace,
    args: parsed.args,
    argsLenAtDash: parsed.argsLenAtDash,
    flags: values,
    out,
    commandPath,
  };
  const err = cmd.run(inv);
  if (err) return fail(err);
  if (values.bool('warnings-as-errors') && out.warningCount > 0) {
    return fail(messageError(`${out.warningCount} warning${out.warningCount === 1 ? '' : 's'} received`));
  }
  return done();
}
