// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkCodeBlocks from './src/ui/code/remark-code-blocks.ts';
import { SHIKI_THEMES } from './src/ui/code/shiki.ts';

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

export default defineConfig({
  ...(site ? { site } : {}),
  base: normaliseBase(process.env.KUBEDOJO_BASE),
  output: 'static',
  integrations: [mdx()],
  markdown: {
    // Copy and Run buttons on fenced code blocks (the contract: src/ui/README.md).
    remarkPlugins: [remarkCodeBlocks],
    // Both themes' colours as CSS variables; the site's theme chooses (src/ui/styles/code.css).
    shikiConfig: { themes: SHIKI_THEMES, defaultColor: false },
  },
  // The product is the static build: no server, nothing phoned home from the built pages.
  devToolbar: { enabled: false },
});
