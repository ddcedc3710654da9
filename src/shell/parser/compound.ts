/** Compound commands: `( list )`, `{ list; }`, `if`, `for`, `while` and `until`. */
import type { ForCommand, GroupCommand, IfCommand, Script, WhileCommand, Word } from './ast';
import { ParseError, unexpectedEof, unexpectedToken } from './cursor';
import type { Parser } from './parser';

type Compound = GroupCommand | IfCommand | ForCommand | WhileCommand;

/** Parses a compound command at the cursor, or returns undefined for a simple command. */
export function parseCompound(p: Parser): Compound | undefined {
  const cur = p.cur;
  if (cur.peek() === '(') {
    if (cur.peek(1) === '(') throw new ParseError('syntax error: arithmetic commands `(( ))` are not supported here', false);
    cur.pos++;
    const body = nonEmpty(p, p.parseList(new Set(), ')'));
    if (cur.eof()) throw unexpectedEof();
    cur.pos++;
    return { kind: 'group', subshell: true, body, redirects: [] };
  }
  switch (p.peekReserved()) {
    case '{': {
      cur.pos++;
      const body = nonEmpty(p, p.parseList(new Set(['}'])));
      p.expectReserved('}');
      return { kind: 'group', subshell: false, body, redirects: [] };
    }
    case 'if':
      cur.pos += 2;
      return parseIf(p);
    case 'for':
      cur.pos += 3;
      return parseFor(p);
    case 'while':
    case 'until': {
      const until = p.peekReserved() === 'until';
      cur.pos += 5;
      const condition = nonEmpty(p, p.parseList(new Set(['do'])));
      p.expectReserved('do');
      const body = nonEmpty(p, p.parseList(new Set(['done'])));
      p.expectReserved('done');
      return { kind: 'while', until, condition, body, redirects: [] };
    }
    default:
      return undefined;
  }
}

function parseIf(p: Parser): IfCommand {
  const branches: IfCommand['branches'] = [];
  let otherwise: Script | undefined;
  for (;;) {
    const condition = nonEmpty(p, p.parseList(new Set(['then'])));
    p.expectReserved('then');
    const body = nonEmpty(p, p.parseList(new Set(['elif', 'else', 'fi'])));
    branches.push({ condition, body });
    const next = p.peekReserved();
    if (next === 'elif') {
      p.cur.pos += 4;
      continue;
    }
    if (next === 'else') {
      p.cur.pos += 4;
      otherwise = nonEmpty(p, p.parseList(new Set(['fi'])));
    }
    p.expectReserved('fi');
    return { kind: 'if', branches, otherwise, redirects: [] };
  }
}

function parseFor(p: Parser): ForCommand {
  const cur = p.cur;
  cur.skipBlanks();
  const nameWord = p.readWordOrFail();
  const name = nameWord.parts.length === 1 && nameWord.parts[0]?.kind === 'text' ? nameWord.parts[0].text : '';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ParseError(`\`${name}': not a valid identifier`, false);
  cur.skipBlanks();
  let items: Word[] | undefined;
  if (p.peekReserved() === 'in') {
    cur.pos += 2;
    items = [];
    for (;;) {
      cur.skipBlanks();
      const word = p.words.readWord();
      if (!word) break;
      items.push(word);
    }
  }
  cur.skipBlanks();
  if (cur.peek() === ';') cur.pos++;
  p.expectReserved('do');
  const body = nonEmpty(p, p.parseList(new Set(['done'])));
  p.expectReserved('done');
  return { kind: 'for', variable: name, items, body, redirects: [] };
}

/** bash rejects an empty list where a command is required (`if true; then fi`). */
function nonEmpty(p: Parser, script: Script): Script {
  if (script.lists.length === 0) throw p.cur.eof() ? unexpectedEof() : unexpectedToken(p.tokenText());
  return script;
}
