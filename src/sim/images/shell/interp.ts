/**
 * The shell interpreter (BusyBox ash, dash or bash flavour). It runs on a Machine's virtual clock:
 * `sleep` moves time, output goes to the container log with the time it was written. An endless
 * loop that writes to the log is turned into a PeriodicLogs description after a few identical
 * iterations (see periodic.ts) instead of being unrolled.
 */
import type { Machine, Spawner } from '../machine';
import { type Cmd, type Redir, ShellSyntaxError, type Word, plainWord } from './ast';
import { runBuiltin, BUILTINS } from './builtins';
import { type ExpandHost, expandToString, expandWord, globToRegex } from './expand';
import { CaptureFd, type Fd, type Io, NULL_FD, fileFd, logFd } from './io';
import { parseScript } from './parser';
import { type IterationRecord, detectPeriodic } from '../periodic';
import { isDir, isReadOnly, readFile, resolvePath } from '../fs';

export type Flavour = 'ash' | 'dash' | 'bash';

export class Shell implements ExpandHost {
  vars = new Map<string, string>();
  exported = new Set<string>();
  funcs = new Map<string, Cmd>();
  positionals: string[];
  status = 0;
  cwd = '/';
  breakN = 0;
  continueN = 0;
  returning = false;
  /** `exit` was run: the shell stops with this code. */
  exitCode: number | null = null;
  line = 1;
  private lastBg = 0;
  /** When the background jobs end (for `wait`). */
  bgEnds: number[] = [];
  private random: number;
  private expandError: string | null = null;
  private readonly pid: number;
  private readonly startT: number;

  constructor(
    readonly m: Machine,
    env: Map<string, string>,
    /** $0 and the prefix of error messages (`sh`, `/bin/sh`, `bash`). */
    readonly name: string,
    readonly flavour: Flavour,
    positionals: string[],
    private readonly spawner: Spawner,
    /** `-c` scripts: bash says "line N" after "-c:" in syntax errors. */
    readonly fromString: boolean,
  ) {
    for (const [k, v] of env) {
      this.vars.set(k, v);
      this.exported.add(k);
    }
    this.cwd = env.get('PWD') ?? '/';
    this.positionals = positionals;
    this.pid = m.pid();
    this.random = (m.baseMs ^ 0x5bd1e995) >>> 0;
    this.startT = m.t;
  }

  // ---- ExpandHost -------------------------------------------------------------------------------

  param(name: string): string | undefined {
    switch (name) {
      case '?': return String(this.status);
      case '$': return String(this.pid);
      case '#': return String(this.positionals.length);
      case '0': return this.name;
      case '@':
      case '*': return this.positionals.join(' ');
      case '!': return this.lastBg ? String(this.lastBg) : '';
      case '-': return '';
      case 'RANDOM':
        if (this.flavour === 'dash') return this.vars.get(name);
        this.random = (Math.imul(this.random, 1103515245) + 12345) >>> 0;
        return String((this.random >>> 16) & 0x7fff);
      case 'SECONDS':
        if (this.flavour !== 'bash') return this.vars.get(name);
        return String(Math.floor((this.m.t - this.startT) / 1000));
      case 'LINENO': return String(this.line);
      default:
        if (/^[1-9][0-9]*$/.test(name)) return this.positionals[Number(name) - 1];
        return this.vars.get(name);
    }
  }

  positional(): string[] {
    return [...this.positionals];
  }

  setVar(name: string, value: string): void {
    this.vars.set(name, value);
  }

  fail(message: string): void {
    this.expandError ??= message;
  }

  resolve(text: string): string {
    return this.m.resolve(text);
  }

  commandSubst(src: string): string {
    const parsed = parseScript(src);
    if (!parsed.ok) {
      this.fail('syntax error in command substitution');
      return '';
    }
    const sub = this.fork();
    const cap = new CaptureFd();
    sub.exec(parsed.cmd, { stdin: null, out: cap, err: this.currentErr });
    this.status = sub.exitCode ?? sub.status;
    return cap.text;
  }

  // ---- running ----------------------------------------------------------------------------------

  /** stderr of the command being run, for messages from expansions. */
  private currentErr: Fd = NULL_FD;

  /** A subshell: a copy of the variables; time and output are shared (one machine). */
  fork(): Shell {
    const sub = new Shell(this.m, new Map(), this.name, this.flavour, [...this.positionals], this.spawner, this.fromString);
    sub.vars = new Map(this.vars);
    sub.exported = new Set(this.exported);
    sub.funcs = new Map(this.funcs);
    sub.cwd = this.cwd;
    sub.status = this.status;
    return sub;
  }

  /** Prefix of diagnostics: `sh: `, `sh: 1: ` (dash), `bash: line 1: `. */
  prefix(): string {
    if (this.flavour === 'dash') return `${this.name}: ${this.line}: `;
    if (this.flavour === 'bash') return `${this.name}: line ${this.line}: `;
    return `${this.name}: `;
  }

  syntaxErrorText(e: ShellSyntaxError, src = ''): string {
    const what = e.kind === 'eof' ? 'end of file' : `"${e.token}"`;
    if (this.flavour === 'dash') {
      if (e.expecting === 'quote') return `${this.name}: ${e.line}: Syntax error: Unterminated quoted string\n`;
      return `${this.name}: ${e.line}: Syntax error: ${what} unexpected${e.expecting ? ` (expecting "${e.expecting}")` : ''}\n`;
    }
    if (this.flavour === 'bash') {
      const where = this.fromString ? `${this.name}: -c: line ${e.line}: ` : `${this.name}: line ${e.line}: `;
      if (e.kind === 'eof') return `${where}syntax error: unexpected end of file\n`;
      return `${where}syntax error near unexpected token \`${e.token}'\n${where}\`${src.split('\n')[e.line - 1] ?? ''}'\n`;
    }
    if (e.expecting === 'quote') return `${this.name}: syntax error: unterminated quoted string\n`;
    return `${this.name}: syntax error: unexpected ${e.kind === 'eof' ? 'end of file' : `"${e.token}"`}${e.expecting ? ` (expecting "${e.expecting}")` : ''}\n`;
  }

  /** Parse and run a whole script. */
  runScript(src: string, io: Io): number {
    const parsed = parseScript(src);
    if (!parsed.ok) {
      io.err.write(this.syntaxErrorText(parsed.error, src));
      return 2;
    }
    this.exec(parsed.cmd, io);
    return this.exitCode ?? this.status;
  }

  private stopped(): boolean {
    return this.exitCode !== null || this.m.halted !== null || this.breakN > 0 || this.continueN > 0 || this.returning;
  }

  exec(cmd: Cmd, io: Io): number {
    if (!this.m.tick() || this.exitCode !== null) return this.status;
    switch (cmd.k) {
      case 'simple':
        this.status = this.simple(cmd, io);
        break;
      case 'list':
        for (const item of cmd.items) {
          if (this.stopped()) break;
          if (item.bg) this.background(item.cmd, io);
          else this.exec(item.cmd, io);
        }
        break;
      case 'andor': {
        this.exec(cmd.first, io);
        for (const r of cmd.rest) {
          if (this.stopped()) break;
          if ((r.op === '&&') === (this.status === 0)) this.exec(r.cmd, io);
        }
        break;
      }
      case 'pipe':
        this.status = this.pipe(cmd.cmds, io);
        if (cmd.bang) this.status = this.status === 0 ? 1 : 0;
        break;
      case 'loop':
        this.withRedirs(cmd.redirs, io, (rio) => this.loop(cmd, rio));
        break;
      case 'for':
        this.withRedirs(cmd.redirs, io, (rio) => this.forLoop(cmd, rio));
        break;
      case 'if':
        this.withRedirs(cmd.redirs, io, (rio) => {
          for (const arm of cmd.arms) {
            this.exec(arm.cond, rio);
            if (this.stopped()) return this.status;
            if (this.status === 0) return this.exec(arm.body, rio);
          }
          this.status = 0;
          return cmd.otherwise ? this.exec(cmd.otherwise, rio) : 0;
        });
        break;
      case 'group':
        this.withRedirs(cmd.redirs, io, (rio) => {
          if (!cmd.subshell) return this.exec(cmd.body, rio);
          const sub = this.fork();
          sub.exec(cmd.body, rio);
          this.status = sub.exitCode ?? sub.status;
          return this.status;
        });
        break;
      case 'case':
        this.withRedirs(cmd.redirs, io, (rio) => this.caseCmd(cmd, rio));
        break;
      case 'func':
        this.funcs.set(cmd.name, cmd.body);
        this.status = 0;
        break;
    }
    return this.status;
  }

  /** `cmd &`: runs on its own clock from now; the shell goes on at the same time. */
  private background(cmd: Cmd, io: Io): void {
    const t = this.m.t;
    const sub = this.fork();
    sub.exec(cmd, io);
    this.lastBg = this.m.pid();
    this.bgEnds.push(this.m.halted?.kind === 'forever' ? Infinity : this.m.t);
    if (this.m.halted?.kind === 'forever' && !this.m.periodic) this.m.halted = null;
    this.m.t = t;
    this.status = 0;
  }

  private pipe(cmds: Cmd[], io: Io): number {
    let stdin = io.stdin;
    let status = 0;
    cmds.forEach((c, i) => {
      if (this.m.halted) return;
      const last = i === cmds.length - 1;
      const cap = last ? null : new CaptureFd();
      const sub = this.fork();
      sub.exec(c, { stdin, out: cap ?? io.out, err: io.err });
      status = sub.exitCode ?? sub.status;
      stdin = cap ? cap.text : null;
    });
    return status;
  }

  private loop(cmd: Extract<Cmd, { k: 'loop' }>, io: Io): number {
    // Programs that stamp their output look at this (see Machine.loopDepth).
    this.m.loopDepth++;
    try {
      return this.runLoop(cmd, io);
    } finally {
      this.m.loopDepth--;
    }
  }

  private runLoop(cmd: Extract<Cmd, { k: 'loop' }>, io: Io): number {
    // A loop whose condition cannot change runs forever; so does one whose variables stay the same
    // each time round (it waits on the outside world, e.g. `until nslookup svc; do sleep 2; done`,
    // which the plan's network answers the same way each time).
    const detect = io.out.toLog && this.m.mode === 'main' && !hasJump(cmd.body);
    const constant = isConstantCondition(cmd.cond);
    const records: IterationRecord[] = [];
    const states: string[] = [];
    let status = 0;
    for (let n = 0; ; n++) {
      if (!this.m.tick()) break;
      const start = { t: this.m.t, chunk: this.m.chunks.length, requests: this.m.requests.length };
      this.m.barrier();
      this.exec(cmd.cond, io);
      if (this.stopped()) break;
      if ((this.status === 0) === cmd.until) break;
      status = this.exec(cmd.body, io);
      if (this.breakN > 0) {
        this.breakN--;
        break;
      }
      if (this.continueN > 0) {
        this.continueN--;
        if (this.continueN > 0) break;
      }
      if (this.stopped()) break;
      if (detect) {
        records.push({ tStart: start.t, tEnd: this.m.t, chunks: this.m.chunks.slice(start.chunk), requests: this.m.requests.slice(start.requests) });
        states.push(constant ? '' : this.stateKey());
        if (records.length > 3) (records.shift(), states.shift());
        const steady = constant || (states[0] === states[1] && states[1] === states[2]);
        // Try early, then now and then (a loop may settle, e.g. a value that stops changing).
        if (records.length === 3 && steady && (n < 64 || n % 50 === 0) && detectPeriodic(this.m, records, !constant)) return 0;
      }
    }
    this.status = status;
    return status;
  }

  /** Everything a loop iteration could change: variables, status, files. */
  private stateKey(): string {
    return JSON.stringify([[...this.vars], this.status, [...this.m.written]]);
  }

  private forLoop(cmd: Extract<Cmd, { k: 'for' }>, io: Io): number {
    const items = cmd.words === null ? this.positional() : cmd.words.flatMap((w) => expandWord(this, w, this.ifs()));
    let status = 0;
    for (const item of items) {
      if (!this.m.tick()) break;
      this.vars.set(cmd.name, item);
      status = this.exec(cmd.body, io);
      if (this.breakN > 0) {
        this.breakN--;
        break;
      }
      if (this.continueN > 0) {
        this.continueN--;
        if (this.continueN > 0) break;
        continue;
      }
      if (this.stopped()) break;
    }
    this.status = status;
    return status;
  }

  private caseCmd(cmd: Extract<Cmd, { k: 'case' }>, io: Io): number {
    const value = this.m.resolve(expandToString(this, cmd.word));
    for (const arm of cmd.arms) {
      if (arm.patterns.some((p) => globToRegex(this.m.resolve(expandToString(this, p))).test(value))) {
        this.status = 0;
        return arm.body ? this.exec(arm.body, io) : 0;
      }
    }
    this.status = 0;
    return 0;
  }

  ifs(): string {
    return this.vars.get('IFS') ?? ' \t\n';
  }

  /** Apply redirections around `body`; a failed redirection fails the command. */
  withRedirs(redirs: Redir[], io: Io, body: (io: Io) => number): number {
    if (!redirs.length) return body(io);
    const rio = this.redirect(redirs, io);
    if (!rio) {
      // dash and BusyBox's ash raise a shell error for a failed redirection: status 2; bash says 1.
      this.status = this.flavour === 'bash' ? 1 : 2;
      return this.status;
    }
    return body(rio);
  }

  private redirect(redirs: Redir[], io: Io): Io | null {
    const fds: [string | null, Fd, Fd] = [io.stdin, io.out, io.err];
    for (const r of redirs) {
      if (r.op === '<<') {
        fds[0] = r.heredoc ? expandToString(this, r.heredoc.body) : '';
        continue;
      }
      const target = this.m.resolve(expandToString(this, r.target));
      if (r.op === '>&' || r.op === '<&') {
        const n = Number(target);
        if (target === '-') fds[r.fd === 2 ? 2 : 1] = NULL_FD;
        else if (n === 1 || n === 2) {
          const src = fds[n];
          if (r.fd === 1 || r.fd === 2) fds[r.fd] = src;
        } else if (!Number.isNaN(n)) {
          io.err.write(`${this.prefix()}${target}: Bad file descriptor\n`);
          return null;
        } else {
          // `>&file` (bash) is `&>file`.
          const fd = this.openFile(target, false, io);
          if (!fd) return null;
          fds[1] = fd;
          fds[2] = fd;
        }
        continue;
      }
      if (r.op === '<') {
        const path = resolvePath(this.cwd, target);
        const content = readFile(this.m, path);
        if (content === null) {
          io.err.write(this.cannotOpen(target));
          return null;
        }
        fds[0] = content;
        continue;
      }
      const fd = this.openFile(target, r.op === '>>', io);
      if (!fd) return null;
      if (r.op === '&>') {
        fds[1] = fd;
        fds[2] = fd;
      } else if (r.fd === 1 || r.fd === 2) {
        fds[r.fd] = fd;
      }
    }
    return { stdin: fds[0], out: fds[1], err: fds[2] };
  }

  private cannotOpen(target: string): string {
    if (this.flavour === 'dash') return `${this.prefix()}cannot open ${target}: No such file\n`;
    if (this.flavour === 'bash') return `${this.prefix()}${target}: No such file or directory\n`;
    return `${this.prefix()}can't open '${target}': No such file or directory\n`;
  }

  private openFile(target: string, append: boolean, io: Io): Fd | null {
    if (target === '/dev/null') return NULL_FD;
    if (target === '/dev/stdout' || target === '/proc/self/fd/1') return io.out;
    if (target === '/dev/stderr' || target === '/proc/self/fd/2') return io.err;
    if (target === '/proc/1/fd/1') return logFd(this.m, 'stdout');
    if (target === '/proc/1/fd/2') return logFd(this.m, 'stderr');
    const path = resolvePath(this.cwd, target);
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!isDir(this.m, dir)) {
      if (this.flavour === 'dash') io.err.write(`${this.prefix()}cannot create ${target}: Directory nonexistent\n`);
      else if (this.flavour === 'bash') io.err.write(`${this.prefix()}${target}: No such file or directory\n`);
      else io.err.write(`${this.prefix()}can't create ${target}: nonexistent directory\n`);
      return null;
    }
    if (isReadOnly(this.m, path)) {
      if (this.flavour === 'dash') io.err.write(`${this.prefix()}cannot create ${target}: Read-only file system\n`);
      else if (this.flavour === 'bash') io.err.write(`${this.prefix()}${target}: Read-only file system\n`);
      else io.err.write(`${this.prefix()}can't create ${target}: Read-only file system\n`);
      return null;
    }
    if (append && !this.m.written.has(path)) this.m.written.set(path, readFile(this.m, path) ?? '');
    return fileFd(this.m, path, append);
  }

  private simple(cmd: Extract<Cmd, { k: 'simple' }>, io: Io): number {
    this.line = cmd.line;
    this.expandError = null;
    this.currentErr = io.err;
    const argv = cmd.words.flatMap((w) => expandWord(this, w, this.ifs()));
    const assigned = cmd.assigns.map((a) => [a.name, expandToString(this, a.value)] as const);
    if (this.expandError) {
      io.err.write(`${this.prefix()}${this.expandError}\n`);
      this.expandError = null;
      if (this.flavour !== 'bash') this.exitCode = 2;
      return this.flavour === 'bash' ? 1 : 2;
    }
    if (argv.length === 0) {
      for (const [k, v] of assigned) this.vars.set(k, v);
      return this.withRedirs(cmd.redirs, io, () => this.status);
    }
    return this.withRedirs(cmd.redirs, io, (rio) => this.invoke(argv, assigned, rio));
  }

  /** Run a command by name: function, builtin, or a program found on PATH. */
  invoke(argv: string[], assigned: readonly (readonly [string, string])[], io: Io): number {
    const name = argv[0] ?? '';
    const fn = this.funcs.get(name);
    if (fn) {
      const saved = this.positionals;
      this.positionals = argv.slice(1);
      this.exec(fn, io);
      this.positionals = saved;
      this.returning = false;
      return this.status;
    }
    if (BUILTINS.has(name)) {
      for (const [k, v] of assigned) this.vars.set(k, v);
      return runBuiltin(this, argv, io);
    }
    const env = this.environment();
    for (const [k, v] of assigned) env.set(k, v);
    const path = this.spawner.which(name, env.get('PATH') ?? '/usr/bin:/bin');
    if (!path) {
      const message = this.flavour === 'bash' ? 'command not found' : 'not found';
      io.err.write(`${this.prefix()}${name}: ${message}\n`);
      return 127;
    }
    return this.spawner.run(path, argv, io, env, this.cwd);
  }

  /** Exported variables, as a child process receives them. */
  environment(): Map<string, string> {
    const env = new Map<string, string>();
    for (const k of this.exported) {
      const v = this.vars.get(k);
      if (v !== undefined) env.set(k, v);
    }
    return env;
  }

  whichPath(name: string): string | null {
    return this.spawner.which(name, this.vars.get('PATH') ?? '/usr/bin:/bin');
  }

  /** Run a word list as a command (`eval`, `exec`). */
  runWords(words: string[], io: Io): number {
    return this.invoke(words, [], io);
  }

  parseAndRun(src: string, io: Io): number {
    const parsed = parseScript(src);
    if (!parsed.ok) {
      io.err.write(this.syntaxErrorText(parsed.error, src));
      return 2;
    }
    return this.exec(parsed.cmd, io);
  }
}

/** A loop condition that can never change (`true`, `:`, `sleep 5`, `[ 1 ]`): the loop runs forever. */
function isConstantCondition(cmd: Cmd): boolean {
  if (cmd.k !== 'simple' || cmd.assigns.length || cmd.redirs.length || !cmd.words.length) return false;
  const words = cmd.words.map(plainWord);
  if (words.some((w) => w === null)) return false;
  const name = words[0] ?? '';
  return ['true', ':', 'sleep', '/bin/sleep', '[', 'test', 'false', '/bin/true'].includes(name);
}

/** Whether a loop body can leave the loop (break/exit/return anywhere inside). */
function hasJump(cmd: Cmd): boolean {
  switch (cmd.k) {
    case 'simple': {
      const name = cmd.words[0] ? plainWord(cmd.words[0]) : null;
      return name === 'break' || name === 'exit' || name === 'return' || name === null && cmd.words.length > 0;
    }
    case 'list': return cmd.items.some((i) => hasJump(i.cmd));
    case 'andor': return hasJump(cmd.first) || cmd.rest.some((r) => hasJump(r.cmd));
    case 'pipe': return cmd.cmds.some(hasJump);
    case 'loop': return hasJump(cmd.cond) || hasJump(cmd.body);
    case 'for': return hasJump(cmd.body);
    case 'if': return cmd.arms.some((a) => hasJump(a.cond) || hasJump(a.body)) || (cmd.otherwise ? hasJump(cmd.otherwise) : false);
    case 'group': return hasJump(cmd.body);
    case 'case': return cmd.arms.some((a) => (a.body ? hasJump(a.body) : false));
    case 'func': return false;
  }
}

export type { Word };
