// describe deployment, replicaset, statefulset and daemonset.

import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../sim/api/object';
import { formatLabels, quantityString } from '../tables/format';
import { accessModesList } from './storage-format';
import { listStored, type DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { controlledBy, printAnnotations, printLabels, selectorText, timeString } from './format';
import { describePodTemplate } from './pod-template';
import { controlledPods, podsStatus } from './pods-status';
import { LEVEL_0, LEVEL_1, tabbed, type DescribeWriter } from './writer';

/** Status conditions as `Type  Status  Reason` (the Type cell keeps kubectl's trailing space). */
function conditionsTable(w: DescribeWriter, conditions: readonly { type: string; status: string; reason?: string }[] | undefined): void {
  if ((conditions ?? []).length === 0) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of conditions ?? []) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

/** A pod template without its pod-template-hash label, for comparing a ReplicaSet with its Deployment. */
function templateKey(template: unknown): string {
  const t = JSON.parse(JSON.stringify(template ?? {})) as { metadata?: { labels?: Record<string, string> } };
  if (t.metadata?.labels) delete t.metadata.labels['pod-template-hash'];
  return stableJson(t);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const rsSummary = (list: readonly ReplicaSet[]): string =>
  list.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 1} replicas created)`).join(', ') || '<none>';

export function describeDeployment(obj: KubeObject, ctx: DescribeContext): string {
  const d = obj as unknown as Deployment;
  const spec = d.spec;
  const status = d.status ?? {};
  const events = searchEvents(ctx, queryFor(obj));
  const owned = listStored<ReplicaSet>(ctx, 'replicasets.apps', obj.metadata.namespace).filter((rs) =>
    (rs.metadata?.ownerReferences ?? []).some((r) => r.controller === true && r.uid === obj.metadata.uid),
  );
  const key = templateKey(spec?.template);
  // The oldest ReplicaSet with the current template is the new one (FindNewReplicaSet).
  const byAge = [...owned].sort((a, b) => Date.parse(a.metadata?.creationTimestamp ?? '') - Date.parse(b.metadata?.creationTimestamp ?? ''));
  const newRs = byAge.find((rs) => templateKey(rs.spec?.template) === key);
  const oldRs = owned.filter((rs) => rs !== newRs);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', d.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', d.metadata?.namespace ?? '');
    w.line(LEVEL_0, 'CreationTimestamp', timeString(d.metadata?.creationTimestamp));
    printLabels(w, 'Labels', d.metadata?.labels);
    printAnnotations(w, 'Annotations', d.metadata?.annotations);
    w.line(LEVEL_0, 'Selector', selectorText(spec?.selector));
    w.line(
      LEVEL_0,
      'Replicas',
      `${spec?.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable`,
    );
    w.line(LEVEL_0, 'StrategyType', spec?.strategy?.type ?? '');
    w.line(LEVEL_0, 'MinReadySeconds', spec?.minReadySeconds ?? 0);
    const ru = spec?.strategy?.rollingUpdate;
    if (ru) w.line(LEVEL_0, 'RollingUpdateStrategy', `${String(ru.maxUnavailable ?? '')} max unavailable, ${String(ru.maxSurge ?? '')} max surge`);
    describePodTemplate(w, spec?.template);
    conditionsTable(w, status.conditions);
    if (owned.length > 0) {
      w.line(LEVEL_0, 'OldReplicaSets', rsSummary(oldRs));
      w.line(LEVEL_0, 'NewReplicaSet', rsSummary(newRs ? [newRs] : []));
    }
    writeEvents(w, events, ctx.now);
  });
}

export function describeReplicaSet(obj: KubeObject, ctx: DescribeContext): string {
  const rs = obj as unknown as ReplicaSet;
  const events = searchEvents(ctx, queryFor(obj));
  const pods = controlledPods(ctx, obj, rs.spec?.selector);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', rs.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', rs.metadata?.namespace ?? '');
    w.line(LEVEL_0, 'Selector', selectorText(rs.spec?.selector));
    printLabels(w, 'Labels', rs.metadata?.labels);
    printAnnotations(w, 'Annotations', rs.metadata?.annotations);
    const owner = controlledBy(rs.metadata ?? {});
    if (owner) w.line(LEVEL_0, 'Controlled By', owner);
    w.line(LEVEL_0, 'Replicas', `${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired`);
    w.line(LEVEL_0, 'Pods Status', podsStatus(pods));
    describePodTemplate(w, rs.spec?.template);
    conditionsTable(w, rs.status?.conditions);
    writeEvents(w, events, ctx.now);
  });
}

export function describeStatefulSet(obj: KubeObject, ctx: DescribeContext): string {
  const ss = obj as unknown as StatefulSet;
  const spec = ss.spec;
  const events = searchEvents(ctx, queryFor(obj));
  const pods = controlledPods(ctx, obj, spec?.selector);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', ss.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', ss.metadata?.namespace ?? '');
    w.line(LEVEL_0, 'CreationTimestamp', timeString(ss.metadata?.creationTimestamp));
    w.line(LEVEL_0, 'Selector', selectorText(spec?.selector));
    printLabels(w, 'Labels', ss.metadata?.labels);
    printAnnotations(w, 'Annotations', ss.metadata?.annotations);
    w.line(LEVEL_0, 'Replicas', `${spec?.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total`);
    w.line(LEVEL_0, 'Update Strategy', spec?.updateStrategy?.type ?? '');
    const ru = spec?.updateStrategy?.rollingUpdate;
    if (ru?.partition !== undefined) {
      w.line(LEVEL_1, 'Partition', ru.partition);
      if (ru.maxUnavailable !== undefined) w.line(LEVEL_1, 'MaxUnavailable', String(ru.maxUnavailable));
    }
    w.line(LEVEL_0, 'Pods Status', podsStatus(pods));
    describePodTemplate(w, spec?.template);
    const claims = spec?.volumeClaimTemplates ?? [];
    if (claims.length === 0) w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    else {
      w.write(LEVEL_0, 'Volume Claims:\n');
      for (const pvc of claims) {
        w.line(LEVEL_1, 'Name', pvc.metadata?.name ?? '');
        w.line(LEVEL_1, 'StorageClass', pvc.spec?.storageClassName ?? pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '');
        printLabels(w, 'Labels', pvc.metadata?.labels, '  ');
        printLabels(w, 'Annotations', pvc.metadata?.annotations, '  ');
        const storage = pvc.spec?.resources?.requests?.['storage'];
        w.line(LEVEL_1, 'Capacity', storage !== undefined ? quantityString(storage as string) : '<default>');
        w.line(LEVEL_1, 'Access Modes', accessModesList(pvc.spec?.accessModes));
      }
    }
    writeEvents(w, events, ctx.now);
  });
}

export function describeDaemonSet(obj: KubeObject, ctx: DescribeContext): string {
  const ds = obj as unknown as DaemonSet;
  const st = ds.status;
  const events = searchEvents(ctx, queryFor(obj));
  const pods = controlledPods(ctx, obj, ds.spec?.selector);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', ds.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', ds.metadata?.namespace ?? '');
    w.line(LEVEL_0, 'Selector', selectorText(ds.spec?.selector));
    w.line(LEVEL_0, 'Node-Selector', formatLabels(ds.spec?.template.spec?.nodeSelector));
    printLabels(w, 'Labels', ds.metadata?.labels);
    printAnnotations(w, 'Annotations', ds.metadata?.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`);
    w.line(LEVEL_0, 'Pods Status', podsStatus(pods));
    describePodTemplate(w, ds.spec?.template);
    writeEvents(w, events, ctx.now);
  });
}
