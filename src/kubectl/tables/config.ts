// Rows of configuration and policy kinds: ConfigMaps, Secrets, ServiceAccounts, ResourceQuotas,
// PodDisruptionBudgets, HorizontalPodAutoscalers, PriorityClasses, Leases, ControllerRevisions,
// PodTemplates, ComponentStatuses and RBAC bindings.

import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { ComponentStatus, ConfigMap, PodTemplate, ResourceQuota, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { ClusterRoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import type { KubeObject } from '../../sim/api/object';
import { containerCells, formatLabels, quantityString, since } from './format';
import { AGE, col, NAME, wide, type TableDef } from './types';

const name = (o: KubeObject): string => o.metadata.name ?? '';
const age = (o: KubeObject, now: number): string => since(o.metadata.creationTimestamp, now);
const count = (m: object | null | undefined): number => Object.keys(m ?? {}).length;

export const configMapTable: TableDef = {
  columns: [NAME, col('Data'), AGE],
  row: (o, { now }) => [name(o), count((o as unknown as ConfigMap).data) + count((o as unknown as ConfigMap).binaryData), age(o, now)],
};

export const secretTable: TableDef = {
  columns: [NAME, col('Type'), col('Data'), AGE],
  row: (o, { now }) => [name(o), (o as unknown as Secret).type ?? '', count((o as unknown as Secret).data), age(o, now)],
};

export const serviceAccountTable: TableDef = {
  columns: [NAME, col('Secrets'), AGE],
  row: (o, { now }) => [name(o), ((o as unknown as ServiceAccount).secrets ?? []).length, age(o, now)],
};

/** Resource names sorted as SortableResourceNames does (plain string order). */
export const resourceQuotaTable: TableDef = {
  columns: [NAME, col('Request'), col('Limit'), AGE],
  row(o, { now }) {
    const status = (o as unknown as ResourceQuota).status ?? {};
    const requests: string[] = [];
    const limits: string[] = [];
    for (const res of Object.keys(status.hard ?? {}).sort()) {
      const text = `${res}: ${quantityString(status.used?.[res])}/${quantityString(status.hard?.[res])}`;
      const pieces = res.split('.');
      (pieces.length > 1 && pieces[0] === 'limits' ? limits : requests).push(text);
    }
    return [name(o), requests.join(', '), limits.join(', '), age(o, now)];
  },
};

const intOrString = (v: number | string | null | undefined): string => (v === undefined || v === null ? 'N/A' : String(v));

export const podDisruptionBudgetTable: TableDef = {
  columns: [NAME, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions'), AGE],
  row(o, { now }) {
    const pdb = o as unknown as PodDisruptionBudget;
    return [name(o), intOrString(pdb.spec?.minAvailable), intOrString(pdb.spec?.maxUnavailable), pdb.status?.disruptionsAllowed ?? 0, age(o, now)];
  },
};

/** One entry of the TARGETS cell (formatHPAMetrics). */
function hpaMetric(spec: MetricSpec, status: MetricStatus | undefined): string {
  const current = (v: string | number | undefined | null): string => (v === undefined || v === null ? '<unknown>' : quantityString(v));
  switch (spec.type) {
    case 'External': {
      const t = spec.external?.target;
      if (t?.averageValue !== undefined) return `${current(status?.external?.current?.averageValue)}/${quantityString(t.averageValue)} (avg)`;
      return `${status?.external ? quantityString(status.external.current?.value) : '<unknown>'}/${quantityString(t?.value)}`;
    }
    case 'Pods':
      return `${status?.pods ? quantityString(status.pods.current?.averageValue) : '<unknown>'}/${quantityString(spec.pods?.target?.averageValue)}`;
    case 'Object': {
      const t = spec.object?.target;
      if (t?.averageValue !== undefined) return `${current(status?.object?.current?.averageValue)}/${quantityString(t.averageValue)} (avg)`;
      return `${status?.object ? quantityString(status.object.current?.value) : '<unknown>'}/${quantityString(t?.value)}`;
    }
    case 'Resource':
    case 'ContainerResource': {
      const s = spec.type === 'Resource' ? spec.resource : spec.containerResource;
      const st = spec.type === 'Resource' ? status?.resource : status?.containerResource;
      const metric = s?.name ?? '';
      if (s?.target?.averageValue !== undefined) return `${metric}: ${st ? quantityString(st.current?.averageValue) : '<unknown>'}/${quantityString(s.target.averageValue)}`;
      const util = st?.current?.averageUtilization;
      const cur = util === undefined || util === null ? '<unknown>' : `${util}%`;
      const target = s?.target?.averageUtilization === undefined ? '<auto>' : `${s.target.averageUtilization}%`;
      return `${metric}: ${cur}/${target}`;
    }
    default:
      return '<unknown type>';
  }
}

function hpaTargets(hpa: HorizontalPodAutoscaler): string {
  const specs = hpa.spec?.metrics ?? [];
  if (specs.length === 0) return '<none>';
  const statuses = hpa.status?.currentMetrics ?? [];
  const list = specs.map((s, i) => hpaMetric(s, statuses[i]));
  return list.length > 2 ? `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...` : list.join(', ');
}

export const hpaTable: TableDef = {
  columns: [NAME, col('Reference'), col('Targets'), col('MinPods'), col('MaxPods'), col('Replicas'), AGE],
  row(o, { now }) {
    const hpa = o as unknown as HorizontalPodAutoscaler;
    const ref = hpa.spec?.scaleTargetRef;
    const min = hpa.spec?.minReplicas;
    return [
      name(o),
      `${ref?.kind ?? ''}/${ref?.name ?? ''}`,
      hpaTargets(hpa),
      min === undefined || min === null ? '<unset>' : String(min),
      hpa.spec?.maxReplicas ?? 0,
      hpa.status?.currentReplicas ?? 0,
      age(o, now),
    ];
  },
};

export const priorityClassTable: TableDef = {
  columns: [NAME, col('Value'), col('Global-Default'), AGE, wide('PreemptionPolicy')],
  row(o, { now }) {
    const pc = o as unknown as PriorityClass;
    return [name(o), pc.value ?? 0, pc.globalDefault ?? false, age(o, now), pc.preemptionPolicy ?? ''];
  },
};

export const leaseTable: TableDef = {
  columns: [NAME, col('Holder'), AGE],
  row: (o, { now }) => [name(o), (o as unknown as Lease).spec?.holderIdentity ?? '', age(o, now)],
};

export const controllerRevisionTable: TableDef = {
  columns: [NAME, col('Controller'), col('Revision'), AGE],
  row(o, { now }) {
    const cr = o as unknown as ControllerRevision;
    const owner = (o.metadata.ownerReferences ?? []).find((r) => r.controller);
    let controller = '<none>';
    if (owner) {
      const group = owner.apiVersion.includes('/') ? owner.apiVersion.split('/')[0] : '';
      controller = `${`${owner.kind}${group ? `.${group}` : ''}`.toLowerCase()}/${owner.name}`;
    }
    return [name(o), controller, cr.revision ?? 0, age(o, now)];
  },
};

export const podTemplateTable: TableDef = {
  columns: [NAME, col('Containers'), col('Images'), col('Pod Labels')],
  row(o) {
    const pt = o as unknown as PodTemplate;
    const [names, images] = containerCells(pt.template?.spec?.containers);
    return [name(o), names, images, formatLabels(pt.template?.metadata?.labels)];
  },
};

export const componentStatusTable: TableDef = {
  columns: [NAME, col('Status'), col('Message'), col('Error')],
  row(o) {
    const healthy = ((o as unknown as ComponentStatus).conditions ?? []).find((c) => c.type === 'Healthy');
    const status = healthy ? (healthy.status === 'True' ? 'Healthy' : 'Unhealthy') : 'Unknown';
    return [name(o), status, healthy?.message ?? '', healthy?.error ?? ''];
  },
};

/** rbac.SubjectsStrings: users, groups and service accounts (`ns/name`). */
function subjects(list: readonly Subject[] | undefined): [string, string, string] {
  const users: string[] = [];
  const groups: string[] = [];
  const sas: string[] = [];
  for (const s of list ?? []) {
    if (s.kind === 'User') users.push(s.name);
    else if (s.kind === 'Group') groups.push(s.name);
    else if (s.kind === 'ServiceAccount') sas.push(`${s.namespace ?? ''}/${s.name}`);
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')];
}

export const roleBindingTable: TableDef = {
  columns: [NAME, col('Role'), AGE, wide('Users'), wide('Groups'), wide('ServiceAccounts')],
  row(o, { now }) {
    const rb = o as unknown as ClusterRoleBinding;
    return [name(o), `${rb.roleRef?.kind ?? ''}/${rb.roleRef?.name ?? ''}`, age(o, now), ...subjects(rb.subjects)];
  },
};
