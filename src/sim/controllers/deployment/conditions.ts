import type { ReplicaSetCondition } from 'kubernetes-types/apps/v1';
import type { DeploymentCondition, DeploymentStatusV135 } from './types';

export type ConditionType = 'Available' | 'Progressing' | 'ReplicaFailure';

/** A fresh condition: both timestamps are `now` (RFC 3339, whole seconds). */
export function newCondition(type: ConditionType, status: 'True' | 'False' | 'Unknown', reason: string, message: string, now: string): DeploymentCondition {
  return { type, status, lastUpdateTime: now, lastTransitionTime: now, reason, message };
}

export function getCondition(status: DeploymentStatusV135 | undefined, type: ConditionType): DeploymentCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

export function removeCondition(status: DeploymentStatusV135, type: ConditionType): void {
  status.conditions = (status.conditions ?? []).filter((c) => c.type !== type);
}

/**
 * SetDeploymentCondition: same status and reason → nothing changes (not even the times); same status
 * → the transition time is kept; the condition then moves to the end of the list.
 */
export function setCondition(status: DeploymentStatusV135, condition: DeploymentCondition): void {
  const current = getCondition(status, condition.type as ConditionType);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const next = current && current.status === condition.status ? { ...condition, lastTransitionTime: current.lastTransitionTime } : condition;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== condition.type), next];
}

/** A ReplicaSet's ReplicaFailure surfaces on the Deployment with its transition time as both times. */
export function fromReplicaSetCondition(c: ReplicaSetCondition): DeploymentCondition {
  const out: DeploymentCondition = { type: c.type, status: c.status };
  if (c.lastTransitionTime !== undefined) {
    out.lastUpdateTime = c.lastTransitionTime;
    out.lastTransitionTime = c.lastTransitionTime;
  }
  if (c.reason !== undefined) out.reason = c.reason;
  if (c.message !== undefined) out.message = c.message;
  return out;
}
