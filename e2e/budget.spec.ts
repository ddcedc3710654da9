import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { LESSONS, lessonPath } from './helpers';

// DESIGN.md: pages without a sandbox ship almost no JavaScript (theme, search loader, code
// buttons, progress). Measured as gzip of every script a page runs until the network is idle.
const BUDGET_GZIP_BYTES = 12 * 1024;

test(`pages without a sandbox ship under ${BUDGET_GZIP_BYTES / 1024} KB of gzipped JavaScript`, async ({ page }) => {
  for (const path of ['./', lessonPath(LESSONS.cloud)]) {
    const scripts: Promise<Buffer>[] = [];
    const collect = (response: import('@playwright/test').Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    };
    page.on('response', collect);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.off('response', collect);
    const inline = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    const bodies = [...(await Promise.all(scripts)), ...inline.map((text) => Buffer.from(text))];
    const total = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(total, path).toBeLessThan(BUDGET_GZIP_BYTES);
  }
});

// The sandbox's worker entry must run at once (it starts reading IndexedDB and the pre-booted
// cluster while the engine loads): a static import would make it wait for that chunk first.
test('the sandbox worker entry imports nothing statically; the engine is a single chunk', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dir = new URL('../dist/_astro/', import.meta.url);
  const files = await readdir(dir);
  const entry = files.filter((f) => /^sandbox\.worker-[\w-]+\.js$/.test(f));
  const engine = files.filter((f) => /^engine-[\w-]+\.js$/.test(f));
  expect([entry.length, engine.length]).toEqual([1, 1]);
  const staticImports = (text: string) => [...text.matchAll(/(?:^|[;}\s])import\s*\{[^}]*\}\s*from\s*"([^"]+)"|(?:^|[;}\s])import\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  expect(staticImports(await readFile(new URL(entry[0] as string, dir), 'utf8'))).toEqual([]);
  expect(staticImports(await readFile(new URL(engine[0] as string, dir), 'utf8'))).toEqual([]);
});

// xterm.js loads when the learner is about to type (src/ui/sandbox/lazy-terminal.ts): neither the
// sandbox's page entry nor its mount-sandbox chunk may reach it through static imports.
test('the sandbox page chunks reach xterm.js only through a dynamic import', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const dir = new URL('../dist/_astro/', import.meta.url);
  const files = await readdir(dir);
  const entry = files.filter((f) => /^Sandbox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(f));
  const mount = files.filter((f) => /^mount-sandbox\.[\w-]+\.js$/.test(f));
  const xterm = files.filter((f) => /^terminal-view\.[\w-]+\.js$/.test(f));
  expect([entry.length, mount.length, xterm.length]).toEqual([1, 1, 1]);
  // Every chunk a file imports statically (import … from "./x.js", import "./x.js"), transitively.
  const staticImports = (text: string) => [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{][^"'();]*?from\s*)?"(\.\/[^"]+)"/g)].map((m) => (m[1] as string).slice(2));
  const reached = new Set<string>();
  const walk = async (file: string): Promise<void> => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const next of staticImports(await readFile(new URL(file, dir), 'utf8'))) await walk(next);
  };
  await walk(entry[0] as string);
  await walk(mount[0] as string);
  expect([...reached]).not.toContain(xterm[0]);
  // Nor is xterm.js's code in them (a class name only its code uses).
  for (const file of reached) expect(await readFile(new URL(file, dir), 'utf8'), file).not.toContain('xterm-helper-textarea');
  // The dynamic import is there: mount-sandbox names the xterm chunk.
  expect(await readFile(new URL(mount[0] as string, dir), 'utf8')).toContain(xterm[0]);
});
