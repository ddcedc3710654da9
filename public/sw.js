/*
 * Kubedojo's service worker (registered by src/ui/sandbox/isolation.ts, scope = the site's base).
 *
 * 1. Cross-origin isolation on any static host: every same-origin response gets
 *    Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp, which
 *    the sandbox needs for SharedArrayBuffer (real-time waits, Ctrl-C, the editor). The site loads
 *    nothing from other origins, so require-corp blocks nothing.
 * 2. Offline: what a visit fetched is kept in the Cache API. Pages are fetched from the network
 *    first (a new deploy shows at once) and from the cache when offline; the hashed build assets
 *    (_astro/) never change, so the cache answers them first; other files (search index,
 *    pre-booted clusters) come from the cache and are refreshed in the background.
 *
 * It must not slow a warm visit down: a page's network request starts while this worker is still
 * starting (navigation preload), nothing waits for a cache write, and one named cache is searched.
 *
 * Plain JavaScript, served as is from public/: it must not be bundled or hashed, since its URL is
 * what the browser checks for updates.
 */
const CACHE = 'kubedojo-v1';
const SCOPE_PATH = new URL(self.registration.scope).pathname;

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('kubedojo-') && name !== CACHE) await caches.delete(name);
      await self.registration.navigationPreload?.enable().catch(() => undefined);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return;
  // Chrome quirk: a request that may only come from the cache cannot be refetched by a worker.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(event, request));
  else if (url.pathname.startsWith(`${SCOPE_PATH}_astro/`)) event.respondWith(cacheFirst(event, request));
  else event.respondWith(staleWhileRevalidate(event, request));
});

/** The response with the isolation headers; opaque ones (status 0, e.g. a redirect) pass unchanged. */
function isolated(response) {
  if (response.status === 0 || response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

let opened;
/** The site's cache, opened once per worker start (caches.match would search every cache). */
function cache() {
  opened ??= caches.open(CACHE);
  return opened;
}

async function cached(request, options) {
  try {
    return await (await cache()).match(request, options);
  } catch {
    return undefined;
  }
}

async function keep(request, response) {
  if (!response.ok || response.status !== 200) return;
  try {
    await (await cache()).put(request, response);
  } catch {
    // Quota or a private mode: the site still works online.
  }
}

async function networkFirst(event, request) {
  try {
    // The request navigation preload started while this worker woke up, if it did.
    const preloaded = await Promise.resolve(event.preloadResponse).catch(() => undefined);
    const response = isolated(preloaded ?? (await fetch(request)));
    // The page does not wait for its copy to be written.
    event.waitUntil(keep(request, response.clone()));
    return response;
  } catch (error) {
    const copy = await cached(request, { ignoreSearch: true });
    if (copy) return copy;
    throw error;
  }
}

async function cacheFirst(event, request) {
  const copy = await cached(request);
  if (copy) return copy;
  const response = isolated(await fetch(request));
  event.waitUntil(keep(request, response.clone()));
  return response;
}

async function staleWhileRevalidate(event, request) {
  const copy = await cached(request);
  const fresh = fetch(request).then(async (response) => {
    const answer = isolated(response);
    await keep(request, answer.clone());
    return answer;
  });
  if (copy) {
    event.waitUntil(fresh.catch(() => undefined));
    return copy;
  }
  return fresh;
}
