// kubectl taint on a live simulated cluster: adding, overwriting and removing taints on named,
// selected or all nodes, -o and --dry-run, each node's failure reported without stopping the others,
// the argument errors with the API machinery's validation texts, and the scheduler honouring the
// result. Compared whole with __golden__/taint.txt; the parser's rules are checked directly below.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { create, liveCluster, pod, Transcript } from '../node-debug-fixture';
import { parseTaints, reorganize } from './parse';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const TAINTS = "get nodes -o jsonpath='{range .items[*]}{.metadata.name}: {.spec.taints}{\"\\n\"}{end}'";

describe('kubectl taint on a live cluster', () => {
  it('changes node taints as kubectl does', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    t.kubectl('taint nodes node01 dedicated=gpu:NoSchedule');
    t.kubectl('taint nodes node01 dedicated=gpu:NoSchedule');
    t.kubectl('taint nodes node01 dedicated=ml:NoSchedule --overwrite');
    t.kubectl('taint node node01 dedicated=ml:NoExecute --dry-run=client');
    t.kubectl('taint no node01 dedicated:PreferNoSchedule --dry-run=server');
    t.kubectl('taint nodes node01 node02 spot=true:PreferNoSchedule -o name');
    t.kubectl('taint nodes node01 nope extra:NoSchedule');
    t.kubectl('taint nodes -l kubernetes.io/hostname=node02 zone=b:NoSchedule');
    t.kubectl('taint nodes --all maintenance:PreferNoSchedule');
    t.kubectl(TAINTS);
    t.kubectl('taint nodes node01 dedicated-');
    t.kubectl('taint nodes node01 spot:PreferNoSchedule- gone:NoSchedule- other-');
    t.kubectl('taint nodes node02 zone=b:NoSchedule- spot=true:NoExecute');
    t.kubectl(TAINTS);
    t.note('with both workers tainted NoSchedule, a pod without tolerations has nowhere to go');
    t.kubectl('taint nodes node01 node02 keep=out:NoSchedule');
    create(c, pod('lonely', [['c', 'nginx:1.27']]));
    c.runUntilQuiet();
    t.kubectl('get pods');
    t.kubectl('taint nodes node01 keep:NoSchedule- extra-');
    t.advance(30_000);
    t.kubectl('get pods -o wide');
    t.kubectl("taint nodes node01 node-01.example.com/role=db-primary:NoExecute --dry-run=client -o jsonpath='{.spec.taints[0]}'");
    golden('taint.txt', t.text);
  });

  it('answers argument errors as kubectl does', () => {
    const t = new Transcript(liveCluster());
    for (const args of [
      'taint',
      'taint nodes',
      'taint nodes node01',
      'taint nodes a=b:NoSchedule node01',
      'taint nodes node01 a=b',
      'taint nodes node01 a=b=c:NoSchedule',
      'taint nodes node01 :NoSchedule',
      'taint nodes node01 a=bad!:NoSchedule',
      'taint nodes node01 a:NoSchedule:x',
      'taint nodes node01 a=b:',
      'taint nodes node01 a=b:NoSchedule a=c:NoSchedule',
      'taint nodes node01 a=b:NoSchedule a-',
      'taint nodes node01 a=b:NoSchedule a:NoSchedule-',
      'taint pods web a=b:NoSchedule',
      'taint foo x a=b:NoSchedule',
      'taint nodes a=b:NoSchedule',
      'taint nodes --all -l x=y a=b:NoSchedule',
      'taint nodes node01 a=b:NoSchedule --dry-run=bogus',
      'taint nodes node01 a=b:NoSchedule --validate=bogus',
      'taint nodes node01 a=b:NoSchedule -o wide',
      'taint nodes nope a=b:NoSchedule',
    ]) {
      t.kubectl(args);
    }
    golden('taint-errors.txt', t.text);
  });
});

describe('taint arithmetic', () => {
  it('keeps untouched taints after the new ones and reports what happened', () => {
    const existing = [{ key: 'a', value: '1', effect: 'NoSchedule' }, { key: 'b', effect: 'NoExecute' }];
    const add = parseTaints(['a=2:NoSchedule']);
    if (typeof add === 'string') throw new Error(add);
    expect(reorganize(existing, true, add)).toEqual({
      operation: 'modified',
      taints: [{ key: 'a', value: '2', effect: 'NoSchedule' }, { key: 'b', effect: 'NoExecute' }],
      errors: [],
    });
    const remove = parseTaints(['b-', 'c:NoSchedule-']);
    if (typeof remove === 'string') throw new Error(remove);
    expect(reorganize(existing, false, remove)).toEqual({
      operation: 'untainted',
      taints: [{ key: 'a', value: '1', effect: 'NoSchedule' }],
      errors: ['taint "c:NoSchedule" not found'],
    });
  });
});
