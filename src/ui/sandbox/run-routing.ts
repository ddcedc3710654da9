/**
 * Which sandbox a Run button feeds. Run buttons dispatch `kubedojo:run` on the document with only
 * the command (src/ui/code/run-event.ts), so one listener for the page picks the sandbox:
 *   1. the nearest sandbox BEFORE the button in the document (a lesson that sets up a second
 *      sandbox further down has its later Run buttons go there);
 *   2. otherwise (the buttons come before every sandbox, e.g. a sandbox in the side column, which
 *      follows the lesson text) the sandbox most in view;
 *   3. otherwise the first sandbox of the page.
 * The button is the focused element (a click focuses it), else the last element pressed.
 * A Run button that is pointed at or focused warms its sandbox up (it loads its commands), so the
 * click that follows does not wait for them.
 */
import { CODE_BLOCK_CLASS, RUN_BUTTON_CLASS } from '../code/markup';
import { RUN_EVENT, type RunEventDetail } from '../code/run-event';

export interface RunTarget {
  readonly element: HTMLElement;
  run(command: string): void;
  /** The learner is about to run a command here. */
  warm?(): void;
}

const targets: RunTarget[] = [];
const visibility = new Map<Element, number>();
let lastPressed: Element | null = null;
let observer: IntersectionObserver | null = null;
let listening = false;

export function registerRunTarget(target: RunTarget): void {
  targets.push(target);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) visibility.set(entry.target, entry.intersectionRatio);
    },
    { threshold: [0, 0.25, 0.5, 0.75, 1] },
  );
  observer.observe(target.element);
  if (listening) return;
  listening = true;
  document.addEventListener('pointerdown', (event) => {
    lastPressed = event.target instanceof Element ? event.target : null;
  }, true);
  const warm = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest(`.${RUN_BUTTON_CLASS}`) : null;
    if (button) chooseTarget(button)?.warm?.();
  };
  document.addEventListener('pointerover', warm, { passive: true });
  document.addEventListener('focusin', warm);
  document.addEventListener(RUN_EVENT, (event: CustomEvent<RunEventDetail>) => {
    const target = chooseTarget(sourceOf());
    if (!target) return;
    event.preventDefault();
    target.run(event.detail.command);
  });
}

function sourceOf(): Element | null {
  const active = document.activeElement;
  if (active && active !== document.body && active.closest(`.${CODE_BLOCK_CLASS}`)) return active;
  return lastPressed;
}

export function chooseTarget(source: Element | null): RunTarget | undefined {
  const ordered = [...targets].sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (source) {
    const before = ordered.filter((t) => t.element.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING && !t.element.contains(source));
    const nearest = before[before.length - 1];
    if (nearest) return nearest;
  }
  let best: RunTarget | undefined;
  let bestRatio = 0;
  for (const t of ordered) {
    const ratio = visibility.get(t.element) ?? 0;
    if (ratio > bestRatio) [best, bestRatio] = [t, ratio];
  }
  return best ?? ordered[0];
}
