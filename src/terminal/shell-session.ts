// Connects the line editor to a terminal and to the shell. The terminal is reduced to the little this
// needs (write, input and resize events, the cursor column), which both the browser's xterm.js and
// @xterm/headless provide, so the whole loop runs in Node tests. The shell lives in a Web Worker, so
// every call into it is awaited; meanwhile the editor keeps what is typed, and Ctrl-C interrupts.
import type { Completer, CompletionResult } from './completion';
import { CLEAR_SCREEN } from './effects';
import type { Effect } from './effects';
import type { History } from './history';
import { LineEditor } from './line-editor';
import { crlf } from './screen-layout';

/** The terminal as the session needs it (a subset of xterm.js's Terminal). */
export interface TerminalPort {
  readonly cols: number;
  readonly buffer: { readonly active: { readonly cursorX: number } };
  write(data: string, callback?: () => void): void;
  onData(listener: (data: string) => void): { dispose(): void };
  onResize(listener: (size: { cols: number; rows: number }) => void): { dispose(): void };
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface SessionOptions {
  /** Runs one command line (possibly several lines, e.g. a heredoc) in the shell. */
  runner: (line: string) => Promise<CommandResult>;
  /** Ctrl-C while a command runs. */
  interrupt?: () => void;
  /** The prompt (PS1) for the next line; may contain colour escapes. Asked before every prompt. */
  prompt: () => string;
  /** Tab completion; without it Tab only rings the bell. */
  complete?: Completer;
  /** True while the text typed so far is an unfinished command (open quote, heredoc, trailing \). */
  needsMoreInput?: (text: string) => boolean;
  /** Ctrl-D on an empty line, after `exit` is echoed. Default: run `exit` in the shell. */
  onExit?: () => void | Promise<void>;
  /** Where submitted lines are kept; pass one restored with History.fromJSON to persist it. */
  history?: History;
}

export interface ShellSession {
  readonly history: History;
  /** Prints text above the prompt (a welcome banner, a notice such as "5 minutes left"). */
  writeBanner(text: string): void;
  /** Types as if the learner did (e.g. a "Run" button under a lesson's code block). */
  input(data: string): void;
  /**
   * Resolves when the terminal has drawn all it can without waiting for the shell, the completer or
   * the page (a command still running stays running).
   */
  settled(): Promise<void>;
  dispose(): void;
}

/** Turns on bracketed paste, so a pasted tab or line break is text, not Tab or Enter. */
const BRACKETED_PASTE_ON = '\x1b[?2004h';

export function connectShell(terminal: TerminalPort, options: SessionOptions): ShellSession {
  const editor = new LineEditor({
    cols: terminal.cols,
    ...(options.history ? { history: options.history } : {}),
    ...(options.needsMoreInput ? { needsMoreInput: options.needsMoreInput } : {}),
  });
  const tasks = new Set<Promise<unknown>>();
  let disposed = false;
  let running = false;
  let completionRequest = 0;

  const track = (task: Promise<unknown>): void => {
    tasks.add(task);
    void task.catch(() => undefined).finally(() => tasks.delete(task));
  };
  const written = (data: string): Promise<void> => new Promise((resolve) => terminal.write(data, resolve));

  const perform = (effects: Effect[]): void => {
    if (disposed) return;
    for (const effect of effects) {
      if ('write' in effect) terminal.write(effect.write);
      else if ('clear' in effect) terminal.write(CLEAR_SCREEN);
      else if ('interrupt' in effect) {
        if (running) options.interrupt?.();
      } else if ('submit' in effect) runCommand(effect.submit);
      else if ('complete' in effect) complete(effect.complete.line, effect.complete.cursor);
      else if ('eof' in effect) exit();
    }
  };

  /** The next prompt, on a line of its own: output that did not end its last line gets one. */
  const nextPrompt = async (): Promise<void> => {
    await written('');
    if (disposed) return;
    if (terminal.buffer.active.cursorX !== 0) terminal.write('\r\n');
    // Again at every prompt, as readline does: a command's output may have reset the terminal.
    terminal.write(BRACKETED_PASTE_ON);
    perform(editor.start(options.prompt()));
  };

  // Waits on the shell, the completer and the page are not tracked: settled() is about our own work.
  const runCommand = (line: string): void => {
    running = true;
    void settle(() => options.runner(line)).then((result) => track(showResult(result)));
  };

  const showResult = async (result: CommandResult): Promise<void> => {
    running = false;
    if (disposed) return;
    if (result.stdout) terminal.write(crlf(result.stdout));
    if (result.stderr) terminal.write(crlf(result.stderr));
    await nextPrompt();
  };

  const complete = (line: string, cursor: number): void => {
    const request = ++completionRequest;
    const answered = (result: CompletionResult | undefined): void => {
      if (request === completionRequest) perform(editor.completed(result));
    };
    // A failing completer offers nothing, as bash does when its completion function fails.
    Promise.resolve()
      .then(() => options.complete?.(line, cursor))
      .then(answered, () => answered(undefined));
  };

  const exit = (): void => {
    if (!options.onExit) return runCommand('exit');
    const onExit = options.onExit;
    // A failing exit handler still gives the learner a prompt back.
    void Promise.resolve()
      .then(onExit)
      .catch(() => undefined)
      .then(() => track(nextPrompt()));
  };

  const subscriptions = [
    terminal.onData((data) => perform(editor.handleInput(data))),
    terminal.onResize(({ cols }) => perform(editor.setColumns(cols))),
  ];
  // The first prompt waits a moment, so a banner written right after connecting appears above it.
  track(Promise.resolve().then(nextPrompt));

  return {
    history: editor.history,
    writeBanner: (text) => perform(editor.printAbove(text)),
    input: (data) => perform(editor.handleInput(data)),
    async settled() {
      for (;;) {
        await written(''); // also lets every pending promise callback run first
        if (tasks.size === 0) return;
        await Promise.allSettled([...tasks]);
      }
    },
    dispose() {
      disposed = true;
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}

/** The shell's answer, or its failure as a message: nothing throws into the terminal. */
async function settle(run: () => Promise<CommandResult>): Promise<CommandResult> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `kubedojo: ${message}\n`, exitCode: 1 };
  }
}
