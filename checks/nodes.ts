/** nodeReady and scheduledOn: a node's Ready condition; where a selector's pods were scheduled. */
import { z } from 'zod';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { defineCheck } from '../src/grading';
import type { KubeObject } from '../src/sim';
import { namespaceParam, selectorParam } from './support/params';
import { count, listed, livePods, missingPhrase } from './support/words';

const nodeParam = z.string().min(1).describe('The name of the node.').meta({ examples: ['node01'] });

export const nodeReady = defineCheck({
  name: 'nodeReady',
  description: 'Passes when the node is Ready; with schedulable: true it must also not be cordoned.',
  params: z
    .strictObject({
      node: nodeParam,
      schedulable: z.boolean().optional().describe('true: the node must also accept new pods (not cordoned); false: it must be cordoned.').meta({ examples: [true] }),
    })
    .describe('Which node, and whether it must be schedulable.'),
  run(view, { node, schedulable }) {
    const type = view.resourceType('nodes');
    if (!type) return { pass: false, message: 'nodes are not served' };
    const obj = view.get<Node & KubeObject>('nodes', node);
    if (!obj) return { pass: false, message: missingPhrase(view, type, 'nodes', node, ''), found: null };
    const ready = obj.status?.conditions?.find((c) => c.type === 'Ready');
    const cordoned = obj.spec?.unschedulable === true;
    const found = { ready: ready?.status ?? 'Unknown', unschedulable: cordoned };
    if (ready?.status !== 'True') {
      const why = ready?.message ? `: ${ready.message}` : '';
      return { pass: false, message: `expected node/${node} to be Ready, it is NotReady${why}`, found };
    }
    if (schedulable === true && cordoned) return { pass: false, message: `expected node/${node} to accept pods, it is cordoned (SchedulingDisabled)`, found };
    if (schedulable === false && !cordoned) return { pass: false, message: `expected node/${node} to be cordoned (SchedulingDisabled), it accepts pods`, found };
    return { pass: true, message: `node/${node} is Ready${cordoned ? ' and cordoned' : schedulable ? ' and accepts pods' : ''}`, found };
  },
});

export const scheduledOn = defineCheck({
  name: 'scheduledOn',
  description: 'Passes when there is at least one pod the selector picks and every one of them is scheduled on the node.',
  params: z.strictObject({ selector: selectorParam, namespace: namespaceParam, node: nodeParam }).describe('Which pods, and the node they must be on.'),
  run(view, { selector, namespace, node }) {
    const pods = livePods(view.list<Pod & KubeObject>('pods', { namespace, labelSelector: selector }));
    const where = `with ${selector} in ${namespace}`;
    const found = pods.map((p) => ({ name: p.metadata.name, node: p.spec?.nodeName ?? null }));
    if (pods.length === 0) return { pass: false, message: `expected pods ${where} on ${node}, found no pods ${where}`, found };
    const elsewhere = pods.filter((p) => p.spec?.nodeName !== node).map((p) => (p.spec?.nodeName ? `${p.metadata.name} is on ${p.spec.nodeName}` : `${p.metadata.name} is not scheduled (${view.podState(p).status})`));
    if (elsewhere.length > 0) return { pass: false, message: `expected every pod ${where} on ${node}, found ${listed(elsewhere)}`, found };
    return { pass: true, message: `${count(pods.length, 'pod')} ${where} ${pods.length === 1 ? 'is' : 'are'} on ${node}`, found };
  },
});
