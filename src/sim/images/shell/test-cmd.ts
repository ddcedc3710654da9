/** `test` / `[`: the POSIX operators (files, strings, integers, !, -a, -o, parentheses). */
import type { Machine } from '../machine';
import { isDir, readFile, resolvePath, isExecutable } from '../fs';

export interface TestResult {
  status: number;
  error?: string;
}

export function runTest(m: Machine, cwd: string, args: string[], bracket: boolean): TestResult {
  let a = args;
  if (bracket) {
    if (a[a.length - 1] !== ']') return { status: 2, error: "missing ']'" };
    a = a.slice(0, -1);
  }
  const p = new TestParser(m, cwd, a);
  try {
    if (a.length === 0) return { status: 1 };
    const v = p.expr();
    if (p.i < a.length) return { status: 2, error: `${a[p.i] ?? ''}: unexpected operator` };
    return { status: v ? 0 : 1 };
  } catch (e) {
    if (e instanceof TestError) return { status: 2, error: e.message };
    throw e;
  }
}

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(['-e', '-f', '-d', '-r', '-w', '-x', '-s', '-z', '-n', '-L', '-h', '-b', '-c', '-p', '-S', '-t']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>']);

class TestParser {
  i = 0;
  constructor(private m: Machine, private cwd: string, private a: string[]) {}

  expr(): boolean {
    let v = this.and();
    while (this.a[this.i] === '-o') {
      this.i++;
      v = this.and() || v;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.a[this.i] === '-a') {
      this.i++;
      v = this.not() && v;
    }
    return v;
  }

  private not(): boolean {
    if (this.a[this.i] === '!' && this.i + 1 < this.a.length) {
      this.i++;
      return !this.not();
    }
    return this.primary();
  }

  private int(s: string): number {
    const t = s.trim();
    if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${s}: bad number`);
    return Number(t);
  }

  private primary(): boolean {
    const a = this.a;
    const cur = a[this.i] ?? '';
    if (cur === '(') {
      this.i++;
      const v = this.expr();
      if (a[this.i] !== ')') throw new TestError("missing ')'");
      this.i++;
      return v;
    }
    const next = a[this.i + 1];
    if (next !== undefined && BINARY.has(next) && a[this.i + 2] !== undefined) {
      const l = cur;
      const r = a[this.i + 2] ?? '';
      this.i += 3;
      switch (next) {
        case '=': case '==': return l === r;
        case '!=': return l !== r;
        case '<': return l < r;
        case '>': return l > r;
        case '-eq': return this.int(l) === this.int(r);
        case '-ne': return this.int(l) !== this.int(r);
        case '-lt': return this.int(l) < this.int(r);
        case '-le': return this.int(l) <= this.int(r);
        case '-gt': return this.int(l) > this.int(r);
        default: return this.int(l) >= this.int(r);
      }
    }
    if (UNARY.has(cur) && next !== undefined) {
      this.i += 2;
      const path = resolvePath(this.cwd, next);
      switch (cur) {
        case '-z': return next === '';
        case '-n': return next !== '';
        case '-d': return isDir(this.m, path);
        case '-f': return readFile(this.m, path) !== null;
        case '-s': return (readFile(this.m, path) ?? '') !== '';
        case '-x': return isExecutable(this.m, path) || isDir(this.m, path);
        case '-t': return false;
        default: return readFile(this.m, path) !== null || isDir(this.m, path) || isExecutable(this.m, path);
      }
    }
    this.i++;
    return cur !== '';
  }
}
