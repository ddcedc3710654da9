/** configMapHas and secretHasKey: a key (and optionally its value) in a ConfigMap's or Secret's data. */
import { z } from 'zod';
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1';
import { defineCheck, type CheckResult, type GradingView } from '../src/grading';
import { decodeBase64 } from '../src/lib/base64';
import type { KubeObject } from '../src/sim';
import { nameParam, namespaceParam } from './support/params';
import { missingPhrase, objectRef, shown } from './support/words';

const keyParam = z.string().min(1).describe('The data key.').meta({ examples: ['color'] });
const valueParam = z.string().optional().describe('The value the key must hold (for a Secret: decoded); omitted: any value.').meta({ examples: ['blue'] });

function hasKey(view: GradingView, kind: 'configmaps' | 'secrets', p: { name: string; namespace: string; key: string; value?: string | undefined }, data: (o: KubeObject) => Record<string, string>): CheckResult {
  const type = view.resourceType(kind);
  if (!type) return { pass: false, message: `${kind} are not served` };
  const obj = view.get(kind, p.name, p.namespace);
  if (!obj) return { pass: false, message: missingPhrase(view, type, kind, p.name, p.namespace), found: null };
  const ref = objectRef(type, p.name, p.namespace);
  const entries = data(obj);
  const keys = Object.keys(entries).sort();
  const actual = entries[p.key];
  if (actual === undefined) return { pass: false, message: `${ref} has no key ${p.key} (${keys.length > 0 ? `keys: ${keys.join(', ')}` : 'it has no data'})`, found: { keys } };
  if (p.value === undefined) return { pass: true, message: `${ref} has the key ${p.key}`, found: { keys } };
  if (actual === p.value) return { pass: true, message: `${ref} has ${p.key}=${shown(actual)}`, found: { keys, value: actual } };
  return { pass: false, message: `expected key ${p.key} of ${ref} to be ${shown(p.value)}, found ${shown(actual)}`, found: { keys, value: actual } };
}

export const configMapHas = defineCheck({
  name: 'configMapHas',
  description: 'Passes when the ConfigMap has the key in data (or binaryData), holding value if one is given.',
  params: z.strictObject({ name: nameParam, namespace: namespaceParam, key: keyParam, value: valueParam }).describe('Which ConfigMap, key and value.'),
  run(view, p) {
    return hasKey(view, 'configmaps', p, (o) => {
      const cm = o as ConfigMap;
      return { ...(cm.binaryData ?? {}), ...(cm.data ?? {}) };
    });
  },
});

export const secretHasKey = defineCheck({
  name: 'secretHasKey',
  description: 'Passes when the Secret has the key, holding value (compared decoded) if one is given.',
  params: z.strictObject({ name: nameParam, namespace: namespaceParam, key: keyParam, value: valueParam }).describe('Which Secret, key and value.'),
  run(view, p) {
    return hasKey(view, 'secrets', p, (o) => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries((o as Secret).data ?? {})) out[k] = decodeBase64(v);
      return out;
    });
  },
});
