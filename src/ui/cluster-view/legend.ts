/** The picture's legend: each status tone with its icon and name, old-revision pods, Service lines. */
import { LEGEND, statusStyle } from './status-style';

function item(swatch: HTMLElement, text: string): HTMLLIElement {
  const li = document.createElement('li');
  swatch.className = 'kd-cv-swatch';
  swatch.setAttribute('aria-hidden', 'true');
  li.append(swatch, text);
  return li;
}

export function legendElement(): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'kd-cv-legend';
  ul.setAttribute('aria-label', 'Legend');
  for (const entry of LEGEND) {
    const style = statusStyle(entry.status, entry.ready);
    const swatch = document.createElement('span');
    swatch.dataset['tone'] = style.tone;
    swatch.textContent = style.icon;
    ul.append(item(swatch, entry.note));
  }
  const old = document.createElement('span');
  old.dataset['outdated'] = '';
  ul.append(item(old, 'dashed: old revision, being replaced'));
  const line = document.createElement('span');
  line.dataset['line'] = 'ready';
  ul.append(item(line, 'Service → ready pod'));
  const unready = document.createElement('span');
  unready.dataset['line'] = 'unready';
  ul.append(item(unready, 'Service → pod not ready'));
  return ul;
}
