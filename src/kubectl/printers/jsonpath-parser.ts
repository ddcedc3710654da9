// Parser for Kubernetes JSONPath templates (client-go util/jsonpath), reproducing its grammar and
// its error texts: text outside `{…}` is literal, actions hold fields (`.a.b`, `.a\.b`), `..`
// recursion, `[i]`/`[a:b:c]`/`[*]`/`[0,1]`/`['key']`, `[?(@.x==1)]` filters, quoted literals,
// numbers, `true`/`false`, and the identifiers `range`/`end`. Every action's nodes go into one
// list at the root, as upstream does (a `}` always returns to the root).

import { unquoteExtend } from './go-unquote';

export interface SliceParam {
  value: number;
  known: boolean;
  /** The end index implied by `[i]` (i+1), which wraps like a negative index when it is 0. */
  derived: boolean;
}

export interface ListNode {
  type: 'list';
  nodes: JsonPathNode[];
}

export type JsonPathNode =
  | ListNode
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'identifier'; name: string }
  | { type: 'array'; params: readonly [SliceParam, SliceParam, SliceParam] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; lists: ListNode[] };

/** A parse failure with upstream's message (e.g. `unclosed action`). */
export class JsonPathSyntaxError extends Error {}

const EOF = -1;
const DICT_KEY = /^'([^']*)'$/;
const SLICE = /^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$/;
const FILTER = /^([^!<>=]+)([!<>=]+)([^\n]+?)$/;

const isSpace = (r: number): boolean => r === 0x20 || r === 0x09;
const isEndOfLine = (r: number): boolean => r === 0x0d || r === 0x0a;
const isDigit = (r: number): boolean => r >= 0 && /^\p{Nd}$/u.test(String.fromCodePoint(r));
const isAlphaNumeric = (r: number): boolean =>
  r === 0x5f || (r >= 0 && /^[\p{L}\p{Nd}]$/u.test(String.fromCodePoint(r)));
const isTerminator = (r: number): boolean => r === EOF || isSpace(r) || isEndOfLine(r) || '.,[]$@{}'.includes(String.fromCodePoint(r));

/** Go's %#U: `U+0023 '#'` for printable runes, `U+0009` otherwise. */
function sharpU(r: number): string {
  const hex = `U+${r.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(r);
  return ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch) ? `${hex} '${ch}'` : hex;
}

class Parser {
  readonly root: ListNode = { type: 'list', nodes: [] };
  private pos = 0;
  private start = 0;
  private width = 0;

  constructor(private readonly input: string) {}

  parse(): ListNode {
    for (;;) {
      const open = this.input.indexOf('{', this.pos);
      if (open < 0) {
        this.pos = this.input.length;
        if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consume() });
        return this.root;
      }
      this.pos = open;
      if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consume() });
      this.pos += 1;
      this.consume();
      const action: ListNode = { type: 'list', nodes: [] };
      this.root.nodes.push(action);
      this.parseInsideAction(action);
      this.pos += 1; // the closing '}'
      this.consume();
    }
  }

  private consume(): string {
    const text = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return text;
  }

  private next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos) ?? EOF;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  /** Character two code units back: the one before a just-read closing quote. */
  private escapedBefore(): boolean {
    return this.input[this.pos - 2] === '\\';
  }

  /** Reads nodes into `cur` until the action's closing '}' (left unread). */
  private parseInsideAction(cur: ListNode): void {
    for (;;) {
      const rest = this.input.slice(this.pos, this.pos + 3);
      if (rest.startsWith('}')) return;
      if (rest === '[?(') {
        this.parseFilter(cur);
        continue;
      }
      if (rest.startsWith('..')) {
        this.parseRecursive(cur);
        continue;
      }
      const r = this.next();
      if (r === EOF || isEndOfLine(r)) throw new JsonPathSyntaxError('unclosed action');
      if (r === 0x20 || r === 0x40 || r === 0x24) this.consume(); // ' ', '@', '$'
      else if (r === 0x5b) this.parseArray(cur);
      else if (r === 0x22 || r === 0x27) this.parseQuote(cur, r);
      else if (r === 0x2e) this.parseField(cur);
      else if (r === 0x2b || r === 0x2d || isDigit(r)) {
        this.backup();
        this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.backup();
        this.parseIdentifier(cur);
      } else throw new JsonPathSyntaxError(`unrecognized character in action: ${sharpU(r)}`);
    }
  }

  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup();
    const value = this.consume();
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' });
    else cur.nodes.push({ type: 'identifier', name: value });
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive') throw new JsonPathSyntaxError('invalid multiple recursive descent');
    this.pos += 2;
    this.consume();
    cur.nodes.push({ type: 'recursive' });
    if (isAlphaNumeric(this.peek())) this.parseField(cur);
  }

  private parseNumber(cur: ListNode): void {
    const sign = this.peek();
    if (sign === 0x2b || sign === 0x2d) this.next();
    for (;;) {
      const r = this.next();
      if (r !== 0x2e && !isDigit(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consume();
    if (/^[-+]?[0-9]+$/.test(value) && BigInt(value) >= -(2n ** 63n) && BigInt(value) < 2n ** 63n) {
      cur.nodes.push({ type: 'int', value: Number(value) });
    } else if (/^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(value)) {
      cur.nodes.push({ type: 'float', value: Number(value) });
    } else throw new JsonPathSyntaxError(`cannot parse number ${value}`);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated array');
      if (r === 0x5d) break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';

    const parts = text.split(',');
    if (parts.length > 1) {
      const lists = parts.map((part) => parseAction(`[${part.replace(/^ +| +$/g, '')}]`));
      cur.nodes.push({ type: 'union', lists });
      return;
    }

    const key = DICT_KEY.exec(text);
    if (key) {
      // ['key'] is read as .key, so dots inside the key still separate fields (as upstream).
      cur.nodes.push(...parseAction(`.${key[1] ?? ''}`).nodes);
      return;
    }

    const slice = SLICE.exec(text);
    if (!slice) throw new JsonPathSyntaxError(`invalid array index ${text}`);
    const params: SliceParam[] = [];
    for (let i = 0; i < 3; i++) {
      let part = slice[i + 1] ?? '';
      if (part !== '') {
        if (i > 0) part = part.slice(1);
        if (i > 0 && part === '') params.push({ value: 0, known: false, derived: false });
        else {
          if (!/^-?[0-9]+$/.test(part)) throw new JsonPathSyntaxError(`array index ${part} is not a number`);
          params.push({ value: Number(part), known: true, derived: false });
        }
      } else if (i === 1) {
        params.push({ value: (params[0]?.value ?? 0) + 1, known: true, derived: true });
      } else {
        params.push({ value: 0, known: false, derived: false });
      }
    }
    const [p0, p1, p2] = params as [SliceParam, SliceParam, SliceParam];
    cur.nodes.push({ type: 'array', params: [p0, p1, p2] });
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = 0;
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated filter');
      if (r === 0x22 || r === 0x27) {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (!this.escapedBefore() && r === pair) end = true;
      } else if (r === 0x29 && begin === end) break;
    }
    if (this.next() !== 0x5d) throw new JsonPathSyntaxError('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = FILTER.exec(text);
    if (!m) {
      cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, operator: 'exists' });
      return;
    }
    const left = parseAction(m[1] ?? '');
    const right = parseAction(m[3] ?? '');
    cur.nodes.push({ type: 'filter', left, right, operator: m[2] ?? '' });
  }

  private parseQuote(cur: ListNode, quote: number): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated quoted string');
      if (r === quote && !this.escapedBefore()) break;
    }
    const value = this.consume();
    const text = unquoteExtend(value);
    if (text === null) throw new JsonPathSyntaxError(`unquote string ${value} error invalid syntax`);
    cur.nodes.push({ type: 'text', text });
  }

  private parseField(cur: ListNode): void {
    this.consume(); // drop the '.'
    for (;;) {
      const r = this.next();
      if (r === 0x5c) this.next();
      else if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consume();
    if (value === '*') cur.nodes.push({ type: 'wildcard' });
    else cur.nodes.push({ type: 'field', name: value.replace(/\\/g, '') });
  }
}

/** Parses `{text}` and returns its single action list, as upstream's parseAction helper does. */
function parseAction(text: string): ListNode {
  const root = new Parser(`{${text}}`).parse();
  const first = root.nodes[0];
  return first?.type === 'list' ? first : { type: 'list', nodes: [] };
}

/** Parses a template into its root list, or throws JsonPathSyntaxError with upstream's message. */
export function parseTemplate(template: string): ListNode {
  return new Parser(template).parse();
}
