/**
 * The describe panel: `kubectl describe` text for what the student clicked in the cluster picture,
 * in a side sheet. A modal <dialog>, so the page behind is inert and Escape closes it; the focus
 * moves into the text (arrow keys scroll it) and goes back where it was when the panel closes.
 */
import './describe-panel.css';

export interface DescribePanel {
  show(title: string, text: string): void;
  hide(): void;
}

let panels = 0;

export function mountDescribePanel(el: HTMLElement): DescribePanel {
  const id = `kd-describe-${++panels}`;
  const dialog = document.createElement('dialog');
  dialog.className = 'kd-describe';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  const head = document.createElement('div');
  head.className = 'kd-describe-head';
  const title = document.createElement('h2');
  title.id = `${id}-title`;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'kd-describe-close';
  close.textContent = 'Close';
  close.setAttribute('aria-keyshortcuts', 'Escape');
  head.append(title, close);
  const pre = document.createElement('pre');
  pre.tabIndex = 0;
  pre.setAttribute('aria-labelledby', `${id}-title`);
  dialog.append(head, pre);
  el.append(dialog);

  let opener: Element | null = null;
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const back = opener;
    opener = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  });

  return {
    show(heading, text) {
      title.textContent = heading;
      pre.textContent = text;
      pre.scrollTop = 0;
      if (!dialog.open) {
        opener = document.activeElement;
        dialog.showModal();
      }
      pre.focus();
    },
    hide() {
      if (dialog.open) dialog.close();
    },
  };
}
