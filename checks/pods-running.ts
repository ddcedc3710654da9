/** podsRunning: the pods a selector picks are Running and ready (all of them, or exactly N). */
import { z } from 'zod';
import type { Pod } from 'kubernetes-types/core/v1';
import { defineCheck } from '../src/grading';
import type { KubeObject } from '../src/sim';
import { namespaceParam, selectorParam } from './support/params';
import { count, listed, livePods, podPhrase } from './support/words';

export const podsRunning = defineCheck({
  name: 'podsRunning',
  description: 'Passes when the pods the selector picks are Running with every container ready: exactly count of them, or (without count) all of them and at least one.',
  params: z
    .strictObject({
      selector: selectorParam,
      namespace: namespaceParam,
      count: z.int().min(0).optional().describe('How many running pods there must be; omitted: every selected pod runs, and there is at least one.').meta({ examples: [3] }),
    })
    .describe('Which pods, and how many must run.'),
  run(view, { selector, namespace, count: wanted }) {
    const states = livePods(view.list<Pod & KubeObject>('pods', { namespace, labelSelector: selector })).map((p) => view.podState(p));
    const running = states.filter((s) => s.status === 'Running' && s.isReady);
    const others = states.filter((s) => !(s.status === 'Running' && s.isReady)).map(podPhrase);
    const where = `with ${selector} in ${namespace}`;
    const found = states.map((s) => ({ name: s.name, status: s.status, ready: s.ready }));
    if (states.length === 0) {
      return { pass: wanted === 0, message: wanted === 0 ? `no pods ${where}, as expected` : `expected ${wanted === undefined ? 'running pods' : count(wanted, 'running pod')} ${where}, found no pods ${where}`, found };
    }
    if (wanted === undefined) {
      if (others.length === 0) return { pass: true, message: `${count(running.length, 'pod')} ${where} ${running.length === 1 ? 'is' : 'are'} running`, found };
      return { pass: false, message: `expected every pod ${where} to be running, found ${running.length} of ${states.length}: ${listed(others)}`, found };
    }
    if (running.length === wanted) return { pass: true, message: `${count(wanted, 'pod')} ${where} ${wanted === 1 ? 'is' : 'are'} running`, found };
    const why = running.length < wanted && others.length > 0 ? `: ${listed(others)}` : '';
    return { pass: false, message: `expected ${count(wanted, 'running pod')} ${where}, found ${running.length}${why}`, found };
  },
});
