/**
 * Fields Kubernetes added (or dropped) between v1.30 — the API level of the installed `kubernetes-types`
 * package — and v1.35, the version the simulator plays. scripts/gen-schema.ts folds this into
 * types.gen.json. The API server's decoder knows every field of its Go structs whatever the feature
 * gates say (a disabled alpha field is dropped later, not rejected), so strict decoding must know them
 * all; the ones students meet are marked ★.
 *
 * Codes as in codes.ts (`@Name` = a struct in the same package, `!` required, `|Go` = Go type name).
 * Versions below are the first k8s.io/api release that declares the field.
 */

/** typeId → field → code, for types that exist at v1.30. */
export const OVERLAY_FIELDS: Record<string, Record<string, string>> = {
  'apps/v1.DeploymentStatus': {
    terminatingReplicas: 'i', // v1.33: pods of the deployment that are terminating (status only)
  },
  'apps/v1.ReplicaSetStatus': {
    terminatingReplicas: 'i', // v1.33: same, per ReplicaSet
  },
  'authorization/v1.ResourceAttributes': {
    fieldSelector: '@FieldSelectorAttributes', // v1.31: access review limited by a field selector
    labelSelector: '@LabelSelectorAttributes', // v1.31: access review limited by a label selector
  },
  'autoscaling/v2.HPAScalingRules': {
    tolerance: 'q', // v1.33 ★: per-direction scaling tolerance (default 10%) in HPA behavior
  },
  'coordination/v1.LeaseSpec': {
    strategy: 's|v1.CoordinatedLeaseStrategy', // v1.31: coordinated leader election strategy
    preferredHolder: 's', // v1.31: coordinated leader election, holder asked to take over
  },
  'core/v1.Container': {
    restartPolicyRules: '[@ContainerRestartRule', // v1.34: per-container restart rules by exit code
  },
  'core/v1.EphemeralContainer': {
    restartPolicyRules: '[@ContainerRestartRule', // v1.34: mirrors Container
  },
  'core/v1.ContainerStatus': {
    user: '@ContainerUser', // v1.31: uid/gid the container process runs with
    allocatedResourcesStatus: '[@ResourceStatus', // v1.31: health of allocated devices
    stopSignal: 's|v1.Signal', // v1.33: effective stop signal
  },
  'core/v1.EnvVarSource': {
    fileKeyRef: '@FileKeySelector', // v1.34: env var value read from a file in an emptyDir volume
  },
  'core/v1.Lifecycle': {
    stopSignal: 's|v1.Signal', // v1.33 ★: signal sent to stop the container (e.g. SIGUSR1)
  },
  'core/v1.NodeRuntimeHandlerFeatures': {
    userNamespaces: 'b', // v1.31: runtime handler supports user namespaces
  },
  'core/v1.NodeStatus': {
    features: '@NodeFeatures', // v1.31: features the node supports
    declaredFeatures: '[s', // v1.35: node-declared features
  },
  'core/v1.NodeSystemInfo': {
    swap: '@NodeSwapStatus', // v1.33: swap capacity of the node
  },
  'core/v1.PodCondition': {
    observedGeneration: 'l', // v1.33: pod generation the condition was set for
  },
  'core/v1.PodResourceClaim': {
    resourceClaimName: 's', // v1.31: replaced `source` (DRA)
    resourceClaimTemplateName: 's', // v1.31: replaced `source` (DRA)
  },
  'core/v1.PodSecurityContext': {
    supplementalGroupsPolicy: 's|v1.SupplementalGroupsPolicy', // v1.31 ★: Merge or Strict
    seLinuxChangePolicy: 's|v1.PodSELinuxChangePolicy', // v1.32: MountOption or Recursive
  },
  'core/v1.PodSpec': {
    resources: '@ResourceRequirements', // v1.32 ★: pod-level requests/limits (PodLevelResources)
    hostnameOverride: 's', // v1.34 ★: hostname set inside the pod, overriding name/subdomain
    workloadRef: '@WorkloadReference', // v1.35: gang scheduling workload the pod belongs to
  },
  'core/v1.PodStatus': {
    observedGeneration: 'l', // v1.33 ★: pod generation the kubelet has seen
    extendedResourceClaimStatus: '@PodExtendedResourceClaimStatus', // v1.34: DRA extended resources
    allocatedResources: '{q|v1.ResourceList', // v1.35: pod-level allocated resources
    resources: '@ResourceRequirements', // v1.35: pod-level actual resources
  },
  'core/v1.ResourceClaim': {
    request: 's', // v1.31: DRA request name inside the claim
  },
  'core/v1.Volume': {
    image: '@ImageVolumeSource', // v1.31 ★: mount an OCI image as a read-only volume
  },
  'core/v1.VolumeProjection': {
    podCertificate: '@PodCertificateProjection', // v1.34: projected pod certificate
  },
  'discovery/v1.EndpointHints': {
    forNodes: '[@ForNode', // v1.33: node hints for trafficDistribution PreferSameNode
  },
  // Not in kubernetes-types: Go embeds admissionregistration's Rule inline, the package leaves its fields out.
  'admissionregistration/v1.RuleWithOperations': {
    resources: '[s', // ★ the resources a webhook rule matches ("pods", "deployments/scale")
    scope: 's|v1.ScopeType',
  },
  // Not in kubernetes-types (their JSON names are not identifiers), though served since v1.16: a CRD's schema extensions.
  'apiextensions/v1.JSONSchemaProps': {
    'x-kubernetes-embedded-resource': 'b',
    'x-kubernetes-int-or-string': 'b',
    'x-kubernetes-list-map-keys': '[s',
    'x-kubernetes-list-type': 's',
    'x-kubernetes-map-type': 's',
    'x-kubernetes-preserve-unknown-fields': 'b', // ★ keeps fields the schema does not declare
    'x-kubernetes-validations': '[@ValidationRule',
  },
};

/** Types that appear after v1.30, reached from the fields above. */
export const OVERLAY_TYPES: Record<string, Record<string, string>> = {
  'core/v1.ContainerRestartRule': { action: 's!|v1.ContainerRestartRuleAction', exitCodes: '@ContainerRestartRuleOnExitCodes' },
  'core/v1.ContainerRestartRuleOnExitCodes': { operator: 's!|v1.ContainerRestartRuleOnExitCodesOperator', values: '[i' },
  'core/v1.ContainerUser': { linux: '@LinuxContainerUser' },
  'core/v1.LinuxContainerUser': { gid: 'l!', supplementalGroups: '[l', uid: 'l!' },
  'core/v1.ResourceStatus': { name: 's!|v1.ResourceName', resources: '[@ResourceHealth' },
  'core/v1.ResourceHealth': { health: 's|v1.ResourceHealthStatus', resourceID: 's!|v1.ResourceID' },
  'core/v1.FileKeySelector': { key: 's!', optional: 'b', path: 's!', volumeName: 's!' },
  'core/v1.NodeFeatures': { supplementalGroupsPolicy: 'b' },
  'core/v1.NodeSwapStatus': { capacity: 'l' },
  'core/v1.WorkloadReference': { name: 's!', podGroup: 's!', podGroupReplicaKey: 's' },
  'core/v1.PodExtendedResourceClaimStatus': { requestMappings: '[@ContainerExtendedResourceRequest!', resourceClaimName: 's!' },
  'core/v1.ContainerExtendedResourceRequest': { containerName: 's!', requestName: 's!', resourceName: 's!' },
  'core/v1.ImageVolumeSource': { pullPolicy: 's|v1.PullPolicy', reference: 's' },
  'core/v1.PodCertificateProjection': {
    certificateChainPath: 's', credentialBundlePath: 's', keyPath: 's', keyType: 's!', maxExpirationSeconds: 'i',
    signerName: 's!', userAnnotations: '{s',
  },
  'discovery/v1.ForNode': { name: 's!' },
  'authorization/v1.FieldSelectorAttributes': { rawSelector: 's', requirements: '[@meta/v1.FieldSelectorRequirement' },
  'authorization/v1.LabelSelectorAttributes': { rawSelector: 's', requirements: '[@meta/v1.LabelSelectorRequirement' },
  'meta/v1.FieldSelectorRequirement': { key: 's!', operator: 's!|v1.FieldSelectorOperator', values: '[s' },
};

/** Fields v1.30 had that v1.35 no longer declares (`typeId.field`). */
export const OVERLAY_REMOVED: string[] = [
  'core/v1.PodResourceClaim.source', // alpha DRA field, replaced in v1.31 by resourceClaimName/resourceClaimTemplateName
];
