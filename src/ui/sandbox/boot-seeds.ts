/**
 * Which seeds get a pre-booted snapshot at build time (src/pages/sandbox-boot/[seed].json.ts):
 * the default seed 1, every `seed` of a lesson's frontmatter `sandbox:` and every `seed={N}` /
 * `seed="N"` on a `<Sandbox>` in the lessons. A seed missed here still works: the worker then boots
 * the cluster itself, which takes longer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LESSONS = 'content/lessons';
const TAG_SEED = /<Sandbox\b[^>]*?\bseed=(?:\{\s*(\d+)\s*\}|"(\d+)")/g;
const FRONTMATTER_SEED = /^sandbox:[^\n]*(?:\n[ \t]+[^\n]*)*?\bseed:\s*(\d+)/m;

export function seedsIn(text: string): number[] {
  const seeds: number[] = [];
  for (const m of text.matchAll(TAG_SEED)) seeds.push(Number(m[1] ?? m[2]));
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const fm = front ? FRONTMATTER_SEED.exec(front) : null;
  if (fm) seeds.push(Number(fm[1]));
  return seeds;
}

function mdxFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
}

export function bootSeeds(root = process.cwd()): number[] {
  const seeds = new Set<number>([1]);
  for (const file of mdxFiles(join(root, LESSONS))) for (const seed of seedsIn(readFileSync(file, 'utf8'))) seeds.add(seed);
  return [...seeds].sort((a, b) => a - b);
}
