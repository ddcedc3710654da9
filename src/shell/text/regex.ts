/**
 * POSIX regular expressions (basic, as grep and sed take them by default, or extended with -E)
 * translated to JavaScript ones. In a BRE `\(`, `\{`, `\|`, `\+`, `\?` are the operators and the
 * bare characters are literal; in both, `[[:alpha:]]` classes and `\<`/`\>` word edges work.
 */

import { regexClass } from './char-classes';

export type RegexResult = { ok: true; source: string; groups: number } | { ok: false; error: string };

export function translateRegex(pattern: string, extended: boolean): RegexResult {
  let out = '';
  let groups = 0;
  let depth = 0;
  /** Whether the next character starts an expression (where `*` is literal and `^` anchors in a BRE). */
  let atStart = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    const wasStart = atStart;
    atStart = false;
    if (c === '[') {
      const bracket = readBracket(pattern, i);
      if (!bracket) return { ok: false, error: 'Unmatched [, [^, [:, [., or [=' };
      out += bracket.source;
      i = bracket.end;
      continue;
    }
    if (c === '\\') {
      const next = pattern.charAt(++i);
      if (next === '') return { ok: false, error: 'Trailing backslash' };
      if (!extended && next === '(') {
        out += '(';
        groups++;
        depth++;
        atStart = true;
      } else if (!extended && next === ')') {
        if (depth === 0) return { ok: false, error: 'Unmatched ) or \\)' };
        out += ')';
        depth--;
      } else if (!extended && next === '|') {
        out += '|';
        atStart = true;
      } else if (!extended && (next === '{')) {
        const close = pattern.indexOf('\\}', i);
        if (close < 0) return { ok: false, error: 'Unmatched \\{' };
        out += `{${pattern.slice(i + 1, close)}}`;
        i = close + 1;
      } else if (!extended && (next === '+' || next === '?')) out += next;
      else if (next === '<' || next === '>') out += '\\b';
      else if (next === '`') out += '^';
      else if (next === "'") out += '$';
      else if ('bBwWsS'.includes(next)) out += `\\${next}`;
      else if (/[1-9]/.test(next)) out += `\\${next}`;
      else if (next === 'n') out += '\\n';
      else if (next === 't') out += '\\t';
      else out += escapeLiteral(next);
      continue;
    }
    if (extended) {
      if (c === '(') {
        groups++;
        depth++;
        out += '(';
        atStart = true;
      } else if (c === ')') {
        if (depth === 0) return { ok: false, error: 'Unmatched ) or \\)' };
        depth--;
        out += ')';
      } else if (c === '|') {
        out += '|';
        atStart = true;
      } else if (c === '{') {
        const m = /^\{([0-9]+)?(,([0-9]+)?)?\}/.exec(pattern.slice(i));
        if (m && (m[1] !== undefined || m[3] !== undefined) && !wasStart) {
          out += m[1] === undefined ? `{0${m[0].slice(1)}` : m[0];
          i += m[0].length - 1;
        } else out += '\\{';
      } else if ((c === '*' || c === '+' || c === '?') && wasStart) out += `\\${c}`;
      else if (c === '^') {
        out += '^';
        atStart = true;
      } else out += c === '.' || c === '*' || c === '+' || c === '?' || c === '$' ? c : escapeLiteral(c);
      continue;
    }
    // Basic: the bare operators are literal characters.
    if (c === '*') out += wasStart ? '\\*' : '*';
    else if (c === '^') {
      if (wasStart) {
        out += '^';
        atStart = true;
      } else out += '\\^';
    } else if (c === '$') {
      const atEnd = i === pattern.length - 1 || pattern.startsWith('\\)', i + 1) || pattern.startsWith('\\|', i + 1);
      out += atEnd ? '$' : '\\$';
    } else if (c === '.') out += '.';
    else out += escapeLiteral(c);
  }
  if (depth > 0) return { ok: false, error: 'Unmatched ( or \\(' };
  return { ok: true, source: out, groups };
}

/** Compiles a POSIX pattern; the error text is what grep/sed print after their name. */
export function compileRegex(pattern: string, extended: boolean, flags: string): { ok: true; regex: RegExp } | { ok: false; error: string } {
  const translated = translateRegex(pattern, extended);
  if (!translated.ok) return translated;
  try {
    return { ok: true, regex: new RegExp(translated.source, flags) };
  } catch {
    return { ok: false, error: 'Invalid regular expression' };
  }
}

/** `[...]` starting at `start`, as a JS class; undefined when it is not closed. */
function readBracket(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === ']' && !first) return { source: `${out}]`, end: i };
    first = false;
    if (c === '[' && (pattern[i + 1] === ':' || pattern[i + 1] === '.' || pattern[i + 1] === '=')) {
      const kind = pattern[i + 1] ?? '';
      const close = pattern.indexOf(`${kind}]`, i + 2);
      if (close < 0) return undefined;
      const name = pattern.slice(i + 2, close);
      if (kind === ':') {
        const cls = regexClass(name);
        if (cls === undefined) return undefined;
        out += cls;
      } else out += escapeClass(name);
      i = close + 1;
      continue;
    }
    out += c === '-' ? '-' : escapeClass(c);
  }
  return undefined;
}

function escapeLiteral(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function escapeClass(c: string): string {
  return /[\]\\^[]/.test(c) ? `\\${c}` : c;
}

/** A fixed string as a JS regex source (grep -F). */
export function escapeRegexSource(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
