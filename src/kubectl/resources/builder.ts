// cli-runtime's resource Builder reduced to what kubectl commands ask of it: turn the positional
// arguments (`pods`, `pods web db`, `pod/web svc/db`, `pods,svc`, `all`) plus selectors into a
// plan — list some types, or fetch some named objects — with the builder's errors, word for word.

import type { ResourceType } from '../../sim/api/registry';
import { messageError, type KubectlError } from '../cli/errors';
import { replaceAliases, resolveResource, splitResourceArgument } from './resolve';

export interface NamedItem {
  readonly type: ResourceType;
  readonly name: string;
}

export type Plan =
  | { readonly kind: 'list'; readonly types: readonly ResourceType[]; readonly labelSelector: string; readonly fieldSelector: string }
  | { readonly kind: 'names'; readonly items: readonly NamedItem[]; readonly singleItemImplied: boolean };

export interface BuilderInput {
  readonly args: readonly string[];
  /** The types the server serves (`cluster.api.types.all()`). */
  readonly types: readonly ResourceType[];
  /** The namespace to work in ('' with --all-namespaces). */
  readonly namespace: string;
  readonly allNamespaces: boolean;
  /** Trimmed; undefined when not given. */
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  /** ResourceTypeOrNameArgs(allowEmptySelector): a lone type lists everything. */
  readonly allowEmptySelector: boolean;
}

export const MISSING_RESOURCE =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

interface Tuple {
  resource: string;
  name: string;
}

/** normalizeMultipleResourcesArgs: `a,b x y` becomes `a/x a/y b/x b/y`. */
function normalizeMultiple(args: readonly string[]): string[] {
  if (args.length < 2) return [...args];
  const resources = splitResourceArgument(args[0] as string);
  if (resources.length <= 1) return [...args];
  return resources.flatMap((r) => args.slice(1).map((n) => `${r}/${n}`));
}

function splitTypeName(s: string): Tuple | KubectlError {
  const seg = s.split('/');
  if (seg.length !== 2) return messageError('arguments in resource/name form may not have more than one slash');
  const [resource = '', name = ''] = seg;
  if (resource === '' || name === '' || splitResourceArgument(resource).length !== 1) {
    return messageError('arguments in resource/name form must have a single resource and name');
  }
  return { resource, name };
}

const isError = (v: unknown): v is KubectlError => typeof v === 'object' && v !== null && 'kind' in v && !('resource' in v);

function namespaceCheck(type: ResourceType, input: BuilderInput): KubectlError | undefined {
  if (!type.namespaced || input.namespace !== '') return undefined;
  return messageError(input.allNamespaces ? 'a resource cannot be retrieved by name across all namespaces' : 'namespace may not be empty when retrieving a resource by name');
}

/** hasCombinedTypeArgs: `TYPE/NAME` arguments mixed with plain ones. */
export function mixedArgsError(args: readonly string[]): KubectlError | undefined {
  const normalized = normalizeMultiple(args);
  const slashes = normalized.filter((a) => a.includes('/')).length;
  if (slashes === 0 || slashes === normalized.length) return undefined;
  return messageError(
    "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
  );
}

/** Builder.ResourceTypeOrNameArgs + visitorResult: the plan, or the builder's first error. */
export function buildPlan(input: BuilderInput): Plan | KubectlError {
  let args = normalizeMultiple(input.args);
  const slashes = args.filter((a) => a.includes('/')).length;
  const tuples: Tuple[] = [];
  let resources: string[] = [];
  let names: string[] = [];
  let labelSelector = input.labelSelector;
  if (slashes > 0) {
    const mixed = mixedArgsError(args);
    if (mixed) return mixed;
    for (const a of args) {
      const t = splitTypeName(a);
      if (isError(t)) return t;
      tuples.push(t);
    }
  } else if (args.length > 0) {
    args = [replaceAliases(args[0] as string, input.types), ...args.slice(1)];
    resources = splitResourceArgument(args[0] as string);
    names = args.slice(1);
    if (args.length === 1 && labelSelector === undefined && input.allowEmptySelector) labelSelector = '';
  }

  if (labelSelector !== undefined || input.fieldSelector !== undefined) {
    if (names.length > 0) return messageError('name cannot be provided when a selector is specified');
    if (tuples.length > 0) return messageError('selectors and the all flag cannot be used when passing resource/name arguments');
    if (resources.length === 0) return messageError('at least one resource must be specified to use a selector');
    const types: ResourceType[] = [];
    for (const r of resources) {
      const resolved = resolveResource(r, input.types);
      if (!resolved.ok) return resolved.error;
      if (!types.some((t) => t.kind === resolved.type.kind && t.group === resolved.type.group)) types.push(resolved.type);
    }
    return { kind: 'list', types, labelSelector: labelSelector ?? '', fieldSelector: input.fieldSelector ?? '' };
  }

  if (tuples.length > 0) {
    const byResource = new Map<string, ResourceType>();
    for (const t of tuples) {
      if (byResource.has(t.resource)) continue;
      const resolved = resolveResource(t.resource, input.types);
      if (!resolved.ok) return resolved.error;
      byResource.set(t.resource, resolved.type);
    }
    const items: NamedItem[] = [];
    for (const t of tuples) {
      const type = byResource.get(t.resource) as ResourceType;
      const nsError = namespaceCheck(type, input);
      if (nsError) return nsError;
      items.push({ type, name: t.name });
    }
    return { kind: 'names', items, singleItemImplied: tuples.length === 1 };
  }

  if (names.length > 0) {
    if (resources.length > 1) return messageError('you must specify only one resource');
    const resolved = resolveResource(resources[0] as string, input.types);
    if (!resolved.ok) return resolved.error;
    const nsError = namespaceCheck(resolved.type, input);
    if (nsError) return nsError;
    return { kind: 'names', items: names.map((name) => ({ type: resolved.type, name })), singleItemImplied: names.length === 1 };
  }

  if (resources.length > 0) {
    for (const r of resources) {
      const resolved = resolveResource(r, input.types);
      if (!resolved.ok) return resolved.error;
    }
    return messageError('resource(s) were provided, but no name was specified');
  }
  return messageError(MISSING_RESOURCE);
}

export const isPlan = (p: Plan | KubectlError): p is Plan => p.kind === 'list' || p.kind === 'names';
