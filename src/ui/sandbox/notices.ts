/**
 * Notices beside the terminal: why waits are instant here, a saved cluster that could not be read,
 * an editor that cannot open. Each kind is shown once, in a polite status region, with a button to
 * dismiss it.
 */
import type { NoticeKind } from './protocol';
import type { SandboxStrings } from './strings';

function textOf(words: SandboxStrings, kind: NoticeKind, detail: string): string {
  switch (kind) {
    case 'instant-waits':
      return words.noticeInstantWaits;
    case 'corrupt':
      return words.noticeCorrupt(detail);
    case 'editor-unavailable':
      return words.noticeEditor;
    case 'storage-failed':
      return words.noticeStorage;
    case 'engine-error':
      return words.noticeEngine(detail);
  }
}

/** Shows the notice of `kind` (replacing an earlier one of the same kind). */
export function showNotice(region: HTMLElement | null, words: SandboxStrings, kind: NoticeKind | 'reload' | 'editor-missing', detail = ''): void {
  if (!region) return;
  const text = kind === 'reload' ? words.noticeReload : kind === 'editor-missing' ? words.noticeEditorMissing : textOf(words, kind, detail);
  region.querySelector(`[data-notice="${kind}"]`)?.remove();
  const item = document.createElement('p');
  item.className = 'kd-sandbox-notice';
  item.dataset['notice'] = kind;
  const message = document.createElement('span');
  message.textContent = text;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'kd-sandbox-dismiss';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', words.dismiss);
  dismiss.addEventListener('click', () => item.remove());
  item.append(message, dismiss);
  region.append(item);
}
