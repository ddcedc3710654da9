/**
 * The lines from each Service card to the pods behind it, drawn in an SVG laid over the picture
 * (under the chips). Positions come from the laid-out elements, so lines are redrawn after every
 * update, resize and animation; a not-ready endpoint is a dashed line.
 */
import type { ServiceModel } from './model';

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function drawLinks(
  svg: SVGSVGElement,
  root: HTMLElement,
  services: readonly ServiceModel[],
  cards: ReadonlyMap<string, HTMLElement>,
  chips: ReadonlyMap<string, HTMLElement>,
  hot?: LinkFocus,
): void {
  const base = root.getBoundingClientRect();
  svg.setAttribute('width', String(root.scrollWidth));
  svg.setAttribute('height', String(root.scrollHeight));
  let paths = '';
  for (const s of services) {
    const card = cards.get(s.key);
    if (!card) continue;
    const hue = card.style.getPropertyValue('--hue');
    const from = card.getBoundingClientRect();
    const x1 = Math.round(from.left + from.width / 2 - base.left);
    const y1 = Math.round(from.bottom - base.top);
    for (const link of s.links) {
      const chip = chips.get(link.pod);
      if (!chip || !chip.isConnected) continue;
      const to = chip.getBoundingClientRect();
      const x2 = Math.round(to.left + to.width / 2 - base.left);
      const y2 = Math.round(to.top - base.top);
      const bend = Math.max(24, Math.abs(y2 - y1) / 2);
      const d = `M${x1} ${y1}C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}`;
      paths += `<path d="${d}" data-svc="${attr(s.key)}" data-pod="${attr(link.pod)}" style="--hue:${attr(hue)}"${link.ready ? '' : ' data-unready=""'}/>`;
    }
  }
  svg.innerHTML = paths;
  highlightLinks(svg, hot);
}

/** The lines to bring forward: one Service's, or those to one pod. */
export type LinkFocus = { service: string } | { pod: string };

/** Makes the lines of one Service, or to one pod, stand out (none: all back to normal). */
export function highlightLinks(svg: SVGSVGElement, on: LinkFocus | undefined): void {
  for (const path of svg.querySelectorAll('path')) {
    const hot = on !== undefined && ('service' in on ? path.getAttribute('data-svc') === on.service : path.getAttribute('data-pod') === on.pod);
    path.classList.toggle('is-hot', hot);
  }
}
