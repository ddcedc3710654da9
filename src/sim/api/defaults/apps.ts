import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import { defaultPodTemplateSpec } from './podspec';
import { defaultPersistentVolumeClaim } from './storage';
import { statusOf } from './types';

export function defaultDeployment(d: Deployment): void {
  const spec = (d.spec ??= { selector: {}, template: {} });
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rolling = (strategy.rollingUpdate ??= {});
    rolling.maxUnavailable ??= '25%';
    rolling.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplateSpec((spec.template ??= {}));
  statusOf(d, () => ({}));
}

export function defaultReplicaSet(rs: ReplicaSet): void {
  const spec = (rs.spec ??= { selector: {} });
  spec.replicas ??= 1;
  if (spec.template) defaultPodTemplateSpec(spec.template);
  // `replicas` is the one status field without `omitempty`.
  statusOf(rs, () => ({ replicas: 0 })).replicas ??= 0;
}

export function defaultStatefulSet(sts: StatefulSet): void {
  const spec = (sts.spec ??= { selector: {}, serviceName: '', template: {} });
  spec.podManagementPolicy ||= 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {});
  // Only an unset type brings a rollingUpdate block; `type: RollingUpdate` alone gets none.
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate) {
    strategy.rollingUpdate.partition ??= 0;
    // Feature gate MaxUnavailableStatefulSet (beta, on by default since v1.35).
    strategy.rollingUpdate.maxUnavailable ??= 1;
  }
  // Feature gate StatefulSetAutoDeletePVC (GA since v1.32).
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  retention.whenDeleted ||= 'Retain';
  retention.whenScaled ||= 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplateSpec((spec.template ??= {}));
  for (const claim of spec.volumeClaimTemplates ?? []) {
    // The v1 conversion stamps each template with the claim's type meta.
    claim.apiVersion = 'v1';
    claim.kind = 'PersistentVolumeClaim';
    defaultPersistentVolumeClaim(claim);
  }
  const status = statusOf(sts, () => ({ replicas: 0 }));
  status.replicas ??= 0;
  status.availableReplicas ??= 0;
}

export function defaultDaemonSet(ds: DaemonSet): void {
  const spec = (ds.spec ??= { selector: {}, template: {} });
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rolling = (strategy.rollingUpdate ??= {});
    rolling.maxUnavailable ??= 1;
    rolling.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplateSpec((spec.template ??= {}));
  // These four status counters have no `omitempty`.
  const status = statusOf(ds, () => ({ currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }));
  status.currentNumberScheduled ??= 0;
  status.desiredNumberScheduled ??= 0;
  status.numberMisscheduled ??= 0;
  status.numberReady ??= 0;
}
