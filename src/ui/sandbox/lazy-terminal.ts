/**
 * The terminal's code (xterm.js, ~85 KB gzip) loads only when the learner is about to type: until
 * then, and until the cluster is ready, the static screen (static-screen.ts) stands in for it. The
 * swap happens once both the code is loaded and the cluster is ready: xterm.js opens under the
 * static screen, joins the shell, replays the keys typed at the static screen, takes the focus if
 * the static screen had it, and the static screen goes once xterm.js has drawn the prompt.
 */
import type { History } from '../../terminal/history';
import type { TerminalHandle, TerminalView } from '../../terminal/terminal-session';
import type { StaticScreen } from './static-screen';

type TerminalCode = typeof import('./terminal-view');

let code: Promise<TerminalCode> | undefined;

/** The terminal's code, fetched once for the page (a failed fetch is tried again next time). */
function loadTerminalCode(): Promise<TerminalCode> {
  code ??= import('./terminal-view').catch((error: unknown) => {
    code = undefined;
    throw error;
  });
  return code;
}

export interface LazyTerminalOptions {
  /** The terminal's area ([data-terminal]): xterm.js opens in it, under the static screen. */
  element: HTMLElement;
  screen: StaticScreen;
  /** The site's --font-mono, which the static screen uses too. */
  fontFamily: string;
  /** The terminal input's accessible name in the page's language. */
  inputLabel: string;
  /** Joins a freshly opened terminal to the shell, with this history. */
  connect(view: TerminalView, history: History): TerminalHandle;
  /** A terminal was connected (and was given what was typed at the static screen). */
  connected?(terminal: TerminalHandle): void;
}

export interface LazyTerminal {
  /** The real terminal, once it is up. */
  readonly terminal: TerminalHandle | undefined;
  /** Starts loading the terminal's code, if not loaded or loading. */
  load(): void;
  /** The cluster is ready: resolves when its prompt is on screen (the static one, or xterm.js's). */
  ready(prompt: string, history: History): Promise<void>;
  /** The cluster was reset: a fresh terminal that keeps the history, or a fresh prompt on the static screen. */
  restart(prompt: string): void;
}

export function lazyTerminal(options: LazyTerminalOptions): LazyTerminal {
  const { screen } = options;
  let loaded: TerminalCode | undefined;
  let loading = false;
  let history: History | undefined;
  let terminal: TerminalHandle | undefined;

  const open = (from: TerminalCode, kept: History): TerminalHandle => {
    terminal = options.connect(from.openSandboxTerminal(options.element, options.fontFamily, options.inputLabel), kept);
    return terminal;
  };

  const swap = (from: TerminalCode, kept: History): TerminalHandle => {
    const hadFocus = screen.hasFocus();
    const opened = open(from, kept);
    for (const data of screen.takeInput()) opened.input(data);
    if (hadFocus) opened.focus();
    screen.retire();
    options.connected?.(opened);
    // xterm.js draws on an animation frame: the static screen covers it until the prompt is drawn.
    void opened.settled().then(afterNextFrame).then(() => screen.remove());
    return opened;
  };

  return {
    get terminal() {
      return terminal;
    },
    load() {
      if (loaded || loading) return;
      loading = true;
      loadTerminalCode().then(
        (from) => {
          loaded = from;
          if (history && !terminal) swap(from, history);
        },
        () => {
          // Offline before the chunk was ever fetched: the static screen stays, the next key tries again.
          loading = false;
        },
      );
    },
    async ready(prompt, kept) {
      history = kept;
      if (!loaded) return screen.showPrompt(prompt);
      await swap(loaded, kept).settled();
    },
    restart(prompt) {
      if (!loaded || !terminal) {
        // As in the fresh terminal a reset gives: what was typed and not run goes.
        screen.takeInput();
        return screen.showPrompt(prompt);
      }
      const kept = terminal.history;
      terminal.dispose();
      options.connected?.(open(loaded, kept));
    },
  };
}

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
