// Command history as bash keeps it with HISTCONTROL=ignoreboth and HISTSIZE=1000: a line that starts
// with a space is not saved (a way to keep a secret out of history), nor a line equal to the one before
// it, nor a blank line. Oldest entries fall off the front. Plain data, so it persists as JSON.

export const HISTORY_LIMIT = 1000;

export class History {
  private readonly items: string[];

  constructor(
    entries: readonly string[] = [],
    private readonly limit = HISTORY_LIMIT,
  ) {
    this.items = [];
    for (const entry of entries) this.add(entry);
  }

  /**
   * Restores a history saved with toJSON. Anything that is not a list of strings (corrupt or foreign
   * storage) gives an empty history rather than an error: losing history must not break the terminal.
   */
  static fromJSON(value: unknown, limit = HISTORY_LIMIT): History {
    const entries = Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
    return new History(entries, limit);
  }

  get length(): number {
    return this.items.length;
  }

  /** Entry `index`, 0 = oldest. */
  get(index: number): string | undefined {
    return this.items[index];
  }

  get entries(): readonly string[] {
    return this.items;
  }

  /** Records a submitted line unless ignoreboth says not to; true if it was saved. */
  add(line: string): boolean {
    if (line.trim() === '' || line.startsWith(' ')) return false;
    if (this.items[this.items.length - 1] === line) return false;
    this.items.push(line);
    if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
    return true;
  }

  clear(): void {
    this.items.length = 0;
  }

  toJSON(): string[] {
    return [...this.items];
  }
}
