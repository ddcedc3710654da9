/// <reference types="astro/client" />
/**
 * Cross-origin isolation, which SharedArrayBuffer needs (real-time waits, Ctrl-C, the editor), on
 * hosts that cannot send headers (GitHub Pages, an LMS). public/sw.js adds
 * `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp` to
 * every response of the site (and keeps the site for offline use), but a page only gets them once
 * the service worker controls it: on the very first visit the page reloads itself once.
 *
 * That reload is only done when nothing was typed yet (`mayReload`), and only once per tab session
 * (so a host or browser that strips the headers cannot cause a reload loop). Where service
 * workers are missing (file://, some private modes) the sandbox runs without isolation.
 */
const RELOADED_KEY = 'kubedojo:isolation-reload';
/** How long a first visit waits for the service worker before starting without it. */
const INSTALL_WAIT_MS = 4000;

export type Isolation = 'isolated' | 'reloading' | 'unavailable';

export function serviceWorkerUrl(base: string): string {
  return `${base}sw.js`;
}

/** Registers the service worker (isolation headers and offline copy); harmless to call on every page. */
export async function registerServiceWorker(base: string): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext || import.meta.env.DEV) return null;
  return navigator.serviceWorker.register(serviceWorkerUrl(base), { scope: base }).catch(() => null);
}

/**
 * Makes the page isolated if it can: 'isolated' now, 'reloading' (the page is about to reload,
 * start nothing), or 'unavailable' (run without shared memory; `later` is called if the service
 * worker takes control after all — the sandbox then suggests a reload).
 */
export async function ensureIsolation(base: string, mayReload: () => boolean, later: () => void): Promise<Isolation> {
  const registering = registerServiceWorker(base);
  if (globalThis.crossOriginIsolated) return 'isolated';
  const registration = await registering;
  if (!registration) return 'unavailable';
  if (sessionStorage.getItem(RELOADED_KEY)) return 'unavailable';
  const controlled = navigator.serviceWorker.controller !== null || (await controllerWithin(INSTALL_WAIT_MS));
  if (controlled && mayReload()) {
    sessionStorage.setItem(RELOADED_KEY, '1');
    location.reload();
    return 'reloading';
  }
  if (!controlled) void controllerWithin(60_000).then((now) => now && later());
  return 'unavailable';
}

function controllerWithin(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => resolve(false), ms);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      window.clearTimeout(timer);
      resolve(true);
    }, { once: true });
  });
}
