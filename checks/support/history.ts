/**
 * The commands in a student's history lines, as words: each line parsed by the shell's own
 * parser (aliases the history defined earlier expanded, as the shell did), every simple command
 * found — in pipelines, lists, loops, groups and `$(...)` — with words that are not plain text
 * (a `$VAR`, a `$(...)`) kept as `?`.
 */
import { parse, type Ast } from '../../src/shell';

export interface HistoryCommand {
  /** The history line it came from. */
  line: string;
  words: string[];
}

function wordText(word: Ast.Word): string {
  return word.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'tilde' ? `~${p.user}` : '?')).join('');
}

function visitScript(script: Ast.Script, out: string[][]): void {
  for (const list of script.lists) {
    for (const pipeline of [list.first, ...list.rest.map((r) => r.pipeline)]) {
      for (const command of pipeline.commands) visitCommand(command, out);
    }
  }
}

function visitWords(words: readonly Ast.Word[], out: string[][]): void {
  for (const w of words) for (const p of w.parts) if (p.kind === 'command') visitScript(p.script, out);
}

function visitCommand(node: Ast.CommandNode, out: string[][]): void {
  switch (node.kind) {
    case 'simple':
      visitWords(node.words, out);
      if (node.words.length > 0) out.push(node.words.map(wordText));
      return;
    case 'group':
      return visitScript(node.body, out);
    case 'if':
      for (const b of node.branches) (visitScript(b.condition, out), visitScript(b.body, out));
      if (node.otherwise) visitScript(node.otherwise, out);
      return;
    case 'for':
      visitWords(node.items ?? [], out);
      return visitScript(node.body, out);
    case 'while':
      visitScript(node.condition, out);
      return visitScript(node.body, out);
    case 'function':
      return visitCommand(node.body, out);
  }
}

/** Every command of every line, in order; `alias NAME=VALUE` lines apply to the lines after them. */
export function historyCommands(lines: readonly string[]): HistoryCommand[] {
  const aliases = new Map<string, string>();
  const out: HistoryCommand[] = [];
  for (const line of lines) {
    const parsed = parse(line, { aliases });
    if (!parsed.ok) continue;
    const commands: string[][] = [];
    visitScript(parsed.script, commands);
    for (const words of commands) {
      out.push({ line, words });
      if (words[0] === 'alias') {
        for (const arg of words.slice(1)) {
          const eq = arg.indexOf('=');
          if (eq > 0) aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
        }
      }
    }
  }
  return out;
}

/**
 * Whether a command is an instance of `pattern` (words such as `kubectl scale`): the program is
 * the pattern's first word (or a path ending in it), and the pattern's other words appear in order
 * among the command's words that are not flags (`kubectl -n shop scale deploy web` matches).
 */
export function commandMatches(words: readonly string[], pattern: readonly string[]): boolean {
  const [program, ...rest] = pattern;
  const first = words[0] ?? '';
  if (program === undefined || (first !== program && !first.endsWith(`/${program}`))) return false;
  let i = 1;
  for (const want of rest) {
    while (i < words.length && words[i] !== want) i++;
    if (i >= words.length) return false;
    i++;
  }
  return true;
}
