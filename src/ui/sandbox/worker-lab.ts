/**
 * A lab in the sandbox's worker (the cluster lives here, so grading does too): the lab's starting
 * cluster when no pre-built one can be fetched, and its tasks graded — at start, after every
 * command and reset, and while the cluster changes by itself (a rollout finishing turns a task
 * green without a command). Grading only reads: the learner's cluster is never changed by it.
 */
import { CHECKS } from '../../../checks';
import { grade, startLab, type GradingEnv, type Lab } from '../../grading';
import { createSandbox, restoreSandbox, type Sandbox } from '../../sandbox';
import type { HostOptions } from './engine-boot';
import { labResults, type LabResults } from './worker-lab-results';

/** While the cluster changes by itself, grade at most this often (real ms). */
export const GRADE_EVERY_MS = 1000;

/** Copies for `commandOutput` checks: a fresh login, virtual time, no output to the terminal. */
const GRADING_ENV: GradingEnv<Sandbox> = {
  checks: CHECKS,
  createSandbox: (options) => createSandbox(options),
  copySandbox: (sandbox) => restoreSandbox({ ...sandbox.snapshot(), sessions: [] }),
};

/** The lab of `init.lab` (JSON text written at build time, already validated); undefined for ''. */
export function parseLab(text: string): Lab | undefined {
  if (text.trim() === '') return undefined;
  const lab = JSON.parse(text) as Lab;
  if (typeof lab?.id !== 'string' || !Array.isArray(lab.tasks)) throw new Error('the lab given to the sandbox is not a lab');
  return lab;
}

/**
 * The lab's starting state booted here, with the host's clock, editor and output (the page
 * normally restores the snapshot built with the site instead: /sandbox-boot/lab/<id>.json).
 */
export function startLabSandbox(lab: Lab, options: HostOptions): Sandbox {
  const env: GradingEnv<Sandbox> = {
    checks: CHECKS,
    createSandbox: (o) => createSandbox({ ...options, ...o }),
    copySandbox: (sandbox) => restoreSandbox({ ...sandbox.snapshot(), sessions: [] }, options),
  };
  const started = startLab(lab, env);
  if (!started.ok) throw new Error(`the lab ${lab.id} cannot start: ${started.error}`);
  return started.sandbox;
}

/** Every task of the lab graded on the sandbox as it is now. */
export function gradeLab(lab: Lab, sandbox: Sandbox): LabResults {
  return labResults(grade(lab, sandbox, GRADING_ENV), sandbox.cluster.now());
}

/** Decides when to grade and posts the results (engine-host.ts calls it). */
export class LabGrader {
  private lastVersion = -1;
  private lastAt = -Infinity;

  constructor(
    readonly lab: Lab,
    private readonly post: (results: LabResults) => void,
    private readonly wallNow: () => number,
  ) {}

  /** The lab's starting state booted here (see startLabSandbox). */
  boot(options: HostOptions): Sandbox {
    return startLabSandbox(this.lab, options);
  }

  /** Grades now and posts (after the start, a command, a reset): the history may have changed too. */
  now(sandbox: Sandbox): LabResults {
    const results = gradeLab(this.lab, sandbox);
    this.lastVersion = sandbox.cluster.store.resourceVersion();
    this.lastAt = this.wallNow();
    this.post(results);
    return results;
  }

  /** Between commands: grades again when the cluster has changed, at most every GRADE_EVERY_MS. */
  tick(sandbox: Sandbox): void {
    const version = sandbox.cluster.store.resourceVersion();
    if (version === this.lastVersion || this.wallNow() - this.lastAt < GRADE_EVERY_MS) return;
    this.now(sandbox);
  }
}
