// The terminal on the page: an xterm.js Terminal sized to its element, joined to the shell through
// shell-session.ts. This is the only file that needs the DOM; everything it delegates to is tested in Node.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { ITheme } from '@xterm/xterm';
import { escapeThenTabLeaves } from './focus-escape';
import type { History } from './history';
import { connectShell } from './shell-session';
import type { SessionOptions } from './shell-session';

/** How the terminal looks: what `openTerminal` needs before there is a shell to connect. */
export interface ViewOptions {
  theme?: ITheme;
  /** Makes xterm.js mirror output into an ARIA live region for screen readers. */
  screenReaderMode?: boolean;
  fontFamily?: string;
  fontSize?: number;
  /** Shown (dimmed) until `connect`, e.g. "Starting the cluster…". */
  placeholder?: string;
  /** The input's accessible name in the page's language (xterm.js's own is English, and global). */
  inputLabel?: string;
}

export interface MountOptions extends SessionOptions, ViewOptions {}

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

/** A terminal on the page that has no shell yet: creating xterm.js can be done while the shell starts. */
export interface TerminalView {
  /** Joins the shell: the placeholder goes and the first prompt is drawn. Once. */
  connect(options: SessionOptions): TerminalHandle;
  dispose(): void;
}

/** Erases the placeholder's line and goes back to its start. */
const ERASE_LINE = '\r\x1b[2K';
const DIM = (text: string) => `\x1b[2m${text}\x1b[22m`;

export function openTerminal(element: HTMLElement, options: ViewOptions): TerminalView {
  if (options.inputLabel) Terminal.strings.promptLabel = options.inputLabel;
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
  if (options.placeholder) terminal.write(DIM(options.placeholder));
  const dispose = () => {
    observer?.disconnect();
    selection.dispose();
    terminal.dispose();
  };

  return {
    connect(sessionOptions) {
      if (options.placeholder) terminal.write(ERASE_LINE);
      const session = connectShell(terminal, sessionOptions);
      return {
        history: session.history,
        writeBanner: (text) => session.writeBanner(text),
        input: (data) => session.input(data),
        focus: () => terminal.focus(),
        resize: () => fit.fit(),
        settled: () => session.settled(),
        dispose() {
          session.dispose();
          dispose();
        },
      };
    },
    dispose,
  };
}

export function mountTerminal(element: HTMLElement, options: MountOptions): TerminalHandle {
  return openTerminal(element, options).connect(options);
}

/** Copy on select, as many terminals do; silently skipped where the clipboard is unavailable or denied. */
function copySelection(text: string): void {
  if (text === '' || typeof navigator === 'undefined' || !navigator.clipboard) return;
  navigator.clipboard.writeText(text).catch(() => undefined);
}
