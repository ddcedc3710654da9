// The shape of a kubectl command (a cobra.Command reduced to what the emulator needs) and what a
// running command is handed.

import type { Cluster } from '../../sim/cluster';
import type { KubectlContext, Output } from '../context';
import type { KubectlError } from './errors';
import type { FlagSpec, FlagValues } from './flags';

export interface Invocation {
  readonly ctx: KubectlContext;
  /** The cluster of the selected context. */
  readonly cluster: Cluster;
  /** -n, or the context's namespace. */
  readonly namespace: string;
  /** Whether -n was given. */
  readonly explicitNamespace: boolean;
  /** Positional arguments. */
  readonly args: readonly string[];
  /** How many positional arguments came before `--`, or -1. */
  readonly argsLenAtDash: number;
  readonly flags: FlagValues;
  readonly out: Output;
  /** `kubectl get`, `kubectl rollout status`: for messages like "See 'kubectl get -h'". */
  readonly commandPath: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** One line (our own words) for command lists. */
  readonly short: string;
  /** The help text's opening paragraph(s); `short` when omitted. */
  readonly long?: string;
  /** Help examples, already indented by two spaces. */
  readonly example?: string;
  /** The usage line after the command path, e.g. `TYPE [NAME | -l label] [options]`. */
  readonly use?: string;
  readonly flags?: readonly FlagSpec[];
  readonly subcommands?: readonly CommandSpec[];
  /** Hidden commands are runnable but never suggested or listed. */
  readonly hidden?: boolean;
  /** Typed names that should suggest this command (`list`, `ps` → get). */
  readonly suggestFor?: readonly string[];
  /** Runs the command; output goes to `inv.out`, a failure is returned. */
  readonly run?: (inv: Invocation) => KubectlError | undefined;
}

/** A command that exists in real kubectl but not (yet) in this simulator. */
export function notYetSupported(name: string, short: string, subcommands?: readonly CommandSpec[]): CommandSpec {
  return {
    name,
    short,
    ...(subcommands ? { subcommands } : {}),
    run: (inv) => ({ kind: 'message', message: `"${inv.commandPath}" is not available in this simulator yet` }),
  };
}
