/**
 * The sandbox's screen until xterm.js is loaded (lazy-terminal.ts): plain HTML in the terminal's
 * colours, font and size, over the terminal's area with the same padding, so its first line is
 * where xterm.js draws its first row. It says "Starting the cluster…", then shows the prompt with a
 * cursor. It can take the focus and be typed or pasted into: every key the terminal would get is
 * kept, in order, for the real terminal, which replays them once it is up; meanwhile the screen
 * echoes what it can (screen-keys.ts).
 */
import { escapeThenTabLeaves } from '../../terminal/focus-escape';
import { echoOf, pasteInput, plainPrompt, terminalInputOf } from './screen-keys';
import type { SandboxStrings } from './strings';
import { TERMINAL_FONT_SIZE, TERMINAL_THEME } from './terminal-theme';

export interface StaticScreen {
  /** The cluster is ready (or was reset): show its prompt and a cursor. */
  showPrompt(prompt: string): void;
  hasFocus(): boolean;
  /** What was typed or pasted so far, one terminal input per key, in order; the screen forgets it. */
  takeInput(): string[];
  /** The real terminal is there, under the screen: no more focus or input here. */
  retire(): void;
  remove(): void;
}

const SELECTOR = '[data-screen]';

/**
 * The screen in `terminal` (Sandbox.astro renders it with the starting text; made here when
 * missing). `onInput` is told about every key taken, so the terminal's code can be fetched.
 */
export function openStaticScreen(terminal: HTMLElement, words: SandboxStrings, onInput: () => void): StaticScreen {
  const el = terminal.querySelector<HTMLElement>(SELECTOR) ?? terminal.appendChild(startingScreen(words.starting));
  el.tabIndex = 0;
  el.setAttribute('role', 'textbox');
  el.setAttribute('aria-multiline', 'true');
  el.setAttribute('aria-label', words.terminalInput);
  el.style.setProperty('--kd-screen-fg', TERMINAL_THEME.foreground ?? '');
  el.style.setProperty('--kd-screen-bg', TERMINAL_THEME.background ?? '');
  el.style.setProperty('--kd-screen-cursor', TERMINAL_THEME.cursor ?? '');
  el.style.fontSize = `${TERMINAL_FONT_SIZE}px`;

  let prompt: string | undefined;
  let inputs: string[] = [];
  let retired = false;
  const cursor = document.createElement('span');
  cursor.className = 'kd-sandbox-screen-cursor';
  cursor.setAttribute('aria-hidden', 'true');
  cursor.textContent = '\u00a0';

  const render = () => {
    // Until the prompt, typed keys are kept but not shown (the cluster is still starting).
    if (prompt !== undefined) el.replaceChildren(document.createTextNode(prompt + echoOf(inputs)), cursor);
  };
  const take = (data: string) => {
    if (retired) return;
    inputs.push(data);
    render();
    onInput();
  };

  const leaves = escapeThenTabLeaves();
  el.addEventListener('keydown', (event) => {
    if (!leaves(event)) return; // Esc then Tab: the browser moves the focus on, as in the terminal.
    const data = terminalInputOf(event);
    // Ctrl-C over selected text copies it (there is no command to interrupt yet).
    if (data === undefined || (data === '\x03' && getSelection()?.toString())) return;
    event.preventDefault();
    // The key is the terminal's: the page's shortcuts (e.g. "/" for search) must not see it.
    event.stopPropagation();
    take(data);
  });
  el.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    if (text !== '') take(pasteInput(text));
  });

  return {
    showPrompt(next) {
      prompt = plainPrompt(next);
      render();
    },
    hasFocus: () => document.activeElement === el,
    takeInput() {
      const taken = inputs;
      inputs = [];
      return taken;
    },
    retire() {
      retired = true;
      el.removeAttribute('tabindex');
      el.setAttribute('aria-hidden', 'true');
      el.classList.add('kd-sandbox-screen-retired');
    },
    remove: () => el.remove(),
  };
}

function startingScreen(text: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'kd-sandbox-screen';
  el.dataset['screen'] = '';
  const starting = document.createElement('span');
  starting.className = 'kd-sandbox-starting';
  starting.textContent = text;
  el.append(starting);
  return el;
}
