// Ctrl-R, readline's reverse incremental search. Each typed character narrows the search, searching
// back from the current match; Ctrl-R again finds the previous match (an empty query reuses the last
// search); Backspace returns to the state before the last character or Ctrl-R. Lines identical to the
// one shown are skipped, so a repeated command appears once.

/** One step of a search: what is searched for and where its match is. */
export interface SearchStep {
  query: string;
  /** Entry shown: a history index, or the history length for the line being edited. */
  index: number;
  /** UTF-16 offset of the match in that entry (the cursor goes there). */
  matchAt: number;
  failed: boolean;
}

/** The prompt readline shows during the search (its exact text). */
export function searchPrompt(step: SearchStep): string {
  return `(${step.failed ? 'failed ' : ''}reverse-i-search)\`${step.query}': `;
}

export class ReverseSearch {
  private steps: SearchStep[];

  /**
   * `entry(i)` returns history entry i, or the edited line for i = the history length.
   * The search begins at entry `index`, before offset `offset`.
   */
  constructor(
    private readonly entry: (index: number) => string,
    index: number,
    offset: number,
  ) {
    this.steps = [{ query: '', index, matchAt: offset, failed: false }];
  }

  get current(): SearchStep {
    return this.steps[this.steps.length - 1] as SearchStep;
  }

  /** The text of the entry shown. */
  get text(): string {
    return this.entry(this.current.index);
  }

  /** Narrows the search; false if nothing matches (the bell rings, the last match stays shown). */
  type(chars: string): boolean {
    const { query, index, matchAt } = this.current;
    return this.search(query + chars, index, matchAt);
  }

  /** Previous match of the same query, or of `lastQuery` when nothing was typed yet. */
  again(lastQuery: string): boolean {
    const { query, index, matchAt } = this.current;
    const wanted = query === '' ? lastQuery : query;
    if (wanted === '') return false;
    if (query === '') return this.search(wanted, index, matchAt);
    return this.search(wanted, index, matchAt - 1, this.entry(index));
  }

  /** Undoes the last character or Ctrl-R; false if there was nothing to undo. */
  back(): boolean {
    if (this.steps.length === 1) return false;
    this.steps.pop();
    return true;
  }

  /**
   * Looks for `query` in entry `index` at or before `offset`, then in older entries from their end.
   * A failed search is recorded too (readline keeps showing the last match with "failed").
   */
  private search(query: string, index: number, offset: number, skip?: string): boolean {
    for (let at = index; at >= 0; at--) {
      const text = this.entry(at);
      if (at !== index && text === skip) continue;
      if (at === index && offset < 0) continue;
      const found = text.lastIndexOf(query, at === index ? offset : text.length);
      if (found >= 0) {
        this.steps.push({ query, index: at, matchAt: found, failed: false });
        return true;
      }
    }
    const { index: shown, matchAt } = this.current;
    this.steps.push({ query, index: shown, matchAt, failed: true });
    return false;
  }
}
