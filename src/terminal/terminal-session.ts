// The terminal on the page: an xterm.js Terminal sized to its element, joined to the shell through
// shell-session.ts. This is the only file that needs the DOM; everything it delegates to is tested in Node.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { ITheme } from '@xterm/xterm';
import { escapeThenTabLeaves } from './focus-escape';
import type { History } from './history';
import { connectShell } from './shell-session';
import type { SessionOptions } from './shell-session';

export interface MountOptions extends SessionOptions {
  theme?: ITheme;
  /** Makes xterm.js mirror output into an ARIA live region for screen readers. */
  screenReaderMode?: boolean;
  fontFamily?: string;
  fontSize?: number;
}

export interface TerminalHandle {
  readonly history: History;
  writeBanner(text: string): void;
  /** Types as if the learner did. */
  input(data: string): void;
  focus(): void;
  /** Fits the terminal to its element again (also done automatically when the element resizes). */
  resize(): void;
  /** Resolves when nothing is running and everything is drawn. */
  settled(): Promise<void>;
  dispose(): void;
}

export function mountTerminal(element: HTMLElement, options: MountOptions): TerminalHandle {
  const terminal = new Terminal({
    cursorBlink: true,
    scrollback: 5000,
    screenReaderMode: options.screenReaderMode ?? false,
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.fontFamily ? { fontFamily: options.fontFamily } : {}),
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(element);
  fit.fit();
  terminal.attachCustomKeyEventHandler(escapeThenTabLeaves());
  const selection = terminal.onSelectionChange(() => copySelection(terminal.getSelection()));
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fit.fit());
  observer?.observe(element);
  const session = connectShell(terminal, options);

  return {
    history: session.history,
    writeBanner: (text) => session.writeBanner(text),
    input: (data) => session.input(data),
    focus: () => terminal.focus(),
    resize: () => fit.fit(),
    settled: () => session.settled(),
    dispose() {
      observer?.disconnect();
      selection.dispose();
      session.dispose();
      terminal.dispose();
    },
  };
}

/** Copy on select, as many terminals do; silently skipped where the clipboard is unavailable or denied. */
function copySelection(text: string): void {
  if (text === '' || typeof navigator === 'undefined' || !navigator.clipboard) return;
  navigator.clipboard.writeText(text).catch(() => undefined);
}
