// `kubectl api-resources` and `kubectl api-versions`: the simulated API server's discovery (the
// registry of served kinds), filtered and sorted as kubectl does and printed as a table, names,
// JSON/YAML (an APIResourceList) or one group/version a line.

import { apiVersionOf, type ResourceType } from '../../sim/api/registry';
import { servedApiVersions } from '../resources/api-services';
import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, usageError, type KubectlError } from '../cli/errors';
import { serverUnavailable } from '../kubeconfig/current';
import { renderKubectlTable, toJson, toYaml } from '../printers';

const goCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const goList = (items: readonly string[]): string => `[${items.join(' ')}]`;

/** sortableResource: by group (or --sort-by name|kind), then by name; stable. */
function sortResources(types: ResourceType[], sortBy: string): ResourceType[] {
  const key = (t: ResourceType): string => (sortBy === 'name' ? t.plural : sortBy === 'kind' ? t.kind : t.group);
  return [...types].sort((a, b) => goCompare(key(a), key(b)) || goCompare(a.plural, b.plural));
}

function selectResources(inv: Invocation): ResourceType[] {
  const f = inv.flags;
  const verbs = f.strings('verbs');
  const categories = f.strings('categories');
  return inv.cluster.api.types.all().filter(
    (t) =>
      t.verbs.length > 0 &&
      (!f.changed('api-group') || t.group === f.string('api-group')) &&
      (!f.changed('namespaced') || t.namespaced === f.bool('namespaced')) &&
      verbs.every((v) => t.verbs.includes(v)) &&
      categories.every((c) => t.categories.includes(c)),
  );
}

/** metav1.APIResource as JSON (field order of the Go struct). */
function apiResourceObject(t: ResourceType): Record<string, unknown> {
  return {
    name: t.plural,
    singularName: t.singular,
    namespaced: t.namespaced,
    ...(t.group ? { group: t.group } : {}),
    version: t.version,
    kind: t.kind,
    verbs: t.verbs,
    ...(t.shortNames.length > 0 ? { shortNames: t.shortNames } : {}),
    ...(t.categories.length > 0 ? { categories: t.categories } : {}),
  };
}

/** The formats api-resources prints, sorted as kubectl's error lists them. */
const FORMATS = ['json', 'kyaml', 'name', 'wide', 'yaml'];

function runApiResources(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length > 0) return usageError(inv.commandPath, `unexpected arguments: ${goList(inv.args)}`);
  const output = f.string('output');
  if (output !== '' && !FORMATS.includes(output)) {
    return messageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS.join(',')}`);
  }
  if (output === 'kyaml') return messageError('-o kyaml is not supported in this simulator; use -o yaml instead');
  const sortBy = f.string('sort-by');
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') return messageError('--sort-by accepts only name or kind');
  const unreachable = serverUnavailable(inv.ctx);
  if (unreachable) return unreachable;

  const types = sortResources(selectResources(inv), sortBy);
  if (types.length === 0) return undefined;
  if (output === 'json' || output === 'yaml') {
    const list = { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: '', resources: types.map(apiResourceObject) };
    inv.out.out(output === 'json' ? toJson(list, { sortKeys: false }) : toYaml(list));
    return undefined;
  }
  if (output === 'name') {
    inv.out.out(types.map((t) => `${t.group ? `${t.plural}.${t.group}` : t.plural}\n`).join(''));
    return undefined;
  }
  const wide = output === 'wide';
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])];
  const rows = types.map((t) => [
    t.plural,
    t.shortNames.join(','),
    apiVersionOf(t),
    String(t.namespaced),
    t.kind,
    ...(wide ? [t.verbs.join(','), t.categories.join(',')] : []),
  ]);
  inv.out.out(renderKubectlTable(f.bool('no-headers') ? rows : [header, ...rows]));
  return undefined;
}

export const apiResourcesCommand: CommandSpec = {
  name: 'api-resources',
  short: 'List the resource types the server serves',
  long: 'List the resource types the API server serves, with their short names, API version, scope and kind.',
  example:
    '  # Every resource type\n  kubectl api-resources\n  \n' +
    '  # With the verbs each type supports\n  kubectl api-resources -o wide\n  \n' +
    '  # Only cluster-wide types, sorted by name\n  kubectl api-resources --namespaced=false --sort-by=name\n  \n' +
    '  # Only the types of the "apps" API group\n  kubectl api-resources --api-group=apps\n  \n' +
    '  # Types that can be listed and deleted\n  kubectl api-resources --verbs=list,delete',
  use: '[flags] [options]',
  flags: [
    { name: 'api-group', type: 'string', usage: 'Only the types of this API group ("" is the core group).' },
    { name: 'cached', type: 'bool', usage: 'Use the cached discovery information when there is one.' },
    { name: 'categories', type: 'stringSlice', usage: 'Only the types in all of these categories (e.g. all).' },
    { name: 'namespaced', type: 'bool', default: true, usage: 'With =false only cluster-wide types, with =true only namespaced ones.' },
    { name: 'no-headers', type: 'bool', usage: 'Leave out the header row.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format: json, yaml, name or wide.' },
    { name: 'show-managed-fields', type: 'bool', usage: 'Keep managedFields when printing objects as JSON or YAML.' },
    { name: 'sort-by', type: 'string', usage: "Sort by 'name' or 'kind' instead of by API group." },
    { name: 'verbs', type: 'stringSlice', usage: 'Only the types that support all of these verbs.' },
  ],
  run: runApiResources,
};

export const apiVersionsCommand: CommandSpec = {
  name: 'api-versions',
  short: 'List the API versions the server serves',
  long: 'List the API versions the API server serves, as "group/version" ("v1" for the core group).',
  example: '  # Every API version\n  kubectl api-versions',
  run: (inv) => {
    if (inv.args.length > 0) return usageError(inv.commandPath, `unexpected arguments: ${goList(inv.args)}`);
    const unreachable = serverUnavailable(inv.ctx);
    if (unreachable) return unreachable;
    inv.out.out(servedApiVersions(inv.cluster.api.types).map((v) => `${v}\n`).join(''));
    return undefined;
  },
};
