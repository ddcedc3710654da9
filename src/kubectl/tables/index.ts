// Which printer each resource uses, and the API server's default table (NAME, CREATED AT) for kinds
// without one (Roles, ClusterRoles, LimitRanges…).

import { rfc3339 } from '../../lib/duration';
import type { KubeObject } from '../../sim/api/object';
import { resourceKey, type ResourceType } from '../../sim/api/registry';
import { cronJobTable, jobTable } from './batch';
import { certificateSigningRequestTable } from './certificates';
import { namespaceTable, nodeTable, persistentVolumeClaimTable, persistentVolumeTable, storageClassTable } from './cluster';
import {
  componentStatusTable, configMapTable, controllerRevisionTable, hpaTable, leaseTable, podDisruptionBudgetTable,
  podTemplateTable, priorityClassTable, resourceQuotaTable, roleBindingTable, secretTable, serviceAccountTable,
} from './config';
import { customTable } from './custom';
import { eventTable } from './events';
import { apiServiceTable, webhookConfigurationTable } from './extensions';
import { endpointSliceTable, endpointsTable, ingressClassTable, ingressTable, networkPolicyTable, serviceTable } from './network';
import { podTable } from './pods';
import { NAME, type Table, type TableDef } from './types';
import { daemonSetTable, deploymentTable, replicaSetTable, replicationControllerTable, statefulSetTable } from './workloads';

export type { Cell, Column, Table, TableRow } from './types';
export { podSummary } from './pods';

const TABLES: Readonly<Record<string, TableDef>> = {
  pods: podTable,
  podtemplates: podTemplateTable,
  replicationcontrollers: replicationControllerTable,
  services: serviceTable,
  endpoints: endpointsTable,
  nodes: nodeTable,
  events: eventTable,
  namespaces: namespaceTable,
  secrets: secretTable,
  serviceaccounts: serviceAccountTable,
  persistentvolumes: persistentVolumeTable,
  persistentvolumeclaims: persistentVolumeClaimTable,
  componentstatuses: componentStatusTable,
  configmaps: configMapTable,
  resourcequotas: resourceQuotaTable,
  'deployments.apps': deploymentTable,
  'replicasets.apps': replicaSetTable,
  'statefulsets.apps': statefulSetTable,
  'daemonsets.apps': daemonSetTable,
  'controllerrevisions.apps': controllerRevisionTable,
  'jobs.batch': jobTable,
  'cronjobs.batch': cronJobTable,
  'horizontalpodautoscalers.autoscaling': hpaTable,
  'ingresses.networking.k8s.io': ingressTable,
  'ingressclasses.networking.k8s.io': ingressClassTable,
  'networkpolicies.networking.k8s.io': networkPolicyTable,
  'endpointslices.discovery.k8s.io': endpointSliceTable,
  'poddisruptionbudgets.policy': podDisruptionBudgetTable,
  'rolebindings.rbac.authorization.k8s.io': roleBindingTable,
  'clusterrolebindings.rbac.authorization.k8s.io': roleBindingTable,
  'priorityclasses.scheduling.k8s.io': priorityClassTable,
  'leases.coordination.k8s.io': leaseTable,
  'certificatesigningrequests.certificates.k8s.io': certificateSigningRequestTable,
  'storageclasses.storage.k8s.io': storageClassTable,
  'apiservices.apiregistration.k8s.io': apiServiceTable,
  'mutatingwebhookconfigurations.admissionregistration.k8s.io': webhookConfigurationTable,
  'validatingwebhookconfigurations.admissionregistration.k8s.io': webhookConfigurationTable,
};

/** rest.NewDefaultTableConvertor: the name and the creation time in RFC 3339. */
const DEFAULT_TABLE: TableDef = {
  columns: [NAME, { name: 'Created At' }],
  row(obj: KubeObject) {
    const t = Date.parse(obj.metadata.creationTimestamp ?? '');
    return [obj.metadata.name ?? '', Number.isNaN(t) ? '0001-01-01T00:00:00Z' : rfc3339(t)];
  },
};

export function tableDefFor(type: ResourceType): TableDef {
  if (type.custom) return customTable(type.custom);
  return TABLES[resourceKey(type)] ?? DEFAULT_TABLE;
}

/** The Table the API server would answer for these objects of one type. */
export function buildTable(type: ResourceType, objects: readonly KubeObject[], now: number): Table {
  const def = tableDefFor(type);
  return { columns: def.columns, rows: objects.map((object) => ({ cells: def.row(object, { now }), object })) };
}
