/** Shell functions: calling one with its arguments as `$1`..., `return`, and `local` variables. */
import type { FunctionDefinition } from '../parser/ast';
import type { ExecContext, Executor } from './executor';
import { isValidName } from './variables';

/** bash nests function calls up to FUNCNEST (unlimited); we stop runaway recursion here. */
export const MAX_CALL_DEPTH = 200;

export function callFunction(ex: Executor, fn: FunctionDefinition, args: string[], ctx: ExecContext): number {
  if (ex.calls.length >= MAX_CALL_DEPTH) {
    ctx.fds.err.write(`bash: ${fn.name}: maximum function nesting level exceeded (${MAX_CALL_DEPTH})\n`);
    return 1;
  }
  const savedPositional = ex.positional;
  const locals = new Map<string, { value: string; exported: boolean } | undefined>();
  ex.positional = args;
  ex.calls.push(locals);
  try {
    return ex.runCommand(fn.body, ctx);
  } finally {
    ex.calls.pop();
    ex.positional = savedPositional;
    ex.returning = false;
    // Locals go back to what they were before the call.
    for (const [name, previous] of locals) {
      if (previous) ex.host.env.set(name, previous.value, previous.exported);
      else ex.host.env.unset(name);
    }
  }
}

export function returnFromFunction(ex: Executor, args: string[], ctx: ExecContext): number {
  if (ex.calls.length === 0) {
    ctx.fds.err.write("bash: return: can only `return' from a function or sourced script\n");
    return 1;
  }
  const arg = args[0];
  let status = ex.status;
  if (arg !== undefined) {
    if (!/^[-+]?[0-9]+$/.test(arg)) {
      ctx.fds.err.write(`bash: return: ${arg}: numeric argument required\n`);
      status = 2;
    } else status = ((Number(arg) % 256) + 256) % 256;
  }
  ex.returning = true;
  return status;
}

export function declareLocal(ex: Executor, args: string[], ctx: ExecContext): number {
  const frame = ex.calls[ex.calls.length - 1];
  if (!frame) {
    ctx.fds.err.write('bash: local: can only be used in a function\n');
    return 1;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!isValidName(name)) {
      ctx.fds.err.write(`bash: local: \`${arg}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (!frame.has(name)) {
      const value = ex.host.env.get(name);
      frame.set(name, value === undefined ? undefined : { value, exported: ex.host.env.isExported(name) });
    }
    ex.host.env.set(name, eq < 0 ? '' : arg.slice(eq + 1));
  }
  return status;
}
