/**
 * Runs an awk program over records: BEGIN, each rule per record, END. Fields are split lazily
 * from $0 and $0 is rebuilt with OFS when a field or NF is assigned.
 */
import { compileRegex } from '../../text/regex';
import type { AwkFunction, Expr, LValue, Output as Redirection, Program, Stmt } from './ast';
import { callBuiltin } from './builtins';
import { StrNum, UNINIT, type Value, compare, toBool, toNumber, toStr } from './values';

export interface AwkHost {
  out(text: string): void;
  err(text: string): void;
  /** Writes for `print > file`; returns an error text. */
  writeFile(path: string, text: string, append: boolean): string | undefined;
  /** `system(cmd)`: runs a shell command, its output going where awk's goes; returns the status. */
  system(command: string): number;
  env: Record<string, string>;
}

export class AwkRuntimeError {
  constructor(readonly message: string) {}
}

class NextSignal {}
class ExitSignal {
  constructor(readonly code: number) {}
}
class BreakSignal {}
class ContinueSignal {}
class ReturnSignal {
  constructor(readonly value: Value) {}
}

type Cell = Value | Map<string, Value>;

/** Loop iterations one awk run may make, all loops together (there is no Ctrl-C headless). */
const MAX_LOOP = 1_000_000;
const MAX_DEPTH = 500;

export class AwkInterpreter {
  readonly globals = new Map<string, Cell>();
  private frames: Array<Map<string, Cell>> = [];
  private record = '';
  private fields: string[] | undefined;
  private readonly regexCache = new Map<string, RegExp>();
  private readonly openFiles = new Set<string>();
  private readonly ranges = new Map<number, boolean>();
  exitCode = 0;
  private iterations = 0;
  seed = 0;
  randState = 0;

  constructor(
    private readonly program: Program,
    readonly host: AwkHost,
  ) {
    for (const [name, value] of Object.entries({ FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', SUBSEP: '\x1c', CONVFMT: '%.6g', OFMT: '%.6g', NR: 0, FNR: 0, RSTART: 0, RLENGTH: -1, FILENAME: '' })) {
      this.globals.set(name, value);
    }
    this.globals.set('ENVIRON', new Map(Object.entries(host.env).map(([k, v]) => [k, new StrNum(v)])));
  }

  /** Runs everything; `inputs` are read lazily in order (operands `var=value` are assignments). */
  run(inputs: Array<{ name: string; text: string } | { assign: string; value: string }>): number {
    try {
      for (const block of this.program.begin) this.execBlock(block);
      if (this.program.rules.length > 0 || this.program.end.length > 0) {
        for (const input of inputs) {
          if ('assign' in input) {
            this.setVar(input.assign, new StrNum(input.value));
            continue;
          }
          this.globals.set('FILENAME', input.name);
          this.globals.set('FNR', 0);
          for (const record of this.records(input.text)) this.processRecord(record);
        }
      }
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      this.exitCode = e.code;
    }
    try {
      for (const block of this.program.end) this.execBlock(block);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      this.exitCode = e.code;
    }
    return this.exitCode;
  }

  private records(text: string): string[] {
    const rs = toStr(this.getVar('RS'));
    if (text === '') return [];
    if (rs === '') return text.replace(/^\n+/, '').split(/\n\n+/).filter((r) => r !== '').map((r) => r.replace(/\n+$/, ''));
    const separator = rs.length === 1 ? rs : this.regex(rs);
    const records = text.split(separator);
    if (records[records.length - 1] === '') records.pop();
    return records;
  }

  private processRecord(record: string): void {
    this.globals.set('NR', toNumber(this.getVar('NR')) + 1);
    this.globals.set('FNR', toNumber(this.getVar('FNR')) + 1);
    this.setRecord(record);
    try {
      this.program.rules.forEach((rule, index) => {
        if (!this.ruleMatches(rule.pattern, rule.rangeEnd, index)) return;
        if (rule.action) this.execBlock(rule.action);
        else this.host.out(this.record + toStr(this.getVar('ORS')));
      });
    } catch (e) {
      if (!(e instanceof NextSignal)) throw e;
    }
  }

  private ruleMatches(pattern: Expr | undefined, rangeEnd: Expr | undefined, index: number): boolean {
    if (!pattern) return true;
    if (!rangeEnd) return toBool(this.eval(pattern));
    if (this.ranges.get(index)) {
      if (toBool(this.eval(rangeEnd))) this.ranges.set(index, false);
      return true;
    }
    if (!toBool(this.eval(pattern))) return false;
    this.ranges.set(index, !toBool(this.eval(rangeEnd)));
    return true;
  }

  // ---- records and fields

  setRecord(text: string): void {
    this.record = text;
    this.fields = undefined;
  }

  private split(): string[] {
    if (!this.fields) this.fields = this.splitText(this.record, this.getVar('FS'));
    return this.fields;
  }

  /** Field splitting by FS: " " (runs of blanks, trimmed), one character (literal), or a regex. */
  splitText(text: string, fsValue: Value | RegExp): string[] {
    if (text === '') return [];
    if (fsValue instanceof RegExp) return text.split(fsValue);
    const fs = toStr(fsValue);
    if (fs === ' ') return text.split(/[ \t\n]+/).filter((f, i, all) => f !== '' || (i > 0 && i < all.length - 1));
    if (fs.length === 1 && fs !== '\\') return text.split(fs);
    return text.split(this.regex(fs));
  }

  getField(index: number): Value {
    if (index === 0) return new StrNum(this.record);
    if (index < 0) throw new AwkRuntimeError(`trying to access out of range field ${index}`);
    const value = this.split()[index - 1];
    return value === undefined ? UNINIT : new StrNum(value);
  }

  setField(index: number, value: string): void {
    if (index === 0) return this.setRecord(value);
    if (index < 0) throw new AwkRuntimeError(`trying to access out of range field ${index}`);
    const fields = [...this.split()];
    while (fields.length < index) fields.push('');
    fields[index - 1] = value;
    this.rebuild(fields);
  }

  private rebuild(fields: string[]): void {
    this.fields = fields;
    this.record = fields.join(toStr(this.getVar('OFS')));
  }

  // ---- variables

  private scopeOf(name: string): Map<string, Cell> {
    const frame = this.frames[this.frames.length - 1];
    return frame?.has(name) ? frame : this.globals;
  }

  getVar(name: string): Value {
    if (name === 'NF') return this.split().length;
    const cell = this.scopeOf(name).get(name);
    if (cell instanceof Map) throw new AwkRuntimeError(`can't use array ${name} in scalar context`);
    return cell ?? UNINIT;
  }

  setVar(name: string, value: Value): void {
    if (name === 'NF') {
      const n = Math.max(0, Math.trunc(toNumber(value)));
      const fields = this.split().slice(0, n);
      while (fields.length < n) fields.push('');
      this.rebuild(fields);
      return;
    }
    const scope = this.scopeOf(name);
    if (scope.get(name) instanceof Map) throw new AwkRuntimeError(`can't assign to ${name}; it's an array name.`);
    scope.set(name, value);
  }

  array(name: string): Map<string, Value> {
    const scope = this.scopeOf(name);
    const cell = scope.get(name);
    if (cell instanceof Map) return cell;
    if (cell !== undefined && cell !== UNINIT) throw new AwkRuntimeError(`can't use scalar ${name} as array`);
    const created = new Map<string, Value>();
    scope.set(name, created);
    return created;
  }

  subscript(exprs: Expr[]): string {
    return exprs.map((e) => toStr(this.eval(e), toStr(this.getVar('CONVFMT')))).join(toStr(this.getVar('SUBSEP')));
  }

  regex(source: string): RegExp {
    let regex = this.regexCache.get(source);
    if (!regex) {
      const compiled = compileRegex(source, true, '');
      if (!compiled.ok) throw new AwkRuntimeError(`regular expression compile failed (${compiled.error})\n${source}`);
      regex = compiled.regex;
      this.regexCache.set(source, regex);
    }
    return regex;
  }

  /** A regex operand: a literal, or any value used as a dynamic regex. */
  regexOf(expr: Expr): RegExp {
    return expr.k === 'regex' ? this.regex(expr.source) : this.regex(toStr(this.eval(expr)));
  }

  // ---- statements

  execBlock(body: Stmt[]): void {
    for (const stmt of body) this.exec(stmt);
  }

  private exec(stmt: Stmt): void {
    switch (stmt.k) {
      case 'expr':
        this.eval(stmt.expr);
        return;
      case 'print': {
        const ofmt = toStr(this.getVar('OFMT'));
        const text = stmt.args.length === 0 ? this.record : stmt.args.map((a) => toStr(this.eval(a), ofmt)).join(toStr(this.getVar('OFS')));
        return this.emit(text + toStr(this.getVar('ORS')), stmt.out);
      }
      case 'printf': {
        const [format, ...args] = stmt.args;
        if (!format) return;
        return this.emit(callBuiltin(this, 'sprintf', [format, ...args]) as string, stmt.out);
      }
      case 'if':
        if (toBool(this.eval(stmt.test))) this.exec(stmt.yes);
        else if (stmt.no) this.exec(stmt.no);
        return;
      case 'block':
        return this.execBlock(stmt.body);
      case 'while':
        return this.loop(() => toBool(this.eval(stmt.test)), () => this.exec(stmt.body));
      case 'do':
        this.loop(
          (() => {
            let first = true;
            return () => {
              if (first) {
                first = false;
                return true;
              }
              return toBool(this.eval(stmt.test));
            };
          })(),
          () => this.exec(stmt.body),
        );
        return;
      case 'for':
        if (stmt.init) this.eval(stmt.init);
        return this.loop(
          () => (stmt.test ? toBool(this.eval(stmt.test)) : true),
          () => this.exec(stmt.body),
          () => {
            if (stmt.step) this.eval(stmt.step);
          },
        );
      case 'forin': {
        const keys = [...this.array(stmt.array).keys()];
        let i = 0;
        return this.loop(
          () => i < keys.length,
          () => {
            this.setVar(stmt.variable, new StrNum(keys[i] ?? ''));
            this.exec(stmt.body);
          },
          () => {
            i++;
          },
        );
      }
      case 'next':
        throw new NextSignal();
      case 'exit':
        throw new ExitSignal(stmt.code ? Math.trunc(toNumber(this.eval(stmt.code))) : this.exitCode);
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      case 'return':
        throw new ReturnSignal(stmt.value ? this.eval(stmt.value) : UNINIT);
      case 'delete':
        if (stmt.subscripts) this.array(stmt.name).delete(this.subscript(stmt.subscripts));
        else this.array(stmt.name).clear();
        return;
    }
  }

  private loop(test: () => boolean, body: () => void, step?: () => void): void {
    while (test()) {
      if (++this.iterations > MAX_LOOP) throw new AwkRuntimeError(`loop stopped after ${MAX_LOOP} iterations`);
      try {
        body();
      } catch (e) {
        if (e instanceof BreakSignal) return;
        if (!(e instanceof ContinueSignal)) throw e;
      }
      step?.();
    }
  }

  private emit(text: string, out: Redirection | undefined): void {
    if (!out) return this.host.out(text);
    const path = toStr(this.eval(out.target));
    if (path === '/dev/stdout' || path === '-') return this.host.out(text);
    if (path === '/dev/stderr') return this.host.err(text);
    const append = out.mode === '>>' || this.openFiles.has(path);
    this.openFiles.add(path);
    const error = this.host.writeFile(path, text, append);
    if (error) throw new AwkRuntimeError(`cannot open "${path}" for output (${error})`);
  }

  // ---- expressions

  eval(e: Expr): Value {
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 'regex':
        return this.regex(e.source).test(this.record) ? 1 : 0;
      case 'var':
        return this.getVar(e.name);
      case 'field':
        return this.getField(Math.trunc(toNumber(this.eval(e.index))));
      case 'elem': {
        const array = this.array(e.name);
        const key = this.subscript(e.subscripts);
        const value = array.get(key);
        if (value === undefined) {
          array.set(key, UNINIT);
          return UNINIT;
        }
        return value;
      }
      case 'group':
        return this.eval(e.exprs[e.exprs.length - 1] ?? { k: 'str', v: '' });
      case 'assign': {
        const value = e.op === '=' ? this.eval(e.value) : arith(e.op.slice(0, -1), toNumber(this.eval(e.target)), toNumber(this.eval(e.value)));
        return this.assign(e.target, value instanceof StrNum && value !== UNINIT ? value : value === UNINIT ? '' : value);
      }
      case 'cond':
        return toBool(this.eval(e.test)) ? this.eval(e.yes) : this.eval(e.no);
      case 'unary': {
        const v = this.eval(e.operand);
        return e.op === '!' ? (toBool(v) ? 0 : 1) : e.op === '-' ? -toNumber(v) : toNumber(v);
      }
      case 'incdec': {
        const old = toNumber(this.eval(e.target));
        const value = e.op === '++' ? old + 1 : old - 1;
        this.assign(e.target, value);
        return e.prefix ? value : old;
      }
      case 'binary':
        return this.binary(e.op, e.left, e.right);
      case 'match': {
        const text = toStr(this.eval(e.left));
        const matched = this.regexOf(e.right).test(text);
        return matched !== e.negate ? 1 : 0;
      }
      case 'in':
        return this.array(e.name).has(this.subscript(e.subscripts)) ? 1 : 0;
      case 'call':
        return callBuiltin(this, e.name, e.args);
      case 'user':
        return this.callUser(e.name, e.args);
    }
  }

  assign(target: LValue, value: Value): Value {
    if (target.k === 'var') this.setVar(target.name, value);
    else if (target.k === 'field') this.setField(Math.trunc(toNumber(this.eval(target.index))), toStr(value, toStr(this.getVar('CONVFMT'))));
    else this.array(target.name).set(this.subscript(target.subscripts), value);
    return value;
  }

  private binary(op: string, left: Expr, right: Expr): Value {
    if (op === '&&') return toBool(this.eval(left)) && toBool(this.eval(right)) ? 1 : 0;
    if (op === '||') return toBool(this.eval(left)) || toBool(this.eval(right)) ? 1 : 0;
    const a = this.eval(left);
    const b = this.eval(right);
    if (op === 'concat') {
      const fmt = toStr(this.getVar('CONVFMT'));
      return toStr(a, fmt) + toStr(b, fmt);
    }
    switch (op) {
      case '<':
        return compare(a, b) < 0 ? 1 : 0;
      case '<=':
        return compare(a, b) <= 0 ? 1 : 0;
      case '>':
        return compare(a, b) > 0 ? 1 : 0;
      case '>=':
        return compare(a, b) >= 0 ? 1 : 0;
      case '==':
        return compare(a, b) === 0 ? 1 : 0;
      case '!=':
        return compare(a, b) !== 0 ? 1 : 0;
      default:
        return arith(op, toNumber(a), toNumber(b));
    }
  }

  private callUser(name: string, args: Expr[]): Value {
    const fn: AwkFunction | undefined = this.program.functions.get(name);
    if (!fn) throw new AwkRuntimeError(`function ${name} never defined`);
    if (this.frames.length >= MAX_DEPTH) throw new AwkRuntimeError('function call nesting too deep');
    const frame = new Map<string, Cell>();
    fn.params.forEach((param, i) => {
      const arg = args[i];
      // Arrays are passed by reference, scalars by value; missing arguments are locals.
      const cell = arg?.k === 'var' ? this.scopeOf(arg.name).get(arg.name) : undefined;
      frame.set(param, !arg ? UNINIT : cell instanceof Map ? cell : this.eval(arg));
    });
    this.frames.push(frame);
    try {
      this.execBlock(fn.body);
      return UNINIT;
    } catch (e) {
      if (e instanceof ReturnSignal) return e.value;
      throw e;
    } finally {
      this.frames.pop();
    }
  }
}

function arith(op: string, x: number, y: number): number {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
    case '^':
      return x ** y;
    default:
      return 0;
  }
}
