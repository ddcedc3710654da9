// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkCodeBlocks from './src/ui/code/remark-code-blocks.ts';
import { SHIKI_THEMES } from './src/ui/code/shiki.ts';
import { withEarlyWorkers } from './src/ui/sandbox/early-workers.ts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The site can be hosted at a domain root or under a sub-path (GitHub Pages project sites, an LMS
 * folder), so both come from the environment at build time:
 *   KUBEDOJO_SITE  absolute origin, e.g. https://example.github.io   (optional)
 *   KUBEDOJO_BASE  path prefix, e.g. /kubedojo/                      (default: /)
 * Pages link with import.meta.env.BASE_URL, which is always normalised to end in "/".
 */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const site = process.env.KUBEDOJO_SITE?.trim() || undefined;
const base = normaliseBase(process.env.KUBEDOJO_BASE);

/**
 * Pages with sandboxes create their workers from a tiny inline script first in <head>, each told
 * at once which sandbox it serves (src/ui/sandbox/early-workers.ts). The worker's hashed URL is
 * only known once the client is built, so the script is added to the built pages here. Pages are
 * left as they are (they start their workers from their module script, as in `astro dev`) unless
 * exactly one worker entry was built.
 */
function earlySandboxWorkers() {
  const htmlFiles = async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath ?? e.path, e.name));
  };
  return {
    name: 'kubedojo:early-sandbox-workers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const workers = (await readdir(join(root, '_astro'))).filter((name) => /^sandbox\.worker-[\w-]+\.js$/.test(name));
        if (workers.length !== 1) return logger.warn(`sandbox worker entries: ${workers.join(', ') || 'none'}; pages start it from their module script`);
        const url = `${base}_astro/${workers[0]}`;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const early = withEarlyWorkers(html, url);
          if (early !== html) await writeFile(file, early);
        }
      },
    },
  };
}

/**
 * In the sandbox's worker bundle only, parts of the engine no prompt needs become chunks loaded on
 * demand: each module below is replaced by its `.lazy.ts` twin (same exports; see both files), which
 * imports the part when it is needed. Node, tests and the CLI keep the synchronous modules.
 * Loaded when the learner is about to type:
 *   src/sandbox/command-source.ts                 the commands (kubectl, the shell's programs)
 *   src/kubectl/explain/description-source.ts     kubectl explain's descriptions
 *   src/sim/api/decode-source.ts                  the API server's strict decoder (only kubectl's requests)
 * Loaded right after the prompt (restoring a cluster needs none of them; the cluster's clock waits for them):
 *   src/sim/images/catalog-source.ts              the image catalog (what containers do)
 *   src/sim/api/validate-source.ts                the API server's validation (every write)
 *   src/sim/controllers/certificates/csr-source.ts the CSR controllers' work (X.509, RSA, the cluster CA)
 *   src/sim/api/plugins-source.ts                 the API server's write path (defaults, admission, CRD schemas)
 * Loaded before a cluster is booted or a snapshot saved by an older version restored, and with the commands:
 *   src/sim/bootstrap/boot-source.ts              the boot code (kubeadm's objects, the RBAC policy)
 * Loaded when the worker first posts the cluster picture, right after the prompt:
 *   src/ui/sandbox/view-source.ts                 the picture's data (kubectl's tables)
 */
function lazyTwins() {
  const eager = [
    './src/sandbox/command-source.ts',
    './src/kubectl/explain/description-source.ts',
    './src/sim/api/decode-source.ts',
    './src/sim/images/catalog-source.ts',
    './src/sim/api/validate-source.ts',
    './src/sim/controllers/certificates/csr-source.ts',
    './src/sim/api/plugins-source.ts',
    './src/sim/bootstrap/boot-source.ts',
    './src/ui/sandbox/view-source.ts',
  ].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  return {
    name: 'kubedojo:lazy-twins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/(command|description|decode|catalog|validate|csr|plugins|boot|view)-source$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && eager.includes(resolved.id) ? resolved.id.replace(/\.ts$/, '.lazy.ts') : null;
    },
  };
}

/**
 * The worker's engine as one chunk: every module engine-host.ts imports (statically) and the worker's
 * small entry does not. Left to itself, Rollup cuts it in two (what only the prompt needs, and what
 * the commands share with it), and the worker learns of the second only once the first has arrived
 * and been parsed: two fetches one after the other before the prompt.
 */
function engineChunk() {
  const at = (path) => fileURLToPath(new URL(path, import.meta.url));
  let engine;
  const closure = (entry, getModuleInfo) => {
    const seen = new Set();
    const stack = [entry];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id)) continue;
      seen.add(id);
      for (const next of getModuleInfo(id)?.importedIds ?? []) stack.push(next);
    }
    return seen;
  };
  return (id, { getModuleInfo, getModuleIds }) => {
    if (!engine) {
      // The worker's entry (its id carries Vite's worker query): what it imports stays in it.
      const entries = [...getModuleIds()].filter((m) => getModuleInfo(m)?.isEntry);
      const entry = new Set(entries.flatMap((m) => [...closure(m, getModuleInfo)]));
      engine = new Set([...closure(at('./src/ui/sandbox/engine-host.ts'), getModuleInfo)].filter((m) => !entry.has(m)));
    }
    return engine.has(id) ? 'engine' : undefined;
  };
}

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  output: 'static',
  integrations: [mdx(), earlySandboxWorkers()],
  markdown: {
    // Copy and Run buttons on fenced code blocks (the contract: src/ui/README.md).
    remarkPlugins: [remarkCodeBlocks],
    // Both themes' colours as CSS variables; the site's theme chooses (src/ui/styles/code.css).
    shikiConfig: { themes: SHIKI_THEMES, defaultColor: false },
  },
  // The product is the static build: no server, nothing phoned home from the built pages.
  devToolbar: { enabled: false },
  vite: {
    // The sandbox's worker is a module worker split into chunks (src/ui/sandbox/sandbox.worker.ts):
    // a small entry, the engine, and the parts loaded after the prompt.
    worker: { format: 'es', plugins: () => [lazyTwins()], rollupOptions: { output: { manualChunks: engineChunk() } } },
  },
});
