// The editor's state and its way to the screen: the line, the prompt it sits after, the effects being
// collected, and redrawing after a change. line-editor.ts builds the key handling on top of this.
import { Display } from './display';
import type { Effect, EditorMode } from './effects';
import { History } from './history';
import { HistoryNavigator } from './history-navigator';
import type { InputToken } from './key-decoder';
import { LineBuffer } from './line-buffer';
import { crlf } from './screen-layout';

export interface LineEditorOptions {
  /** Terminal width; tell the editor about changes with setColumns(). */
  cols?: number;
  /** Where submitted lines go (and ↑/↓, Ctrl-R look); a fresh one if not given. */
  history?: History;
  /** True while `text` (the lines so far, joined with \n) is an unfinished command, e.g. an open heredoc. */
  needsMoreInput?: (text: string) => boolean;
  /** bash's PS2, shown before each further line of an unfinished command. */
  continuationPrompt?: string;
}

export class EditorCore {
  readonly history: History;
  protected readonly display: Display;
  protected readonly buffer = new LineBuffer();
  protected readonly navigator: HistoryNavigator;
  protected readonly needsMoreInput: (text: string) => boolean;
  protected readonly continuationPrompt: string;
  protected state: EditorMode = 'waiting';
  /** Type-ahead: input not handled yet because a command runs or a completion is awaited. */
  protected queue: InputToken[] = [];
  protected prompt = '';
  /** Earlier lines of a command that needs more input. */
  protected pending: string[] = [];
  private out: Effect[] = [];

  constructor(options: LineEditorOptions = {}) {
    this.display = new Display(options.cols ?? 80);
    this.history = options.history ?? new History();
    this.navigator = new HistoryNavigator(this.history, this.buffer);
    this.needsMoreInput = options.needsMoreInput ?? (() => false);
    this.continuationPrompt = options.continuationPrompt ?? '> ';
  }

  get mode(): EditorMode {
    return this.state;
  }

  get line(): string {
    return this.buffer.text;
  }

  /** Cursor as a UTF-16 offset into `line`. */
  get cursor(): number {
    return this.buffer.offset;
  }

  /** The terminal's width changed (it has re-wrapped the screen already). */
  setColumns(cols: number): Effect[] {
    this.write(this.display.resize(cols, this.buffer.glyphs, this.buffer.cursor));
    return this.flush();
  }

  /** Prints text above the prompt and redraws the prompt and line below it (e.g. a notice). */
  printAbove(text: string): Effect[] {
    const body = crlf(text) + (text.endsWith('\n') || text === '' ? '' : '\r\n');
    if (!this.display.attached) return this.write(body), this.flush();
    this.write(this.display.erase() + body + this.showPrompt());
    return this.flush();
  }

  /** Prints the current prompt and line afresh, from column 0 of an empty row. */
  protected showPrompt(): string {
    return this.display.begin(this.currentPrompt(), this.buffer.glyphs, this.buffer.cursor);
  }

  protected currentPrompt(): string {
    const searching = this.navigator.prompt;
    if (searching !== null) return searching;
    return this.pending.length > 0 ? this.continuationPrompt : this.prompt;
  }

  /** Updates the screen after a change starting at glyph `changedFrom` (null: only the cursor moved). */
  protected redraw(changedFrom: number | null): void {
    this.write(this.display.update(this.currentPrompt(), this.buffer.glyphs, this.buffer.cursor, changedFrom));
  }

  protected emit(effect: Effect): void {
    this.out.push(effect);
  }

  protected write(text: string): void {
    if (text === '') return;
    const last = this.out[this.out.length - 1];
    if (last && 'write' in last) last.write += text;
    else this.out.push({ write: text });
  }

  protected flush(): Effect[] {
    const effects = this.out;
    this.out = [];
    return effects;
  }
}
