/** labelEquals: an object carries a label with a value. */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { kindParam, nameParam, namespaceParam } from './support/params';
import { missingPhrase, objectRef } from './support/words';

export const labelEquals = defineCheck({
  name: 'labelEquals',
  description: 'Passes when the object has the label key with exactly the value.',
  params: z
    .strictObject({
      kind: kindParam(),
      name: nameParam,
      namespace: namespaceParam,
      key: z.string().min(1).describe('The label key.').meta({ examples: ['app'] }),
      value: z.string().describe('The label value.').meta({ examples: ['web'] }),
    })
    .describe('Which object, and the label it must carry.'),
  run(view, { kind, name, namespace, key, value }) {
    const type = view.resourceType(kind);
    if (!type) return { pass: false, message: `unknown kind ${kind}` };
    const obj = view.get(kind, name, namespace);
    if (!obj) return { pass: false, message: missingPhrase(view, type, kind, name, namespace), found: null };
    const ref = objectRef(type, name, namespace);
    const labels = obj.metadata.labels ?? {};
    const actual = labels[key];
    if (actual === value) return { pass: true, message: `${ref} has the label ${key}=${value}`, found: labels };
    const all = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');
    const what = actual === undefined ? `no label ${key} (${all ? `labels: ${all}` : 'it has no labels'})` : `${key}=${actual}`;
    return { pass: false, message: `expected the label ${key}=${value} on ${ref}, found ${what}`, found: labels };
  },
});
