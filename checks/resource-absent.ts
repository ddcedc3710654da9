/** resourceAbsent: an object is gone (or on its way: deletion has started). */
import { z } from 'zod';
import type { Pod } from 'kubernetes-types/core/v1';
import { defineCheck } from '../src/grading';
import { kindParam, nameParam, namespaceParam } from './support/params';
import { objectRef } from './support/words';

export const resourceAbsent = defineCheck({
  name: 'resourceAbsent',
  description: 'Passes when the object does not exist, or is being deleted (its deletion has begun).',
  params: z.strictObject({ kind: kindParam(), name: nameParam, namespace: namespaceParam }).describe('Which object must be gone.'),
  run(view, { kind, name, namespace }) {
    const type = view.resourceType(kind);
    if (!type) return { pass: false, message: `unknown kind ${kind}` };
    const ref = objectRef(type, name, namespace);
    const obj = view.get(kind, name, namespace);
    if (!obj) return { pass: true, message: `${ref} is gone`, found: null };
    if (obj.metadata.deletionTimestamp) return { pass: true, message: `${ref} is being deleted`, found: { deleting: true } };
    const status = type.plural === 'pods' ? ` (${view.podState(obj as Pod).status})` : '';
    return { pass: false, message: `expected ${ref} to be gone, it is still there${status}`, found: { uid: obj.metadata.uid } };
  },
});
