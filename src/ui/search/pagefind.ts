/**
 * Loads Pagefind's browser API from the built site — only when the reader first opens the search,
 * so pages ship none of it otherwise. The index is written by `pagefind --site dist` after
 * `astro build`; it sits at <base>pagefind/, and baseUrl makes result URLs carry the base path.
 * Pagefind picks the index of the page's <html lang>, so English and Chinese are searched apart.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; chapter?: string };
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface PagefindApi {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (query: string, options?: object, timeoutMs?: number) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi | null> | undefined;

/** Pagefind, or null where there is no index (the dev server: run `npm run build`). */
export function loadPagefind(base: string): Promise<PagefindApi | null> {
  loading ??= (async () => {
    try {
      const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: base, excerptLength: 22 });
      await api.init();
      return api;
    } catch {
      return null;
    }
  })();
  return loading;
}

/** The first `limit` results of `query`, or null when a newer query superseded this one. */
export async function searchLessons(api: PagefindApi, query: string, limit = 8): Promise<PagefindResultData[] | null> {
  const found = await api.debouncedSearch(query, {}, 150);
  if (!found) return null;
  return Promise.all(found.results.slice(0, limit).map((result) => result.data()));
}
