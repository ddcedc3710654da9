/**
 * The search dialog's behaviour: open it from the header button or the "/" key, load Pagefind on
 * first open, list results as links while the reader types. Arrow keys move between the field
 * and the results; Escape closes, and the <dialog> gives focus back to the button.
 */
import { searchMessages } from './messages';
import { loadPagefind, searchLessons, type PagefindResultData } from './pagefind';

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = result.meta.title ?? result.url;
  link.append(title);
  if (result.meta.chapter) {
    const chapter = document.createElement('span');
    chapter.className = 'result-chapter';
    chapter.textContent = result.meta.chapter;
    link.append(chapter);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  link.append(excerpt);
  item.append(link);
  return item;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function installSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLUListElement>('[data-search-results]');
  if (!dialog || !input || !status || !list) return;
  const base = import.meta.env.BASE_URL;
  const messages = searchMessages(document.documentElement.lang);

  const run = async () => {
    const query = input.value.trim();
    const api = await loadPagefind(base);
    if (!api) {
      status.textContent = messages.unavailable;
      return;
    }
    if (query === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const results = await searchLessons(api, query);
    if (!results || input.value.trim() !== query) return; // a newer query is on its way
    list.replaceChildren(...results.map(resultItem));
    status.textContent = results.length === 0 ? messages.none(query) : messages.count(results.length, query);
  };

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    if (input.value.trim() === '') {
      status.textContent = messages.loading;
      void loadPagefind(base).then((api) => {
        if (input.value.trim() === '') status.textContent = api ? '' : messages.unavailable;
      });
    }
  };

  for (const button of document.querySelectorAll('[data-search-open]')) button.addEventListener('click', open);
  document.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  document.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  input.addEventListener('input', () => void run());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // A search field would spend the first Escape on clearing itself; one press closes.
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll('a')];
    const index = stops.indexOf(document.activeElement as HTMLInputElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0);
    stops[next]?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target) && !dialog.open) {
      event.preventDefault();
      open();
    }
  });
}
