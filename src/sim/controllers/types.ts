import type { ResourceType } from '../api/registry';
import { RESOURCE_TYPES, resourceKey } from '../api/registry';

function find(key: string): ResourceType {
  const t = RESOURCE_TYPES.find((r) => resourceKey(r) === key);
  if (!t) throw new Error(`unknown resource ${key}`);
  return t;
}

/** The resource types controllers write, looked up once. */
export const RESOURCE_TYPE = {
  pods: find('pods'),
  services: find('services'),
  endpoints: find('endpoints'),
  events: find('events'),
  namespaces: find('namespaces'),
  nodes: find('nodes'),
  serviceaccounts: find('serviceaccounts'),
  configmaps: find('configmaps'),
  secrets: find('secrets'),
  persistentvolumeclaims: find('persistentvolumeclaims'),
  persistentvolumes: find('persistentvolumes'),
  replicasets: find('replicasets.apps'),
  deployments: find('deployments.apps'),
  statefulsets: find('statefulsets.apps'),
  daemonsets: find('daemonsets.apps'),
  controllerrevisions: find('controllerrevisions.apps'),
  jobs: find('jobs.batch'),
  cronjobs: find('cronjobs.batch'),
  endpointslices: find('endpointslices.discovery.k8s.io'),
  leases: find('leases.coordination.k8s.io'),
} as const;
