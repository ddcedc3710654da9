/**
 * A lab's starting state, pre-built: /sandbox-boot/lab/<id>.json is the snapshot of the sandbox
 * `startLab` gives (the lab's nodes, seed, manifests and setup, settled), made at build time for
 * every lab in content/labs/. A lab's sandbox restores it in ~50 ms where starting the lab in the
 * browser takes 0.2–1 s; the worker still can (worker-lab.ts) when the file cannot be fetched.
 * A lab that does not load or does not start fails the build with the reason.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHECKS } from '../../../../checks';
import { startLab, type GradingEnv } from '../../../grading';
import { createSandbox, restoreSandbox, type Sandbox } from '../../../sandbox';
import { labIds, readLab } from '../../../ui/lab/load-lab';

const ENV: GradingEnv<Sandbox> = {
  checks: CHECKS,
  createSandbox: (options) => createSandbox(options),
  copySandbox: (sandbox) => restoreSandbox({ ...sandbox.snapshot(), sessions: [] }),
};

export const getStaticPaths = (() => labIds().map((lab) => ({ params: { lab } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lab = readLab(String(params['lab']));
  const started = startLab(lab, ENV);
  if (!started.ok) throw new Error(`content/labs/${lab.id}.yaml: the lab does not start: ${started.error}`);
  return new Response(JSON.stringify(started.sandbox.snapshot()), { headers: { 'content-type': 'application/json' } });
};
