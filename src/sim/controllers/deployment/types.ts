import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../api/object';

export const DEPLOYMENT_CONTROLLER = 'deployment-controller';
export const SOURCE = { component: DEPLOYMENT_CONTROLLER };

/** The label that ties a ReplicaSet and its pods to one pod template (apps.DefaultDeploymentUniqueLabelKey). */
export const POD_TEMPLATE_HASH = 'pod-template-hash';

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
export const DEPRECATED_ROLLBACK_TO = 'deprecated.deployment.rollback.to';
/** The revision-history annotation never grows past this many characters (maxRevHistoryLengthInChars). */
export const MAX_REVISION_HISTORY_CHARS = 2000;
/** A `progressDeadlineSeconds` or `revisionHistoryLimit` of MaxInt32 means "none". */
export const MAX_INT32 = 2147483647;

/** Condition reasons and messages, as the upstream controller writes them. */
export const REASON = {
  newReplicaSetCreated: 'NewReplicaSetCreated',
  foundNewReplicaSet: 'FoundNewReplicaSet',
  replicaSetUpdated: 'ReplicaSetUpdated',
  newReplicaSetAvailable: 'NewReplicaSetAvailable',
  timedOut: 'ProgressDeadlineExceeded',
  paused: 'DeploymentPaused',
  resumed: 'DeploymentResumed',
  replicaSetCreateError: 'ReplicaSetCreateError',
  minimumReplicasAvailable: 'MinimumReplicasAvailable',
  minimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;

/** `terminatingReplicas` (Kubernetes 1.33+, beta and on in 1.35) is newer than our API types. */
export type DeploymentStatusV135 = DeploymentStatus & { terminatingReplicas?: number };
export type ReplicaSetStatusV135 = ReplicaSetStatus & { terminatingReplicas?: number };

export type DeploymentObject = Omit<Deployment, 'status'> & KubeObject & { status?: DeploymentStatusV135 };
export type ReplicaSetObject = Omit<ReplicaSet, 'status'> & KubeObject & { status?: ReplicaSetStatusV135 };
export type { DeploymentCondition };
