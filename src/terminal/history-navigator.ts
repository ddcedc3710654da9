// Moving through history in the line being edited: ↑/↓ and Ctrl-R. As in readline, a recalled line
// may be edited and the edit survives moving away and back (the new line's draft too) until a line is
// submitted. It changes the LineBuffer and reports what changed; the editor does the drawing.
import type { History } from './history';
import type { InputToken } from './key-decoder';
import type { LineBuffer } from './line-buffer';
import { ReverseSearch, searchPrompt } from './reverse-search';

/** What a key did during a search: which glyph changed first, whether to ring, whether the search ended. */
export interface SearchOutcome {
  changedFrom: number;
  bell: boolean;
  /** The search ended and the key must still be handled by the editor (e.g. Enter, ←, Ctrl-A). */
  passOn: boolean;
}

export class HistoryNavigator {
  private index = 0;
  private edits = new Map<number, string>();
  private search: ReverseSearch | null = null;
  private lastQuery = '';
  /** Where the cursor was when the search began (an aborted search puts it back). */
  private origin = 0;

  constructor(
    private readonly history: History,
    private readonly buffer: LineBuffer,
  ) {}

  /** A new line: start below the newest entry and forget edits. */
  reset(): void {
    this.index = this.history.length;
    this.edits.clear();
  }

  /** Shows entry index+delta (history.length = the new line); null if there is none. */
  recall(delta: number): number | null {
    const target = this.index + delta;
    if (target < 0 || target > this.history.length) return null;
    this.edits.set(this.index, this.buffer.text);
    this.index = target;
    return this.buffer.set(this.edits.get(target) ?? this.history.get(target) ?? '');
  }

  /** The search prompt while Ctrl-R is active, else null. */
  get prompt(): string | null {
    return this.search ? searchPrompt(this.search.current) : null;
  }

  beginSearch(): number {
    const start = this.index;
    const draft = this.buffer.text;
    this.edits.set(start, draft);
    this.origin = this.buffer.offset;
    const entry = (i: number): string => (i === start ? draft : (this.edits.get(i) ?? this.history.get(i) ?? ''));
    this.search = new ReverseSearch(entry, start, this.buffer.offset);
    return this.show(this.search);
  }

  /** Typing narrows, Ctrl-R goes further back, Backspace undoes; Ctrl-G aborts; Esc or any other key accepts. */
  searchInput(token: InputToken): SearchOutcome {
    const search = this.search as ReverseSearch;
    const key = 'key' in token ? token.key : undefined;
    let found: boolean;
    if ('text' in token) found = search.type(token.text);
    else if (key === 'ctrl-r') found = search.again(this.lastQuery);
    else if (key === 'backspace') found = search.back();
    else return { changedFrom: this.endSearch(search, key === 'ctrl-g'), bell: false, passOn: key !== 'escape' && key !== 'ctrl-g' };
    return { changedFrom: this.show(search), bell: !found, passOn: false };
  }

  private show(search: ReverseSearch): number {
    return this.buffer.set(search.text, search.current.matchAt);
  }

  /** Leaves the search with the match in the line, or (abort) with the line as it was before it. */
  private endSearch(search: ReverseSearch, abort: boolean): number {
    const { query, index, matchAt } = search.current;
    if (query !== '') this.lastQuery = query;
    this.search = null;
    if (abort) return this.buffer.set(this.edits.get(this.index) ?? '', this.origin);
    this.index = index;
    return this.buffer.set(search.text, matchAt);
  }
}
