// Waiting for one pod to reach a state, as `kubectl run` does with a watch (watchtools.UntilWithSync):
// every change of the pod is checked, so a state the pod passes through between two polls still
// counts. Virtual time passes through ctx.wait; without it the wait times out at once.

import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../sim/api/object';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import { messageError, statusError, type KubectlError } from '../../cli/errors';
import type { Invocation } from '../../cli/command';

/** A condition: true when reached, false to keep waiting, or the error that ends the wait. */
export type PodCondition = (pod: Pod) => boolean | KubectlError;

/** How often the wait lets virtual time pass while nothing has happened. */
const STEP_MS = 250;

export const podsType = (): ResourceType => typeForKey('pods') as ResourceType;

/** `errors.NewNotFound(pods, "")`: what the watch reports when the pod is deleted meanwhile. */
const deletedError = (): KubectlError =>
  statusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "" not found', reason: 'NotFound', details: { kind: 'pods' }, code: 404 });

export const TIMED_OUT = 'timed out waiting for the condition';

export type WaitResult = { ok: true; pod: Pod } | { ok: false; error: KubectlError };

export function waitForPod(inv: Invocation, namespace: string, name: string, timeoutMs: number, condition: PodCondition): WaitResult {
  const type = podsType();
  let result: WaitResult | undefined;
  const check = (obj: KubeObject | undefined): void => {
    if (result) return;
    if (!obj) {
      result = { ok: false, error: deletedError() };
      return;
    }
    const verdict = condition(obj as Pod);
    if (verdict === true) result = { ok: true, pod: obj as Pod };
    else if (verdict !== false) result = { ok: false, error: verdict };
  };
  const current = inv.cluster.api.get(type, namespace, name);
  check(current.ok ? current.object : undefined);
  const watch = inv.cluster.api.watch(type, { namespace }, (e) => {
    if (e.object.metadata.name !== name) return;
    check(e.type === 'DELETED' ? undefined : e.object);
  });
  let waited = 0;
  while (!result && inv.ctx.wait && waited < timeoutMs) {
    const step = Math.min(STEP_MS, timeoutMs - waited);
    inv.ctx.wait(step);
    waited += step;
  }
  if (watch.ok) watch.object();
  return result ?? { ok: false, error: messageError(TIMED_OUT) };
}

/** run's podRunningAndReady: Running with Ready=True; a finished pod ends the wait as "completed". */
export const runningAndReady = (pod: Pod): boolean | 'completed' => {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return 'completed';
  if (phase !== 'Running') return false;
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
};

/** podCompleted (restart Never) and podSucceeded (restart OnFailure). */
export const completed = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
export const succeeded = (pod: Pod): boolean => pod.status?.phase === 'Succeeded';
