/**
 * A light YAML highlighter for the editor's overlay: keys, strings, numbers, booleans/null,
 * comments, list dashes, block scalars, anchors and tags, line by line (block scalar bodies carry
 * over lines). Returns HTML (escaped) for a <pre> laid under the textarea, optionally with vi's
 * block cursor wrapped around one character. Pure.
 */

export type TokenKind = 'key' | 'str' | 'num' | 'lit' | 'com' | 'punct' | 'anchor' | 'plain';

export interface Token {
  text: string;
  kind: TokenKind;
}

const KEY = /^((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}&*!|>%@`][^#:]*?|-[^\s#:][^#:]*?|[^\s#:]))(\s*:)(?=\s|$)/;
const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i;
const LITERAL = /^(?:true|false|yes|no|on|off|null|~)$/i;

/** Splits a value into its scalar and a trailing ` # comment`. */
function scalar(value: string): Token[] {
  const out: Token[] = [];
  const lead = /^\s*/.exec(value)?.[0] ?? '';
  if (lead) out.push({ text: lead, kind: 'plain' });
  let rest = value.slice(lead.length);
  const anchor = /^(?:[&*!][^\s]*\s*)+/.exec(rest)?.[0];
  if (anchor) {
    out.push({ text: anchor, kind: 'anchor' });
    rest = rest.slice(anchor.length);
  }
  if (rest === '') return out;
  if (rest.startsWith('#')) return [...out, { text: rest, kind: 'com' }];
  let body = rest;
  let comment = '';
  const quoted = /^(?:"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)/.exec(rest)?.[0];
  if (quoted) {
    body = quoted;
    comment = rest.slice(quoted.length);
  } else {
    const hash = rest.search(/\s#/);
    if (hash >= 0) {
      body = rest.slice(0, hash);
      comment = rest.slice(hash);
    }
  }
  // Blanks before a comment belong to neither the value nor the comment.
  const tail = /\s*$/.exec(body)?.[0] ?? '';
  if (comment && tail) {
    body = body.slice(0, body.length - tail.length);
    comment = tail + comment;
  }
  const trimmed = body.trim();
  const kind: TokenKind = quoted ? 'str' : /^[|>][-+0-9]*$/.test(trimmed) ? 'punct' : NUMBER.test(trimmed) ? 'num' : LITERAL.test(trimmed) ? 'lit' : 'str';
  out.push({ text: body, kind });
  if (comment) {
    const gap = /^\s*/.exec(comment)?.[0] ?? '';
    if (gap) out.push({ text: gap, kind: 'plain' });
    if (comment.length > gap.length) out.push({ text: comment.slice(gap.length), kind: quoted && !comment.trimStart().startsWith('#') ? 'plain' : 'com' });
  }
  return out;
}

/** The tokens of each line of `text`. */
export function yamlTokens(text: string): Token[][] {
  const lines = text.split('\n');
  const result: Token[][] = [];
  /** While inside a `|`/`>` block scalar: the indent its owner had. */
  let blockOwner = -1;
  for (const line of lines) {
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (blockOwner >= 0 && (line.trim() === '' || indent > blockOwner)) {
      result.push(line ? [{ text: line, kind: 'str' }] : []);
      continue;
    }
    blockOwner = -1;
    const tokens: Token[] = [];
    let rest = line;
    const doc = /^(---|\.\.\.)(?=\s|$)/.exec(rest)?.[0];
    if (doc) {
      tokens.push({ text: doc, kind: 'punct' });
      rest = rest.slice(doc.length);
    }
    const lead = /^(\s*(?:-(?=\s|$)\s*)*)/.exec(rest)?.[0] ?? '';
    if (lead) {
      for (const part of lead.split(/(-)/)) if (part) tokens.push({ text: part, kind: part === '-' ? 'punct' : 'plain' });
      rest = rest.slice(lead.length);
    }
    const key = rest.startsWith('#') ? null : KEY.exec(rest);
    if (key) {
      tokens.push({ text: key[1] ?? '', kind: 'key' }, { text: key[2] ?? '', kind: 'punct' });
      rest = rest.slice(key[0].length);
    }
    const value = scalar(rest);
    tokens.push(...value);
    const last = value.filter((t) => t.kind !== 'plain' && t.kind !== 'com').pop();
    if (last?.kind === 'punct') blockOwner = /^ */.exec(line)?.[0].length ?? 0;
    result.push(tokens);
  }
  return result;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CLASS: Record<TokenKind, string> = { key: 'k', str: 's', num: 'n', lit: 'b', com: 'c', punct: 'p', anchor: 'a', plain: '' };

/**
 * The highlighted HTML of `text`. With `cursor`, the character there (or a space at a line's end)
 * is wrapped in `<span class="cur">`: vi's block cursor in normal mode.
 */
export function highlightYaml(text: string, cursor: number | null = null): string {
  let html = '';
  let at = 0;
  const lines = yamlTokens(text);
  lines.forEach((tokens, i) => {
    for (const t of tokens) {
      const end = at + t.text.length;
      const open = CLASS[t.kind] ? `<span class="${CLASS[t.kind]}">` : '';
      const close = open ? '</span>' : '';
      if (cursor !== null && cursor >= at && cursor < end) {
        const k = cursor - at;
        html += `${open}${escape(t.text.slice(0, k))}<span class="cur">${escape(t.text.slice(k, k + 1))}</span>${escape(t.text.slice(k + 1))}${close}`;
      } else html += open + escape(t.text) + close;
      at = end;
    }
    if (cursor === at) html += '<span class="cur"> </span>';
    if (i < lines.length - 1) {
      html += '\n';
      at += 1;
    }
  });
  return html;
}
