// `kubectl cordon` / `uncordon` (and the first step of `drain`): the nodes named or selected
// (DrainCmdOptions.Complete), then spec.unschedulable set or cleared on each — "node/x cordoned",
// "already cordoned" when nothing changes, " (dry run)" / " (server dry run)" suffixes. A failed
// write is reported on stderr and the command goes on, as kubectl's does.

import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../sim/api/object';
import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, usageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { buildPlan, isPlan } from '../../resources/builder';
import { visitPlan } from '../../resources/visit';
import { DRY_RUN_FLAG, dryRunOf, type DryRun } from '../create-shared';
import { isError } from '../pod-target';
import { patching } from '../../auth/authorizing-cluster';

export const SELECTOR_FLAG: FlagSpec = {
  name: 'selector',
  shorthand: 'l',
  type: 'string',
  usage: "Act on the nodes with these labels instead of named ones, e.g. -l disk=ssd ('=', '==', '!=', 'in', 'notin').",
};

export type NodeObject = Node & KubeObject;

export interface NodeTargets {
  readonly nodes: NodeObject[];
  readonly dryRun: DryRun;
}

/** Complete: `USAGE: drain NODE [flags]` without nodes, the dry-run mode, then the nodes themselves. */
export function nodeTargets(inv: Invocation, verb: string): NodeTargets | KubectlError {
  const selector = inv.flags.string('selector');
  if (inv.args.length === 0 && !inv.flags.changed('selector')) return usageError(inv.commandPath, `USAGE: ${verb} NODE [flags]`);
  if (inv.args.length > 0 && selector !== '') return usageError(inv.commandPath, 'error: cannot specify both a node name and a --selector option');
  const dryRun = dryRunOf(inv);
  if (typeof dryRun !== 'string') return dryRun;
  const plan =
    inv.args.length > 0
      ? buildPlan({ types: inv.cluster.api.types.all(), args: inv.args.some((a) => a.includes('/')) ? inv.args : ['nodes', ...inv.args], namespace: inv.namespace, allNamespaces: false, allowEmptySelector: false })
      : buildPlan({ types: inv.cluster.api.types.all(), args: ['nodes'], namespace: inv.namespace, allNamespaces: false, labelSelector: selector, allowEmptySelector: false });
  if (!isPlan(plan)) return plan;
  const visited = visitPlan(plan, inv.cluster, { namespace: inv.namespace, allNamespaces: false }, inv.out);
  if (visited.errors.length > 0) return visited.errors[0] as KubectlError;
  const nodes: NodeObject[] = [];
  for (const info of visited.infos) {
    if (info.type.group !== '' || info.type.plural !== 'nodes') {
      return messageError(`error: expected resource of type node, got "${info.type.group}/${info.type.version}, Resource=${info.type.plural}"`);
    }
    nodes.push(...(info.objects as NodeObject[]));
  }
  return { nodes, dryRun };
}

const suffix = (dryRun: DryRun): string => (dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '');

/** RunCordonOrUncordon: marks each node (un)schedulable; failures go to stderr only. */
export function cordonNodes(inv: Invocation, targets: NodeTargets, desired: boolean): void {
  const verb = desired ? 'cordon' : 'uncordon';
  for (const node of targets.nodes) {
    const name = node.metadata.name ?? '';
    if ((node.spec?.unschedulable ?? false) === desired) {
      inv.out.out(`node/${name} already ${verb}ed${suffix(targets.dryRun)}\n`);
      continue;
    }
    if (targets.dryRun !== 'client') {
      // The strategic merge patch kubectl sends: unschedulable true, or the field removed.
      const spec: Record<string, unknown> = { ...(node.spec ?? {}) };
      if (desired) spec['unschedulable'] = true;
      else delete spec['unschedulable'];
      const res = patching(inv.cluster.api).update({ ...node, spec }, { fieldValidation: 'Strict', ...(targets.dryRun === 'server' ? { dryRun: true } : {}) });
      if (!res.ok) {
        inv.out.err(`error: unable to ${verb} node "${name}": ${res.status.message}\n`);
        continue;
      }
    }
    inv.out.out(`node/${name} ${verb}ed${suffix(targets.dryRun)}\n`);
  }
}

function runner(desired: boolean): (inv: Invocation) => KubectlError | undefined {
  return (inv) => {
    const targets = nodeTargets(inv, desired ? 'cordon' : 'uncordon');
    if (isError(targets)) return targets;
    cordonNodes(inv, targets, desired);
    return undefined;
  };
}

export const cordonCommand: CommandSpec = {
  name: 'cordon',
  short: 'Stop new pods from being scheduled on a node',
  long: 'Mark a node unschedulable: the scheduler places no new pods on it; the pods already there keep running.',
  example: '  # Keep new pods off node01\n  kubectl cordon node01',
  use: 'NODE [options]',
  flags: [DRY_RUN_FLAG, SELECTOR_FLAG],
  run: runner(true),
};

export const uncordonCommand: CommandSpec = {
  name: 'uncordon',
  short: 'Let pods be scheduled on a node again',
  long: 'Mark a node schedulable again, so that the scheduler may place new pods on it.',
  example: '  # Open node01 to new pods again\n  kubectl uncordon node01',
  use: 'NODE [options]',
  flags: [DRY_RUN_FLAG, SELECTOR_FLAG],
  run: runner(false),
};
