/// <reference types="astro/client" />
/**
 * The browser entry of Sandbox.astro: makes the page cross-origin isolated if it can (isolation.ts),
 * starts every sandbox's engine at once, then loads mount-sandbox.ts and mounts them (xterm.js
 * itself loads later, when the learner is about to type: lazy-terminal.ts). Two
 * sandboxes with the same id (two `<Sandbox />` without ids on one page) get `#2`, `#3`… so each
 * persists separately (the same ids the build gives the early workers, early-workers.ts).
 */
import { isLang } from '../i18n/lang';
import { ensureIsolation } from './isolation';
import type { MountedSandbox } from './mount-sandbox';
import { showNotice } from './notices';
import { startEngine, type SandboxConfig } from './start-engine';
import { sandboxStrings } from './strings';
import { dropEarlyWorkers } from './worker-client';
import { uniqueSandboxIds } from './worker-hint';

const SELECTOR = '[data-kubedojo-sandbox]';
let started = false;

export async function startSandboxes(): Promise<void> {
  if (started) return;
  started = true;
  const roots = [...document.querySelectorAll<HTMLElement>(SELECTOR)];
  if (roots.length === 0) return;
  const mounted: MountedSandbox[] = [];
  const isolation = await ensureIsolation(
    import.meta.env.BASE_URL,
    () => !mounted.some((m) => m.used()),
    () => {
      for (const root of roots) showNotice(root.querySelector('[data-notices]'), wordsOf(root), 'reload');
    },
  );
  if (isolation === 'reloading') return;
  const configs = configsOf(roots, isolation === 'isolated');
  const engines = roots.map((root, i) => startEngine(root, configs[i] as SandboxConfig));
  dropEarlyWorkers();
  const { mountSandbox } = await import('./mount-sandbox');
  roots.forEach((root, i) => mounted.push(mountSandbox(root, configs[i] as SandboxConfig, engines[i] as ReturnType<typeof startEngine>)));
}

function configsOf(roots: HTMLElement[], isolated: boolean): SandboxConfig[] {
  const ids = uniqueSandboxIds(roots.map((root) => root.dataset['sandboxId'] ?? location.pathname));
  return roots.map((root, i) => {
    const d = root.dataset;
    const seed = Number(d['seed']);
    return {
      id: ids[i] ?? location.pathname,
      seed: Number.isInteger(seed) && seed >= 0 ? seed : 1,
      fixture: d['fixture'] ?? '',
      lab: d['lab'] ?? '',
      bootUrl: d['bootUrl'] ?? '',
      words: wordsOf(root),
      isolated,
    };
  });
}

function wordsOf(root: HTMLElement) {
  const lang = root.dataset['lang'] ?? 'en';
  return sandboxStrings(isLang(lang) ? lang : 'en');
}
