/**
 * Shell patterns (`*`, `?`, `[...]`) as regular expressions, for pathname expansion and for
 * `${x%pattern}`. A backslash makes the next character literal (quoted text arrives escaped).
 */

import { patternClass } from '../text/char-classes';

/** Whether `pattern` has an unescaped `*`, `?` or `[`. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Removes the escaping backslashes of a pattern (the literal text it stands for). */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** Escapes `text` so that it matches only itself. */
export function escapePattern(text: string): string {
  return text.replace(/[\\*?[]/g, '\\$&');
}

/**
 * The regex source of a pattern. In `path` mode `*` and `?` never match `/` (a path segment is
 * matched on its own anyway).
 */
export function patternSource(pattern: string, path = false): string {
  const any = path ? '[^/]' : '[\\s\\S]';
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegex(pattern.charAt(++i));
    } else if (c === '*') out += `${any}*`;
    else if (c === '?') out += any;
    else if (c === '[') {
      const bracket = readBracket(pattern, i);
      if (bracket) {
        out += bracket.source;
        i = bracket.end;
      } else out += '\\[';
    } else out += escapeRegex(c);
  }
  return out;
}

export function patternRegex(pattern: string, path = false): RegExp {
  return safeRegex(`^${patternSource(pattern, path)}$`);
}

/** A pattern bash accepts but JS rejects (`[z-a]`) matches nothing, as in bash. */
export function safeRegex(source: string, flags = ''): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    return /(?!)/;
  }
}

/** `[abc]`, `[!a-z]`, `[^x]`, `[[:digit:]]` starting at `start`; undefined if not closed. */
function readBracket(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      const cls = close > 0 ? patternClass(pattern.slice(i + 2, close)) : undefined;
      if (cls !== undefined) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < pattern.length) body += escapeClassChar(pattern.charAt(++i));
    else if (c === '-') body += '-';
    else body += escapeClassChar(c);
  }
  return undefined;
}

function escapeRegex(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function escapeClassChar(c: string): string {
  return /[\]\\^[]/.test(c) ? `\\${c}` : c;
}
