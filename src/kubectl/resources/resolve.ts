// Resource type resolution as kubectl's RESTMapper and shortcut expander do it: plural, singular
// and short names (any case), `deploy.apps`, `deployments.v1.apps`, and Kind names (`Deployment`,
// `Deployment.apps`); when several groups serve a name the first in discovery order wins (core
// first). Categories such as `all` expand to their members in discovery order. The types are the
// server's live set (`cluster.api.types.all()`), so the kinds of established CRDs resolve too.

import type { ResourceType } from '../../sim/api/registry';
import { messageError, type KubectlError } from '../cli/errors';

export type Resolved = { ok: true; type: ResourceType } | { ok: false; error: KubectlError };

function matchesResource(t: ResourceType, resource: string): boolean {
  return t.plural === resource || t.singular === resource || t.shortNames.includes(resource);
}

/** A resource name with optional group and version, as RESTMapper.KindFor looks it up. */
function findByResource(types: readonly ResourceType[], resource: string, group: string | undefined, version: string | undefined): ResourceType | undefined {
  const r = resource.toLowerCase();
  return types.find(
    (t) => matchesResource(t, r) && (group === undefined || t.group === group) && (version === undefined || t.version === version),
  );
}

function findByKind(types: readonly ResourceType[], kind: string, group: string, version: string | undefined): ResourceType | undefined {
  return types.find((t) => t.kind === kind && t.group === group && (version === undefined || t.version === version));
}

/** Splits `a.b.c…` as schema.ParseResourceArg/ParseKindArg: name.version.group and name.group. */
function splitArg(arg: string): { name: string; group: string; full?: { version: string; group: string } } {
  const dot = arg.indexOf('.');
  if (dot < 0) return { name: arg, group: '' };
  const name = arg.slice(0, dot);
  const group = arg.slice(dot + 1);
  const second = group.indexOf('.');
  return second < 0 ? { name, group } : { name, group, full: { version: group.slice(0, second), group: group.slice(second + 1) } };
}

/** builder.mappingFor: the type named by `arg`, or `the server doesn't have a resource type "x"`. */
export function resolveResource(arg: string, types: readonly ResourceType[]): Resolved {
  const { name, group, full } = splitArg(arg);
  const type =
    (full ? findByResource(types, name, full.group, full.version) : undefined) ??
    findByResource(types, name, group === '' ? undefined : group, undefined) ??
    (full ? findByKind(types, name, full.group, full.version) : undefined) ??
    findByKind(types, name, group, undefined);
  if (type) return { ok: true, type };
  return { ok: false, error: messageError(`the server doesn't have a resource type "${name}"`) };
}

/** The category expander: `all` → its members as `plural[.group]`, in discovery order. */
export function expandCategory(name: string, types: readonly ResourceType[]): string[] | undefined {
  const members = types.filter((t) => t.categories.includes(name));
  if (members.length === 0) return undefined;
  return members.map((t) => (t.group ? `${t.plural}.${t.group}` : t.plural));
}

/** Builder.ReplaceAliases: categories inside a comma list replaced by their members. */
export function replaceAliases(input: string, types: readonly ResourceType[]): string {
  return input
    .split(',')
    .map((part) => expandCategory(part, types)?.join(',') ?? part)
    .join(',');
}

/** SplitResourceArgument: comma-separated, duplicates dropped, order kept. */
export function splitResourceArgument(arg: string): string[] {
  return [...new Set(arg.split(','))];
}

/** `pod`, `deployment.apps`: how kubectl names a kind in `kind/name` output. */
export function kindPrefix(type: ResourceType): string {
  return (type.group ? `${type.kind}.${type.group}` : type.kind).toLowerCase();
}
