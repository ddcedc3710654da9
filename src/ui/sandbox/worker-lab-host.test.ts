import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../checks';
import { hasErrors, loadLab, type Lab } from '../../grading';
import { EngineHost } from './engine-host';
import type { PageMessage, WorkerMessage } from './protocol';
import { memoryStore } from './sandbox-store';
import { startLabSandbox } from './worker-lab';

function deployments(): Lab {
  const loaded = loadLab(readFileSync('content/labs/deployments.yaml', 'utf8'), 'content/labs/deployments.yaml', { checks: CHECKS });
  if (hasErrors(loaded)) throw new Error('the deployments lab does not load');
  return loaded;
}

/** An engine with a lab, fake surroundings as in engine-host.test.ts. */
function harness(lab: Lab, boot?: string) {
  const posted: WorkerMessage[] = [];
  const host = new EngineHost({
    post: (m) => posted.push(m),
    wallNow: () => performance.now(),
    wallClock: () => Date.UTC(2030, 0, 1),
    every: () => () => undefined,
    after: () => () => undefined,
    openStore: async () => memoryStore(),
    fetchText: async () => boot,
  });
  let seq = 0;
  const send = (m: PageMessage) => host.receive(m);
  const of = <T extends WorkerMessage['type']>(type: T) => posted.filter((m): m is Extract<WorkerMessage, { type: T }> => m.type === type);
  return {
    posted,
    of,
    init: () => send({ type: 'init', id: 'core-objects/deployments', seed: lab.cluster.seed, fixture: '', lab: JSON.stringify(lab), bootUrl: boot ? '/sandbox-boot/lab/deployments.json' : '', control: null, columns: 80 }),
    run: (line: string) => send({ type: 'run', seq: ++seq, line, history: [line] }),
    check: () => send({ type: 'lab-check', seq: ++seq }),
    reset: () => send({ type: 'reset', seq: ++seq }),
    output: () => posted.flatMap((m) => (m.type === 'output' ? [m.text] : m.type === 'ran' ? [m.output] : [])).join(''),
  };
}

const passed = (m: { results: { tasks: { id: string; passed: boolean }[] } } | undefined) => m?.results.tasks.filter((t) => t.passed).map((t) => t.id);

describe('a lab in the engine host', () => {
  const lab = deployments();

  it('starts from the lab’s state, grades after ready, after commands, on Check and after a reset', async () => {
    const h = harness(lab);
    await h.init();
    expect(h.of('ready')[0]?.origin).toBe('boot');
    const first = h.of('lab-status');
    expect(first).toHaveLength(1);
    expect(first[0]?.results.tasks.map((t) => t.id)).toEqual(['create', 'scale', 'update', 'rollback', 'expose']);
    expect(passed(first[0])).toEqual([]);
    // The lab's manifests are there, and the student's history is empty.
    await h.run('kubectl get ns shop -o name');
    expect(h.output()).toBe('namespace/shop\n');

    await h.run('kubectl create deployment web --image=nginx:1.27 --replicas=2 -n shop');
    await h.run('sleep 60');
    expect(h.of('lab-status')).toHaveLength(4);
    expect(passed(h.of('lab-status').pop())).toEqual(['create']);
    await h.check();
    const checked = h.of('lab-checked');
    expect(checked).toHaveLength(1);
    expect(checked[0]?.seq).toBe(4);
    expect(passed(checked[0])).toEqual(['create']);

    await h.reset();
    expect(passed(h.of('lab-status').pop())).toEqual([]);
    const before = h.output().length;
    await h.run('kubectl get deploy -n shop');
    await h.run('kubectl get ns shop -o name');
    expect(h.output().slice(before)).toBe('No resources found in shop namespace.\nnamespace/shop\n');
  }, 60_000);

  it('restores the pre-built starting state when it can be fetched', async () => {
    const boot = JSON.stringify(startLabSandbox(lab, {}).snapshot());
    const h = harness(lab, boot);
    await h.init();
    expect(h.of('ready')[0]?.origin).toBe('preboot');
    await h.run('kubectl get ns shop -o name');
    expect(h.output()).toBe('namespace/shop\n');
  }, 60_000);
});
