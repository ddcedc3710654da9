/**
 * The resource types the simulated API server serves, in API discovery order (the order
 * `kubectl api-resources` prints and `kubectl get all` walks).
 */
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  categories: string[];
  verbs: string[];
  /** Set on the types a CustomResourceDefinition serves: what the CRD says of this version. */
  custom?: CustomTypeInfo;
}

/** A served version of a CRD, as the API server needs it (kept loose: sim/api/crd owns the shapes). */
export interface CustomTypeInfo {
  /** The CRD's name, `<plural>.<group>`. */
  crd: string;
  /** `spec.versions[].schema.openAPIV3Schema` of this version. */
  schema: unknown;
  /** `spec.versions[].additionalPrinterColumns` of this version. */
  columns: readonly { name: string; type: string; jsonPath: string; priority?: number; format?: string; description?: string }[];
  /** `subresources.status` is set: status is written only through the status subresource. */
  statusSubresource: boolean;
  /** The version objects are stored in (conversion None only rewrites apiVersion). */
  storageVersion: string;
}

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function rt(
  groupVersion: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  shortNames: string[] = [],
  categories: string[] = [],
  verbs: string[] = CRUD,
): ResourceType {
  const [group, version] = groupVersion.includes('/') ? groupVersion.split('/') : ['', groupVersion];
  return {
    group: group as string,
    version: version as string,
    kind,
    plural,
    singular: kind.toLowerCase(),
    shortNames,
    namespaced,
    categories,
    verbs,
  };
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  rt('v1', 'Binding', 'bindings', true, [], [], ['create']),
  rt('v1', 'ComponentStatus', 'componentstatuses', false, ['cs'], [], ['get', 'list']),
  rt('v1', 'ConfigMap', 'configmaps', true, ['cm']),
  rt('v1', 'Endpoints', 'endpoints', true, ['ep']),
  rt('v1', 'Event', 'events', true, ['ev']),
  rt('v1', 'LimitRange', 'limitranges', true, ['limits']),
  rt('v1', 'Namespace', 'namespaces', false, ['ns'], [], ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']),
  rt('v1', 'Node', 'nodes', false, ['no']),
  rt('v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, ['pvc']),
  rt('v1', 'PersistentVolume', 'persistentvolumes', false, ['pv']),
  rt('v1', 'Pod', 'pods', true, ['po'], ['all']),
  rt('v1', 'PodTemplate', 'podtemplates', true),
  rt('v1', 'ReplicationController', 'replicationcontrollers', true, ['rc'], ['all']),
  rt('v1', 'ResourceQuota', 'resourcequotas', true, ['quota']),
  rt('v1', 'Secret', 'secrets', true),
  rt('v1', 'ServiceAccount', 'serviceaccounts', true, ['sa']),
  rt('v1', 'Service', 'services', true, ['svc'], ['all']),
  rt('admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', false),
  rt('admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', false),
  rt('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'customresourcedefinitions', false, ['crd', 'crds']),
  // Read-only here: the Local APIServices are derived from the served groups (sim/api/crd/apiservices.ts).
  rt('apiregistration.k8s.io/v1', 'APIService', 'apiservices', false, [], [], ['get', 'list', 'watch']),
  rt('apps/v1', 'ControllerRevision', 'controllerrevisions', true),
  rt('apps/v1', 'DaemonSet', 'daemonsets', true, ['ds'], ['all']),
  rt('apps/v1', 'Deployment', 'deployments', true, ['deploy'], ['all']),
  rt('apps/v1', 'ReplicaSet', 'replicasets', true, ['rs'], ['all']),
  rt('apps/v1', 'StatefulSet', 'statefulsets', true, ['sts'], ['all']),
  rt('authorization.k8s.io/v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', false, [], [], ['create']),
  rt('autoscaling/v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, ['hpa'], ['all']),
  rt('batch/v1', 'CronJob', 'cronjobs', true, ['cj'], ['all']),
  rt('batch/v1', 'Job', 'jobs', true, [], ['all']),
  rt('certificates.k8s.io/v1', 'CertificateSigningRequest', 'certificatesigningrequests', false, ['csr']),
  rt('coordination.k8s.io/v1', 'Lease', 'leases', true),
  rt('discovery.k8s.io/v1', 'EndpointSlice', 'endpointslices', true),
  rt('events.k8s.io/v1', 'Event', 'events', true, ['ev']),
  rt('networking.k8s.io/v1', 'IngressClass', 'ingressclasses', false),
  rt('networking.k8s.io/v1', 'Ingress', 'ingresses', true, ['ing']),
  rt('networking.k8s.io/v1', 'NetworkPolicy', 'networkpolicies', true, ['netpol']),
  rt('policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, ['pdb']),
  rt('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'clusterrolebindings', false),
  rt('rbac.authorization.k8s.io/v1', 'ClusterRole', 'clusterroles', false),
  rt('rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings', true),
  rt('rbac.authorization.k8s.io/v1', 'Role', 'roles', true),
  rt('scheduling.k8s.io/v1', 'PriorityClass', 'priorityclasses', false, ['pc']),
  rt('storage.k8s.io/v1', 'StorageClass', 'storageclasses', false, ['sc']),
];

/**
 * Kinds the store keeps, keyed by `plural.group` ("pods", "deployments.apps"). events.k8s.io/v1
 * Event is another view of core v1 events, so both map to the same stored resource.
 */
export function resourceKey(type: Pick<ResourceType, 'plural' | 'group'>): string {
  if (type.group === 'events.k8s.io') return 'events';
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

export function apiVersionOf(type: Pick<ResourceType, 'group' | 'version'>): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

const byApiVersionKind = new Map<string, ResourceType>();
const byKey = new Map<string, ResourceType>();
for (const t of RESOURCE_TYPES) {
  byApiVersionKind.set(`${apiVersionOf(t)}|${t.kind}`, t);
  if (!byKey.has(resourceKey(t))) byKey.set(resourceKey(t), t);
}

/** Older API versions the server still accepts for a kind (e.g. autoscaling/v1 HPAs). */
const EXTRA_VERSIONS: Record<string, string> = {
  'autoscaling/v1|HorizontalPodAutoscaler': 'autoscaling/v2|HorizontalPodAutoscaler',
};

export function typeForKind(apiVersion: string, kind: string): ResourceType | undefined {
  const key = `${apiVersion}|${kind}`;
  return byApiVersionKind.get(key) ?? byApiVersionKind.get(EXTRA_VERSIONS[key] ?? '');
}

export function typeForKey(key: string): ResourceType | undefined {
  return byKey.get(key);
}

/** The `group` part as kubectl messages show it: `deployments.apps`, plain `pods` for core. */
export function qualifiedPlural(type: Pick<ResourceType, 'plural' | 'group'>): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** `Deployment.apps`, `Pod`: the form the API server uses in Invalid messages. */
export function qualifiedKind(type: Pick<ResourceType, 'kind' | 'group'>): string {
  return type.group ? `${type.kind}.${type.group}` : type.kind;
}
