// The command-line editor as a pure state machine: keys in, effects out. It knows nothing about xterm
// or the DOM; terminal-session.ts writes the effects to a terminal and answers the requests. Between a
// submitted command and the next start() it shows nothing and keeps what is typed (type-ahead), as a
// terminal does while a command runs; a multi-line paste therefore runs its commands one at a time.
import { completeWord, COMPLETION_QUERY_ITEMS, displayAllQuestion, listingRows, uniqueSorted, yesOrNo } from './completion';
import type { CompletionResult } from './completion';
import { EditorCore } from './editor-core';
import { BELL } from './effects';
import type { Effect } from './effects';
import { KeyDecoder, pasteTokens } from './key-decoder';
import type { InputToken, KeyName } from './key-decoder';

export type { LineEditorOptions } from './editor-core';

export class LineEditor extends EditorCore {
  private readonly decoder = new KeyDecoder();
  private yanked = '';
  private lastWasKill = false;
  /** What the previous key did, if it was Tab: a Tab after one that changed nothing lists. */
  private lastTab: 'none' | 'changed' | 'unchanged' = 'none';
  private listNext = false;
  private question: CompletionResult | null = null;

  /** Shows a fresh prompt (the cursor must be at the start of an empty row) and replays type-ahead. */
  start(prompt: string): Effect[] {
    this.prompt = prompt;
    this.state = 'editing';
    this.buffer.set('');
    this.navigator.reset();
    this.write(this.display.begin(prompt, [], 0));
    return this.run();
  }

  handleInput(data: string): Effect[] {
    const tokens = this.decoder.feed(data);
    const interrupted = tokens.some((token) => 'key' in token && token.key === 'ctrl-c');
    if (this.state === 'waiting' && interrupted) {
      // Like a tty on SIGINT: echo ^C and throw away what was typed ahead.
      this.queue = [];
      this.write('^C');
      this.emit({ interrupt: true });
      return this.flush();
    }
    this.queue.push(...tokens);
    if (this.state === 'completing' && interrupted) this.state = 'editing';
    return this.run();
  }

  /** The answer to a { complete } effect (undefined: nothing to offer). Late answers are ignored. */
  completed(result: CompletionResult | undefined): Effect[] {
    if (this.state !== 'completing') return [];
    this.state = 'editing';
    const candidates = uniqueSorted(result?.candidates ?? []);
    if (this.listNext && candidates.length > 0) {
      this.lastTab = 'unchanged';
      this.list({ candidates, replaceFrom: 0, filenames: result?.filenames ?? false });
      return this.run();
    }
    const before = this.buffer.text;
    const next = completeWord(before, this.buffer.offset, candidates, result?.replaceFrom ?? this.buffer.offset);
    if (next.line !== before) this.redraw(this.buffer.set(next.line, next.cursor));
    if (next.bell) this.write(BELL);
    this.lastTab = next.line === before ? 'unchanged' : 'changed';
    return this.run();
  }

  private run(): Effect[] {
    while (this.queue.length > 0 && (this.state === 'editing' || this.state === 'searching' || this.state === 'confirming')) {
      const token = this.queue.shift() as InputToken;
      if (this.state === 'confirming') this.answer(token);
      else if (this.state === 'searching') this.searchInput(token);
      else this.edit(token);
    }
    return this.flush();
  }

  private edit(token: InputToken): void {
    const wasKill = this.lastWasKill;
    const previousTab = this.lastTab;
    this.lastWasKill = false;
    this.lastTab = 'none';
    if ('paste' in token) return void this.queue.unshift(...pasteTokens(token.paste));
    if ('text' in token) return this.redraw(this.buffer.insert(token.text));
    const { buffer } = this;
    const at = buffer.cursor;
    switch (token.key) {
      case 'enter': return this.accept();
      case 'tab': return this.requestCompletion(previousTab === 'unchanged');
      case 'backspace': return at > 0 ? (buffer.remove(at - 1, at), this.redraw(at - 1)) : undefined;
      case 'delete': return at < buffer.length ? (buffer.remove(at, at + 1), this.redraw(at)) : undefined;
      case 'ctrl-d':
        if (buffer.length > 0) return this.edit({ key: 'delete' });
        return this.pending.length > 0 ? this.submitPending() : this.endOfInput();
      case 'left': return this.moveTo(at - 1);
      case 'right': return this.moveTo(at + 1);
      case 'home': return this.moveTo(0);
      case 'end': return this.moveTo(buffer.length);
      case 'word-left': return this.moveTo(buffer.wordStartBefore());
      case 'word-right': return this.moveTo(buffer.wordEndAfter());
      case 'up': return this.recall(-1);
      case 'down': return this.recall(1);
      case 'ctrl-k': return this.kill(at, buffer.length, wasKill, false);
      case 'ctrl-u': return this.kill(0, at, wasKill, true);
      case 'ctrl-w': return this.kill(buffer.bigWordStartBefore(), at, wasKill, true);
      case 'kill-word': return this.kill(at, buffer.wordEndAfter(), wasKill, false);
      case 'backward-kill-word': return this.kill(buffer.wordStartBefore(), at, wasKill, true);
      case 'ctrl-y': return this.yanked ? this.redraw(buffer.insert(this.yanked)) : undefined;
      case 'ctrl-c': return this.interruptLine();
      case 'ctrl-l': return this.clearScreen();
      case 'ctrl-r': return this.beginSearch();
      case 'ctrl-g': return void this.write(BELL);
      case 'escape': return;
    }
  }

  private accept(): void {
    const lines = [...this.pending, this.buffer.text];
    this.write(this.display.finish() + '\r\n');
    if (this.needsMoreInput(lines.join('\n'))) {
      this.pending = lines;
      this.buffer.set('');
      this.write(this.display.begin(this.continuationPrompt, [], 0));
      return;
    }
    this.submit(lines.join('\n'));
  }

  private submitPending(): void {
    this.write(this.display.finish() + '\r\n');
    this.submit(this.pending.join('\n'));
  }

  private submit(command: string): void {
    this.pending = [];
    this.navigator.reset();
    if (command.trim() === '') {
      this.buffer.set('');
      this.write(this.display.begin(this.prompt, [], 0));
      return;
    }
    this.history.add(command);
    this.state = 'waiting';
    this.emit({ submit: command });
  }

  private endOfInput(): void {
    this.write(this.display.finish() + 'exit\r\n');
    this.navigator.reset();
    this.state = 'waiting';
    this.emit({ eof: true });
  }

  private interruptLine(): void {
    this.write(this.display.finish() + '^C\r\n');
    this.pending = [];
    this.navigator.reset();
    this.buffer.set('');
    this.write(this.display.begin(this.prompt, [], 0));
    this.emit({ interrupt: true });
  }

  private clearScreen(): void {
    this.emit({ clear: true });
    this.display.cleared();
    this.write(this.showPrompt());
  }

  private moveTo(cursor: number): void {
    if (this.buffer.moveTo(cursor)) this.redraw(null);
  }

  private recall(delta: number): void {
    const changedFrom = this.navigator.recall(delta);
    if (changedFrom !== null) this.redraw(changedFrom);
  }

  /** Consecutive kills collect into one yank, in the order the text had in the line (as readline does). */
  private kill(from: number, to: number, wasKill: boolean, backward: boolean): void {
    if (from >= to) return;
    const text = this.buffer.remove(from, to);
    this.yanked = !wasKill ? text : backward ? text + this.yanked : this.yanked + text;
    this.lastWasKill = true;
    this.redraw(from);
  }

  private requestCompletion(list: boolean): void {
    this.listNext = list;
    this.state = 'completing';
    this.emit({ complete: { line: this.buffer.text, cursor: this.buffer.offset } });
  }

  private list(result: CompletionResult): void {
    const head = this.display.finish() + '\r\n';
    if (result.candidates.length >= COMPLETION_QUERY_ITEMS) {
      this.question = result;
      this.state = 'confirming';
      this.write(head + displayAllQuestion(result.candidates.length));
      return;
    }
    this.write(head + this.listing(result) + this.showPrompt());
  }

  private listing(result: CompletionResult): string {
    return listingRows(result.candidates, this.display.cols, result.filenames).map((row) => row + '\r\n').join('');
  }

  /** The answer to "Display all N possibilities? (y or n)"; any other key rings the bell. */
  private answer(token: InputToken): void {
    const char = 'text' in token ? token.text[0] : 'key' in token ? KEY_CHARS[token.key] : undefined;
    if ('text' in token && token.text.length > 1) this.queue.unshift({ text: token.text.slice(1) });
    const yes = yesOrNo(char ?? '');
    if (yes === null) return void this.write(BELL);
    const listing = yes && this.question ? this.listing(this.question) : '';
    this.question = null;
    this.state = 'editing';
    this.write('\r\n' + listing + this.showPrompt());
  }

  private beginSearch(): void {
    this.state = 'searching';
    this.redraw(this.navigator.beginSearch());
  }

  private searchInput(token: InputToken): void {
    const { changedFrom, bell, passOn } = this.navigator.searchInput(token);
    if (this.navigator.prompt === null) this.state = 'editing';
    if (bell) this.write(BELL);
    this.redraw(changedFrom);
    if (passOn) this.edit(token);
  }
}

/** Keys that answer a y-or-n question, as the characters readline reads. */
const KEY_CHARS: Partial<Record<KeyName, string>> = { backspace: '\x7f', 'ctrl-c': '\x03', 'ctrl-g': '\x07' };
