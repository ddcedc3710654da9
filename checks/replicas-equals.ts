/** replicasEquals: a scalable object is set to N replicas (spec.replicas), whatever runs yet. */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { kindParam, nameParam, namespaceParam } from './support/params';
import { count, missingPhrase, objectRef } from './support/words';

const SCALABLE = ['deployment', 'replicaset', 'statefulset', 'replicationcontroller'];

export const replicasEquals = defineCheck({
  name: 'replicasEquals',
  description: 'Passes when the object (Deployment, ReplicaSet, StatefulSet, ReplicationController) is set to the given replicas (spec.replicas).',
  params: z
    .strictObject({
      kind: kindParam(SCALABLE).default('deployment'),
      name: nameParam,
      namespace: namespaceParam,
      replicas: z.int().min(0).describe('The replicas it must be set to.').meta({ examples: [3] }),
    })
    .describe('Which object, and its replicas.'),
  run(view, { kind, name, namespace, replicas }) {
    const type = view.resourceType(kind);
    if (!type) return { pass: false, message: `unknown kind ${kind}` };
    const obj = view.get<{ apiVersion: string; kind: string; metadata: { name: string }; spec?: { replicas?: number } }>(kind, name, namespace);
    if (!obj) return { pass: false, message: missingPhrase(view, type, kind, name, namespace), found: null };
    const ref = objectRef(type, name, namespace);
    const actual = obj.spec?.replicas ?? 1;
    if (actual === replicas) return { pass: true, message: `${ref} is set to ${count(replicas, 'replica')}`, found: actual };
    return { pass: false, message: `expected ${ref} to be set to ${count(replicas, 'replica')}, found ${actual}`, found: actual };
  },
});
