/**
 * Build time (astro.config.mjs, `astro:build:done`): the start of every built page with sandboxes
 * gets a tiny classic inline script, first in <head> (after `<meta charset>`, which must stay in
 * the first bytes), that creates the sandboxes' workers — each told at once which sandbox it
 * serves (worker-hint.ts) — before the browser has even seen the page's stylesheets. An inline
 * script further down waits for every stylesheet before it, and the page's module script runs only
 * once the whole page is parsed; the worker's script fetch, the engine's import and the I/O for
 * the cluster now overlap all of that.
 *
 * Only on a cross-origin isolated page (the worker then gets the shared control words; without
 * isolation the page may be about to reload once, isolation.ts): there the module script adopts the
 * workers (worker-client.ts `startWorker`) and sends `init`. The worker's URL is hashed, hence
 * known only after the client build: a component cannot write it, and one in the body cannot
 * reach <head> either, so the build adds the script to the finished pages. Pages without it (dev
 * server, a build without the hook) start their workers from the module script.
 */
import { uniqueSandboxIds, workerName, type SandboxHint } from './worker-hint';

/** An opening tag (quoted attribute values may hold '>': a lab's JSON does). */
const SECTION_TAG = /<section\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt));/gi, (whole, dec?: string, hex?: string, named?: string) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[(named ?? '').toLowerCase()] ?? whole;
  });
}

function attributesOf(inside: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of inside.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/**
 * The sandboxes of a built page, in page order, with the ids the page will give them (what
 * sandbox-page.ts reads from the same attributes); undefined when one lacks its id or boot URL
 * (then the page starts its workers itself).
 */
export function sandboxesInHtml(html: string): SandboxHint[] | undefined {
  const found: { baseId: string; bootUrl: string }[] = [];
  for (const [, inside = ''] of html.matchAll(SECTION_TAG)) {
    const attributes = attributesOf(inside);
    if (!attributes.has('data-kubedojo-sandbox')) continue;
    const baseId = attributes.get('data-sandbox-id');
    const bootUrl = attributes.get('data-boot-url');
    if (!baseId || !bootUrl) return undefined;
    found.push({ baseId, bootUrl });
  }
  const ids = uniqueSandboxIds(found.map((s) => s.baseId));
  return found.map((s, i) => ({ id: ids[i] ?? s.baseId, bootUrl: s.bootUrl }));
}

/** JSON that cannot end the <script> element it is written into. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The inline script: `self.kubedojoEarlyWorkers` is the list of { name, worker, at, failed } the
 * page adopts, `at` when the worker was created (performance.now(), the benchmark's "worker
 * created"). `failed` is set by the worker's error event, which may fire (its script could not be
 * fetched) before the page's module script is there to listen: the page then starts another.
 */
export function earlyWorkerScript(workerUrl: string, sandboxes: readonly SandboxHint[]): string {
  const names = scriptJson(sandboxes.map(workerName));
  return (
    `<script>if(self.crossOriginIsolated)self.kubedojoEarlyWorkers=${names}.map(function(n){` +
    `var e={name:n,worker:new Worker(${scriptJson(workerUrl)},{type:"module",name:n}),at:performance.now()};` +
    `e.worker.addEventListener("error",function(){e.failed=true});return e})</script>`
  );
}

const HEAD_START = /<head(?:\s[^>]*)?>(?:\s*<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>)?/i;

/** The page with the early-worker script first in its <head>; unchanged when it has no sandbox (or no <head>). */
export function withEarlyWorkers(html: string, workerUrl: string): string {
  const sandboxes = sandboxesInHtml(html);
  if (!sandboxes || sandboxes.length === 0) return html;
  const head = HEAD_START.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + earlyWorkerScript(workerUrl, sandboxes) + html.slice(at);
}
