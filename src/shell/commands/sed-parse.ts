/**
 * Parsing sed scripts: addresses (`3`, `$`, `/re/`, `\%re%`, `first~step`, ranges, `!`) and the
 * commands s y p d q Q = a i c n N l { }, with GNU sed's error messages.
 */
import { compileRegex } from '../text/regex';

export type Address = { kind: 'line'; line: number } | { kind: 'last' } | { kind: 'regex'; regex: RegExp } | { kind: 'step'; first: number; step: number };

export interface SedCommand {
  name: string;
  start?: Address;
  end?: Address;
  negate: boolean;
  /** s: the regex, replacement and flags. */
  regex?: RegExp;
  replacement?: string;
  global?: boolean;
  occurrence?: number;
  print?: boolean;
  /** a, i, c: the text; y: the source characters. */
  text?: string;
  /** y: the target characters. */
  target?: string;
  /** q, Q: exit code. */
  exitCode?: number;
  /** { : index of the matching } (filled in after parsing). */
  blockEnd?: number;
  /** For a range: whether it is active (state while running). */
  inRange?: boolean;
}

export class SedParseError {
  constructor(readonly message: string) {}
}

export function parseSed(scripts: string[], extended: boolean): SedCommand[] | SedParseError {
  const commands: SedCommand[] = [];
  const blocks: number[] = [];
  try {
    scripts.forEach((script, index) => new ScriptParser(script, index + 1, extended, commands, blocks).parse());
    if (blocks.length > 0) return new SedParseError(`-e expression #${scripts.length}, char 0: unmatched \`{'`);
  } catch (e) {
    if (e instanceof SedParseError) return e;
    throw e;
  }
  return commands;
}

class ScriptParser {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly expr: number,
    private readonly extended: boolean,
    private readonly commands: SedCommand[],
    private readonly blocks: number[],
  ) {}

  private fail(message: string): SedParseError {
    return new SedParseError(`-e expression #${this.expr}, char ${Math.min(this.pos, this.src.length)}: ${message}`);
  }

  parse(): void {
    for (;;) {
      this.skip(/[\s;]/);
      if (this.pos >= this.src.length) return;
      const command: SedCommand = { name: '', negate: false };
      command.start = this.address();
      if (command.start && this.src[this.pos] === ',') {
        this.pos++;
        command.end = this.address();
        if (!command.end) throw this.fail('unexpected `,\'');
      }
      this.skip(/[ \t]/);
      if (this.src[this.pos] === '!') {
        command.negate = true;
        this.pos++;
        this.skip(/[ \t]/);
      }
      const name = this.src[this.pos++] ?? '';
      if (name === '') throw this.fail('missing command');
      command.name = name;
      this.command(command);
      this.commands.push(command);
    }
  }

  private skip(re: RegExp): void {
    while (this.pos < this.src.length && re.test(this.src[this.pos] ?? '')) this.pos++;
  }

  private address(): Address | undefined {
    const c = this.src[this.pos];
    if (c === '$') {
      this.pos++;
      return { kind: 'last' };
    }
    const num = /^([0-9]+)(?:~([0-9]+))?/.exec(this.src.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      if (num[2] !== undefined) return { kind: 'step', first: Number(num[1]), step: Number(num[2]) };
      const line = Number(num[1]);
      if (line === 0) throw this.fail('invalid usage of line address 0');
      return { kind: 'line', line };
    }
    if (c === '/' || c === '\\') {
      if (c === '\\') this.pos++;
      const delim = this.src[this.pos++] ?? '/';
      const pattern = this.delimited(delim, 'unterminated address regex');
      let flags = '';
      if (this.src[this.pos] === 'I') {
        flags = 'i';
        this.pos++;
      }
      return { kind: 'regex', regex: this.regex(pattern, flags) };
    }
    return undefined;
  }

  /** Text up to an unescaped delimiter; `\delim` becomes the delimiter itself. */
  private delimited(delim: string, error: string): string {
    let out = '';
    for (;;) {
      const c = this.src[this.pos++];
      if (c === undefined) throw this.fail(error);
      if (c === delim) return out;
      if (c === '\\') {
        const next = this.src[this.pos++];
        if (next === undefined) throw this.fail(error);
        if (next === delim) out += (this.extended ? /[.*[\]^$+?(){}|]/ : /[.*[\]^$]/).test(delim) ? `\\${delim}` : delim;
        else out += next === 'n' ? '\n' : `\\${next}`;
      } else if (c === '\n') throw this.fail(error);
      else out += c;
    }
  }

  private regex(pattern: string, flags: string): RegExp {
    const compiled = compileRegex(pattern, this.extended, flags);
    if (!compiled.ok) throw this.fail(compiled.error);
    return compiled.regex;
  }

  private command(command: SedCommand): void {
    switch (command.name) {
      case 's':
        return this.substitute(command);
      case 'y': {
        const delim = this.src[this.pos++] ?? '/';
        const from = [...this.delimited(delim, "unterminated `y' command").replace(/\\\\/g, '\\')];
        const to = [...this.delimited(delim, "unterminated `y' command").replace(/\\\\/g, '\\')];
        if (from.length !== to.length) throw this.fail("strings for `y' command are different lengths");
        command.text = from.join('');
        command.target = to.join('');
        return this.end();
      }
      case 'a':
      case 'i':
      case 'c': {
        this.skip(/[ \t]/);
        if (this.src[this.pos] === '\\') {
          this.pos++;
          if (this.src[this.pos] === '\n') this.pos++;
        }
        const nl = this.src.indexOf('\n', this.pos);
        const raw = this.src.slice(this.pos, nl < 0 ? undefined : nl);
        this.pos = nl < 0 ? this.src.length : nl;
        command.text = raw.replace(/\\(.)/g, '$1');
        if (command.text === '' && raw === '') throw this.fail(`expected \\ after \`a', \`c' or \`i'`);
        return;
      }
      case 'q':
      case 'Q': {
        this.skip(/[ \t]/);
        const code = /^[0-9]+/.exec(this.src.slice(this.pos))?.[0];
        if (code) {
          command.exitCode = Number(code);
          this.pos += code.length;
        }
        return this.end();
      }
      case '{':
        this.blocks.push(this.commands.length);
        return;
      case '}': {
        const open = this.blocks.pop();
        if (open === undefined) throw this.fail("unexpected `}'");
        const opener = this.commands[open];
        if (opener) opener.blockEnd = this.commands.length;
        return this.end();
      }
      case 'p':
      case 'd':
      case 'D':
      case '=':
      case 'n':
      case 'N':
      case 'P':
      case 'l':
      case 'h':
      case 'H':
      case 'g':
      case 'G':
      case 'x':
        return this.end();
      default:
        throw this.fail(`unknown command: \`${command.name}'`);
    }
  }

  private substitute(command: SedCommand): void {
    const delim = this.src[this.pos++];
    if (delim === undefined || delim === '\n' || delim === '\\') throw this.fail("unterminated `s' command");
    const pattern = this.delimited(delim, "unterminated `s' command");
    let replacement = '';
    for (;;) {
      const c = this.src[this.pos++];
      if (c === undefined) throw this.fail("unterminated `s' command");
      if (c === delim) break;
      if (c === '\\') {
        const next = this.src[this.pos++];
        if (next === undefined) throw this.fail("unterminated `s' command");
        replacement += next === delim ? delim : next === '\n' ? '\n' : `\\${next}`;
      } else replacement += c;
    }
    let flags = '';
    for (;;) {
      const c = this.src[this.pos];
      if (c === 'g') command.global = true;
      else if (c === 'p') command.print = true;
      else if (c === 'i' || c === 'I') flags += 'i';
      else if (c !== undefined && /[0-9]/.test(c)) {
        const n = /^[0-9]+/.exec(this.src.slice(this.pos))?.[0] ?? '1';
        command.occurrence = Number(n);
        this.pos += n.length - 1;
      } else break;
      this.pos++;
    }
    command.regex = this.regex(pattern, `g${flags}`);
    command.replacement = replacement;
    const next = this.src[this.pos];
    if (next !== undefined && !/[\s;}#]/.test(next)) {
      this.pos++;
      throw this.fail("unknown option to `s'");
    }
    this.end();
  }

  /** After a command: blanks, then `;`, a newline, `}` or the end. */
  private end(): void {
    this.skip(/[ \t]/);
    const c = this.src[this.pos];
    if (c === undefined || c === ';' || c === '\n' || c === '}') return;
    if (c === '#') {
      while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      return;
    }
    this.pos++;
    throw this.fail(`extra characters after command`);
  }
}
