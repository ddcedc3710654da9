/**
 * The live cluster picture: node boxes holding their pods as chips coloured (and iconed, and
 * labelled) by status, Service cards with lines to the pods behind them, ownership on hover, and a
 * polite one-line summary for screen readers. Chips are keyed by pod, so an update only touches
 * what changed and a rolling update shows new pods fading in and old ones fading out. What to draw
 * is decided in model.ts; this file only keeps the elements in step with it.
 */
import type { ClusterView } from '../../sandbox/view';
import { arrange, chipsOf, fillChip, fillNodeBox, fillServiceCard, h, newChip, newNodeBox, newServiceCard, removeStale, toggle } from './elements';
import { diffKeys, pictureModel, relations, type ChipModel, type NodeModel, type PictureModel, type ServiceModel } from './model';
import { drawLinks, highlightLinks, type LinkFocus } from './links';
import { legendElement } from './legend';
import './picture.css';

export interface ClusterPictureOptions {
  /** A pod chip was clicked, or activated with Enter/Space: show `kubectl describe pod`. */
  onPodClick(namespace: string, name: string): void;
  /** The pointer or focus is on a pod (its ownership chain), or left the pods (null). */
  onHover?(pod: { namespace: string; name: string; chain: string } | null): void;
}

export interface ClusterPicture {
  update(view: ClusterView): void;
  destroy(): void;
}

const LEAVE_MS = 450;
const ANNOUNCE_DELAY_MS = 1200;
const HINT = 'Point at or focus a pod to see what owns it.';
let instances = 0;

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function mountClusterPicture(el: HTMLElement, options: ClusterPictureOptions): ClusterPicture {
  const id = `kd-cv-${++instances}`;
  const root = h('div', 'kd-cv');
  root.tabIndex = -1;
  const services = h('div', 'kd-cv-services');
  services.setAttribute('role', 'list');
  services.setAttribute('aria-label', 'Services');
  const nodes = h('div', 'kd-cv-nodes');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'kd-cv-links');
  svg.setAttribute('aria-hidden', 'true');
  const chain = h('p', 'kd-cv-chain', HINT);
  chain.id = `${id}-chain`;
  const live = h('div', 'kd-cv-sr');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(svg, services, nodes, chain, legendElement(), live);
  el.append(root);

  const chips = new Map<string, HTMLButtonElement>();
  const boxes = new Map<string, HTMLElement>();
  const cards = new Map<string, HTMLElement>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let model: PictureModel | undefined;
  let chipModels = new Map<string, ChipModel>();
  let frame = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let announced = '';
  let hot: LinkFocus | undefined;
  /** The pod whose owners are traced (pointer or focus on it). */
  let traced: string | undefined;
  const setHot = (focus: LinkFocus | undefined) => {
    hot = focus;
    highlightLinks(svg, hot);
  };

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const relink = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (model) drawLinks(svg, root, model.services, cards, chips, hot);
    });
  };
  const resize = new ResizeObserver(relink);
  resize.observe(root);

  function retire(b: HTMLButtonElement): void {
    if (b.contains(document.activeElement)) root.focus();
    if (reducedMotion()) {
      b.remove();
      relink();
      return;
    }
    b.dataset['leave'] = '';
    b.tabIndex = -1;
    b.setAttribute('aria-hidden', 'true');
    later(LEAVE_MS, () => {
      b.remove();
      relink();
    });
  }

  function nodeBox(n: NodeModel): HTMLElement {
    const key = n.name || '\u0000unscheduled';
    let box = boxes.get(key);
    if (!box) boxes.set(key, (box = newNodeBox(!n.name)));
    fillNodeBox(box, n);
    return box;
  }

  function serviceCard(s: ServiceModel, hue: number): HTMLElement {
    let card = cards.get(s.key);
    if (!card) cards.set(s.key, (card = newServiceCard(s.key)));
    fillServiceCard(card, s, hue);
    return card;
  }

  function update(view: ClusterView): void {
    const first = model === undefined;
    model = pictureModel(view);
    const next = new Map<string, ChipModel>();
    for (const n of model.nodes) for (const c of n.chips) next.set(c.key, c);
    for (const key of diffKeys([...chips.keys()], [...next.keys()]).removed) {
      const b = chips.get(key);
      chips.delete(key);
      if (b) retire(b);
    }
    const boxList: HTMLElement[] = [];
    for (const n of model.nodes) {
      const box = nodeBox(n);
      boxList.push(box);
      const row: HTMLElement[] = [];
      for (const c of n.chips) {
        let b = chips.get(c.key);
        if (b && b.dataset['uid'] !== c.uid) {
          retire(b);
          b = undefined;
        }
        if (!b) {
          b = newChip(c, chain.id, !first && !reducedMotion());
          chips.set(c.key, b);
        }
        fillChip(b, c);
        row.push(b);
      }
      arrange(chipsOf(box), row);
    }
    removeStale(boxes, new Set(boxList));
    arrange(nodes, boxList);
    const cardList = model.services.map((s, i) => serviceCard(s, (210 + i * 67) % 360));
    removeStale(cards, new Set(cardList));
    arrange(services, cardList);
    chipModels = next;
    // New pods of the traced pod's owners join the highlight.
    if (traced !== undefined) trace(chipModels.has(traced) ? traced : undefined, !chipModels.has(traced));
    announce(model.summary, first);
    relink();
  }

  function announce(text: string, now: boolean): void {
    if (text === announced) return;
    announced = text;
    if (announceTimer) clearTimeout(announceTimer);
    if (now) live.textContent = text;
    else announceTimer = setTimeout(() => (live.textContent = text), ANNOUNCE_DELAY_MS);
  }

  function trace(key: string | undefined, notify = true): void {
    traced = key;
    const focus = key === undefined ? undefined : chipModels.get(key);
    const rel = focus ? relations([...chipModels.values()], focus) : new Map();
    for (const [k, b] of chips) {
      const r = rel.get(k);
      if (r) b.dataset['rel'] = r;
      else delete b.dataset['rel'];
    }
    toggle(root, 'tracing', focus !== undefined);
    chain.textContent = focus ? focus.chain : HINT;
    setHot(focus ? { pod: focus.key } : undefined);
    if (notify) options.onHover?.(focus ? { namespace: focus.namespace, name: focus.name, chain: focus.chain } : null);
  }

  const chipOf = (t: EventTarget | null): HTMLElement | null => (t instanceof Element ? t.closest<HTMLElement>('.kd-cv-pod:not([data-leave])') : null);
  const onOver = (e: Event) => {
    const card = e.target instanceof Element ? e.target.closest<HTMLElement>('.kd-cv-svc') : null;
    const key = card ? undefined : chipOf(e.target)?.dataset['key'];
    if (key !== traced) trace(key);
    if (card) setHot({ service: card.dataset['key'] ?? '' });
    else if (hot && 'service' in hot) setHot(undefined);
  };
  const onLeave = () => {
    if (traced !== undefined) trace(undefined);
    else setHot(undefined);
  };
  const onClick = (e: Event) => {
    const c = chipModels.get(chipOf(e.target)?.dataset['key'] ?? '');
    if (c) options.onPodClick(c.namespace, c.name);
  };
  root.addEventListener('pointerover', onOver);
  root.addEventListener('focusin', onOver);
  root.addEventListener('pointerleave', onLeave);
  root.addEventListener('focusout', onLeave);
  root.addEventListener('click', onClick);
  // Chips scale while they fade in: lines are right only once they have settled.
  root.addEventListener('animationend', relink);

  return {
    update,
    destroy() {
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
      if (announceTimer) clearTimeout(announceTimer);
      for (const t of timers) clearTimeout(t);
      root.remove();
    },
  };
}
