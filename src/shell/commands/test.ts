/** `test EXPR` and `[ EXPR ]` (builtins): files, strings, integers, `!`, `-a`, `-o`, parentheses. */
import { isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { Command, CommandIO } from '../types';

class TestError {
  constructor(readonly message: string) {}
}

const UNARY_FILE = ['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-a', '-L', '-h', '-p', '-S', '-b', '-c'];
const BINARY_INT = ['-eq', '-ne', '-lt', '-le', '-gt', '-ge'];

export function testCommand(name: 'test' | '['): Command {
  return {
    execute(args, io) {
      let operands = args;
      if (name === '[') {
        if (args[args.length - 1] !== ']') return { stdout: '', stderr: "bash: [: missing `]'\n", exitCode: 2 };
        operands = args.slice(0, -1);
      }
      try {
        return { stdout: '', stderr: '', exitCode: evaluate(operands, io) ? 0 : 1 };
      } catch (e) {
        if (e instanceof TestError) return { stdout: '', stderr: `bash: ${name}: ${e.message}\n`, exitCode: 2 };
        throw e;
      }
    },
  };
}

function evaluate(args: string[], io: CommandIO): boolean {
  // POSIX rules by argument count keep `[ "$x" = -n ]` and friends unambiguous.
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return (args[0] ?? '') !== '';
    case 2:
      if (args[0] === '!') return (args[1] ?? '') === '';
      return unary(args[0] ?? '', args[1] ?? '', io);
    case 3:
      if (isBinary(args[1] ?? '')) return binary(args[0] ?? '', args[1] ?? '', args[2] ?? '');
      if (args[0] === '!') return !evaluate(args.slice(1), io);
      if (args[0] === '(' && args[2] === ')') return evaluate([args[1] ?? ''], io);
      throw new TestError(`${args[1] ?? ''}: binary operator expected`);
    case 4:
      if (args[0] === '!') return !evaluate(args.slice(1), io);
      if (args[0] === '(' && args[3] === ')') return evaluate(args.slice(1, 3), io);
      break;
  }
  const parser = new Parser(args, io);
  const result = parser.or();
  if (parser.pos < args.length) throw new TestError('too many arguments');
  return result;
}

function isBinary(op: string): boolean {
  return ['=', '==', '!=', '<', '>', '-a', '-o', ...BINARY_INT].includes(op);
}

function integer(text: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(text)) throw new TestError(`${text}: integer expression expected`);
  return Number(text);
}

function binary(left: string, op: string, right: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '>':
      return left > right;
    case '-a':
      return left !== '' && right !== '';
    case '-o':
      return left !== '' || right !== '';
    case '-eq':
      return integer(left) === integer(right);
    case '-ne':
      return integer(left) !== integer(right);
    case '-lt':
      return integer(left) < integer(right);
    case '-le':
      return integer(left) <= integer(right);
    case '-gt':
      return integer(left) > integer(right);
    case '-ge':
      return integer(left) >= integer(right);
    default:
      throw new TestError(`${op}: binary operator expected`);
  }
}

function unary(op: string, operand: string, io: CommandIO): boolean {
  if (op === '-z') return operand === '';
  if (op === '-n') return operand !== '';
  if (!UNARY_FILE.includes(op)) throw new TestError(`${op}: unary operator expected`);
  const st = io.fs.stat(resolvePath(io.cwd, operand));
  if (isFsError(st)) return false;
  switch (op) {
    case '-f':
      return st.type === 'file';
    case '-d':
      return st.type === 'dir';
    case '-s':
      return st.size > 0 && st.type === 'file' ? true : st.type === 'dir';
    case '-x':
      return (st.mode & 0o111) !== 0;
    case '-L':
    case '-h':
    case '-p':
    case '-S':
    case '-b':
    case '-c':
      return false;
    default:
      return true;
  }
}

class Parser {
  pos = 0;
  constructor(
    private readonly args: string[],
    private readonly io: CommandIO,
  ) {}

  or(): boolean {
    let value = this.and();
    while (this.args[this.pos] === '-o') {
      this.pos++;
      value = this.and() || value;
    }
    return value;
  }

  private and(): boolean {
    let value = this.not();
    while (this.args[this.pos] === '-a') {
      this.pos++;
      value = this.not() && value;
    }
    return value;
  }

  private not(): boolean {
    if (this.args[this.pos] === '!') {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args[this.pos];
    if (a === undefined) throw new TestError('argument expected');
    if (a === '(') {
      this.pos++;
      const value = this.or();
      if (this.args[this.pos] !== ')') throw new TestError("`)' expected");
      this.pos++;
      return value;
    }
    const op = this.args[this.pos + 1];
    if (op !== undefined && isBinary(op) && op !== '-a' && op !== '-o' && this.args[this.pos + 2] !== undefined) {
      this.pos += 3;
      return binary(a, op, this.args[this.pos - 1] ?? '');
    }
    if ((a === '-z' || a === '-n' || UNARY_FILE.includes(a)) && op !== undefined) {
      this.pos += 2;
      return unary(a, op, this.io);
    }
    this.pos++;
    return a !== '';
  }
}
