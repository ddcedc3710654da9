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
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith(`${SCOPE_PATH}_astro/`)) event.respondWith(cacheFirst(request));
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

async function keep(request, response) {
  if (!response.ok || response.status !== 200) return;
  try {
    const cache = await caches.open(CACHE);
    await cache.put(request, response);
  } catch {
    // Quota or a private mode: the site still works online.
  }
}

async function networkFirst(request) {
  try {
    const response = isolated(await fetch(request));
    await keep(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = isolated(await fetch(request));
  await keep(request, response.clone());
  return response;
}

async function staleWhileRevalidate(event, request) {
  const cached = await caches.match(request);
  const fresh = fetch(request).then(async (response) => {
    const answer = isolated(response);
    await keep(request, answer.clone());
    return answer;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  return fresh;
}
