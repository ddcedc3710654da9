import { describe, expect, it } from 'vitest';
import { hintOfWorkerName, uniqueSandboxIds, workerName, WORKER_NAME } from './worker-hint';

describe('worker hint', () => {
  it('travels in the worker name and comes back whole', () => {
    const hint = { id: 'kubectl/first-commands', bootUrl: '/kubedojo/sandbox-boot/lab/probes.json' };
    expect(workerName(hint)).toBe('kubedojo-sandbox {"id":"kubectl/first-commands","bootUrl":"/kubedojo/sandbox-boot/lab/probes.json"}');
    expect(hintOfWorkerName(workerName(hint))).toEqual(hint);
    const odd = { id: 'a "quoted" id#2', bootUrl: '' };
    expect(hintOfWorkerName(workerName(odd))).toEqual(odd);
  });

  it('is absent from a plain name or anything that is not ours', () => {
    for (const name of ['', WORKER_NAME, 'kubedojo-sandbox ', 'kubedojo-sandbox {', 'kubedojo-sandbox null', 'kubedojo-sandbox "x"',
      'kubedojo-sandbox {"id":"","bootUrl":"/b"}', 'kubedojo-sandbox {"id":3,"bootUrl":"/b"}', 'kubedojo-sandbox {"id":"a"}',
      'other {"id":"a","bootUrl":"/b"}']) {
      expect(hintOfWorkerName(name), name).toBeUndefined();
    }
  });

  it('numbers repeated sandbox ids in page order', () => {
    expect(uniqueSandboxIds(['a', 'b', 'a', 'a', 'b', 'c'])).toEqual(['a', 'b', 'a#2', 'a#3', 'b#2', 'c']);
    expect(uniqueSandboxIds([])).toEqual([]);
  });
});
