// Tab completion as readline does it: the shell supplies candidates for the word before the cursor,
// the editor inserts the single match or the longest common prefix, and lists the candidates in
// columns (sorted, filled top to bottom) when Tab is pressed again without anything changing.
import { textWidth } from './char-width';

export interface CompletionResult {
  /** Words that may replace the text between `replaceFrom` and the cursor. */
  candidates: string[];
  /** UTF-16 offset into the line where the word being completed starts. */
  replaceFrom: number;
  /** The candidates are paths: listings show only their last component, as bash does for files. */
  filenames?: boolean;
}

/** Asked on Tab with the line and the cursor (UTF-16 offset); may answer later (the engine is in a worker). */
export type Completer = (
  line: string,
  cursor: number,
) => CompletionResult | undefined | Promise<CompletionResult | undefined>;

/** readline's completion-query-items: from this many candidates on, ask before listing them. */
export const COMPLETION_QUERY_ITEMS = 100;

/** The question readline asks before a long listing (its exact wording). */
export const displayAllQuestion = (count: number): string => `Display all ${count} possibilities? (y or n)`;

export function uniqueSorted(candidates: readonly string[]): string[] {
  // Plain code-unit order (the C locale), so the order never depends on the browser's language.
  return [...new Set(candidates)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function longestCommonPrefix(words: readonly string[]): string {
  const [first = '', ...rest] = words;
  let prefix = [...first];
  for (const word of rest) {
    const chars = [...word];
    let same = 0;
    while (same < prefix.length && same < chars.length && prefix[same] === chars[same]) same++;
    prefix = prefix.slice(0, same);
  }
  return prefix.join('');
}

/** What a listing shows for a candidate: the last path component (keeping a directory's slash). */
export function listedName(candidate: string, filenames: boolean): string {
  if (!filenames) return candidate;
  const slash = candidate.lastIndexOf('/', candidate.length - 2);
  return slash < 0 || slash === candidate.length - 1 ? candidate : candidate.slice(slash + 1);
}

/**
 * The rows of a listing for a screen `cols` wide, without line endings: columns two cells wider than
 * the widest name, as many as fit (one fewer if they would fill the row exactly), names running down
 * each column. Every name but the last of a full row is padded, as readline pads them.
 */
export function listingRows(candidates: readonly string[], cols: number, filenames = false): string[] {
  const names = candidates.map((candidate) => listedName(candidate, filenames));
  const width = Math.max(0, ...names.map(textWidth)) + 2;
  let perRow = Math.floor(cols / width);
  if (perRow !== 1 && perRow * width === cols) perRow--;
  if (perRow <= 0) perRow = 1;
  const rowCount = Math.ceil(names.length / perRow);
  const rows: string[] = [];
  for (let row = 0; row < rowCount; row++) {
    let line = '';
    for (let column = 0; column < perRow; column++) {
      const name = names[row + column * rowCount];
      if (name === undefined) break;
      line += name;
      if (column + 1 < perRow) line += ' '.repeat(Math.max(1, width - textWidth(name)));
    }
    rows.push(line);
  }
  return rows;
}

/**
 * The line after a Tab that does not list: a single candidate replaces the word and is followed by a
 * space (stepped over if one is already there) unless it is a directory; several put in their longest
 * common prefix and ring the bell, since more than one answer remains.
 */
export function completeWord(
  line: string,
  cursor: number,
  candidates: readonly string[],
  replaceFrom: number,
): { line: string; cursor: number; bell: boolean } {
  const from = Math.max(0, Math.min(replaceFrom, cursor));
  const word = line.slice(from, cursor);
  const [only] = candidates;
  if (only === undefined) return { line, cursor, bell: true };
  if (candidates.length === 1) {
    let next = line.slice(0, from) + only + line.slice(cursor);
    let at = from + only.length;
    if (!only.endsWith('/')) {
      if (next[at] !== ' ') next = next.slice(0, at) + ' ' + next.slice(at);
      at += 1;
    }
    return { line: next, cursor: at, bell: false };
  }
  const prefix = longestCommonPrefix(candidates);
  if (prefix.length <= word.length || !prefix.startsWith(word)) return { line, cursor, bell: true };
  return { line: line.slice(0, from) + prefix + line.slice(cursor), cursor: from + prefix.length, bell: true };
}

/** readline's y-or-n answer: y, Y or space mean yes; n, N, Backspace, Ctrl-C or Ctrl-G no; else null. */
export function yesOrNo(char: string): boolean | null {
  if (char === 'y' || char === 'Y' || char === ' ') return true;
  if (char === 'n' || char === 'N' || char === '\x7f' || char === '\x03' || char === '\x07') return false;
  return null;
}
