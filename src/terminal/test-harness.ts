// Test helpers: drive a LineEditor with key sequences, answer its completion requests at once, and show
// the result the way a person would see it, by replaying the effects into @xterm/headless.
// (Used by the *.test.ts files beside it; nothing in the product imports this.)
import { Terminal } from '@xterm/headless';
import type { CompletionResult } from './completion';
import { CLEAR_SCREEN } from './effects';
import type { Effect } from './effects';
import { LineEditor } from './line-editor';
import type { LineEditorOptions } from './line-editor';

/** Keys as xterm.js sends them. */
export const KEY = {
  enter: '\r', tab: '\t', backspace: '\x7f', delete: '\x1b[3~', escape: '\x1b',
  left: '\x1b[D', right: '\x1b[C', up: '\x1b[A', down: '\x1b[B', home: '\x1b[H', end: '\x1b[F',
  ctrlA: '\x01', ctrlB: '\x02', ctrlC: '\x03', ctrlD: '\x04', ctrlE: '\x05', ctrlF: '\x06', ctrlG: '\x07',
  ctrlK: '\x0b', ctrlL: '\x0c', ctrlR: '\x12', ctrlU: '\x15', ctrlW: '\x17', ctrlY: '\x19',
  altB: '\x1bb', altF: '\x1bf', altD: '\x1bd', altBackspace: '\x1b\x7f',
  paste: (text: string): string => `\x1b[200~${text}\x1b[201~`,
} as const;

export interface HarnessOptions extends LineEditorOptions {
  prompt?: string;
  complete?: (line: string, cursor: number) => CompletionResult | undefined;
}

export class Harness {
  readonly editor: LineEditor;
  /** Every effect so far, in order. */
  readonly effects: Effect[] = [];
  /** Input and effects, one per line, for golden transcripts. */
  readonly transcript: string[] = [];
  private readonly complete: HarnessOptions['complete'];

  constructor(private readonly options: HarnessOptions = {}) {
    this.editor = new LineEditor(options);
    this.complete = options.complete;
  }

  start(prompt = this.options.prompt ?? '$ '): Effect[] {
    this.transcript.push(`start ${show(prompt)}`);
    return this.record(this.editor.start(prompt));
  }

  /** Feeds each chunk as one onData event; returns the effects of all of them. */
  type(...chunks: string[]): Effect[] {
    const effects: Effect[] = [];
    for (const chunk of chunks) {
      this.transcript.push(`<< ${show(chunk)}`);
      effects.push(...this.record(this.editor.handleInput(chunk)));
    }
    return effects;
  }

  resize(cols: number): Effect[] {
    this.transcript.push(`resize ${cols}`);
    return this.record(this.editor.setColumns(cols));
  }

  /** Everything written to the terminal so far, Ctrl-L's clear included. */
  get output(): string {
    return this.effects.map((effect) => ('write' in effect ? effect.write : 'clear' in effect ? CLEAR_SCREEN : '')).join('');
  }

  private record(effects: Effect[]): Effect[] {
    const all: Effect[] = [];
    for (const effect of effects) {
      all.push(effect);
      this.effects.push(effect);
      this.transcript.push(`   ${show(effect)}`);
      if ('complete' in effect) {
        const { line, cursor } = effect.complete;
        all.push(...this.record(this.editor.completed(this.complete?.(line, cursor))));
      }
    }
    return all;
  }
}

/** JSON with DEL escaped too, so a transcript line shows every control character. */
const show = (value: unknown): string => JSON.stringify(value).replace(/\x7f/g, '\\u007f');

/** The writes among effects, joined. */
export const writes = (effects: readonly Effect[]): string =>
  effects.map((effect) => ('write' in effect ? effect.write : '')).join('');

/**
 * What the screen shows after `data` is written to a terminal `cols` wide: each row after a bar (a row
 * that continues the one above after a soft wrap starts with "+" instead), then the cursor position.
 * Blank rows below the cursor are left out.
 */
export async function screenAfter(data: string, cols: number, rows = 12): Promise<string> {
  const terminal = new Terminal({ cols, rows, allowProposedApi: true });
  await new Promise<void>((resolve) => terminal.write(data, resolve));
  const text = screenOf(terminal);
  terminal.dispose();
  return text;
}

export function screenOf(terminal: Terminal): string {
  const buffer = terminal.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < terminal.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    lines.push(`${line?.isWrapped ? '+' : '|'}${line?.translateToString(true) ?? ''}`);
  }
  while (lines.length > buffer.cursorY + 1 && lines[lines.length - 1] === '|') lines.pop();
  return `${lines.join('\n')}\ncursor row ${buffer.cursorY} col ${buffer.cursorX}\n`;
}
