/**
 * The elements of the cluster picture, built once and refilled on each update: pod chips, node
 * boxes, Service cards, and the helpers that keep keyed children in order. picture.ts decides when.
 */
import type { ChipModel, NodeModel, ServiceModel } from './model';

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
}

export function setText(e: HTMLElement | undefined, text: string): void {
  if (e && e.textContent !== text) e.textContent = text;
}

export function toggle(e: HTMLElement, name: string, on: boolean): void {
  if (on) e.dataset[name] = '';
  else delete e.dataset[name];
}

/** A pod chip: a button (Enter/Space open describe) named for screen readers, described by the ownership line. */
export function newChip(c: ChipModel, describedBy: string, fadeIn: boolean): HTMLButtonElement {
  const b = h('button', 'kd-cv-pod');
  b.type = 'button';
  b.dataset['key'] = c.key;
  b.dataset['uid'] = c.uid;
  b.setAttribute('aria-describedby', describedBy);
  b.append(h('span', 'kd-cv-pod-icon'), h('span', 'kd-cv-pod-name'), h('span', 'kd-cv-pod-status'));
  b.children[0]?.setAttribute('aria-hidden', 'true');
  if (fadeIn) {
    b.dataset['enter'] = '';
    b.addEventListener('animationend', () => delete b.dataset['enter'], { once: true });
  }
  return b;
}

export function fillChip(b: HTMLButtonElement, c: ChipModel): void {
  b.dataset['tone'] = c.tone;
  b.setAttribute('aria-label', c.accessibleName);
  toggle(b, 'outdated', c.outdated);
  toggle(b, 'hashed', c.hue !== null);
  if (c.hue !== null) b.style.setProperty('--hue', String(c.hue));
  const [icon, name, status] = [...b.children] as HTMLElement[];
  setText(icon, c.icon);
  setText(name, c.label);
  if (status && status.dataset['text'] !== `${c.status}|${c.detail}`) {
    status.dataset['text'] = `${c.status}|${c.detail}`;
    status.replaceChildren(c.status, ' ', h('small', '', c.detail));
  }
}

export function newNodeBox(unscheduled: boolean): HTMLElement {
  const box = h('div', 'kd-cv-node');
  box.setAttribute('role', 'group');
  const head = h('div', 'kd-cv-node-head');
  head.append(h('span', 'kd-cv-node-name'), h('span', 'kd-cv-node-roles'), h('span', 'kd-cv-node-status'));
  box.append(head, h('div', 'kd-cv-taints'), h('div', 'kd-cv-chips'), h('div', 'kd-cv-hidden-note'));
  if (unscheduled) box.dataset['unscheduled'] = '';
  return box;
}

/** The box's chip container, where its pods go. */
export const chipsOf = (box: HTMLElement): HTMLElement => box.children[2] as HTMLElement;

export function fillNodeBox(box: HTMLElement, n: NodeModel): void {
  box.dataset['health'] = n.health;
  box.setAttribute('aria-label', n.groupLabel);
  const [name, roles, status] = [...(box.firstElementChild?.children ?? [])] as HTMLElement[];
  setText(name, n.title);
  setText(roles, n.roles);
  const icon = !n.name ? '' : n.health === 'ready' ? (n.schedulingDisabled ? '⊘ ' : '✓ ') : n.health === 'notready' ? '✕ ' : '? ';
  setText(status, icon + n.status);
  const taints = box.children[1] as HTMLElement;
  setText(taints, n.taintNote);
  taints.title = n.taints.join('\n');
  setText(box.children[3] as HTMLElement, n.hiddenNote ?? '');
}

export function newServiceCard(key: string): HTMLElement {
  const card = h('div', 'kd-cv-svc');
  card.setAttribute('role', 'listitem');
  card.dataset['key'] = key;
  return card;
}

/** A Service card; screen readers also hear which pods it sends traffic to (the lines say it visually). */
export function fillServiceCard(card: HTMLElement, s: ServiceModel, hue: number): void {
  card.style.setProperty('--hue', String(hue));
  const title = s.namespace === 'default' ? s.name : `${s.namespace}/${s.name}`;
  const targets = s.links.map((l) => (l.pod.split('/')[1] ?? l.pod) + (l.ready ? '' : ' (not ready)')).concat(s.addresses);
  const signature = JSON.stringify([title, s.address, s.ports, s.endpointsText, targets]);
  if (card.dataset['text'] === signature) return;
  card.dataset['text'] = signature;
  card.replaceChildren(
    h('span', 'kd-cv-sr', 'Service '),
    h('strong', '', title),
    h('span', '', `${s.address} · ${s.ports}`),
    h('span', '', s.endpointsText + (s.addresses.length > 0 ? `: ${s.addresses.join(', ')}` : '')),
    h('span', 'kd-cv-sr', s.links.length > 0 ? `, to ${targets.join(', ')}` : ''),
  );
}

export function removeStale(map: Map<string, HTMLElement>, keep: Set<HTMLElement>): void {
  for (const [k, e] of map) {
    if (keep.has(e)) continue;
    e.remove();
    map.delete(k);
  }
}

/**
 * Puts `items` in this order in `parent`, moving only the ones out of place (moving an element
 * would take the focus away from a chip that has it). Children not in `items` (chips fading out)
 * stay where they are.
 */
export function arrange(parent: HTMLElement, items: readonly HTMLElement[]): void {
  const wanted = new Set<Element>(items);
  let ref = parent.firstElementChild;
  for (const item of items) {
    while (ref && ref !== item && !wanted.has(ref)) ref = ref.nextElementSibling;
    if (ref === item) ref = ref.nextElementSibling;
    else parent.insertBefore(item, ref);
  }
}
