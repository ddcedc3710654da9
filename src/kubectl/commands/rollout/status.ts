// `kubectl rollout status`: follows each named deployment, daemon set or stateful set in virtual
// time and prints its status line as it changes, until the rollout is finished, fails (progress
// deadline), or --timeout passes. --watch=false prints the current line once.
//
// Real kubectl prints the line on every watch event of the object, so a status update that leaves
// the line unchanged repeats it; here a line is printed only when it differs from the one before,
// which keeps the output independent of how many status writes the simulated controllers make.

import type { CommandSpec, Invocation } from '../../cli/command';
import { INTERRUPTED, aggregate, messageError, statusError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { followObject, WaitClock } from '../wait/follow';
import { findTargets, isTargets, requireResource, TARGET_FLAGS, type Target } from './shared';
import { statusViewerFor } from './status-viewers';

const STATUS_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  { name: 'revision', type: 'int64', usage: 'Follow only this revision: fail if the workload runs another one (0: whatever runs now).' },
  { name: 'timeout', type: 'duration', default: 0, usage: 'Give up after this long (e.g. 30s, 5m); 0 waits until the rollout ends.' },
  { name: 'watch', shorthand: 'w', type: 'bool', default: true, usage: 'Keep following until the rollout is finished; false prints the status once.' },
];

const TIMED_OUT = 'timed out waiting for the condition';

/** Follows one target; the error that ended it, if any. */
function followRollout(inv: Invocation, target: Target): KubectlError | undefined {
  const viewer = statusViewerFor(target.type);
  if ('error' in viewer) return messageError(viewer.error);
  const revision = inv.flags.number('revision');
  const watch = inv.flags.bool('watch');
  const timeout = inv.flags.number('timeout');
  const clock = new WaitClock(inv.ctx, timeout > 0 ? timeout : Infinity);
  let last: string | undefined;
  let failure: KubectlError | undefined;
  const result = followObject(inv.cluster, target.type, target.object.metadata.namespace, target.object.metadata.name ?? '', clock, (e) => {
    if (e.type === 'DELETED') {
      failure = messageError('object has been deleted');
      return true;
    }
    const status = viewer(e.object, revision);
    if ('error' in status) {
      failure = messageError(status.error);
      return true;
    }
    if (status.message !== last) inv.out.out(status.message);
    last = status.message;
    return status.done || !watch;
  });
  if (failure) return failure;
  if (result === 'interrupted') return INTERRUPTED;
  if (typeof result === 'object') return statusError(result.refused);
  return result === 'stopped' ? undefined : messageError(TIMED_OUT);
}

function runStatus(inv: Invocation): KubectlError | undefined {
  const missing = requireResource(inv);
  if (missing) return missing;
  const revision = inv.flags.number('revision');
  if (revision < 0) return messageError(`revision must be a positive integer: ${revision}`);
  const targets = findTargets(inv, { allowEmptySelector: true });
  if (!isTargets(targets)) return targets;
  const errors = [...targets.errors];
  for (const target of targets.items) {
    const failed = followRollout(inv, target);
    if (failed) errors.push(failed);
  }
  if (errors.length > 0) return aggregate(errors);
  if (targets.items.length === 0) inv.out.err(`No resources found in ${inv.namespace} namespace.\n`);
  return undefined;
}

export const rolloutStatusCommand: CommandSpec = {
  name: 'status',
  short: 'Follow a rollout until it is finished',
  long:
    'Follow the rollout of a deployment, daemon set or stateful set until it is finished.\n\n' +
    ' A line is printed each time the rollout makes progress. The command ends when every pod runs the\n' +
    ' new template and is available, or with an error when the deployment exceeds its progress deadline.\n' +
    ' Use --watch=false to print the current state once, and --timeout to stop waiting after a while.',
  example:
    '  # Follow the rollout of the web deployment\n  kubectl rollout status deployment/web\n  \n' +
    '  # Print the state once, without waiting\n  kubectl rollout status daemonset/agent --watch=false\n  \n' +
    '  # Wait at most two minutes\n  kubectl rollout status statefulset/db --timeout=2m',
  use: '(TYPE NAME | TYPE/NAME) [flags] [options]',
  flags: STATUS_FLAGS,
  run: runStatus,
};
