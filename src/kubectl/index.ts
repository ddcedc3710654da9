// The kubectl emulator's entry point: `kubectl(args, ctx)` runs one command line against the
// simulated cluster and returns what real kubectl v1.35 would print and its exit code.

import { execute } from './cli/dispatch';
import { COMMAND_TREE } from './commands';
import type { KubectlContext, KubectlResult } from './context';

export type { ExecSession, KubeconfigFile, KubectlContext, KubectlContextTarget, KubectlFiles, KubectlResult } from './context';
export type { CommandSpec, Invocation } from './cli/command';
export type { KubectlError } from './cli/errors';
export { renderError } from './cli/errors';
export { COMMAND_TREE } from './commands';

/**
 * Runs `kubectl <args…>` (args without the word `kubectl`). Never throws: failures are returned
 * as stderr text with exit code 1; an unexpected internal fault is reported the same way.
 */
export function kubectl(args: readonly string[], ctx: KubectlContext): KubectlResult {
  try {
    return execute(COMMAND_TREE, args, ctx);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { stdout: '', stderr: `error: internal error in the kubectl simulator: ${why}\n`, exitCode: 1 };
  }
}
