// Descriptions (our own words) of ConfigMap, Secret, ServiceAccount, Namespace, Node, PersistentVolume,
// PersistentVolumeClaim and HorizontalPodAutoscaler (autoscaling/v2) with their parts.

import type { TypeDocs } from './types';

const CONDITION_FIELDS = {
  lastHeartbeatTime: 'When the node last reported this condition.',
  lastProbeTime: 'When the condition was last checked.',
  lastTransitionTime: 'When status last changed.',
  message: 'A human-readable explanation.',
  reason: 'A one-word CamelCase reason for the last change.',
  status: 'True, False or Unknown.',
};

const RESOURCE_REFERENCE = {
  apiGroup: 'The API group of the object; empty for the core group.',
  kind: 'The kind of the object.',
  name: 'The name of the object.',
};

export const CORE_DOCS: TypeDocs = {
  'core/v1.ConfigMap': {
    about: 'A ConfigMap holds non-secret configuration as key/value pairs, which pods use as environment variables, command arguments or files in a volume.',
    fields: {
      binaryData: 'Keys with binary values, written base64-encoded. Keys may not also appear in data.',
      data: 'Keys with text values. Keys may contain letters, digits, "-", "_" and ".".',
      immutable: 'When true, data and binaryData can no longer be changed (only the whole object deleted). It cannot be unset.',
    },
  },
  'core/v1.Secret': {
    about: 'A Secret holds small amounts of sensitive data such as passwords, tokens or keys, for pods to use as environment variables or files. Values are base64-encoded, not encrypted.',
    fields: {
      data: 'Keys with base64-encoded values.',
      immutable: 'When true, the data can no longer be changed. It cannot be unset.',
      stringData: 'Keys with plain text values, a convenience for writing: they are merged into data (encoded) and never read back.',
      type:
        'What the Secret is for, which decides the keys it must have: Opaque (the default), kubernetes.io/tls, kubernetes.io/dockerconfigjson, kubernetes.io/basic-auth, kubernetes.io/ssh-auth, kubernetes.io/service-account-token...',
    },
  },
  'core/v1.ServiceAccount': {
    about: 'A ServiceAccount is an identity for processes in pods. RBAC bindings give it permissions; pods use it through spec.serviceAccountName.',
    fields: {
      automountServiceAccountToken: 'Whether pods using this account get its API token mounted by default.',
      imagePullSecrets: 'Registry credential Secrets added to pods that use this account.',
      secrets: 'Secrets pods of this account may use (legacy; tokens are now projected into pods instead).',
    },
  },
  'core/v1.Namespace': {
    about: 'A Namespace is a named scope for objects: names must be unique within a namespace, and quotas, policies and RBAC roles apply per namespace.',
    fields: { spec: 'The finalizers of the namespace.', status: 'The phase of the namespace. Read-only.' },
  },
  'core/v1.NamespaceSpec': {
    about: 'The desired state of a Namespace.',
    fields: { finalizers: 'Clean-up steps that must finish before the namespace is removed; kubernetes means "delete every object in it".' },
  },
  'core/v1.NamespaceStatus': {
    about: 'The observed state of a Namespace.',
    fields: { conditions: 'Conditions about the deletion of the namespace.', phase: 'Active, or Terminating while its objects are being deleted.' },
  },
  'core/v1.NamespaceCondition': {
    about: 'A condition of a Namespace.',
    fields: { ...CONDITION_FIELDS, type: 'The kind of condition, such as NamespaceDeletionContentFailure.' },
  },
  'core/v1.Node': {
    about: 'A Node is a machine (virtual or physical) that runs pods. Its kubelet registers it and reports its state.',
    fields: { spec: 'How the node is configured: pod address range, taints, whether it is schedulable.', status: 'What the kubelet reports: conditions, capacity, addresses and versions. Read-only.' },
  },
  'core/v1.NodeSpec': {
    about: 'The desired state of a Node.',
    fields: {
      configSource: 'Deprecated: a dynamic kubelet configuration.',
      externalID: 'Deprecated.',
      podCIDR: 'The address range for pods on this node.',
      podCIDRs: 'The address ranges for pods on this node, one per IP family.',
      providerID: 'The ID of the machine at the cloud provider.',
      taints: 'Taints that keep pods without a matching toleration off the node.',
      unschedulable: 'Keep new pods from being scheduled on the node (kubectl cordon sets it).',
    },
  },
  'core/v1.Taint': {
    about: 'A taint repels pods that do not tolerate it.',
    fields: {
      effect:
        'NoSchedule (new pods are not scheduled), PreferNoSchedule (avoided if possible) or NoExecute (running pods without a toleration are evicted too).',
      key: 'The taint key.',
      timeAdded: 'When a NoExecute taint was added.',
      value: 'The taint value.',
    },
  },
  'core/v1.NodeStatus': {
    about: 'The observed state of a Node.',
    fields: {
      addresses: 'The addresses of the node (InternalIP, ExternalIP, Hostname).',
      allocatable: 'The resources available for pods: capacity minus what is reserved for the system.',
      capacity: 'The total resources of the node: cpu, memory, ephemeral-storage, pods...',
      conditions: 'Ready, MemoryPressure, DiskPressure, PIDPressure and NetworkUnavailable.',
      config: 'Deprecated: the state of dynamic kubelet configuration.',
      daemonEndpoints: 'The ports of the daemons on the node, such as the kubelet.',
      declaredFeatures: 'Features the node declares it supports.',
      features: 'Features the node supports.',
      images: 'The container images on the node.',
      nodeInfo: 'Versions and identifiers of the node: kernel, OS, container runtime, kubelet.',
      phase: 'Deprecated and not set.',
      runtimeHandlers: 'The runtime handlers the container runtime offers.',
      volumesAttached: 'Volumes attached to the node.',
      volumesInUse: 'Volumes in use (mounted) on the node.',
    },
  },
  'core/v1.NodeAddress': { about: 'An address of a node.', fields: { address: 'The address.', type: 'Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.' } },
  'core/v1.NodeCondition': {
    about: 'A condition of a Node.',
    fields: { ...CONDITION_FIELDS, type: 'Ready, MemoryPressure, DiskPressure, PIDPressure or NetworkUnavailable.' },
  },
  'core/v1.NodeSystemInfo': {
    about: 'Versions and identifiers of a node.',
    fields: {
      architecture: 'The CPU architecture, such as amd64.',
      bootID: 'An ID that changes on every boot.',
      containerRuntimeVersion: 'The container runtime and its version, such as containerd://2.1.0.',
      kernelVersion: 'The kernel version (uname -r).',
      kubeProxyVersion: 'Deprecated: not reliably set.',
      kubeletVersion: 'The version of the kubelet.',
      machineID: 'The machine ID (/etc/machine-id).',
      operatingSystem: 'linux or windows.',
      osImage: 'The operating system name and version.',
      swap: 'Swap memory of the node.',
      systemUUID: 'The hardware UUID.',
    },
  },
  'core/v1.NodeSwapStatus': { about: 'Swap memory of a node.', fields: { capacity: 'The swap size in bytes.' } },
  'core/v1.NodeDaemonEndpoints': { about: 'Ports of the daemons on a node.', fields: { kubeletEndpoint: 'The port of the kubelet.' } },
  'core/v1.DaemonEndpoint': { about: 'A port of a daemon.', fields: { Port: 'The port number.' } },
  'core/v1.ContainerImage': { about: 'An image on a node.', fields: { names: 'The names (tags and digests) of the image.', sizeBytes: 'The size of the image.' } },
  'core/v1.AttachedVolume': { about: 'A volume attached to a node.', fields: { devicePath: 'Where the device is.', name: 'The name of the volume.' } },
  'core/v1.NodeRuntimeHandler': { about: 'A runtime handler of a node.', fields: { features: 'Features the handler supports.', name: 'The name of the handler; empty for the default.' } },
  'core/v1.NodeRuntimeHandlerFeatures': {
    about: 'Features of a runtime handler.',
    fields: { recursiveReadOnlyMounts: 'Supports recursive read-only mounts.', userNamespaces: 'Supports user namespaces.' },
  },
  'core/v1.NodeFeatures': { about: 'Features a node supports.', fields: { supplementalGroupsPolicy: 'Supports supplementalGroupsPolicy.' } },
  'core/v1.NodeConfigSource': { about: 'Deprecated: a source of kubelet configuration.', fields: { configMap: 'The ConfigMap.' } },
  'core/v1.ConfigMapNodeConfigSource': {
    about: 'Deprecated: a ConfigMap with kubelet configuration.',
    fields: {
      kubeletConfigKey: 'The key with the configuration.',
      name: 'The name of the ConfigMap.',
      namespace: 'The namespace of the ConfigMap.',
      resourceVersion: 'The resource version of the ConfigMap.',
      uid: 'The UID of the ConfigMap.',
    },
  },
  'core/v1.NodeConfigStatus': {
    about: 'Deprecated: the state of dynamic kubelet configuration.',
    fields: { active: 'The configuration in use.', assigned: 'The configuration assigned.', error: 'Errors applying it.', lastKnownGood: 'The last working configuration.' },
  },
  'core/v1.PersistentVolume': {
    about:
      'A PersistentVolume is a piece of storage in the cluster, made by an administrator or by a provisioner for a StorageClass. A PersistentVolumeClaim binds to it.',
    fields: { spec: 'The storage: capacity, access modes, where it lives and what happens to it when released.', status: 'The phase of the volume. Read-only.' },
  },
  'core/v1.PersistentVolumeSpec': {
    about: 'The desired state of a PersistentVolume.',
    fields: {
      accessModes: 'How the volume can be mounted: ReadWriteOnce (by one node), ReadOnlyMany, ReadWriteMany or ReadWriteOncePod (by one pod).',
      capacity: 'The size of the volume, as storage: <quantity>.',
      claimRef: 'The claim this volume is bound (or reserved) to.',
      hostPath: 'A directory on a node. Only for single-node testing.',
      local: 'A disk or directory on one node; nodeAffinity must name the node.',
      mountOptions: 'Mount options used whenever the volume is mounted, such as nfsvers=4.1.',
      nodeAffinity: 'Which nodes can use the volume.',
      persistentVolumeReclaimPolicy:
        'What happens when the claim is deleted: Retain (keep the volume and its data, the default for hand-made volumes), Delete (remove it; the default for provisioned ones) or Recycle (deprecated).',
      storageClassName: 'The StorageClass of the volume. A claim binds only to volumes of its class; empty means no class.',
      volumeAttributesClassName: 'The VolumeAttributesClass of the volume.',
      volumeMode: 'Filesystem (the default) or Block (a raw device).',
    },
  },
  'core/v1.PersistentVolumeStatus': {
    about: 'The observed state of a PersistentVolume.',
    fields: {
      lastPhaseTransitionTime: 'When phase last changed.',
      message: 'A human-readable note about the state.',
      phase: 'Pending, Available (not bound), Bound, Released (its claim was deleted) or Failed.',
      reason: 'A short reason for a failure.',
    },
  },
  'core/v1.VolumeNodeAffinity': { about: 'The nodes a volume can be used from.', fields: { required: 'Node conditions that must hold.' } },
  'core/v1.PersistentVolumeClaim': {
    about: 'A PersistentVolumeClaim asks for storage of a size and access mode. It binds to a matching PersistentVolume, or one is provisioned from its StorageClass; pods mount the claim.',
    fields: { spec: 'What storage is asked for.', status: 'Whether it is bound, and its actual capacity. Read-only.' },
  },
  'core/v1.PersistentVolumeClaimSpec': {
    about: 'The desired state of a PersistentVolumeClaim.',
    fields: {
      accessModes: 'The access modes the volume must offer: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.',
      dataSource: 'An existing PVC or VolumeSnapshot to fill the new volume from.',
      dataSourceRef: 'Like dataSource, but may name other kinds and objects in other namespaces.',
      resources: 'The storage size asked for, as requests.storage.',
      selector: 'Only bind to volumes with these labels.',
      storageClassName: 'The StorageClass to provision from. Unset uses the default class; "" asks for a volume without a class.',
      volumeAttributesClassName: 'The VolumeAttributesClass to use.',
      volumeMode: 'Filesystem (the default) or Block.',
      volumeName: 'Bind to this PersistentVolume.',
    },
  },
  'core/v1.VolumeResourceRequirements': {
    about: 'Storage requests and limits of a claim.',
    fields: { limits: 'The most storage the claim may get.', requests: 'The least storage the claim needs, as storage: <quantity>.' },
  },
  'core/v1.PersistentVolumeClaimStatus': {
    about: 'The observed state of a PersistentVolumeClaim.',
    fields: {
      accessModes: 'The access modes of the bound volume.',
      allocatedResourceStatuses: 'The state of resizing for each resource.',
      allocatedResources: 'The storage allocated, which may be more than asked for during a resize.',
      capacity: 'The actual size of the bound volume.',
      conditions: 'Conditions such as Resizing and FileSystemResizePending.',
      currentVolumeAttributesClassName: 'The VolumeAttributesClass in use.',
      modifyVolumeStatus: 'The state of a change of VolumeAttributesClass.',
      phase: 'Pending (not bound yet), Bound or Lost (its volume is gone).',
    },
  },
  'core/v1.PersistentVolumeClaimCondition': {
    about: 'A condition of a PersistentVolumeClaim.',
    fields: { ...CONDITION_FIELDS, type: 'Resizing, FileSystemResizePending, ModifyingVolume or ModifyVolumeError.' },
  },
  'core/v1.ModifyVolumeStatus': {
    about: 'The state of a change of VolumeAttributesClass.',
    fields: { status: 'Pending, InProgress or Infeasible.', targetVolumeAttributesClassName: 'The class being changed to.' },
  },
  'core/v1.TypedLocalObjectReference': { about: 'A reference to an object of any kind in the same namespace.', fields: RESOURCE_REFERENCE },
  'core/v1.TypedObjectReference': {
    about: 'A reference to an object of any kind, possibly in another namespace.',
    fields: { ...RESOURCE_REFERENCE, namespace: 'The namespace of the object.' },
  },
  'autoscaling/v2.HorizontalPodAutoscaler': {
    about:
      'A HorizontalPodAutoscaler changes the replicas of a Deployment, StatefulSet or other scalable object so that a metric (such as average CPU use) stays near a target.',
    fields: { spec: 'The object to scale, the replica range and the metrics with their targets.', status: 'The current metrics and replicas. Read-only.' },
  },
  'autoscaling/v2.HorizontalPodAutoscalerSpec': {
    about: 'The desired state of a HorizontalPodAutoscaler.',
    fields: {
      behavior: 'How fast to scale up and down. Defaults apply when unset.',
      maxReplicas: 'The most replicas the autoscaler may set.',
      metrics: 'The metrics to follow; the autoscaler uses the largest replica count any of them asks for. Defaults to 80% average CPU utilization.',
      minReplicas: 'The fewest replicas the autoscaler may set. Defaults to 1.',
      scaleTargetRef: 'The object whose replicas are changed.',
    },
  },
  'autoscaling/v2.CrossVersionObjectReference': {
    about: 'A reference to the object being scaled.',
    fields: { apiVersion: 'API version of the object, such as apps/v1.', kind: 'Kind of the object, such as Deployment.', name: 'Name of the object.' },
  },
  'autoscaling/v2.HorizontalPodAutoscalerBehavior': {
    about: 'Scaling speed limits.',
    fields: { scaleDown: 'Rules for scaling down. By default it waits 5 minutes of lower demand first.', scaleUp: 'Rules for scaling up. By default there is no waiting.' },
  },
  'autoscaling/v2.HPAScalingRules': {
    about: 'Rules for one scaling direction.',
    fields: {
      policies: 'Limits on how much may change within a period.',
      selectPolicy: 'Which policy wins when several apply: Max (the default), Min or Disabled (no scaling in this direction).',
      stabilizationWindowSeconds: 'Use the most conservative recommendation of this many past seconds, to avoid flapping.',
      tolerance: 'How far the metric may be from its target (as a fraction) before scaling. Defaults to 0.1.',
    },
  },
  'autoscaling/v2.HPAScalingPolicy': {
    about: 'A limit on scaling within a period.',
    fields: { periodSeconds: 'The length of the period.', type: 'Pods (a number of pods) or Percent (a share of the current replicas).', value: 'How many pods or what percentage.' },
  },
  'autoscaling/v2.MetricSpec': {
    about: 'One metric to scale on.',
    fields: {
      containerResource: 'A resource (cpu, memory) of one container of the pods.',
      external: 'A metric from outside the cluster.',
      object: 'A metric of another object, such as requests per second of an Ingress.',
      pods: 'A custom metric of the pods, averaged.',
      resource: 'A resource (cpu, memory) of the pods, as known from the metrics server.',
      type: 'Which of the fields is set: Resource, ContainerResource, Pods, Object or External.',
    },
  },
  'autoscaling/v2.ResourceMetricSource': { about: 'A resource metric of the pods.', fields: { name: 'The resource: cpu or memory.', target: 'The target value.' } },
  'autoscaling/v2.ContainerResourceMetricSource': {
    about: 'A resource metric of one container.',
    fields: { container: 'The container name.', name: 'The resource: cpu or memory.', target: 'The target value.' },
  },
  'autoscaling/v2.PodsMetricSource': { about: 'A custom metric of the pods.', fields: { metric: 'The metric.', target: 'The target value.' } },
  'autoscaling/v2.ObjectMetricSource': {
    about: 'A metric of another object.',
    fields: { describedObject: 'The object.', metric: 'The metric.', target: 'The target value.' },
  },
  'autoscaling/v2.ExternalMetricSource': { about: 'A metric from outside the cluster.', fields: { metric: 'The metric.', target: 'The target value.' } },
  'autoscaling/v2.MetricIdentifier': {
    about: 'Names a metric.',
    fields: { name: 'The name of the metric.', selector: 'Labels that narrow the metric down.' },
  },
  'autoscaling/v2.MetricTarget': {
    about: 'The value a metric should have.',
    fields: {
      averageUtilization: 'For resources: the target average use as a percentage of the pods\' requests.',
      averageValue: 'The target average value per pod.',
      type: 'Utilization, Value or AverageValue.',
      value: 'The target value.',
    },
  },
  'autoscaling/v2.HorizontalPodAutoscalerStatus': {
    about: 'The observed state of a HorizontalPodAutoscaler.',
    fields: {
      conditions: 'AbleToScale, ScalingActive and ScalingLimited.',
      currentMetrics: 'The last read values of the metrics.',
      currentReplicas: 'The replicas the target has now.',
      desiredReplicas: 'The replicas the autoscaler last asked for.',
      lastScaleTime: 'When the autoscaler last changed the replicas.',
      observedGeneration: 'The generation the autoscaler last acted on.',
    },
  },
  'autoscaling/v2.HorizontalPodAutoscalerCondition': {
    about: 'A condition of a HorizontalPodAutoscaler.',
    fields: { ...CONDITION_FIELDS, type: 'AbleToScale, ScalingActive or ScalingLimited.' },
  },
  'autoscaling/v2.MetricStatus': {
    about: 'The current value of one metric.',
    fields: {
      containerResource: 'A container resource metric.',
      external: 'An external metric.',
      object: 'An object metric.',
      pods: 'A pods metric.',
      resource: 'A resource metric.',
      type: 'Which of the fields is set.',
    },
  },
  'autoscaling/v2.MetricValueStatus': {
    about: 'The current value of a metric.',
    fields: { averageUtilization: 'The average use as a percentage of the requests.', averageValue: 'The average value per pod.', value: 'The value.' },
  },
  'autoscaling/v2.ResourceMetricStatus': { about: 'A resource metric value.', fields: { current: 'The current value.', name: 'The resource.' } },
  'autoscaling/v2.ContainerResourceMetricStatus': {
    about: 'A container resource metric value.',
    fields: { container: 'The container.', current: 'The current value.', name: 'The resource.' },
  },
  'autoscaling/v2.PodsMetricStatus': { about: 'A pods metric value.', fields: { current: 'The current value.', metric: 'The metric.' } },
  'autoscaling/v2.ObjectMetricStatus': {
    about: 'An object metric value.',
    fields: { current: 'The current value.', describedObject: 'The object.', metric: 'The metric.' },
  },
  'autoscaling/v2.ExternalMetricStatus': { about: 'An external metric value.', fields: { current: 'The current value.', metric: 'The metric.' } },
};
