// `kubectl explain TYPE[.FIELD…]`: resolves the resource the way kubectl does (the longest
// `resource.group` prefix of the argument, else the first match of its first word), picks the API
// version (preferred, or --api-version), and prints the schema of the kind or field with our own
// descriptions (explain/render.ts).

import type { ResourceType } from '../../sim/api/registry';
import type { JSONSchemaProps } from '../../sim/api/crd/shapes';
import { knownKind, servedKinds } from '../../sim/api/schema';
import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, type KubectlError } from '../cli/errors';
import { renderCustomExplain } from '../explain/custom';
import { renderExplain } from '../explain/render';
import { serverUnavailable } from '../kubeconfig/current';

const API_RESOURCES_HINT = 'Use "kubectl api-resources" for a complete list of supported resources.';

/** RESTMapper.ResourcesFor with kubectl's short names: every served type the word names, in discovery order. */
function typesFor(all: readonly ResourceType[], word: string): ResourceType[] {
  const r = word.toLowerCase();
  return all.filter((t) => t.plural === r || t.singular === r || t.shortNames.includes(r));
}

/** The field names of a jsonpath-like `a.b.c` (a trailing dot is dropped; empty segments vanish). */
const segments = (text: string): string[] => text.replace(/\.$/, '').split('.').filter((s) => s !== '');

interface Target {
  type: ResourceType;
  path: string[];
}

/** SplitAndParseResourceRequestWithMatchingPrefix, or (with --api-version) SplitAndParseResourceRequest. */
function resolveTarget(all: readonly ResourceType[], arg: string, withApiVersion: boolean): Target | KubectlError {
  const parts = segments(arg);
  const first = parts[0] ?? '';
  const types = typesFor(all, first);
  if (types.length === 0) return messageError(`the server doesn't have a resource type "${first}"`);
  if (!withApiVersion) {
    for (const type of types) {
      const groupResource = type.group ? `${type.plural}.${type.group}` : type.plural;
      if (arg.startsWith(groupResource)) return { type, path: segments(arg.slice(groupResource.length)) };
    }
  }
  return { type: types[0] as ResourceType, path: parts.slice(1) };
}

/** schema.ParseGroupVersion. */
function parseGroupVersion(gv: string): { group: string; version: string } | KubectlError {
  if (gv === '' || gv === '/') return { group: '', version: '' };
  const parts = gv.split('/');
  if (parts.length === 1) return { group: '', version: gv };
  if (parts.length === 2) return { group: parts[0] as string, version: parts[1] as string };
  return messageError(`unexpected GroupVersion string: ${gv}`);
}

function runExplain(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length === 0) return messageError(`You must specify the type of resource to explain. ${API_RESOURCES_HINT}\n`);
  if (inv.args.length > 1) return messageError('We accept only this format: explain RESOURCE\n');
  const unreachable = serverUnavailable(inv.ctx);
  if (unreachable) return unreachable;

  const apiVersion = f.string('api-version');
  const target = resolveTarget(inv.cluster.api.types.all(), inv.args[0] as string, apiVersion !== '');
  if (!('type' in target)) return target;
  const { type, path } = target;
  const output = f.string('output');
  if (output === 'plaintext-openapiv2') return messageError('-o plaintext-openapiv2 (the old explain layout) is not supported in this simulator; use the default plaintext output');
  if (output !== 'plaintext') return messageError(`unrecognized format: ${output}`);

  let group = type.group;
  let version = type.version;
  if (apiVersion !== '') {
    const gv = parseGroupVersion(apiVersion);
    if ('kind' in gv) return gv;
    group = gv.group;
    version = gv.version;
  }
  const groupVersion = group ? `${group}/${version}` : version;
  const gvr = `${group}/${version}, Resource=${type.plural}`;
  if (type.custom) {
    const served = inv.cluster.api.types.forKind(groupVersion, type.kind);
    if (!served?.custom) return messageError(`couldn't find resource for "${gvr}"`);
    const schema = served.custom.schema as JSONSchemaProps | undefined;
    const result = renderCustomExplain({ group, version, kind: type.kind, schema, path, recursive: f.bool('recursive') });
    inv.out.out(result.text);
    return result.error;
  }
  if (!servedKinds().some((k) => k.apiVersion === groupVersion)) return messageError(`couldn't find resource for "${gvr}"`);
  if (!knownKind(groupVersion, type.kind)) return messageError(`GVR (${gvr}) not found in OpenAPI schema`);

  const result = renderExplain({ group, version, kind: type.kind, path, recursive: f.bool('recursive') });
  inv.out.out(result.text);
  return result.error;
}

export const explainCommand: CommandSpec = {
  name: 'explain',
  short: 'Describe the fields of a resource type',
  long:
    'Describe a resource type and its fields.\n\n' +
    ' Name the type, optionally followed by a path of fields separated by dots:\n\n' +
    '        TYPE.FIELD[.FIELD...]\n\n' +
    ' The output shows the type of each field, whether it is required, the values an enum field accepts, and a\n' +
    ' short description. The field structure comes from the API server\'s schema; the descriptions are\n' +
    ' written for this simulator.\n\n' +
    API_RESOURCES_HINT,
  example:
    '  # What is a pod, and which fields does it have?\n  kubectl explain pods\n  \n' +
    '  # Every field of a pod, nested\n  kubectl explain pods --recursive\n  \n' +
    '  # One field: the containers of a pod\n  kubectl explain pods.spec.containers\n  \n' +
    '  # The older autoscaling/v1 form of HorizontalPodAutoscaler\n  kubectl explain hpa --api-version=autoscaling/v1',
  use: 'TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]',
  flags: [
    { name: 'api-version', type: 'string', usage: 'Explain the type in this API group/version (e.g. autoscaling/v1) instead of the preferred one.' },
    { name: 'output', shorthand: 'o', type: 'string', default: 'plaintext', usage: 'Layout of the output: plaintext (or plaintext-openapiv2).' },
    { name: 'recursive', type: 'bool', usage: 'List the fields of fields too, all the way down (names and types only).' },
  ],
  run: runExplain,
};
