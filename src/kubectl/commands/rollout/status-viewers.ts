// kubectl's rollout StatusViewers: from one version of a Deployment, DaemonSet or StatefulSet, the
// line `rollout status` prints and whether the rollout is finished — or the error that ends it.

import type { DaemonSet, Deployment, StatefulSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../../sim/api/object';
import type { ResourceType } from '../../../sim/api/registry';
import { groupKindString, workloadKind } from './shared';

export type StatusResult = { readonly message: string; readonly done: boolean } | { readonly error: string };
export type StatusViewer = (obj: KubeObject, revision: number) => StatusResult;

const REVISION = 'deployment.kubernetes.io/revision';

/** strconv.ParseInt(s, 10, 64) with Go's error text. */
export function parseRevision(value: string): number | { error: string } {
  if (/^[+-]?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 63) return Number(value);
  return { error: `strconv.ParseInt: parsing ${JSON.stringify(value)}: ${/^[+-]?\d+$/.test(value) ? 'value out of range' : 'invalid syntax'}` };
}

function deploymentStatus(obj: KubeObject, revision: number): StatusResult {
  const d = obj as unknown as Deployment & KubeObject;
  const name = d.metadata.name ?? '';
  if (revision > 0) {
    const raw = d.metadata.annotations?.[REVISION];
    const current = raw === undefined ? 0 : parseRevision(raw);
    if (typeof current !== 'number') return { error: `cannot get the revision of deployment "${name}": ${current.error}` };
    if (current !== revision) return { error: `desired revision (${revision}) is different from the running revision (${current})` };
  }
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  if ((st.conditions ?? []).find((c) => c.type === 'Progressing')?.reason === 'ProgressDeadlineExceeded') {
    return { error: `deployment "${name}" exceeded its progress deadline` };
  }
  const updated = st.updatedReplicas ?? 0;
  const waiting = `Waiting for deployment "${name}" rollout to finish: `;
  if (d.spec?.replicas !== undefined && updated < d.spec.replicas) {
    return { message: `${waiting}${updated} out of ${d.spec.replicas} new replicas have been updated...\n`, done: false };
  }
  if ((st.replicas ?? 0) > updated) return { message: `${waiting}${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((st.availableReplicas ?? 0) < updated) return { message: `${waiting}${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

function daemonSetStatus(obj: KubeObject): StatusResult {
  const ds = obj as unknown as DaemonSet & KubeObject;
  const name = ds.metadata.name ?? '';
  // Upstream names the StatefulSet constant here; both read "RollingUpdate".
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') return { error: 'rollout status is only available for RollingUpdate strategy type' };
  const st = ds.status ?? { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 };
  if ((ds.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  const desired = st.desiredNumberScheduled ?? 0;
  const waiting = `Waiting for daemon set "${name}" rollout to finish: `;
  if ((st.updatedNumberScheduled ?? 0) < desired) return { message: `${waiting}${st.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`, done: false };
  if ((st.numberAvailable ?? 0) < desired) return { message: `${waiting}${st.numberAvailable ?? 0} of ${desired} updated pods are available...\n`, done: false };
  return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
}

function statefulSetStatus(obj: KubeObject): StatusResult {
  const sts = obj as unknown as StatefulSet & KubeObject;
  const strategy = sts.spec?.updateStrategy;
  if (strategy?.type !== 'RollingUpdate') return { error: 'rollout status is only available for RollingUpdate strategy type' };
  const st = sts.status ?? { replicas: 0 };
  const observed = st.observedGeneration ?? 0;
  if (observed === 0 || (sts.metadata.generation ?? 0) > observed) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = sts.spec?.replicas;
  if (replicas !== undefined && (st.readyReplicas ?? 0) < replicas) return { message: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
  const updated = st.updatedReplicas ?? 0;
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if ((st.updateRevision ?? '') !== (st.currentRevision ?? '')) {
    return { message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${st.updateRevision ?? ''}...\n`, done: false };
  }
  return { message: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision ?? ''}...\n`, done: true };
}

/** StatusViewerFor: the viewer of a kind, or kubectl's error for kinds without rollouts. */
export function statusViewerFor(type: ResourceType): StatusViewer | { error: string } {
  switch (workloadKind(type)) {
    case 'Deployment':
      return deploymentStatus;
    case 'DaemonSet':
      return (obj) => daemonSetStatus(obj);
    case 'StatefulSet':
      return (obj) => statefulSetStatus(obj);
    default:
      return { error: `no status viewer has been implemented for ${groupKindString(type)}` };
  }
}
