/**
 * The syntax tree of a command line, as bash's grammar shapes it: a script is a list of and-or
 * lists separated by `;`, `&` or newlines; an and-or list joins pipelines with `&&`/`||`; a pipeline
 * joins commands with `|`. Words keep their quoting so expansion can decide what splits and globs.
 */
export interface Script {
  lists: AndOrList[];
}

export interface AndOrList {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }>;
  /** Ended by `&`. There are no background jobs here; it runs in the foreground. */
  background: boolean;
}

export interface Pipeline {
  /** `! cmd` inverts the exit status. */
  negated: boolean;
  commands: CommandNode[];
}

export type CommandNode = SimpleCommand | GroupCommand | IfCommand | ForCommand | WhileCommand | FunctionDefinition;

/** `name() { ...; }` or `function name { ...; }`. */
export interface FunctionDefinition {
  kind: 'function';
  name: string;
  body: CommandNode;
  redirects: Redirect[];
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

/** `( list )` runs in a subshell; `{ list; }` in the current shell. */
export interface GroupCommand {
  kind: 'group';
  subshell: boolean;
  body: Script;
  redirects: Redirect[];
}

export interface IfCommand {
  kind: 'if';
  /** `if c1; then b1; elif c2; then b2; ...` */
  branches: Array<{ condition: Script; body: Script }>;
  otherwise?: Script;
  redirects: Redirect[];
}

export interface ForCommand {
  kind: 'for';
  variable: string;
  /** Undefined for `for x; do` (the positional parameters, always empty here). */
  items?: Word[];
  body: Script;
  redirects: Redirect[];
}

export interface WhileCommand {
  kind: 'while';
  /** `until` loops while the condition fails. */
  until: boolean;
  condition: Script;
  body: Script;
  redirects: Redirect[];
}

export interface Assignment {
  name: string;
  value: Word;
  /** `FOO+=bar` */
  append: boolean;
}

export interface Word {
  parts: WordPart[];
}

export type WordPart = TextPart | ParamPart | CommandPart | ArithPart | TildePart;

/** Literal text. `quoted` when it came from quotes or a backslash escape: it neither splits nor globs. */
export interface TextPart {
  kind: 'text';
  text: string;
  quoted: boolean;
}

export type ParamOp =
  | ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?'
  | '#' | '##' | '%' | '%%' | '/' | '//' | 'length' | 'substring';

/** `$x`, `${x}`, `${x:-word}`, `${#x}`, `${x%.yaml}`, `$?`. */
export interface ParamPart {
  kind: 'param';
  name: string;
  op?: ParamOp;
  /** The word after the operator (the default, the pattern, the substring offset). */
  arg?: Word;
  /** For `${x/pattern/replacement}`, and the length in `${x:offset:length}`. */
  replacement?: Word;
  quoted: boolean;
  /** `${%}` and the like: bash reports "bad substitution" when it expands it. */
  bad?: string;
}

/** `$(...)` or backticks. */
export interface CommandPart {
  kind: 'command';
  script: Script;
  quoted: boolean;
}

/** `$((...))`, kept as source text and evaluated after parameter expansion. */
export interface ArithPart {
  kind: 'arith';
  expression: Word;
  quoted: boolean;
}

/** An unquoted `~` or `~user` at the start of a word (or after `=`/`:` in an assignment). */
export interface TildePart {
  kind: 'tilde';
  user: string;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  /** The file descriptor redirected (default 1 for output, 0 for input). */
  fd: number;
  op: RedirectOp;
  /** The file name, the fd to duplicate (`2>&1`), or the here-string. */
  target?: Word;
  heredoc?: Heredoc;
}

export interface Heredoc {
  delimiter: string;
  /** `<<'EOF'` or `<<"EOF"`: the body is taken literally. */
  literal: boolean;
  /** The body, already tab-stripped for `<<-`; expansions unless `literal`. */
  body: Word;
}
