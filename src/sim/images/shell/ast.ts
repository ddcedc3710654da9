/** Syntax tree of the POSIX-shell subset that container commands use (`sh -c '…'`). */

/** A piece of a word. `q`: came from quotes (no field splitting). */
export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  | { t: 'param'; name: string; op?: string; arg?: Word; q: boolean }
  | { t: 'cmdsub'; src: string; q: boolean }
  | { t: 'arith'; src: string; q: boolean };

export type Word = WordPart[];

export interface Redir {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&' | '&>' | '<<';
  target: Word;
  /** Here-document body (expanded unless the delimiter was quoted). */
  heredoc?: { body: Word };
}

export type Cmd =
  | { k: 'simple'; line: number; assigns: { name: string; value: Word }[]; words: Word[]; redirs: Redir[] }
  | { k: 'pipe'; cmds: Cmd[]; bang: boolean }
  | { k: 'andor'; first: Cmd; rest: { op: '&&' | '||'; cmd: Cmd }[] }
  | { k: 'list'; items: { cmd: Cmd; bg: boolean }[] }
  | { k: 'loop'; until: boolean; cond: Cmd; body: Cmd; redirs: Redir[] }
  | { k: 'for'; name: string; words: Word[] | null; body: Cmd; redirs: Redir[] }
  | { k: 'if'; arms: { cond: Cmd; body: Cmd }[]; otherwise: Cmd | null; redirs: Redir[] }
  | { k: 'group'; body: Cmd; subshell: boolean; redirs: Redir[] }
  | { k: 'case'; word: Word; arms: { patterns: Word[]; body: Cmd | null }[]; redirs: Redir[] }
  | { k: 'func'; name: string; body: Cmd };

export class ShellSyntaxError {
  constructor(
    /** `eof` (script ended inside a construct) or `token` (a word/operator where it cannot be). */
    readonly kind: 'eof' | 'token',
    readonly token: string,
    readonly expecting: string | undefined,
    readonly line: number,
  ) {}
}

/** The literal text of a word if it has no expansions and no quotes (reserved-word test). */
export function plainWord(w: Word): string | null {
  let s = '';
  for (const p of w) {
    if (p.t !== 'lit' || p.q) return null;
    s += p.v;
  }
  return s;
}
