/**
 * A simple command: expand the words, apply `FOO=bar` assignments and redirections, find the
 * command (registry, `/usr/bin/name`, an executable script file), run it, route its output.
 */
import { type ExpandContext, type ExpandResult, expandString, expandTarget, expandWords } from '../expand/expand';
import { isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { SimpleCommand, Word } from '../parser/ast';
import { parse } from '../parser/parser';
import type { Command, CommandIO, CommandResult, OutputChunk, ShellServices } from '../types';
import { type Destination, FdTable, OutputSink } from './destinations';
import type { ExecContext, Executor } from './executor';
import { callFunction, declareLocal, returnFromFunction } from './functions';
import { type RedirectDeps, applyRedirects } from './redirects';

export function redirectDeps(ex: Executor, ctx: ExecContext): RedirectDeps {
  const expand = ex.expandContext(ctx);
  return {
    fs: ex.host.fs,
    cwd: ex.host.cwd,
    target: (word) => expandTarget(word, expand),
    text: (word) => expandString(word, expand),
  };
}

export function runSimple(ex: Executor, node: SimpleCommand, ctx: ExecContext): number {
  const host = ex.host;
  ex.substitutionStatus = undefined;
  const expand = ex.expandContext(ctx);
  const argv = expandArguments(node.words, expand);
  // Ctrl-C inside a `$(...)` kills the command line before the command it was building runs.
  if (ex.checkInterrupt()) return ex.status;
  if (!argv.ok) return fail(ctx, argv.error);
  const assignments: Array<[string, string]> = [];
  for (const a of node.assignments) {
    const value = expandString(a.value, expand);
    if (!value.ok) return fail(ctx, value.error);
    assignments.push([a.name, a.append ? (host.env.get(a.name) ?? '') + value.value : value.value]);
  }
  const redirected = applyRedirects(node.redirects, ctx.fds, ctx.stdin, redirectDeps(ex, ctx));
  if (!redirected.ok) return fail(ctx, redirected.error);
  if (argv.value.length === 0) {
    for (const [name, value] of assignments) host.env.set(name, value);
    return ex.substitutionStatus ?? 0;
  }
  const env = Object.fromEntries(assignments);
  return runArgv(ex, argv.value, env, { fds: redirected.fds, stdin: redirected.stdin, stdinIsFile: redirected.stdinIsFile ?? ctx.stdinIsFile });
}

/** Builtins whose `NAME=value` arguments are expanded like assignments: no splitting, no globbing. */
const DECLARATIONS = new Set(['export', 'alias', 'readonly', 'declare', 'local', 'typeset']);

function expandArguments(words: readonly Word[], expand: ExpandContext): ExpandResult<string[]> {
  const first = words[0]?.parts[0];
  if (!(first?.kind === 'text' && !first.quoted && words[0]?.parts.length === 1 && DECLARATIONS.has(first.text))) return expandWords(words, expand);
  const out: string[] = [];
  for (const word of words) {
    const head = word.parts[0];
    const isAssignment = head?.kind === 'text' && !head.quoted && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(head.text);
    const expanded = isAssignment ? expandString(word, expand) : expandWords([word], expand);
    if (!expanded.ok) return expanded;
    if (typeof expanded.value === 'string') out.push(expanded.value);
    else out.push(...expanded.value);
  }
  return { ok: true, value: out };
}

function fail(ctx: ExecContext, message: string): number {
  ctx.fds.err.write(`bash: ${message}\n`);
  return 1;
}

/** Runs an expanded command line: `argv[0]` looked up, the rest its arguments. */
export function runArgv(ex: Executor, argv: string[], extraEnv: Record<string, string>, ctx: ExecContext): number {
  const name = argv[0] ?? '';
  const args = argv.slice(1);
  if (name === 'break' || name === 'continue') return loopControl(ex, name, args, ctx);
  if (name === 'return') return returnFromFunction(ex, args, ctx);
  if (name === 'local') return declareLocal(ex, args, ctx);
  // An interactive bash announces `exit` before looking at its arguments.
  if (name === 'exit' && ex.interactive) ctx.fds.err.write('exit\n');
  const fn = ex.host.functions.get(name);
  if (fn) return callFunction(ex, fn, args, ctx);
  const found = findCommand(ex, name);
  if ('error' in found) {
    ctx.fds.err.write(`bash: ${found.error}\n`);
    return found.status;
  }
  const io: CommandIO = {
    stdin: ctx.stdin,
    env: environment(ex, extraEnv),
    cwd: ex.host.cwd,
    fs: ex.host.fs,
    host: ex.host,
    shell: services(ex, ctx),
    stdoutIsTerminal: ctx.fds.out.terminal,
    stdinIsFile: ctx.stdinIsFile ?? false,
    columns: ex.options.columns,
    stream: (fd, text) => {
      ctx.fds.get(fd)?.write(text);
    },
  };
  let result: CommandResult;
  try {
    result = found.command.execute(args, io);
  } catch (e) {
    // A bug in a command must not take the terminal down; it shows up as a failed command.
    result = { stdout: '', stderr: `${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
  }
  let status = result.exitCode;
  if (!route(result, ctx.fds, found.builtin ? `bash: ${name}` : name)) status = 1;
  if (result.exit) ex.exitCode = result.exit.code;
  return status;
}

/** Sends a result's output through the descriptor table; false if a write failed. */
export function route(result: CommandResult, fds: FdTable, writer: string): boolean {
  const chunks: OutputChunk[] = result.interleaved ?? [
    { fd: 1, text: result.stdout },
    { fd: 2, text: result.stderr },
  ];
  let ok = true;
  for (const chunk of chunks) {
    if (chunk.text === '') continue;
    const dest: Destination | undefined = fds.get(chunk.fd);
    if (!dest) continue;
    const error = dest.write(chunk.text);
    if (error && ok) {
      fds.err.write(`${writer}: write error: ${error}\n`);
      ok = false;
    }
  }
  return ok;
}

type Found = { command: Command; builtin: boolean } | { error: string; status: number };

function findCommand(ex: Executor, name: string): Found {
  const { commands, fs, cwd } = ex.host;
  if (!name.includes('/')) {
    const entry = commands.get(name);
    return entry ? { command: entry.command, builtin: entry.kind === 'builtin' } : { error: `${name}: command not found`, status: 127 };
  }
  const path = resolvePath(cwd, name);
  const entry = commands.byPath(path);
  if (entry) return { command: entry.command, builtin: false };
  const st = fs.stat(path);
  if (isFsError(st)) return { error: `${name}: No such file or directory`, status: 127 };
  if (st.type === 'dir') return { error: `${name}: Is a directory`, status: 126 };
  if ((st.mode & 0o111) === 0) return { error: `${name}: Permission denied`, status: 126 };
  return { command: scriptCommand(path, name), builtin: false };
}

/** An executable text file runs as a bash script in a subshell. */
function scriptCommand(path: string, name: string): Command {
  return {
    execute(args, io) {
      const source = io.fs.readFile(path);
      if (isFsError(source)) return { stdout: '', stderr: `bash: ${name}: No such file or directory\n`, exitCode: 127 };
      return io.shell.runScript(source.replace(/^#!.*\n/, ''), io.stdin, { subshell: true, env: io.env, args, name });
    },
  };
}

function loopControl(ex: Executor, name: string, args: string[], ctx: ExecContext): number {
  if (ex.loopDepth === 0) {
    ctx.fds.err.write(`bash: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`);
    return 0;
  }
  const levels = args[0] === undefined ? 1 : Number(args[0]);
  if (!Number.isInteger(levels) || levels < 1) {
    ctx.fds.err.write(`bash: ${name}: ${args[0]}: loop count out of range\n`);
    return 1;
  }
  const n = Math.min(levels, ex.loopDepth);
  if (name === 'break') ex.breakLevels = n;
  else ex.continueLevels = n;
  return 0;
}

/** A command's environment: `FOO=bar cmd` assignments first (last one first, as bash orders them), then the exported variables. */
function environment(ex: Executor, extraEnv: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of Object.keys(extraEnv).reverse()) env[name] = extraEnv[name] ?? '';
  for (const [name, value] of Object.entries(ex.host.env.exported())) if (!(name in env)) env[name] = value;
  return env;
}

/** What commands may ask of the shell (see ShellServices). */
function services(ex: Executor, ctx: ExecContext): ShellServices {
  return {
    lastExitCode: () => ex.status,
    runScript(source, stdin, options = {}) {
      const target = options.subshell ? ex.process(options.env ?? ex.host.env.exported()) : ex;
      const saved = { positional: target.positional, scriptName: target.scriptName };
      if (options.args) target.positional = options.args;
      if (options.name && options.subshell) target.scriptName = options.name;
      const sink = new OutputSink(ctx.fds.out.terminal);
      const parsed = parse(source, { aliases: ex.host.aliases });
      if (!parsed.ok) {
        const prefix = options.name ? `${options.name}: line 1: ` : '';
        return { stdout: '', stderr: `bash: ${prefix}${parsed.error}\n`, exitCode: 2 };
      }
      target.runScript(parsed.script, { fds: FdTable.of(sink.out, sink.err), stdin });
      Object.assign(target, saved);
      const exitCode = target.exitCode ?? target.status;
      const result: CommandResult = { stdout: sink.text(1), stderr: sink.text(2), exitCode, interleaved: sink.chunks };
      if (!options.subshell && target.exitCode !== undefined) result.exit = { code: target.exitCode };
      return result;
    },
    runArgv(argv, stdin, env) {
      const sub = ex.process(env ?? ex.host.env.exported());
      const sink = new OutputSink(false);
      const status = runArgv(sub, argv, {}, { fds: FdTable.of(sink.out, sink.err), stdin });
      return { stdout: sink.text(1), stderr: sink.text(2), exitCode: status, interleaved: sink.chunks };
    },
  };
}
