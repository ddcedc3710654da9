/** deploymentAvailable: a Deployment asks for N replicas and N of them are available. */
import { z } from 'zod';
import type { Deployment } from 'kubernetes-types/apps/v1';
import { defineCheck } from '../src/grading';
import type { KubeObject } from '../src/sim';
import { nameParam, namespaceParam } from './support/params';
import { podsOf } from './support/workloads';
import { count, listed, missingPhrase, objectRef, podPhrase } from './support/words';

export const deploymentAvailable = defineCheck({
  name: 'deploymentAvailable',
  description: 'Passes when the Deployment is set to the replicas given (default: whatever it asks for) and that many are available.',
  params: z
    .strictObject({
      name: nameParam,
      namespace: namespaceParam,
      replicas: z.int().min(0).optional().describe("The replicas it must run; omitted: the Deployment's own spec.replicas.").meta({ examples: [3] }),
    })
    .describe('Which Deployment, and how many replicas.'),
  run(view, { name, namespace, replicas }) {
    const type = view.resourceType('deployments');
    const deploy = view.get<Deployment & KubeObject>('deployments', name, namespace);
    if (!type) return { pass: false, message: 'deployments are not served' };
    if (!deploy) return { pass: false, message: missingPhrase(view, type, 'deployments', name, namespace), found: null };
    const ref = objectRef(type, name, namespace);
    const wanted = deploy.spec?.replicas ?? 1;
    const expected = replicas ?? wanted;
    const available = deploy.status?.availableReplicas ?? 0;
    const found = { replicas: wanted, available };
    if (wanted !== expected) return { pass: false, message: `expected ${ref} to run ${count(expected, 'replica')}, it is set to ${wanted} (spec.replicas)`, found };
    if (available >= expected) return { pass: true, message: `${ref} has ${count(available, 'available replica')}`, found };
    const states = podsOf(view, deploy).map((p) => view.podState(p));
    const unready = states.filter((s) => !s.isReady).map(podPhrase);
    const why = unready.length > 0 ? `: ${listed(unready)}` : states.length === 0 ? ': it has no pods' : '';
    return {
      pass: false,
      message: `expected ${count(expected, 'available replica')} of ${ref}, found ${available}${why}`,
      found: { ...found, pods: states.map((s) => ({ name: s.name, status: s.status, ready: s.ready })) },
    };
  },
});
