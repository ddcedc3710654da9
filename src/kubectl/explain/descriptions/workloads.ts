// Descriptions (our own words) of the workload kinds: Deployment, ReplicaSet, StatefulSet,
// DaemonSet, Job and CronJob, with their specs, statuses and strategies.

import type { TypeDoc, TypeDocs } from './types';

const CONDITION: Record<string, string> = {
  lastTransitionTime: 'When status last changed.',
  lastUpdateTime: 'When the condition was last updated.',
  lastProbeTime: 'When the condition was last checked.',
  message: 'A human-readable explanation.',
  reason: 'A one-word CamelCase reason for the last change.',
  status: 'True, False or Unknown.',
};
const condition = (about: string, types: string): TypeDoc => ({ about, fields: { ...CONDITION, type: `The kind of condition: ${types}.` } });

const SELECTOR = 'The label selector of the pods this object manages. It must match the labels of the pod template and cannot be changed after creation (apps/v1).';
const TEMPLATE = 'The template of the pods this object creates.';
const MIN_READY = 'How many seconds a new pod must be ready, without a container crashing, before it counts as available. Defaults to 0.';
const REVISION_LIMIT = 'How many old revisions to keep for rollbacks. Defaults to 10.';
const OBSERVED = 'The metadata.generation the controller last acted on. Smaller than generation means the latest change is not handled yet.';
const COLLISION = 'A counter the controller uses to avoid name clashes when it makes new revisions.';

export const WORKLOAD_DOCS: TypeDocs = {
  'apps/v1.Deployment': {
    about: 'A Deployment keeps a number of identical pods running and replaces them gradually (a rollout) when the pod template changes. It manages ReplicaSets, one per revision.',
    fields: { spec: 'The desired state: replicas, selector, pod template and update strategy.', status: 'The observed state of the rollout. Read-only.' },
  },
  'apps/v1.DeploymentSpec': {
    about: 'The desired state of a Deployment.',
    fields: {
      minReadySeconds: MIN_READY,
      paused: 'Stop rolling out changes to the pod template until resumed (kubectl rollout pause/resume).',
      progressDeadlineSeconds:
        'How many seconds a rollout may go without progress before the Progressing condition turns False with ProgressDeadlineExceeded. Defaults to 600.',
      replicas: 'How many pods to run. Defaults to 1; kubectl scale and autoscalers change it.',
      revisionHistoryLimit: REVISION_LIMIT,
      selector: SELECTOR,
      strategy: 'How old pods are replaced: RollingUpdate (the default) or Recreate.',
      template: TEMPLATE,
    },
  },
  'apps/v1.DeploymentStrategy': {
    about: 'How a Deployment replaces old pods with new ones.',
    fields: {
      rollingUpdate: 'Limits for a rolling update. Only with type RollingUpdate.',
      type: 'RollingUpdate (replace pods a few at a time, the default) or Recreate (stop every old pod before starting new ones).',
    },
  },
  'apps/v1.RollingUpdateDeployment': {
    about: 'Limits that pace a rolling update.',
    fields: {
      maxSurge: 'How many pods may exist above the desired replicas during the update, as a number or a percentage (rounded up). Defaults to 25%.',
      maxUnavailable: 'How many of the desired pods may be unavailable during the update, as a number or a percentage (rounded down). Defaults to 25%. It cannot be 0 when maxSurge is 0.',
    },
  },
  'apps/v1.DeploymentStatus': {
    about: 'The observed state of a Deployment.',
    fields: {
      availableReplicas: 'Pods that have been ready for at least minReadySeconds.',
      collisionCount: COLLISION,
      conditions: 'Available, Progressing and ReplicaFailure conditions.',
      observedGeneration: OBSERVED,
      readyReplicas: 'Pods that are ready.',
      replicas: 'All pods of the Deployment, old and new revision.',
      terminatingReplicas: 'Pods that are shutting down.',
      unavailableReplicas: 'How many pods are still missing to have every desired pod available.',
      updatedReplicas: 'Pods made from the current pod template.',
    },
  },
  'apps/v1.DeploymentCondition': condition('A condition of a Deployment.', 'Available, Progressing or ReplicaFailure'),
  'apps/v1.ReplicaSet': {
    about: 'A ReplicaSet keeps a number of pods matching its selector running. Deployments create and manage ReplicaSets; you rarely make one yourself.',
    fields: { spec: 'The desired state: replicas, selector and pod template.', status: 'The observed state. Read-only.' },
  },
  'apps/v1.ReplicaSetSpec': {
    about: 'The desired state of a ReplicaSet.',
    fields: { minReadySeconds: MIN_READY, replicas: 'How many pods to run. Defaults to 1.', selector: SELECTOR, template: TEMPLATE },
  },
  'apps/v1.ReplicaSetStatus': {
    about: 'The observed state of a ReplicaSet.',
    fields: {
      availableReplicas: 'Pods that have been ready for at least minReadySeconds.',
      conditions: 'Conditions such as ReplicaFailure.',
      fullyLabeledReplicas: 'Pods whose labels match the labels of the pod template.',
      observedGeneration: OBSERVED,
      readyReplicas: 'Pods that are ready.',
      replicas: 'Pods the ReplicaSet has.',
      terminatingReplicas: 'Pods that are shutting down.',
    },
  },
  'apps/v1.ReplicaSetCondition': condition('A condition of a ReplicaSet.', 'ReplicaFailure'),
  'apps/v1.StatefulSet': {
    about:
      'A StatefulSet runs pods with stable identities: names with ordinals (web-0, web-1...), stable DNS names through a headless service, and a PersistentVolumeClaim per pod that survives rescheduling.',
    fields: { spec: 'The desired state: replicas, pod template, volume claim templates and update strategy.', status: 'The observed state. Read-only.' },
  },
  'apps/v1.StatefulSetSpec': {
    about: 'The desired state of a StatefulSet.',
    fields: {
      minReadySeconds: MIN_READY,
      ordinals: 'Where the pod numbering starts.',
      persistentVolumeClaimRetentionPolicy: 'Whether the PVCs made from volumeClaimTemplates are kept or deleted when the StatefulSet is deleted or scaled down.',
      podManagementPolicy: 'OrderedReady (the default: pods start one at a time in order and stop in reverse) or Parallel (all at once).',
      replicas: 'How many pods to run. Defaults to 1.',
      revisionHistoryLimit: REVISION_LIMIT,
      selector: SELECTOR,
      serviceName: 'The headless service that gives the pods their DNS names (<pod>.<service>.<namespace>.svc.<cluster-domain>).',
      template: TEMPLATE,
      updateStrategy: 'How pods are replaced when the template changes: RollingUpdate (the default) or OnDelete.',
      volumeClaimTemplates: 'PersistentVolumeClaims made for every pod, named <template>-<pod>. A pod keeps its claims when it is replaced.',
    },
  },
  'apps/v1.StatefulSetOrdinals': { about: 'The numbering of StatefulSet pods.', fields: { start: 'The number of the first pod. Defaults to 0.' } },
  'apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy': {
    about: 'What happens to the PVCs of a StatefulSet.',
    fields: {
      whenDeleted: 'Retain (the default) or Delete the PVCs when the StatefulSet is deleted.',
      whenScaled: 'Retain (the default) or Delete the PVCs of pods removed by scaling down.',
    },
  },
  'apps/v1.StatefulSetUpdateStrategy': {
    about: 'How a StatefulSet updates its pods.',
    fields: {
      rollingUpdate: 'Settings of a rolling update.',
      type: 'RollingUpdate (replace pods one by one from the highest ordinal, the default) or OnDelete (only replace pods you delete).',
    },
  },
  'apps/v1.RollingUpdateStatefulSetStrategy': {
    about: 'Settings of a StatefulSet rolling update.',
    fields: {
      maxUnavailable: 'How many pods may be unavailable during the update (number or percentage). Defaults to 1.',
      partition: 'Only pods with an ordinal at least this large are updated; the others keep the old revision (for staged rollouts). Defaults to 0.',
    },
  },
  'apps/v1.StatefulSetStatus': {
    about: 'The observed state of a StatefulSet.',
    fields: {
      availableReplicas: 'Pods that have been ready for at least minReadySeconds.',
      collisionCount: COLLISION,
      conditions: 'Conditions of the StatefulSet.',
      currentReplicas: 'Pods of the currentRevision.',
      currentRevision: 'The revision of the pods before the update in progress.',
      observedGeneration: OBSERVED,
      readyReplicas: 'Pods that are ready.',
      replicas: 'Pods the StatefulSet has.',
      updateRevision: 'The revision new pods are made from.',
      updatedReplicas: 'Pods of the updateRevision.',
    },
  },
  'apps/v1.StatefulSetCondition': condition('A condition of a StatefulSet.', 'set by the controller'),
  'apps/v1.DaemonSet': {
    about: 'A DaemonSet runs one copy of a pod on every node (or every node its selector and tolerations allow), for node agents such as log collectors or network plugins.',
    fields: { spec: 'The desired state: selector, pod template and update strategy.', status: 'The observed state. Read-only.' },
  },
  'apps/v1.DaemonSetSpec': {
    about: 'The desired state of a DaemonSet.',
    fields: {
      minReadySeconds: MIN_READY,
      revisionHistoryLimit: REVISION_LIMIT,
      selector: SELECTOR,
      template: `${TEMPLATE} Its restartPolicy must be Always.`,
      updateStrategy: 'How pods are replaced when the template changes: RollingUpdate (the default) or OnDelete.',
    },
  },
  'apps/v1.DaemonSetUpdateStrategy': {
    about: 'How a DaemonSet updates its pods.',
    fields: {
      rollingUpdate: 'Limits of a rolling update.',
      type: 'RollingUpdate (replace pods node by node, the default) or OnDelete (only replace pods you delete).',
    },
  },
  'apps/v1.RollingUpdateDaemonSet': {
    about: 'Limits of a DaemonSet rolling update.',
    fields: {
      maxSurge: 'How many nodes may run an old and a new pod at the same time during the update (number or percentage). Defaults to 0.',
      maxUnavailable: 'How many nodes may be without an available pod during the update (number or percentage). Defaults to 1.',
    },
  },
  'apps/v1.DaemonSetStatus': {
    about: 'The observed state of a DaemonSet.',
    fields: {
      collisionCount: COLLISION,
      conditions: 'Conditions of the DaemonSet.',
      currentNumberScheduled: 'Nodes that run a pod of the DaemonSet and should.',
      desiredNumberScheduled: 'Nodes that should run a pod of the DaemonSet.',
      numberAvailable: 'Nodes whose pod has been ready for at least minReadySeconds.',
      numberMisscheduled: 'Nodes that run a pod of the DaemonSet but should not.',
      numberReady: 'Nodes whose pod is ready.',
      numberUnavailable: 'Nodes that should run an available pod but do not.',
      observedGeneration: OBSERVED,
      updatedNumberScheduled: 'Nodes that run a pod of the current template.',
    },
  },
  'apps/v1.DaemonSetCondition': condition('A condition of a DaemonSet.', 'set by the controller'),
  'apps/v1.ControllerRevision': {
    about: 'A stored snapshot of a pod template that StatefulSets and DaemonSets keep to roll back to.',
    fields: { data: 'The saved state (a patch of the template).', revision: 'The number of this revision.' },
  },
  'batch/v1.Job': {
    about: 'A Job runs pods until a number of them finish successfully, retrying failed ones up to a limit. It suits batch work that ends.',
    fields: { spec: 'The desired state: the pod template, how many completions, parallelism and limits.', status: 'The observed progress. Read-only.' },
  },
  'batch/v1.JobSpec': {
    about: 'The desired state of a Job.',
    fields: {
      activeDeadlineSeconds: 'How many seconds the Job may run in total before its pods are stopped and it fails with DeadlineExceeded.',
      backoffLimit: 'How many times failed pods are retried before the Job fails. Defaults to 6.',
      backoffLimitPerIndex: 'For Indexed Jobs: how many retries each index gets.',
      completionMode: 'NonIndexed (the default: any completions count) or Indexed (each pod gets an index from 0 to completions-1).',
      completions: 'How many pods must finish successfully. Unset means the Job is done when any pod succeeds and all have stopped.',
      managedBy: 'The controller that handles the Job; empty means the built-in one.',
      manualSelector: 'Let you set selector yourself instead of the generated one. Rarely needed.',
      maxFailedIndexes: 'For Indexed Jobs with backoffLimitPerIndex: how many indexes may fail before the Job fails.',
      parallelism: 'How many pods may run at the same time. Defaults to 1.',
      podFailurePolicy: 'Rules that decide from exit codes or pod conditions whether a failed pod fails the Job, is ignored, or counts against backoffLimit.',
      podReplacementPolicy: 'When a replacement pod is made: TerminatingOrFailed or Failed (only once the old pod has fully stopped).',
      selector: 'The pods of the Job. Generated from the Job uid unless manualSelector is set.',
      successPolicy: 'Rules that declare an Indexed Job successful before every index has finished.',
      suspend: 'While true no pods are started and running ones are stopped.',
      template: `${TEMPLATE} Its restartPolicy must be OnFailure or Never.`,
      ttlSecondsAfterFinished: 'Delete the Job (and its pods) this many seconds after it finishes.',
    },
  },
  'batch/v1.JobStatus': {
    about: 'The observed state of a Job.',
    fields: {
      active: 'Pods that are pending or running.',
      completedIndexes: 'For Indexed Jobs: the indexes that have succeeded, as ranges such as 0-3,5.',
      completionTime: 'When the Job finished successfully.',
      conditions: 'Conditions such as Complete, Failed, Suspended and FailureTarget.',
      failed: 'Pods that have failed.',
      failedIndexes: 'For Indexed Jobs with backoffLimitPerIndex: the indexes that have failed.',
      ready: 'Pods that are ready.',
      startTime: 'When the Job started (or was last resumed).',
      succeeded: 'Pods that have succeeded.',
      terminating: 'Pods that are shutting down.',
      uncountedTerminatedPods: 'Finished pods the controller has not counted yet.',
    },
  },
  'batch/v1.JobCondition': condition('A condition of a Job.', 'Complete, Failed, Suspended, FailureTarget or SuccessCriteriaMet'),
  'batch/v1.UncountedTerminatedPods': {
    about: 'UIDs of finished pods not yet counted in the Job status.',
    fields: { failed: 'UIDs of failed pods.', succeeded: 'UIDs of succeeded pods.' },
  },
  'batch/v1.PodFailurePolicy': { about: 'How failed pods of a Job are judged.', fields: { rules: 'Rules checked in order; the first match decides.' } },
  'batch/v1.PodFailurePolicyRule': {
    about: 'One rule of a pod failure policy.',
    fields: {
      action: 'FailJob, FailIndex, Ignore (do not count the failure) or Count (count it against backoffLimit).',
      onExitCodes: 'Match on the exit codes of containers.',
      onPodConditions: 'Match on conditions of the pod, such as DisruptionTarget.',
    },
  },
  'batch/v1.PodFailurePolicyOnExitCodesRequirement': {
    about: 'A condition on container exit codes.',
    fields: { containerName: 'Only this container; empty means any.', operator: 'In or NotIn.', values: 'The exit codes.' },
  },
  'batch/v1.PodFailurePolicyOnPodConditionsPattern': {
    about: 'A condition on a pod condition.',
    fields: { status: 'The status the condition must have. Defaults to True.', type: 'The type of the pod condition.' },
  },
  'batch/v1.SuccessPolicy': { about: 'When an Indexed Job counts as successful early.', fields: { rules: 'Rules; the first one met makes the Job succeed.' } },
  'batch/v1.SuccessPolicyRule': {
    about: 'One rule of a success policy.',
    fields: { succeededCount: 'How many of the indexes must have succeeded.', succeededIndexes: 'Which indexes must have succeeded, as ranges such as 0-2.' },
  },
  'batch/v1.JobTemplateSpec': {
    about: 'The template of the Jobs a CronJob creates.',
    fields: { metadata: 'Labels and annotations for the Jobs.', spec: 'The spec of the Jobs.' },
  },
  'batch/v1.CronJob': {
    about: 'A CronJob creates a Job on a repeating schedule written in cron syntax.',
    fields: { spec: 'The schedule, the Job template and the history and concurrency rules.', status: 'The observed state. Read-only.' },
  },
  'batch/v1.CronJobSpec': {
    about: 'The desired state of a CronJob.',
    fields: {
      concurrencyPolicy: 'What to do when a run is due while the previous Job still runs: Allow (the default), Forbid (skip the new run) or Replace (stop the old Job).',
      failedJobsHistoryLimit: 'How many failed Jobs to keep. Defaults to 1.',
      jobTemplate: 'The Job to create at each scheduled time.',
      schedule: 'When to run, in cron format: minute hour day-of-month month day-of-week, such as "*/5 * * * *". Macros like @hourly work too.',
      startingDeadlineSeconds: 'How late a missed run may still be started. Runs later than this count as missed.',
      successfulJobsHistoryLimit: 'How many successful Jobs to keep. Defaults to 3.',
      suspend: 'While true no new Jobs are created. Defaults to false.',
      timeZone: 'The time zone of the schedule, such as Etc/UTC or Europe/Paris. Defaults to the time zone of the controller manager.',
    },
  },
  'batch/v1.CronJobStatus': {
    about: 'The observed state of a CronJob.',
    fields: {
      active: 'The Jobs of this CronJob that are running.',
      lastScheduleTime: 'When a Job was last scheduled.',
      lastSuccessfulTime: 'When a Job last finished successfully.',
    },
  },
};
