/**
 * Starting programs inside a container: the process environment the runtime builds, argv[0]
 * resolution as runc does it (StartError texts), and dispatch to the program implementations
 * (image-specific first, then the base OS's generic tools, then `#!` scripts).
 */
import { canonicalBin, executables, readFile, which } from './fs';
import type { Machine, Spawner, Tool, ToolCall } from './machine';
import type { Io } from './shell/io';
import { GENERIC_TOOLS } from './tools';
import type { ContainerContext, ImageVariant } from './types';
import { expandK8sVars } from './expand-vars';

/** The argv the runtime starts: Kubernetes command/args over the image's ENTRYPOINT/CMD, `$(VAR)` expanded. */
export function effectiveArgv(ctx: ContainerContext, variant: ImageVariant): string[] {
  const expand = (list: string[]): string[] => list.map((s) => expandK8sVars(s, ctx.env));
  if (ctx.command && ctx.command.length) return [...expand(ctx.command), ...expand(ctx.args ?? [])];
  if (ctx.args && ctx.args.length) return [...variant.entrypoint, ...expand(ctx.args)];
  return [...variant.entrypoint, ...variant.cmd];
}

/**
 * The process environment as containerd builds it: PATH, HOSTNAME, the image's Env, the container's
 * env (replacing same-named entries in place), and HOME appended by runc when missing.
 */
export function processEnv(variant: ImageVariant, ctx: ContainerContext): Map<string, string> {
  const env = new Map<string, string>();
  env.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  env.set('HOSTNAME', ctx.hostname ?? ctx.podName);
  for (const [k, v] of variant.env) env.set(k, v);
  for (const [k, v] of Object.entries(ctx.env)) env.set(k, v);
  if (!env.has('HOME')) env.set('HOME', variant.user && variant.user !== 'root' && variant.user !== '0' ? '/' : '/root');
  return env;
}

const TOOL_CACHE = new WeakMap<Machine, Record<string, Tool>>();

function familyBins(m: Machine): Record<string, Tool> {
  let bins = TOOL_CACHE.get(m);
  if (!bins) {
    bins = m.family.bins(m.variant);
    TOOL_CACHE.set(m, bins);
  }
  return bins;
}

function findTool(m: Machine, path: string): Tool | undefined {
  const canonical = canonicalBin(m, path);
  const own = familyBins(m)[canonical];
  if (own) return own;
  if (!executables(m).has(canonical)) return undefined;
  return GENERIC_TOOLS[canonical.split('/').pop() ?? ''];
}

export function makeSpawner(m: Machine): Spawner {
  const spawner: Spawner = {
    which: (name, pathVar) => which(m, name, pathVar),
    run: (path, argv, io, env, cwd = '/') => runProgram(m, spawner, path, argv, io, env, cwd),
  };
  return spawner;
}

function runProgram(m: Machine, spawner: Spawner, path: string, argv: string[], io: Io, env: Map<string, string>, cwd: string): number {
  if (!m.tick()) return 0;
  const tool = findTool(m, path);
  if (!tool) {
    const text = readFile(m, path);
    if (text?.startsWith('#!')) {
      const words = (text.slice(2).split('\n')[0] ?? '').trim().split(/\s+/);
      let interp = words.shift() ?? '/bin/sh';
      if (interp.endsWith('/env')) interp = which(m, words.shift() ?? 'sh', env.get('PATH') ?? '') ?? interp;
      if (findTool(m, interp)) return runProgram(m, spawner, interp, [interp, ...words, path, ...argv.slice(1)], io, env, cwd);
    }
    // An executable the model does not implement: it runs and exits quietly.
    return 0;
  }
  const call: ToolCall = {
    argv,
    path,
    env,
    stdin: io.stdin,
    out: (t) => io.out.write(t),
    err: (t) => io.err.write(t),
    toLog: io.out.toLog,
    errToLog: io.err.toLog,
    m,
    cwd,
    spawner,
    exec: (args, e) => {
      const name = args[0] ?? '';
      const found = which(m, name, e.get('PATH') ?? '');
      if (!found) {
        const self = (argv[0] ?? '').split('/').pop() ?? '';
        if (m.os.tools === 'busybox') io.err.write(`${self}: can't execute '${name}': No such file or directory\n`);
        else io.err.write(`${self}: '${name}': No such file or directory\n`);
        return 127;
      }
      return runProgram(m, spawner, found, args, io, e, cwd);
    },
  };
  return tool(call);
}

/** runc's message when argv[0] cannot be started (the part after "exec: "). */
export function execFailure(m: Machine, argv: string[], env: Map<string, string>): string | null {
  const name = argv[0];
  if (name === undefined || name === '') return 'exec: "": executable file not found in $PATH';
  if (name.includes('/')) {
    if (findTool(m, name) || readFile(m, name)?.startsWith('#!')) return null;
    return `exec: "${name}": stat ${name}: no such file or directory`;
  }
  return which(m, name, env.get('PATH') ?? '') ? null : `exec: "${name}": executable file not found in $PATH`;
}

/** Run the container's main process to completion or until it settles (forever / periodic). */
export function runMain(m: Machine, argv: string[], env: Map<string, string>, io: Io, cwd: string): void {
  const spawner = makeSpawner(m);
  const path = (argv[0] ?? '').includes('/') ? (argv[0] ?? '') : (which(m, argv[0] ?? '', env.get('PATH') ?? '') ?? '');
  const status = runProgram(m, spawner, path, argv, io, env, cwd);
  if (!m.halted) m.end(status, status === 0 ? 'Completed' : 'Error');
}
