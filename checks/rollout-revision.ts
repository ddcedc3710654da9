/** rolloutRevision: a Deployment's revision (what `kubectl rollout history` numbers) is N, or at least N. */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { exactlyOne, nameParam, namespaceParam } from './support/params';
import { missingPhrase, objectRef } from './support/words';

const REVISION = 'deployment.kubernetes.io/revision';

export const rolloutRevision = defineCheck({
  name: 'rolloutRevision',
  description: "Passes when the Deployment's revision (the deployment.kubernetes.io/revision annotation, as kubectl rollout history numbers it) equals revision, or is at least atLeast.",
  params: z
    .strictObject({
      name: nameParam,
      namespace: namespaceParam,
      revision: z.int().positive().optional().describe('The exact revision expected.').meta({ examples: [3] }),
      atLeast: z.int().positive().optional().describe('The lowest revision accepted.').meta({ examples: [2] }),
    })
    .superRefine(exactlyOne(['revision', 'atLeast']))
    .describe('Which Deployment, and the revision: give revision or atLeast.'),
  run(view, { name, namespace, revision, atLeast }) {
    const type = view.resourceType('deployments');
    if (!type) return { pass: false, message: 'deployments are not served' };
    const deploy = view.get('deployments', name, namespace);
    if (!deploy) return { pass: false, message: missingPhrase(view, type, 'deployments', name, namespace), found: null };
    const ref = objectRef(type, name, namespace);
    const raw = deploy.metadata.annotations?.[REVISION];
    const actual = raw === undefined ? 0 : Number(raw);
    const ok = revision !== undefined ? actual === revision : actual >= (atLeast ?? 0);
    const want = revision !== undefined ? `revision ${revision}` : `revision ${atLeast} or later`;
    if (ok) return { pass: true, message: `${ref} is at revision ${actual}`, found: actual };
    return { pass: false, message: `expected ${ref} at ${want}, found ${raw === undefined ? 'no revision yet' : `revision ${actual}`}`, found: actual };
  },
});
