/** Running a parsed sed script over lines: the cycle, addresses and ranges, `s` replacements. */
import type { Address, SedCommand } from './sed-parse';

/** One pass of a script over a stream of inputs. */
export class SedRun {
  exitCode: number | undefined;
  private hold = '';
  private lineNo = 0;

  constructor(
    private readonly commands: SedCommand[],
    private readonly quiet: boolean,
  ) {}

  process(texts: string[]): string {
    const lines: string[] = [];
    let lastHasNewline = true;
    for (const text of texts) {
      if (text === '') continue;
      const parts = text.split('\n');
      lastHasNewline = text.endsWith('\n');
      if (lastHasNewline) parts.pop();
      lines.push(...parts);
    }
    let out = '';
    let next = 0;
    const newline = (index: number) => (index === lines.length - 1 && !lastHasNewline ? '' : '\n');
    while (next < lines.length && this.exitCode === undefined) {
      let index = next++;
      let pattern = lines[index] ?? '';
      this.lineNo++;
      const appended: string[] = [];
      let autoprint = !this.quiet;
      let pc = 0;
      while (pc < this.commands.length) {
        const cmd = this.commands[pc];
        if (!cmd) break;
        const isLast = index === lines.length - 1;
        if (!this.selects(cmd, pattern, isLast)) {
          pc = cmd.name === '{' ? (cmd.blockEnd ?? pc) + 1 : pc + 1;
          continue;
        }
        pc++;
        let endCycle = false;
        switch (cmd.name) {
          case 's': {
            const replaced = substitute(pattern, cmd);
            if (replaced !== undefined) {
              pattern = replaced;
              if (cmd.print) out += `${pattern}\n`;
            }
            break;
          }
          case 'p':
            out += `${pattern}\n`;
            break;
          case 'P':
            out += `${pattern.split('\n')[0] ?? ''}\n`;
            break;
          case 'd':
          case 'D':
            autoprint = false;
            endCycle = true;
            break;
          case 'q':
            this.exitCode = cmd.exitCode ?? 0;
            endCycle = true;
            break;
          case 'Q':
            this.exitCode = cmd.exitCode ?? 0;
            autoprint = false;
            endCycle = true;
            break;
          case '=':
            out += `${this.lineNo}\n`;
            break;
          case 'a':
            appended.push(cmd.text ?? '');
            break;
          case 'i':
            out += `${cmd.text ?? ''}\n`;
            break;
          case 'c':
            if (!cmd.end || !cmd.inRange) out += `${cmd.text ?? ''}\n`;
            autoprint = false;
            endCycle = true;
            break;
          case 'y':
            pattern = [...pattern].map((c) => (cmd.target ?? '')[[...(cmd.text ?? '')].indexOf(c)] ?? c).join('');
            break;
          case 'l':
            out += `${pattern.replace(/\\/g, '\\\\').replace(/\t/g, '\\t')}$\n`;
            break;
          case 'h':
            this.hold = pattern;
            break;
          case 'H':
            this.hold += `\n${pattern}`;
            break;
          case 'g':
            pattern = this.hold;
            break;
          case 'G':
            pattern += `\n${this.hold}`;
            break;
          case 'x':
            [pattern, this.hold] = [this.hold, pattern];
            break;
          case 'n':
          case 'N':
            if (next >= lines.length) {
              // No next line: GNU sed prints the pattern space (unless -n) and stops.
              endCycle = true;
              if (cmd.name === 'N' && this.quiet) autoprint = false;
              break;
            }
            if (cmd.name === 'n' && !this.quiet) out += `${pattern}\n`;
            index = next++;
            this.lineNo++;
            pattern = cmd.name === 'n' ? (lines[index] ?? '') : `${pattern}\n${lines[index] ?? ''}`;
            break;
        }
        if (endCycle) break;
      }
      if (autoprint) out += `${pattern}${newline(index)}`;
      for (const text of appended) out += `${text}\n`;
    }
    return out;
  }

  private selects(cmd: SedCommand, pattern: string, isLast: boolean): boolean {
    return this.inAddress(cmd, pattern, isLast) !== cmd.negate;
  }

  private inAddress(cmd: SedCommand, pattern: string, isLast: boolean): boolean {
    if (!cmd.start) return true;
    if (!cmd.end) return this.matches(cmd.start, pattern, isLast);
    if (cmd.inRange) {
      const end = cmd.end;
      if (end.kind === 'line' ? this.lineNo >= end.line : this.matches(end, pattern, isLast)) cmd.inRange = false;
      return true;
    }
    if (!this.matches(cmd.start, pattern, isLast)) return false;
    const end = cmd.end;
    cmd.inRange = !(end.kind === 'line' && end.line <= this.lineNo) && !(end.kind === 'last' && isLast);
    return true;
  }

  private matches(address: Address, pattern: string, isLast: boolean): boolean {
    switch (address.kind) {
      case 'line':
        return this.lineNo === address.line;
      case 'last':
        return isLast;
      case 'step':
        return address.step <= 0 ? this.lineNo === address.first : this.lineNo >= address.first && (this.lineNo - address.first) % address.step === 0;
      case 'regex':
        address.regex.lastIndex = 0;
        return address.regex.test(pattern);
    }
  }
}

/** Applies an `s` command; undefined when nothing was replaced. */
function substitute(text: string, cmd: SedCommand): string | undefined {
  const regex = cmd.regex;
  if (!regex) return undefined;
  regex.lastIndex = 0;
  let result = '';
  let last = 0;
  let count = 0;
  let replaced = false;
  let previousEnd = -1;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    // An empty match right where the previous match ended does not count (GNU: `s/l*/X/g`).
    if (m[0] === '' && m.index === previousEnd) {
      regex.lastIndex++;
      continue;
    }
    previousEnd = m.index + m[0].length;
    count++;
    const wanted = cmd.occurrence ? (cmd.global ? count >= cmd.occurrence : count === cmd.occurrence) : cmd.global || count === 1;
    if (wanted) {
      result += text.slice(last, m.index) + expandReplacement(cmd.replacement ?? '', m);
      last = m.index + m[0].length;
      replaced = true;
      if (!cmd.global) break;
    }
    if (m[0] === '') regex.lastIndex++;
  }
  return replaced ? result + text.slice(last) : undefined;
}

/** `&`, `\1`..`\9`, `\n`, `\t`, and GNU's `\U \L \u \l \E` case changes. */
function expandReplacement(replacement: string, m: RegExpExecArray): string {
  let out = '';
  let mode: 'U' | 'L' | '' = '';
  let once: 'u' | 'l' | '' = '';
  const emit = (text: string) => {
    for (const c of text) {
      let ch = mode === 'U' ? c.toUpperCase() : mode === 'L' ? c.toLowerCase() : c;
      if (once) {
        ch = once === 'u' ? ch.toUpperCase() : ch.toLowerCase();
        once = '';
      }
      out += ch;
    }
  };
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement.charAt(i);
    if (c === '&') emit(m[0]);
    else if (c === '\\' && i + 1 < replacement.length) {
      const next = replacement.charAt(++i);
      if (/[0-9]/.test(next)) emit(m[Number(next)] ?? '');
      else if (next === 'n') emit('\n');
      else if (next === 't') emit('\t');
      else if (next === 'U' || next === 'L') mode = next;
      else if (next === 'E') mode = '';
      else if (next === 'u' || next === 'l') once = next;
      else emit(next);
    } else emit(c);
  }
  return out;
}
