// getPodStatusForController: how many of a controller's pods (its selector, its controllerRef) are
// in each phase — the `Pods Status:` line of describe rs/sts/ds.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { labelSelectorFromObject, matchesLabels } from '../../sim/api/labels';
import type { KubeObject } from '../../sim/api/object';
import { listStored, type DescribeContext } from './context';

/** Pods of `owner`'s namespace matching `selector` whose controller is `owner`. */
export function controlledPods(ctx: DescribeContext, owner: KubeObject, selector: LabelSelector | undefined): Pod[] {
  const parsed = labelSelectorFromObject(selector);
  if (!parsed.ok) return [];
  return listStored<Pod>(ctx, 'pods', owner.metadata.namespace).filter(
    (p) => matchesLabels(parsed.selector, p.metadata?.labels) && (p.metadata?.ownerReferences ?? []).some((r) => r.controller === true && r.uid === owner.metadata.uid),
  );
}

/** `3 Running / 0 Waiting / 0 Succeeded / 0 Failed`. */
export function podsStatus(pods: readonly Pod[]): string {
  const count = (phase: string): number => pods.filter((p) => p.status?.phase === phase).length;
  return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}
