/**
 * The editor panel for `vi FILE`, `nano FILE` and `kubectl edit`: a textarea over a highlighted
 * copy of its text (YAML colours, vi's block cursor), a status line and key help as the real tools
 * show them, and visible Save / Cancel buttons. The keys are handled by a pure session (session.ts);
 * this file only wires it to the elements. The panel covers `el` (the terminal) until it closes,
 * then gives the focus back to what had it.
 */
import { startSession, type EditorMode } from './session';
import { lineOf } from './text';
import { highlightYaml } from './yaml-highlight';
import './editor-panel.css';

export interface EditorPanelOptions {
  fileName: string;
  text: string;
  /** Default vi (kubectl edit's default editor). */
  mode?: EditorMode;
}

let panels = 0;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** Opens the editor; resolves with the text as last written, or undefined when nothing was written. */
export function openEditorPanel(el: HTMLElement, options: EditorPanelOptions): Promise<string | undefined> {
  const id = `kd-ed-${++panels}`;
  const session = startSession(options.mode ?? 'vi', options.fileName, options.text);
  const opener = document.activeElement;

  const panel = h('section', 'kd-ed');
  panel.dataset['mode'] = session.mode;
  panel.setAttribute('aria-label', `${session.mode} ${options.fileName}`);
  const bar = h('div', 'kd-ed-bar');
  const title = h('span', 'kd-ed-title');
  const modified = h('span', 'kd-ed-modified', 'Modified');
  const save = h('button', 'kd-ed-save', 'Save and close');
  const cancel = h('button', 'kd-ed-cancel', 'Cancel');
  save.type = cancel.type = 'button';
  bar.append(title, modified, save, cancel);
  const body = h('div', 'kd-ed-body');
  const shown = h('pre', 'kd-ed-hl');
  shown.setAttribute('aria-hidden', 'true');
  const area = h('textarea', 'kd-ed-text');
  area.value = options.text;
  area.wrap = 'off';
  area.spellcheck = false;
  area.setAttribute('autocapitalize', 'off');
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('aria-label', `${options.fileName}, ${session.mode}`);
  area.setAttribute('aria-describedby', `${id}-status ${id}-help`);
  body.append(shown, area);
  const status = h('div', 'kd-ed-status');
  status.id = `${id}-status`;
  status.setAttribute('role', 'status');
  const help = h('div', 'kd-ed-help');
  help.id = `${id}-help`;
  // The buttons come after the text in the tab order (Tab from the text reaches Save), on top on screen.
  panel.append(body, status, help, bar);

  // The panel is laid over `el`, which must be its containing block.
  const positioned = getComputedStyle(el).position !== 'static';
  if (!positioned) el.style.position = 'relative';
  el.append(panel);

  const now = () => ({ text: area.value, cursor: area.selectionStart });

  function render(): void {
    const screen = session.screen();
    panel.toggleAttribute('data-block', screen.block);
    title.textContent = screen.title;
    modified.hidden = !screen.modified;
    status.textContent = screen.status;
    status.dataset['kind'] = screen.statusKind;
    help.textContent = screen.help;
    // A final newline makes the textarea one line taller; the copy must be as tall.
    shown.innerHTML = `${highlightYaml(session.text, screen.block ? session.cursor : null)}\n `;
    shown.scrollTop = area.scrollTop;
    shown.scrollLeft = area.scrollLeft;
  }

  /** Keeps the cursor line in view after the session moved it. */
  function reveal(): void {
    const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
    const top = lineOf(session.text, session.cursor) * lineHeight;
    const view = area.clientHeight - 2 * lineHeight;
    if (top < area.scrollTop) area.scrollTop = top;
    else if (top > area.scrollTop + view) area.scrollTop = top - view;
  }

  return new Promise((resolve) => {
    function close(text: string | undefined): void {
      panel.remove();
      if (!positioned) el.style.position = '';
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      resolve(text);
    }

    area.addEventListener('keydown', (e) => {
      if (e.isComposing) return;
      const out = session.key(now(), { key: e.key, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, shift: e.shiftKey });
      if (!out.handled) return;
      e.preventDefault();
      if (out.done) return close(out.done.text);
      if (area.value !== session.text) area.value = session.text;
      area.setSelectionRange(session.cursor, session.cursor);
      reveal();
      render();
    });
    const synced = () => {
      session.sync(now());
      render();
    };
    area.addEventListener('input', synced);
    area.addEventListener('keyup', synced);
    area.addEventListener('pointerup', synced);
    area.addEventListener('scroll', () => {
      shown.scrollTop = area.scrollTop;
      shown.scrollLeft = area.scrollLeft;
    });
    save.addEventListener('click', () => close(area.value));
    cancel.addEventListener('click', () => close(session.written));

    render();
    area.setSelectionRange(0, 0);
    area.focus();
  });
}
