// cobra's "Did you mean this?" suggestions: every listed command within Levenshtein distance 2
// of what was typed (case-insensitive), or starting with it, plus commands that name the typed
// word in their SuggestFor list — in the order the commands were added.

import { utf8Bytes } from '../../lib/base64';
import type { CommandSpec } from './command';

/** cobra's ld(): Levenshtein distance over bytes, optionally ignoring case. */
export function levenshtein(s: string, t: string, ignoreCase: boolean): number {
  if (ignoreCase) {
    s = s.toLowerCase();
    t = t.toLowerCase();
  }
  const a = utf8Bytes(s);
  const b = utf8Bytes(t);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export function suggestionsFor(typed: string, commands: readonly CommandSpec[], minimumDistance = 2): string[] {
  const out: string[] = [];
  for (const cmd of commands) {
    if (cmd.hidden) continue;
    const close = levenshtein(typed, cmd.name, true) <= minimumDistance;
    const prefix = cmd.name.toLowerCase().startsWith(typed.toLowerCase());
    if (close || prefix) out.push(cmd.name);
    for (const word of cmd.suggestFor ?? []) if (word.toLowerCase() === typed.toLowerCase()) out.push(cmd.name);
  }
  return out;
}

/** The text cobra appends to "unknown command" errors ('' when nothing is close). */
export function suggestionText(typed: string, commands: readonly CommandSpec[]): string {
  const names = suggestionsFor(typed, commands);
  if (names.length === 0) return '';
  return `\n\nDid you mean this?\n${names.map((n) => `\t${n}\n`).join('')}`;
}
