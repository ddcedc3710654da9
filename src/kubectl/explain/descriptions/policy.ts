// Descriptions (our own words) of access control and cluster policy kinds: RBAC roles and bindings,
// ResourceQuota, LimitRange, PodDisruptionBudget, PriorityClass, StorageClass, and the older
// autoscaling/v1 HorizontalPodAutoscaler.

import type { TypeDocs } from './types';

const BINDING_FIELDS = {
  roleRef: 'The Role or ClusterRole whose permissions are granted. It cannot be changed; delete and recreate the binding instead.',
  subjects: 'The users, groups and service accounts that get the permissions.',
};

export const POLICY_DOCS: TypeDocs = {
  'rbac/v1.Role': {
    about: 'A Role is a set of permissions (rules) inside one namespace. A RoleBinding grants them.',
    fields: { rules: 'The permissions; each rule allows some verbs on some resources. Permissions only add up; there are no deny rules.' },
  },
  'rbac/v1.ClusterRole': {
    about: 'A ClusterRole is a set of permissions that can be granted cluster-wide (ClusterRoleBinding) or in one namespace (RoleBinding). It can also cover cluster-scoped resources and non-resource URLs.',
    fields: {
      aggregationRule: 'Build the rules from other ClusterRoles with matching labels; the controller fills in rules.',
      rules: 'The permissions; each rule allows some verbs on some resources or URLs.',
    },
  },
  'rbac/v1.AggregationRule': { about: 'Which ClusterRoles to combine.', fields: { clusterRoleSelectors: 'Label selectors of the ClusterRoles whose rules are combined.' } },
  'rbac/v1.PolicyRule': {
    about: 'One permission: the verbs allowed on some resources (or non-resource URLs).',
    fields: {
      apiGroups: 'The API groups of the resources; "" is the core group (pods, services...), "*" any group.',
      nonResourceURLs: 'URL paths such as /healthz (only in ClusterRoles); a trailing * matches a prefix.',
      resourceNames: 'Only these objects by name. Cannot limit list, watch, create or deletecollection.',
      resources: 'The resources, such as pods or deployments; pods/log names a subresource; "*" means all.',
      verbs: 'The allowed verbs: get, list, watch, create, update, patch, delete, deletecollection, or "*".',
    },
  },
  'rbac/v1.RoleBinding': {
    about: 'A RoleBinding grants the permissions of a Role (or of a ClusterRole, limited to this namespace) to subjects.',
    fields: BINDING_FIELDS,
  },
  'rbac/v1.ClusterRoleBinding': { about: 'A ClusterRoleBinding grants the permissions of a ClusterRole in every namespace to subjects.', fields: BINDING_FIELDS },
  'rbac/v1.RoleRef': {
    about: 'The role a binding grants.',
    fields: { apiGroup: 'rbac.authorization.k8s.io.', kind: 'Role or ClusterRole.', name: 'The name of the role.' },
  },
  'rbac/v1.Subject': {
    about: 'Who a binding applies to.',
    fields: {
      apiGroup: 'rbac.authorization.k8s.io for User and Group; empty for ServiceAccount.',
      kind: 'User, Group or ServiceAccount.',
      name: 'The name of the user, group or service account.',
      namespace: 'For a ServiceAccount: its namespace.',
    },
  },
  'core/v1.ResourceQuota': {
    about: 'A ResourceQuota caps the total resources (cpu, memory, storage) and object counts of one namespace. Requests that would exceed it are refused.',
    fields: { spec: 'The limits.', status: 'The limits and current use. Read-only.' },
  },
  'core/v1.ResourceQuotaSpec': {
    about: 'The limits of a ResourceQuota.',
    fields: {
      hard: 'The caps, such as pods: 10, requests.cpu: 4, limits.memory: 8Gi or count/deployments.apps: 5.',
      scopeSelector: 'Only count objects matching these scope conditions.',
      scopes: 'Only count objects in these scopes, such as BestEffort or NotTerminating.',
    },
  },
  'core/v1.ResourceQuotaStatus': { about: 'The use of a ResourceQuota.', fields: { hard: 'The caps in force.', used: 'What the namespace uses now.' } },
  'core/v1.ScopeSelector': { about: 'Conditions on quota scopes.', fields: { matchExpressions: 'The conditions; all must hold.' } },
  'core/v1.ScopedResourceSelectorRequirement': {
    about: 'One condition on a quota scope.',
    fields: { operator: 'In, NotIn, Exists or DoesNotExist.', scopeName: 'The scope, such as PriorityClass.', values: 'The values for In and NotIn.' },
  },
  'core/v1.LimitRange': {
    about: 'A LimitRange sets default requests and limits for containers of a namespace, and the smallest and largest values allowed.',
    fields: { spec: 'The limits.' },
  },
  'core/v1.LimitRangeSpec': { about: 'The limits of a LimitRange.', fields: { limits: 'The limits, per kind of object.' } },
  'core/v1.LimitRangeItem': {
    about: 'Limits for one kind of object.',
    fields: {
      default: 'The limits given to containers that set none.',
      defaultRequest: 'The requests given to containers that set none.',
      max: 'The largest allowed values.',
      maxLimitRequestRatio: 'The largest allowed ratio of limit to request.',
      min: 'The smallest allowed values.',
      type: 'What the limits apply to: Container, Pod or PersistentVolumeClaim.',
    },
  },
  'policy/v1.PodDisruptionBudget': {
    about: 'A PodDisruptionBudget limits how many pods of an application voluntary disruptions (drains, evictions) may take down at once.',
    fields: { spec: 'The pods and the budget.', status: 'How many disruptions are allowed now. Read-only.' },
  },
  'policy/v1.PodDisruptionBudgetSpec': {
    about: 'The desired state of a PodDisruptionBudget.',
    fields: {
      maxUnavailable: 'How many selected pods may be unavailable after an eviction (number or percentage).',
      minAvailable: 'How many selected pods must stay available after an eviction (number or percentage).',
      selector: 'The pods the budget protects.',
      unhealthyPodEvictionPolicy: 'Whether unhealthy pods may be evicted regardless: IfHealthyBudget (the default) or AlwaysAllow.',
    },
  },
  'policy/v1.PodDisruptionBudgetStatus': {
    about: 'The observed state of a PodDisruptionBudget.',
    fields: {
      conditions: 'Conditions such as DisruptionAllowed.',
      currentHealthy: 'Healthy pods now.',
      desiredHealthy: 'The least number of healthy pods wanted.',
      disruptedPods: 'Pods being evicted, with when the eviction was granted.',
      disruptionsAllowed: 'How many pods may be disrupted now.',
      expectedPods: 'How many pods the budget counts.',
      observedGeneration: 'The generation last acted on.',
    },
  },
  'scheduling/v1.PriorityClass': {
    about: 'A PriorityClass names a pod priority. Pods refer to it with priorityClassName; higher priorities are scheduled first and may preempt lower ones.',
    fields: {
      description: 'What the class is for.',
      globalDefault: 'Use this class for pods without priorityClassName. Only one class may be the default.',
      preemptionPolicy: 'PreemptLowerPriority (the default) or Never.',
      value: 'The priority. Up to one billion for user classes; higher is more important.',
    },
  },
  'storage/v1.StorageClass': {
    about: 'A StorageClass describes a kind of storage. PersistentVolumeClaims name it to have volumes provisioned on demand.',
    fields: {
      allowVolumeExpansion: 'Whether claims of this class may be resized upwards.',
      allowedTopologies: 'Where volumes may be provisioned (zones and the like).',
      mountOptions: 'Mount options for the volumes, such as debug.',
      parameters: 'Settings for the provisioner, such as the disk type.',
      provisioner: 'The provisioner that makes the volumes, such as a CSI driver name.',
      reclaimPolicy: 'What happens to provisioned volumes when their claim is deleted: Delete (the default) or Retain.',
      volumeBindingMode: 'Immediate (the default) or WaitForFirstConsumer (provision only once a pod using the claim is scheduled).',
    },
  },
  'core/v1.TopologySelectorTerm': { about: 'A topology condition.', fields: { matchLabelExpressions: 'Conditions on topology labels.' } },
  'core/v1.TopologySelectorLabelRequirement': { about: 'A condition on a topology label.', fields: { key: 'The label key.', values: 'The allowed values.' } },
  'autoscaling/v1.HorizontalPodAutoscaler': {
    about: 'The older form of HorizontalPodAutoscaler, which can only follow average CPU use. autoscaling/v2 adds other metrics and scaling behavior.',
    fields: { spec: 'The object to scale, the replica range and the CPU target.', status: 'The current CPU use and replicas. Read-only.' },
  },
  'autoscaling/v1.HorizontalPodAutoscalerSpec': {
    about: 'The desired state of a HorizontalPodAutoscaler (autoscaling/v1).',
    fields: {
      maxReplicas: 'The most replicas the autoscaler may set.',
      minReplicas: 'The fewest replicas the autoscaler may set. Defaults to 1.',
      scaleTargetRef: 'The object whose replicas are changed.',
      targetCPUUtilizationPercentage: 'The target average CPU use, as a percentage of the pods\' CPU requests.',
    },
  },
  'autoscaling/v1.HorizontalPodAutoscalerStatus': {
    about: 'The observed state of a HorizontalPodAutoscaler (autoscaling/v1).',
    fields: {
      currentCPUUtilizationPercentage: 'The current average CPU use, as a percentage of the requests.',
      currentReplicas: 'The replicas the target has now.',
      desiredReplicas: 'The replicas the autoscaler last asked for.',
      lastScaleTime: 'When the autoscaler last changed the replicas.',
      observedGeneration: 'The generation the autoscaler last acted on.',
    },
  },
  'autoscaling/v1.CrossVersionObjectReference': {
    about: 'A reference to the object being scaled.',
  },
};
