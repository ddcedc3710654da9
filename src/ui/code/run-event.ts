/**
 * The contract between Run buttons and the sandbox (documented in src/ui/README.md):
 * a Run button dispatches `kubedojo:run` on `document` with `{ detail: { command } }`. The event is
 * cancelable: the sandbox that takes the command calls `preventDefault()`, and a button whose event
 * nobody took tells the reader that the page has no sandbox.
 */
export const RUN_EVENT = 'kubedojo:run';

export interface RunEventDetail {
  /** The exact text to type at the prompt; may hold several lines (run one after another). */
  command: string;
}

declare global {
  interface DocumentEventMap {
    'kubedojo:run': CustomEvent<RunEventDetail>;
  }
}

/** Sends `command` to whoever listens; true when a listener took it (called preventDefault). */
export function dispatchRun(command: string, target: Document = document): boolean {
  const event = new CustomEvent<RunEventDetail>(RUN_EVENT, { detail: { command }, cancelable: true });
  return !target.dispatchEvent(event);
}

/**
 * For the sandbox: take every Run command of the page. Marks each event as taken, so the button
 * does not show its "no sandbox" note. Returns a function that stops listening.
 */
export function onRunCommand(handler: (command: string) => void, target: Document = document): () => void {
  const listener = (event: CustomEvent<RunEventDetail>) => {
    event.preventDefault();
    handler(event.detail.command);
  };
  target.addEventListener(RUN_EVENT, listener);
  return () => target.removeEventListener(RUN_EVENT, listener);
}
