import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CHECKS } from '../../../checks';
import { hasErrors, loadLab, type Lab } from '../../grading';
import { gradeLab, LabGrader, parseLab, startLabSandbox } from './worker-lab';
import type { LabResults } from './worker-lab-results';

function deployments(): Lab {
  const loaded = loadLab(readFileSync('content/labs/deployments.yaml', 'utf8'), 'content/labs/deployments.yaml', { checks: CHECKS });
  if (hasErrors(loaded)) throw new Error('the deployments lab does not load');
  return loaded;
}

describe('worker-lab', () => {
  const lab = deployments();

  it('reads the lab the page sends, and nothing for none', () => {
    expect(parseLab('')).toBeUndefined();
    expect(parseLab(JSON.stringify(lab))?.id).toBe('deployments');
    expect(() => parseLab('{"id": 3}')).toThrow('the lab given to the sandbox is not a lab');
  });

  it('starts the lab and grades its tasks as plain JSON, with the checks’ explanations', () => {
    const sandbox = startLabSandbox(lab, {});
    const before = gradeLab(lab, sandbox);
    expect(before.lab).toBe('deployments');
    expect(before.at).toBe(sandbox.cluster.now());
    expect(before.tasks.map((t) => [t.id, t.passed, t.earned, t.points])).toEqual([
      ['create', false, 0, 2],
      ['scale', false, 0, 2],
      ['update', false, 0, 2],
      ['rollback', false, 0, 2],
      ['expose', false, 0, 2],
    ]);
    expect(before.tasks[0]?.checks).toEqual([
      { check: 'deploymentAvailable', pass: false, message: 'expected deployment/web in shop, found none (no deployments in shop)', guard: false },
      { check: 'imageIs', pass: false, message: 'expected deployment/web in shop, found none (no deployments in shop)', guard: false },
    ]);
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);

    sandbox.run('kubectl create deployment web --image=nginx:1.27 --replicas=2 -n shop');
    sandbox.cluster.runUntilQuiet(300_000);
    const after = gradeLab(lab, sandbox);
    expect(after.tasks[0]).toMatchObject({ id: 'create', passed: true, earned: 2 });
  });

  it('grades again on a tick only when the cluster changed, and not too often', () => {
    const sandbox = startLabSandbox(lab, {});
    const posted: LabResults[] = [];
    let wall = 0;
    const grader = new LabGrader(lab, (r) => posted.push(r), () => wall);
    grader.now(sandbox);
    wall = 5000;
    grader.tick(sandbox);
    expect(posted).toHaveLength(1);
    sandbox.run('kubectl create deployment web --image=nginx:1.27 --replicas=2 -n shop');
    wall = 5500;
    grader.tick(sandbox);
    expect(posted).toHaveLength(2);
    sandbox.cluster.advance(30_000);
    wall = 5900;
    grader.tick(sandbox);
    expect(posted).toHaveLength(2);
    wall = 6600;
    grader.tick(sandbox);
    expect(posted).toHaveLength(3);
    expect(posted[2]?.tasks[0]?.passed).toBe(true);
  });
});
