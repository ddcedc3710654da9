/** fieldEquals and fieldMatches: one JSONPath of an object, as `kubectl get -o jsonpath` prints it. */
import { z } from 'zod';
import { defineCheck, type CheckResult, type GradingView } from '../src/grading';
import { executeJsonPath, parseJsonPath } from '../src/kubectl/printers';
import { jsonPathParam, jsonPathTemplate, kindParam, nameParam, namespaceParam, regexParam } from './support/params';
import { missingPhrase, objectRef, shown } from './support/words';

const target = { kind: kindParam(), name: nameParam, namespace: namespaceParam, path: jsonPathParam };

/** The printed value at `path`, or a failed result saying why there is none. */
function read(view: GradingView, p: { kind: string; name: string; namespace: string; path: string }): { text: string; ref: string } | CheckResult {
  const type = view.resourceType(p.kind);
  if (!type) return { pass: false, message: `unknown kind ${p.kind}` };
  const obj = view.get(p.kind, p.name, p.namespace);
  if (!obj) return { pass: false, message: missingPhrase(view, type, p.kind, p.name, p.namespace), found: null };
  const ref = objectRef(type, p.name, p.namespace);
  const parsed = parseJsonPath(jsonPathTemplate(p.path) ?? p.path);
  if (!parsed.ok) return { pass: false, message: `the lab's JSONPath ${p.path} does not parse: ${parsed.reason}` };
  const out = executeJsonPath(parsed.program, obj);
  if (!out.ok) return { pass: false, message: `${p.path} of ${ref} cannot be read: ${out.reason}`, found: null };
  return { text: out.text, ref };
}

export const fieldEquals = defineCheck({
  name: 'fieldEquals',
  description: 'Passes when a JSONPath of the object prints exactly the expected value (as kubectl get -o jsonpath prints it).',
  params: z
    .strictObject({
      ...target,
      equals: z.union([z.string(), z.number(), z.boolean()]).describe('The value expected; numbers and booleans are compared as kubectl prints them.').meta({ examples: [3] }),
    })
    .describe('Which field of which object, and its expected value.'),
  run(view, p) {
    const r = read(view, p);
    if ('pass' in r) return r;
    const expected = String(p.equals);
    if (r.text === expected) return { pass: true, message: `${p.path} of ${r.ref} is ${shown(r.text)}`, found: r.text };
    return { pass: false, message: `expected ${p.path} of ${r.ref} to be ${shown(expected)}, found ${shown(r.text)}`, found: r.text };
  },
});

export const fieldMatches = defineCheck({
  name: 'fieldMatches',
  description: 'Passes when a JSONPath of the object, as kubectl get -o jsonpath prints it, matches a regular expression.',
  params: z.strictObject({ ...target, matches: regexParam }).describe('Which field of which object, and the pattern it must match.'),
  run(view, p) {
    const r = read(view, p);
    if ('pass' in r) return r;
    if (new RegExp(p.matches, 'm').test(r.text)) return { pass: true, message: `${p.path} of ${r.ref} is ${shown(r.text)}, matching /${p.matches}/`, found: r.text };
    return { pass: false, message: `expected ${p.path} of ${r.ref} to match /${p.matches}/, found ${shown(r.text)}`, found: r.text };
  },
});
