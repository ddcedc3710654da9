/**
 * The browser side of code blocks (markup.ts): one click listener for the whole page handles every
 * Copy and Run button, including blocks added later (event delegation).
 */
import { announce } from '../layout/announce';
import { codeLabels } from './labels';
import { CODE_BLOCK_CLASS, COPY_BUTTON_CLASS, RUN_BUTTON_CLASS, RUN_COMMAND_ATTRIBUTE, commandOf } from './markup';
import { dispatchRun } from './run-event';

const NOTE_CLASS = 'code-note';
const FEEDBACK_MS = 2000;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (a page served over plain http from another host): the old way.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

async function copy(block: Element, button: HTMLButtonElement): Promise<void> {
  const labels = codeLabels(document.documentElement.lang);
  const code = block.querySelector('pre');
  const done = await writeClipboard(commandOf(code?.textContent ?? ''));
  announce(done ? labels.copied : labels.copyFailed);
  if (!done) return;
  button.textContent = labels.copied;
  button.dataset['state'] = 'done';
  window.setTimeout(() => {
    button.textContent = labels.copy;
    delete button.dataset['state'];
  }, FEEDBACK_MS);
}

function run(block: Element): void {
  const command = block.getAttribute(RUN_COMMAND_ATTRIBUTE) ?? '';
  if (dispatchRun(command)) return;
  const labels = codeLabels(document.documentElement.lang);
  if (!block.querySelector(`.${NOTE_CLASS}`)) {
    const note = document.createElement('p');
    note.className = NOTE_CLASS;
    note.textContent = labels.noSandbox;
    block.append(note);
  }
  announce(labels.noSandbox);
}

export function installCodeActions(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const block = button?.closest(`.${CODE_BLOCK_CLASS}`);
    if (!button || !block) return;
    if (button.classList.contains(COPY_BUTTON_CLASS)) void copy(block, button);
    else if (button.classList.contains(RUN_BUTTON_CLASS)) run(block);
  });
}
