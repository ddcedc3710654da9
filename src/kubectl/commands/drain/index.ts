// `kubectl drain NODE`: cordon the node, then evict its pods (DrainCmdOptions.RunDrain). Pods that
// block the drain are listed in one error per reason and the node is reported as pending; a client
// dry run only lists what would be evicted.

import type { CommandSpec, Invocation } from '../../cli/command';
import { INTERRUPTED, messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { formatGoDuration } from '../../../lib/duration';
import { parseLabelSelector } from '../../../sim/api/labels';
import { DRY_RUN_FLAG } from '../create-shared';
import { isError } from '../pod-target';
import { cordonNodes, nodeTargets, SELECTOR_FLAG, type NodeTargets } from './cordon';
import { checkErr, errorText, goAggregate, goError, type GoError } from './errors';
import { DRAIN_WAIT_LIMIT_MS, removePods, type RemoveOptions } from './evict';
import { podsForDeletion, type DrainFilterOptions } from './filters';

const FLAGS: readonly FlagSpec[] = [
  { name: 'chunk-size', type: 'int64', default: 500, usage: 'Fetch long lists in pages of this many items; 0 fetches all at once.' },
  { name: 'delete-emptydir-data', type: 'bool', usage: 'Also remove pods that keep data in emptyDir volumes (that data is lost).' },
  { name: 'disable-eviction', type: 'bool', usage: 'Delete the pods instead of evicting them, ignoring PodDisruptionBudgets. Use with care.' },
  DRY_RUN_FLAG,
  { name: 'force', type: 'bool', usage: 'Also remove pods that no controller manages (they are not recreated).' },
  { name: 'grace-period', type: 'int', default: -1, usage: 'Seconds each pod gets to stop; negative uses the pod\'s own setting.' },
  { name: 'ignore-daemonsets', type: 'bool', usage: 'Leave DaemonSet pods where they are instead of refusing to drain.' },
  { name: 'pod-selector', type: 'string', usage: 'Only remove the pods of the node with these labels.' },
  SELECTOR_FLAG,
  { name: 'skip-wait-for-delete-timeout', type: 'int', usage: 'Do not wait for pods whose deletion started more than this many seconds ago (0: wait for all).' },
  { name: 'timeout', type: 'duration', usage: 'Give up after this long (e.g. 2m); 0 waits as long as it takes.' },
];

/** deleteOrEvictPodsSimple for one node. */
function drainNode(inv: Invocation, node: string, targets: NodeTargets, filter: DrainFilterOptions, remove: RemoveOptions): { error?: GoError; gaveUp?: boolean; interrupted?: boolean } {
  const podSelector = inv.flags.string('pod-selector');
  const list = podsForDeletion(inv.cluster, node, podSelector, filter);
  if ('listError' in list) return { error: goAggregate([goError(list.listError)]) as GoError };
  if (list.errors.length > 0) return { error: goAggregate(list.errors.map(goError)) as GoError };
  if (list.warnings !== '') inv.out.err(`Warning: ${list.warnings}\n`);
  if (targets.dryRun === 'client') {
    for (const pod of list.pods) inv.out.out(`evicting pod ${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''} (dry run)\n`);
    return {};
  }
  const removed = removePods(inv, list.pods, remove);
  if (removed.gaveUp || removed.interrupted) return removed;
  if (!removed.error) return {};
  const pending = podsForDeletion(inv.cluster, node, podSelector, { ...filter, now: inv.cluster.now() });
  if (!('listError' in pending)) {
    if (pending.pods.length > 0) {
      inv.out.err(`There are pending pods in node "${node}" when an error occurred: ${errorText(removed.error)}\n`);
      for (const pod of pending.pods) inv.out.err(`pod/${pod.metadata.name ?? ''}\n`);
    }
    if (pending.errors.length > 0) inv.out.err(`Following errors occurred while getting the list of pods to delete:\n${errorText(goAggregate(pending.errors.map(goError)) as GoError)}`);
  }
  return { error: removed.error };
}

function runDrain(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const targets = nodeTargets(inv, 'drain');
  if (isError(targets)) return targets;
  const podSelector = f.string('pod-selector');
  if (podSelector !== '' && !parseLabelSelector(podSelector).ok) return messageError('--pod-selector=<pod_selector> must be a valid label selector');
  cordonNodes(inv, targets, true);
  const filter: DrainFilterOptions = {
    force: f.bool('force'),
    ignoreDaemonSets: f.bool('ignore-daemonsets'),
    deleteEmptyDirData: f.bool('delete-emptydir-data'),
    skipWaitSeconds: f.number('skip-wait-for-delete-timeout'),
    now: inv.cluster.now(),
  };
  const remove: RemoveOptions = {
    dryRun: targets.dryRun,
    disableEviction: f.bool('disable-eviction'),
    gracePeriodSeconds: f.number('grace-period'),
    timeoutMs: f.number('timeout'),
    skipWaitSeconds: f.number('skip-wait-for-delete-timeout'),
  };
  const suffix = targets.dryRun === 'client' ? ' (dry run)' : targets.dryRun === 'server' ? ' (server dry run)' : '';
  const fatal: GoError[] = [];
  const remaining: string[] = [];
  for (const node of targets.nodes) {
    const name = node.metadata.name ?? '';
    const result = drainNode(inv, name, targets, { ...filter, now: inv.cluster.now() }, remove);
    // Ctrl-C ends kubectl on the spot, as SIGINT does.
    if (result.interrupted) return INTERRUPTED;
    if (result.gaveUp) {
      const waited = formatGoDuration(inv.ctx.watchLimitMs ?? DRAIN_WAIT_LIMIT_MS);
      inv.out.err(`(the simulator stopped waiting after ${waited} of simulated time; pass --timeout to wait longer or to fail on time)\n`);
      return { kind: 'exit' };
    }
    if (!result.error) {
      inv.out.out(`node/${name} drained${suffix}\n`);
      continue;
    }
    inv.out.err(`error: unable to drain node "${name}" due to error: ${errorText(result.error)}, continuing command...\n`);
    fatal.push(result.error);
    remaining.push(name);
  }
  if (remaining.length > 0) inv.out.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`);
  return checkErr(goAggregate(fatal));
}

export const drainCommand: CommandSpec = {
  name: 'drain',
  short: 'Move the pods off a node before maintenance',
  long:
    'Empty a node before maintenance.\n\n' +
    ' The node is cordoned first, so that no new pod lands on it. Then its pods are evicted through the API,\n' +
    ' which respects PodDisruptionBudgets (a refused eviction is retried every few seconds), and drain waits\n' +
    ' until each pod has stopped. Mirror pods of static manifests are left alone. DaemonSet pods would come\n' +
    ' straight back, so drain refuses to go on while there are any, unless --ignore-daemonsets leaves them in\n' +
    ' place. Pods that no controller manages would be gone for good, so they need --force, and pods with\n' +
    ' emptyDir data need --delete-emptydir-data.\n\n' +
    ' When the work is done, kubectl uncordon opens the node to pods again.',
  example:
    '  # Empty node01, leaving its DaemonSet pods where they are\n  kubectl drain node01 --ignore-daemonsets\n  \n' +
    '  # Also remove unmanaged pods and emptyDir data; give up after two minutes\n' +
    '  kubectl drain node01 --ignore-daemonsets --force --delete-emptydir-data --timeout=2m\n  \n' +
    '  # Only show which pods would be evicted\n  kubectl drain node01 --ignore-daemonsets --dry-run=client',
  use: 'NODE [options]',
  flags: FLAGS,
  run: runDrain,
};
