/**
 * sh / ash / dash / bash as programs: `-c SCRIPT [NAME [ARGS…]]`, a script file, or commands on stdin.
 * Which shell `/bin/sh` is depends on the base OS (dash on Debian, BusyBox ash on Alpine).
 */
import { readFile, resolvePath } from '../fs';
import type { Tool } from '../machine';
import { type Flavour, Shell } from '../shell/interp';
import type { Io } from '../shell/io';

function flavourOf(osSh: string, base: string): Flavour {
  if (base === 'bash') return 'bash';
  if (base === 'ash') return 'ash';
  if (base === 'dash') return 'dash';
  return osSh === 'dash' ? 'dash' : osSh === 'bash' ? 'bash' : 'ash';
}

export const shellTool: Tool = (c) => {
  const base = c.path.split('/').pop() ?? 'sh';
  const flavour = flavourOf(c.m.os.sh, base);
  const args = c.argv.slice(1);
  let script: string | null = null;
  let operands: string[] = [];
  let commandMode = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!operands.length && /^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('c')) commandMode = true;
      continue;
    }
    if (a === '--') {
      operands = operands.concat(args.slice(i + 1));
      break;
    }
    operands.push(a);
  }
  const io: Io = { stdin: c.stdin, out: { toLog: c.toLog, write: c.out }, err: { toLog: c.toLog, write: c.err } };
  const name = c.argv[0] ?? 'sh';
  if (commandMode) {
    script = operands[0] ?? null;
    if (script === null) {
      const msg = flavour === 'bash' ? `${name}: -c: option requires an argument\n` : flavour === 'dash' ? `${name}: 0: -c requires an argument\n` : `${name}: -c requires an argument\n`;
      c.err(msg);
      return 2;
    }
    const shell = new Shell(c.m, withPwd(c.env, c.cwd, flavour), operands[1] ?? name, flavour, operands.slice(2), c.spawner, true);
    shell.cwd = c.cwd;
    const status = shell.runScript(script, io);
    c.m.setUsage(0, 600 * 1024);
    return status;
  }
  if (operands.length) {
    const file = operands[0] ?? '';
    const text = readFile(c.m, resolvePath(c.cwd, file));
    if (text === null) {
      if (flavour === 'bash') c.err(`${name}: ${file}: No such file or directory\n`);
      else if (flavour === 'dash') c.err(`${name}: 0: cannot open ${file}: No such file\n`);
      else c.err(`${name}: can't open '${file}': No such file or directory\n`);
      return flavour === 'bash' ? 127 : 2;
    }
    const shell = new Shell(c.m, withPwd(c.env, c.cwd, flavour), file, flavour, operands.slice(1), c.spawner, false);
    shell.cwd = c.cwd;
    return shell.runScript(text.replace(/^#![^\n]*\n/, ''), io);
  }
  if (c.stdin) {
    const shell = new Shell(c.m, withPwd(c.env, c.cwd, flavour), name, flavour, [], c.spawner, false);
    return shell.runScript(c.stdin, io);
  }
  // Interactive shell without a terminal: with stdin kept open (`stdin: true`) it waits for input
  // forever; otherwise it reads end-of-file at once and exits 0 (the classic busybox CrashLoop).
  if (c.m.mode === 'main' && c.m.ctx.stdin) {
    if (c.m.ctx.tty) c.out(flavour === 'bash' ? `root@${c.m.hostname}:/# ` : '/ # ');
    c.m.setUsage(0, 600 * 1024);
    c.m.forever();
    return 0;
  }
  return 0;
};

/** Shells export PWD (and bash SHLVL) to the programs they start. */
function withPwd(env: Map<string, string>, cwd: string, flavour: Flavour): Map<string, string> {
  const e = new Map(env);
  if (!e.has('PWD')) e.set('PWD', cwd);
  if (flavour === 'bash' && !e.has('SHLVL')) e.set('SHLVL', '1');
  return e;
}
