/** resourceExists: an object of a kind and name is there (and not being deleted). */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { kindParam, nameParam, namespaceParam } from './support/params';
import { missingPhrase, objectRef } from './support/words';

export const resourceExists = defineCheck({
  name: 'resourceExists',
  description: 'Passes when the object exists and is not being deleted.',
  params: z.strictObject({ kind: kindParam(), name: nameParam, namespace: namespaceParam }).describe('Which object must exist.'),
  run(view, { kind, name, namespace }) {
    const type = view.resourceType(kind);
    if (!type) return { pass: false, message: `unknown kind ${kind}` };
    const obj = view.get(kind, name, namespace);
    if (!obj) return { pass: false, message: missingPhrase(view, type, kind, name, namespace), found: null };
    if (obj.metadata.deletionTimestamp) return { pass: false, message: `expected ${objectRef(type, name, namespace)}, found it being deleted (Terminating)`, found: { deleting: true } };
    return { pass: true, message: `${objectRef(type, name, namespace)} exists`, found: { uid: obj.metadata.uid } };
  },
});
