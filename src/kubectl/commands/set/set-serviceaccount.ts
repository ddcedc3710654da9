// `kubectl set serviceaccount TYPE NAME SA` (alias `sa`): the service account of pods and pod
// templates. Like kubectl, it writes (and prints) even when the account is already the same.

import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import { dryRunOf, isError, writePrinter } from '../create-shared';
import { podSpecOf } from './pod-template';
import { LOCAL_SERVER_DRY_RUN, SET_COMMON_FLAGS, applySetPlan } from './set-run';
import { findAllTargets } from './targets';

function runSetServiceAccount(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const local = f.bool('local');
  if (local && dryRun === 'server') return messageError(LOCAL_SERVER_DRY_RUN);
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  if (inv.args.length === 0) return messageError('serviceaccount is required');
  const account = inv.args[inv.args.length - 1] as string;
  const targets = findAllTargets(inv, inv.args.slice(0, -1), { all: f.bool('all'), local, latest: true });
  if (isError(targets)) return targets;
  const errors = applySetPlan({ inv, dryRun, local, printer }, targets, {
    operation: 'serviceaccount updated',
    failure: 'failed to patch ServiceAccountName ',
    skipUnchanged: false,
    mutate: (copy, target) => {
      const spec = podSpecOf(copy, target.type);
      if (typeof spec === 'string') return { error: spec };
      spec.serviceAccountName = account;
      return undefined;
    },
  });
  return aggregate(errors);
}

export const setServiceAccountCommand: CommandSpec = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Set the service account of pods and pod templates',
  long:
    'Set the service account the pods of existing objects run as.\n\n' +
    ' Types accepted (any case): replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset',
  example: [
    '  # Run the pods of deployment web as service account builder',
    '  kubectl set serviceaccount deployment web builder',
    '  ',
    '  # The same with the short name, printing the changed object without sending it',
    '  kubectl set sa deployment/web builder --dry-run=client -o yaml',
  ].join('\n'),
  use: '(-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]',
  flags: SET_COMMON_FLAGS,
  run: runSetServiceAccount,
};
