// `kubectl describe`: resolve the arguments like get (names, TYPE/NAME, -l, -A, -f), describe each
// object with its kind's describer, separate objects by two blank lines, and — as kubectl does for
// `describe TYPE NAME` with no exact match — describe every object whose name starts with NAME.

import type { KubeObject } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { describerFor, type DescribeContext } from '../describe';
import { buildPlan, isPlan } from '../resources/builder';
import { visitPlan } from '../resources/visit';
import { fetchObjects } from './fetch-objects';

export const DESCRIBE_FLAGS: readonly FlagSpec[] = [
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Look in every namespace instead of the current one.' },
  { name: 'chunk-size', type: 'int64', default: 500, usage: 'Fetch long lists in pages of this many items; 0 fetches all at once.' },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to describe.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects to describe.' },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Keep only objects whose labels match, e.g. app=web,tier!=db ('=', '==', '!=', 'in', 'notin')." },
  { name: 'show-events', type: 'bool', default: true, usage: 'Print the events about each object (--show-events=false to leave them out).' },
];

const NEED_TYPE = 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.';

const isNotFound = (e: KubectlError): boolean => e.kind === 'status' && e.status.reason === 'NotFound';

/** DescribeMatchingResources: the objects of the type whose names start with `prefix`, each followed by a blank line. */
function describeByPrefix(inv: Invocation, ctx: DescribeContext, original: KubectlError): KubectlError | undefined {
  const plan = buildPlan({ types: inv.cluster.api.types.all(), args: [inv.args[0] as string], namespace: inv.namespace, allNamespaces: false, allowEmptySelector: true });
  if (!isPlan(plan)) return plan;
  const listed = visitPlan(plan, inv.cluster, { namespace: inv.namespace, allNamespaces: false }, inv.out);
  if (listed.errors.length > 0) return aggregate(listed.errors);
  const prefix = inv.args[1] as string;
  let found = false;
  for (const info of listed.infos) {
    for (const obj of info.objects) {
      if (!(obj.metadata.name ?? '').startsWith(prefix)) continue;
      found = true;
      inv.out.out(`${describeOne(info.type, obj, ctx)}\n`);
    }
  }
  return found ? undefined : original;
}

/** The describer reads the object afresh, as kubectl's describers do. */
function describeOne(type: ResourceType, obj: KubeObject, ctx: DescribeContext): string {
  const fresh = ctx.cluster.api.get(type, obj.metadata.namespace, obj.metadata.name ?? '');
  return describerFor(type)(fresh.ok ? fresh.object : obj, ctx);
}

function runDescribe(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const allNamespaces = f.bool('all-namespaces');
  if (inv.args.length === 0 && f.strings('filename').length === 0 && f.string('kustomize') === '') return messageError(NEED_TYPE);
  if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  const namespace = allNamespaces ? '' : inv.namespace;
  const ctx: DescribeContext = { cluster: inv.cluster, now: inv.cluster.now(), showEvents: f.bool('show-events') };

  const fetched = fetchObjects(inv, { namespace, allNamespaces });
  if ('kind' in fetched) return fetched;
  const { result } = fetched;
  const named = result.infos.length === 0 && result.errors.length > 0;
  if (named && inv.args.length === 2 && f.strings('filename').length === 0 && result.errors.every(isNotFound)) {
    return describeByPrefix(inv, ctx, aggregate(result.errors) as KubectlError);
  }
  let first = true;
  let count = 0;
  for (const info of result.infos) {
    for (const obj of info.objects) {
      const text = describeOne(info.type, obj, ctx);
      inv.out.out(first ? text : `\n\n${text}`);
      first = false;
      count++;
    }
  }
  if (count === 0 && result.errors.length === 0) {
    inv.out.err(allNamespaces ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
  }
  return aggregate(result.errors);
}

export const describeCommand: CommandSpec = {
  name: 'describe',
  short: 'Explain a resource in detail, with its events',
  long:
    'Show details of a specific resource or group of resources.\n\n' +
    ' Prints a readable account of each object: its settings, its status, the objects related to it and its\n' +
    ' recent events. Name the objects by TYPE NAME, TYPE/NAME, a label selector or a file; `kubectl describe TYPE\n' +
    ' PREFIX` describes every object whose name starts with PREFIX when no object has exactly that name.',
  example:
    '  # One node\n  kubectl describe nodes node01\n  \n' +
    '  # One pod\n  kubectl describe pods/nginx\n  \n' +
    '  # Every pod whose name starts with web\n  kubectl describe pods web\n  \n' +
    '  # Pods labelled app=web, without their events\n  kubectl describe pods -l app=web --show-events=false',
  use: '(-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [flags] [options]',
  flags: DESCRIBE_FLAGS,
  run: runDescribe,
};
