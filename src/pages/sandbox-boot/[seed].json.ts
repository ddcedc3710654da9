/**
 * Pre-booted clusters: /sandbox-boot/<seed>.json is `createSandbox({ seed }).snapshot()`, made at
 * build time for every seed the lessons use (src/ui/sandbox/boot-seeds.ts). A sandbox restores it
 * in ~20 ms instead of booting the cluster in the browser (~0.5–1 s). Built with the same engine as
 * the worker, so the snapshot's format always matches.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createSandbox } from '../../sandbox';
import { bootSeeds } from '../../ui/sandbox/boot-seeds';

export const getStaticPaths = (() => bootSeeds().map((seed) => ({ params: { seed: String(seed) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const snapshot = createSandbox({ seed: Number(params['seed']) }).snapshot();
  return new Response(JSON.stringify(snapshot), { headers: { 'content-type': 'application/json' } });
};
