// `kubectl scale`: resolve the targets (names, TYPE/NAME, -f, -l, --all), fetch them, set each
// one's replicas through the scale subresource (with the --current-replicas / --resource-version
// preconditions), optionally wait (--timeout) until status follows, and print `<kind>/<name> scaled`.

import type { KubeObject } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { readManifests } from '../input/manifests';
import { buildPlan, isPlan, mixedArgsError } from '../resources/builder';
import { filesWithArgsError, visitManifests } from '../resources/from-files';
import { visitPlan, type VisitResult } from '../resources/visit';
import { DRY_RUN_FLAG, PRINT_FLAGS, dryRunOf, isError, printWritten, writePrinter } from './create-shared';
import { RECORD_FLAG, recordOnServer } from './record';
import { scaleSimple, waitForReplicas, type ScalePrecondition } from './scale-subresource';

const SCALE_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  { name: 'all', type: 'bool', usage: 'Scale every object of the given types in the namespace.' },
  { name: 'current-replicas', type: 'int', default: -1, usage: 'Scale only if the object now wants exactly this many replicas; -1 checks nothing.' },
  DRY_RUN_FLAG,
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to scale.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects to scale.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'replicas', type: 'int', required: true, usage: 'How many replicas the objects should run (required).' },
  { name: 'resource-version', type: 'string', usage: 'Scale only if the object is still at this resourceVersion.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Scale only objects whose labels match, e.g. app=web,tier!=db ('=', '==', '!=', 'in', 'notin')." },
  { name: 'timeout', type: 'duration', usage: 'After scaling, wait this long for the replicas to be there (e.g. 30s, 2m); 0 does not wait.' },
];

interface ScaleItem {
  readonly type: ResourceType;
  readonly object: KubeObject;
}

/** The builder step (RequireObject): the objects, fetched, plus the errors met on the way. */
function resolve(inv: Invocation): { items: ScaleItem[]; errors: KubectlError[] } | KubectlError {
  const f = inv.flags;
  const selector = f.string('selector').trim();
  let result: VisitResult;
  if (f.strings('filename').length > 0) {
    const argsError = mixedArgsError(inv.args) ?? filesWithArgsError(inv.args);
    if (argsError) return argsError;
    const read = readManifests(f.strings('filename'), f.bool('recursive'), inv.ctx);
    if (!read.ok) return read.error;
    const visited = visitManifests(read.manifests, inv.cluster, { namespace: inv.namespace, enforceNamespace: inv.explicitNamespace, ...(selector ? { labelSelector: selector } : {}) }, inv.out);
    if (isError(visited)) return visited;
    result = visited;
  } else {
    // --all makes a lone type mean "all of them" (ResourceTypeOrNameArgs(allowEmptySelector=--all)).
    const plan = buildPlan({ types: inv.cluster.api.types.all(), args: inv.args, namespace: inv.namespace, allNamespaces: false, ...(selector ? { labelSelector: selector } : {}), allowEmptySelector: f.bool('all') });
    if (!isPlan(plan)) return plan;
    result = visitPlan(plan, inv.cluster, { namespace: inv.namespace, allNamespaces: false }, inv.out);
  }
  const items = result.infos.flatMap((info) => info.objects.map((object) => ({ type: info.type, object })));
  return { items, errors: result.errors };
}

function runScale(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  // Complete
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  // Validate
  const replicas = f.number('replicas');
  const currentReplicas = f.number('current-replicas');
  if (replicas < 0) return messageError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (currentReplicas < -1) return messageError('The --current-replicas must specify an integer of -1 or greater');
  if (f.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');

  const resolved = resolve(inv);
  if (isError(resolved)) return resolved;
  const { items, errors } = resolved;
  const resourceVersion = f.string('resource-version');
  if (resourceVersion !== '' && items.length > 1) return messageError('cannot use --resource-version with multiple resources');
  // Only a requested precondition costs a GET; otherwise the scale is a blind patch.
  const pre: ScalePrecondition | undefined = currentReplicas !== -1 || resourceVersion !== '' ? { size: currentReplicas, resourceVersion } : undefined;
  const timeoutMs = f.number('timeout');
  if (items.length === 0) return aggregate(errors) ?? messageError('no objects passed to scale');

  for (const { type, object } of items) {
    if (dryRun !== 'client') {
      const target = { type, namespace: type.namespaced ? object.metadata.namespace : undefined, name: object.metadata.name ?? '' };
      const failed = scaleSimple(inv, target, replicas, pre, dryRun === 'server');
      if (failed) return failed;
      if (timeoutMs !== 0 && dryRun === 'none') {
        const late = waitForReplicas(inv, target, replicas, timeoutMs);
        if (late) return late;
      }
      // --record: a second patch with the change cause (kubectl sends it even with --dry-run=server).
      recordOnServer(inv, type, target.namespace, target.name);
    }
    // kubectl prints the object as the builder fetched it, before the new size.
    const printed = printWritten(inv.out, printer, object, 'scaled', dryRun);
    if (printed) return printed;
  }
  return aggregate(errors);
}

export const scaleCommand: CommandSpec = {
  name: 'scale',
  short: 'Set how many replicas a workload runs',
  long:
    'Set the number of replicas of a deployment, replica set, replication controller or stateful set.\n\n' +
    ' The change can be made conditional: with --current-replicas or --resource-version the object must still\n' +
    ' be in that state when the new size is written, or nothing changes.',
  example:
    '  # Run three replicas of the web deployment\n  kubectl scale deployment web --replicas=3\n  \n' +
    '  # Scale the object a manifest describes\n  kubectl scale --replicas=2 -f web.yaml\n  \n' +
    '  # Scale to 5 only if it currently runs 3\n  kubectl scale deployment/web --current-replicas=3 --replicas=5\n  \n' +
    '  # Scale several replica sets at once\n  kubectl scale --replicas=0 rs/web-1 rs/web-2\n  \n' +
    '  # Scale a stateful set and wait until its pods are there\n  kubectl scale statefulset db --replicas=3 --timeout=2m',
  use: '[--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]',
  flags: SCALE_FLAGS,
  run: runScale,
};
