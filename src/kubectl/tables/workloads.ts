// Rows of the apps workloads and the core ReplicationController: replica counts from spec and
// status, and -o wide's containers, images and selector.

import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { ReplicationController } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import { containerCells, formatLabels, since, formatSelector, selectorString } from './format';
import { AGE, col, NAME, wide, type TableDef } from './types';

const containersAndImages = [wide('Containers'), wide('Images')];

export const deploymentTable: TableDef = {
  columns: [NAME, col('Ready'), col('Up-to-date'), col('Available'), AGE, ...containersAndImages, wide('Selector')],
  row(obj: KubeObject, { now }) {
    const d = obj as unknown as Deployment;
    const [names, images] = containerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata?.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 1}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      since(d.metadata?.creationTimestamp, now),
      names,
      images,
      selectorString(d.spec?.selector),
    ];
  },
};

export const replicaSetTable: TableDef = {
  columns: [NAME, col('Desired'), col('Current'), col('Ready'), AGE, ...containersAndImages, wide('Selector')],
  row(obj: KubeObject, { now }) {
    const rs = obj as unknown as ReplicaSet;
    const [names, images] = containerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata?.name ?? '',
      rs.spec?.replicas ?? 1,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      since(rs.metadata?.creationTimestamp, now),
      names,
      images,
      formatSelector(rs.spec?.selector),
    ];
  },
};

export const replicationControllerTable: TableDef = {
  columns: replicaSetTable.columns,
  row(obj: KubeObject, { now }) {
    const rc = obj as unknown as ReplicationController;
    const [names, images] = containerCells(rc.spec?.template?.spec?.containers);
    return [
      rc.metadata?.name ?? '',
      rc.spec?.replicas ?? 1,
      rc.status?.replicas ?? 0,
      rc.status?.readyReplicas ?? 0,
      since(rc.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabels(rc.spec?.selector),
    ];
  },
};

export const statefulSetTable: TableDef = {
  columns: [NAME, col('Ready'), AGE, ...containersAndImages],
  row(obj: KubeObject, { now }) {
    const sts = obj as unknown as StatefulSet;
    const [names, images] = containerCells(sts.spec?.template?.spec?.containers);
    return [
      sts.metadata?.name ?? '',
      `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 1}`,
      since(sts.metadata?.creationTimestamp, now),
      names,
      images,
    ];
  },
};

export const daemonSetTable: TableDef = {
  columns: [
    NAME, col('Desired'), col('Current'), col('Ready'), col('Up-to-date'), col('Available'), col('Node Selector'), AGE,
    ...containersAndImages, wide('Selector'),
  ],
  row(obj: KubeObject, { now }) {
    const ds = obj as unknown as DaemonSet;
    const st = ds.status;
    const [names, images] = containerCells(ds.spec?.template?.spec?.containers);
    return [
      ds.metadata?.name ?? '',
      st?.desiredNumberScheduled ?? 0,
      st?.currentNumberScheduled ?? 0,
      st?.numberReady ?? 0,
      st?.updatedNumberScheduled ?? 0,
      st?.numberAvailable ?? 0,
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      since(ds.metadata?.creationTimestamp, now),
      names,
      images,
      formatSelector(ds.spec?.selector),
    ];
  },
};
