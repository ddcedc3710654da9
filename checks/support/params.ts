/**
 * Params shared by the checks, each with a `.describe()` and an example, and validated when the
 * lab is loaded: a kind kubectl knows, a label selector that parses, a JSONPath that parses, a
 * regular expression that compiles. Failures carry `params.fix` for the authoring error.
 */
import { z } from 'zod';
import { closest } from '../../src/grading';
import { relaxedJsonPathExpression, parseJsonPath } from '../../src/kubectl/printers';
import { resolveResource } from '../../src/kubectl/resources/resolve';
import { RESOURCE_TYPES } from '../../src/sim';
import { parseLabelSelector } from '../../src/sim/api/labels';

const KIND_NAMES = RESOURCE_TYPES.map((t) => t.singular);
/** `plural.group` with a dotted group: how a lab names a kind a CRD adds. */
const CUSTOM_RESOURCE = /^[a-z0-9-]+\.[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** A kind as kubectl accepts it: `pod`, `pods`, `po`, `Deployment`, `deploy`, `svc`... */
export function kindParam(allowed?: readonly string[]) {
  return z
    .string()
    .superRefine((value, ctx) => {
      // Checked when a lab is loaded, before any cluster exists: the built-in kinds, or a custom
      // resource named in full (`crontabs.stable.example.com`), which resolves once its CRD is served.
      const r = resolveResource(value, RESOURCE_TYPES);
      if (!r.ok && CUSTOM_RESOURCE.test(value) && !allowed) return;
      if (!r.ok) {
        const near = closest(value, allowed ?? KIND_NAMES, 2);
        ctx.addIssue({ code: 'custom', message: `unknown kind ${JSON.stringify(value)}`, params: { fix: near.length > 0 ? `did you mean ${near.join(' or ')}?` : 'write a kind kubectl knows, e.g. pod, deployment, service' } });
      } else if (allowed && !allowed.includes(r.type.singular)) {
        ctx.addIssue({ code: 'custom', message: `this check does not apply to ${r.type.plural}`, params: { fix: `write one of ${allowed.join(', ')}` } });
      }
    })
    .describe('The kind of object, as kubectl accepts it: pod, deployment (deploy), service (svc), configmap (cm)..., or a CRD\'s plural.group (crontabs.stable.example.com)')
    .meta({ examples: ['deployment'] });
}

export const nameParam = z.string().min(1).describe('The name of the object.').meta({ examples: ['web'] });

export const namespaceParam = z.string().min(1).default('default').describe('The namespace (ignored for cluster-scoped kinds); default: default.').meta({ examples: ['shop'] });

export const selectorParam = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const r = parseLabelSelector(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `not a label selector: ${r.message}`, params: { fix: 'write it as kubectl -l takes it, e.g. selector: app=web' } });
  })
  .describe('A label selector as kubectl -l takes it, e.g. app=web or app=web,tier!=db.')
  .meta({ examples: ['app=web'] });

/** `{.spec.replicas}`, also written `.spec.replicas` (braces added, as custom-columns does). */
export function jsonPathTemplate(path: string): string | undefined {
  if (path.includes('{')) return parseJsonPath(path).ok ? path : undefined;
  const relaxed = relaxedJsonPathExpression(path);
  return relaxed.ok && parseJsonPath(relaxed.template).ok ? relaxed.template : undefined;
}

export const jsonPathParam = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    if (jsonPathTemplate(value) === undefined) {
      const parsed = parseJsonPath(value);
      ctx.addIssue({ code: 'custom', message: `not a JSONPath template${parsed.ok ? '' : `: ${parsed.reason}`}`, params: { fix: 'write it as kubectl -o jsonpath takes it, e.g. path: "{.spec.replicas}"' } });
    }
  })
  .describe('A JSONPath template as kubectl -o jsonpath takes it, e.g. {.spec.template.spec.containers[0].image}.')
  .meta({ examples: ['{.spec.replicas}'] });

export const regexParam = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    try {
      new RegExp(value, 'm');
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `not a regular expression: ${e instanceof Error ? e.message : String(e)}`, params: { fix: 'write a JavaScript regular expression without slashes, e.g. ^nginx:1\\.2[0-9]$' } });
    }
  })
  .describe('A JavaScript regular expression, without slashes; it may match anywhere unless anchored with ^ and $.')
  .meta({ examples: ['^nginx:1\\.27'] });

/** Exactly one of `keys` is given (a params object's refinement). */
export function exactlyOne(keys: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.core.$RefinementCtx) => {
    const given = keys.filter((k) => value[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: given.length === 0 ? `give one of ${keys.join(', ')}` : `give only one of ${given.join(', ')}`,
        params: { fix: `keep exactly one of ${keys.join(', ')}` },
      });
    }
  };
}
