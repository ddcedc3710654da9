/// <reference types="astro/client" />
/**
 * The browser entry of Sandbox.astro: makes the page cross-origin isolated if it can (isolation.ts),
 * starts every sandbox's engine at once, then loads the terminal's code and mounts them. Two
 * sandboxes with the same id (two `<Sandbox />` without ids on one page) get `#2`, `#3`… so each
 * persists separately.
 */
import { isLang } from '../i18n/lang';
import { ensureIsolation } from './isolation';
import type { MountedSandbox } from './mount-sandbox';
import { showNotice } from './notices';
import { startEngine, type SandboxConfig } from './start-engine';
import { sandboxStrings } from './strings';

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
  const { mountSandbox } = await import('./mount-sandbox');
  roots.forEach((root, i) => mounted.push(mountSandbox(root, configs[i] as SandboxConfig, engines[i] as ReturnType<typeof startEngine>)));
}

function configsOf(roots: HTMLElement[], isolated: boolean): SandboxConfig[] {
  const seen = new Map<string, number>();
  return roots.map((root) => {
    const d = root.dataset;
    const baseId = d['sandboxId'] ?? location.pathname;
    const count = (seen.get(baseId) ?? 0) + 1;
    seen.set(baseId, count);
    const seed = Number(d['seed']);
    return {
      id: count === 1 ? baseId : `${baseId}#${count}`,
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
