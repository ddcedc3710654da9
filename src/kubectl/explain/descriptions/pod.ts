// Descriptions (our own words) of Pod, its spec and status, and the scheduling and security types
// a pod spec uses.

import type { TypeDocs } from './types';

const AFFINITY_REQUIRED =
  'Rules that must hold for the pod to be scheduled. If they stop holding later (labels change), a running pod is not moved.';
const AFFINITY_PREFERRED =
  'Rules the scheduler tries to satisfy; each has a weight, and nodes matching heavier rules score higher. The pod is scheduled even if none holds.';

export const POD_DOCS: TypeDocs = {
  'core/v1.Pod': {
    about:
      'A Pod is the smallest thing Kubernetes runs: one or more containers that share a network address and volumes, scheduled together onto one node.',
    fields: {
      spec: 'The desired state of the pod: its containers, volumes, scheduling rules and security settings.',
      status: 'What the kubelet last reported about the pod: phase, conditions, IP addresses and the state of every container. Read-only.',
    },
  },
  'core/v1.PodTemplateSpec': {
    about: 'The template new pods are made from: their metadata (labels) and spec.',
    fields: {
      metadata: 'Labels and annotations for the pods made from this template. The labels must match the selector of the owning controller.',
      spec: 'The spec of the pods made from this template.',
    },
  },
  'core/v1.PodSpec': {
    about: 'The desired state of a pod.',
    fields: {
      activeDeadlineSeconds: 'How many seconds the pod may be active before the kubelet stops it and marks it Failed. Counted from the start time.',
      affinity: 'Rules that attract the pod to nodes, or to or away from other pods, when it is scheduled.',
      automountServiceAccountToken: 'Whether the token of the service account is mounted into the containers. Overrides the setting of the service account.',
      containers: 'The containers of the pod. There must be at least one, and they cannot be added or removed after the pod is created.',
      dnsConfig: 'Extra DNS settings (name servers, search domains, options) merged into the resolver configuration the dnsPolicy produces.',
      dnsPolicy:
        'How DNS is set up for the pod. ClusterFirst (the default) uses the cluster DNS; Default uses the node\'s resolver; None uses only dnsConfig; ClusterFirstWithHostNet is for pods on the host network.',
      enableServiceLinks: 'Whether environment variables describing the services of the namespace are injected into the containers. Defaults to true.',
      ephemeralContainers: 'Temporary containers added to a running pod for debugging (kubectl debug). They cannot be set when the pod is created.',
      hostAliases: 'Extra lines for the /etc/hosts file of the pod.',
      hostIPC: "Use the node's IPC namespace. Defaults to false.",
      hostNetwork: "Use the node's network namespace, so the pod has the node's IP address and ports. Defaults to false.",
      hostPID: "Use the node's process namespace, so the containers see the node's processes. Defaults to false.",
      hostUsers:
        "Whether the pod uses the node's user namespace (true, the default). False runs it in its own user namespace, mapping root inside to an unprivileged user outside.",
      hostname: 'The hostname of the pod. Defaults to the pod name.',
      hostnameOverride: 'A hostname set inside the pod that replaces the one built from hostname and subdomain.',
      imagePullSecrets: 'Secrets in the same namespace with registry credentials used to pull the images of the pod.',
      initContainers:
        'Containers that run one after another, each to completion, before the app containers start. A failing init container is restarted according to restartPolicy.',
      nodeName: 'The node the pod runs on. The scheduler sets it; setting it yourself skips the scheduler.',
      nodeSelector: 'Labels a node must have for the pod to be scheduled on it.',
      os: 'The operating system the containers need (linux or windows). It limits which security fields are allowed.',
      overhead: 'Extra resources the pod\'s runtime class uses on top of the containers\' requests. Set from the RuntimeClass at admission.',
      preemptionPolicy: 'Whether the pod may evict lower-priority pods to make room: PreemptLowerPriority (the default) or Never.',
      priority: 'The numeric priority of the pod, filled in from priorityClassName at admission. Higher values are scheduled first.',
      priorityClassName: 'The PriorityClass of the pod. system-node-critical and system-cluster-critical are the highest built-in ones.',
      readinessGates: 'Extra pod conditions that must be True before the pod counts as ready.',
      resourceClaims: 'Dynamic resource claims (devices such as GPUs) the containers can use, each with a name the containers refer to.',
      resources:
        'Requests and limits for the pod as a whole, shared by its containers. Only cpu, memory and hugepages can be set here.',
      restartPolicy:
        'When containers are restarted after they exit: Always (the default), OnFailure or Never. Pods of Jobs use OnFailure or Never.',
      runtimeClassName: 'The RuntimeClass used to run the pod. Empty means the default container runtime handler.',
      schedulerName: 'The scheduler that places the pod. Defaults to default-scheduler.',
      schedulingGates: 'While the list is not empty the scheduler leaves the pod pending. Gates can only be removed.',
      securityContext: 'Security settings for every container of the pod, such as the user and group IDs and the fsGroup of volumes.',
      serviceAccount: 'Deprecated spelling of serviceAccountName.',
      serviceAccountName: 'The service account the pod runs as, which decides its API permissions. Defaults to "default".',
      setHostnameAsFQDN: 'Set the fully qualified domain name as the hostname of the pod instead of the short name.',
      shareProcessNamespace: 'Put all containers of the pod in one process namespace, so they can see and signal each other\'s processes.',
      subdomain: 'With hostname, gives the pod the DNS name <hostname>.<subdomain>.<namespace>.svc.<cluster-domain>, served by a headless service named like the subdomain.',
      terminationGracePeriodSeconds:
        'How many seconds the containers get to stop after the stop signal before they are killed. Defaults to 30; 0 kills at once.',
      tolerations: 'Taints of nodes the pod tolerates, so it may be scheduled onto (or keep running on) such nodes.',
      topologySpreadConstraints: 'Rules for spreading matching pods evenly across zones, nodes or other topology domains.',
      volumes: 'The volumes the containers of the pod can mount.',
      workloadRef: 'The workload and pod group this pod belongs to, for schedulers that place groups of pods together.',
    },
  },
  'core/v1.PodStatus': {
    about: 'The observed state of a pod, written by the kubelet and the scheduler.',
    fields: {
      allocatedResources: 'The resources allocated to the pod as a whole.',
      conditions: 'Conditions of the pod: PodScheduled, Initialized, ContainersReady, Ready and others.',
      containerStatuses: 'The state of each app container: running, waiting or terminated, restarts, image and readiness.',
      ephemeralContainerStatuses: 'The state of each ephemeral (debug) container.',
      extendedResourceClaimStatus: 'The resource claim made for extended resources requested by the containers.',
      hostIP: 'The IP address of the node the pod runs on.',
      hostIPs: 'The IP addresses of the node; the first equals hostIP.',
      initContainerStatuses: 'The state of each init container.',
      message: 'A human-readable note about why the pod is in its state.',
      nominatedNodeName: 'The node the scheduler plans to use once preemption has made room there.',
      observedGeneration: 'The pod generation the kubelet last acted on.',
      phase:
        'The stage of the pod\'s life: Pending (accepted, not all containers running yet), Running, Succeeded, Failed or Unknown.',
      podIP: 'The IP address of the pod in the cluster network. Empty until the pod has one.',
      podIPs: 'The IP addresses of the pod (one per IP family); the first equals podIP.',
      qosClass: 'The quality-of-service class computed from requests and limits: Guaranteed, Burstable or BestEffort.',
      reason: 'A one-word reason for the state of the pod, such as Evicted.',
      resize: 'Deprecated: the state of an in-place resize, now reported as pod conditions.',
      resourceClaimStatuses: 'The names of the ResourceClaims made for the pod\'s resourceClaims.',
      resources: 'The resources actually applied to the pod as a whole.',
      startTime: 'When the kubelet accepted the pod, before any image was pulled.',
    },
  },
  'core/v1.PodCondition': {
    about: 'One condition of a pod.',
    fields: {
      lastProbeTime: 'When the condition was last checked.',
      lastTransitionTime: 'When status last changed.',
      message: 'A human-readable explanation.',
      observedGeneration: 'The pod generation the condition was set for.',
      reason: 'A one-word CamelCase reason for the last change.',
      status: 'True, False or Unknown.',
      type: 'Which condition: PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady, Ready or a readiness gate.',
    },
  },
  'core/v1.PodIP': { about: 'An IP address of a pod.', fields: { ip: 'The address.' } },
  'core/v1.HostIP': { about: 'An IP address of the node a pod runs on.', fields: { ip: 'The address.' } },
  'core/v1.PodOS': { about: 'The operating system of a pod.', fields: { name: 'linux or windows.' } },
  'core/v1.PodReadinessGate': { about: 'An extra condition a pod needs before it is ready.', fields: { conditionType: 'The type of the pod condition that must be True.' } },
  'core/v1.PodSchedulingGate': { about: 'A gate that keeps a pod from being scheduled.', fields: { name: 'The name of the gate.' } },
  'core/v1.PodDNSConfig': {
    about: 'DNS settings added to the resolver configuration of a pod.',
    fields: {
      nameservers: 'Extra DNS server addresses (at most 3 in total).',
      options: 'Resolver options such as ndots.',
      searches: 'Extra search domains for short host names.',
    },
  },
  'core/v1.PodDNSConfigOption': { about: 'One resolver option.', fields: { name: 'The option name, such as ndots.', value: 'The option value, if it takes one.' } },
  'core/v1.HostAlias': { about: 'An entry of /etc/hosts.', fields: { hostnames: 'Names for the address.', ip: 'The IP address.' } },
  'core/v1.PodSecurityContext': {
    about: 'Security settings that apply to every container of a pod (a container\'s own securityContext wins where both set a field).',
    fields: {
      appArmorProfile: 'The AppArmor profile of the containers.',
      fsGroup: 'A group ID added to every container; volumes that support it are made owned by and writable for this group.',
      fsGroupChangePolicy: 'When volume ownership is changed to fsGroup: Always (the default) or OnRootMismatch (only if the top directory differs).',
      runAsGroup: 'The group ID the container processes run as.',
      runAsNonRoot: 'Refuse to start a container whose user would be root (UID 0).',
      runAsUser: 'The user ID the container processes run as. Defaults to the user the image names.',
      seLinuxChangePolicy: 'How SELinux labels are applied to volumes: Recursive or MountOption.',
      seLinuxOptions: 'The SELinux context of the containers.',
      seccompProfile: 'The seccomp profile that limits the system calls of the containers.',
      supplementalGroups: 'Extra group IDs for the first process of each container.',
      supplementalGroupsPolicy: 'Merge (the default) adds the groups of /etc/passwd in the image to supplementalGroups; Strict uses only the listed ones.',
      sysctls: 'Kernel parameters (namespaced sysctls) set for the pod.',
      windowsOptions: 'Settings for Windows containers.',
    },
  },
  'core/v1.Sysctl': { about: 'A kernel parameter.', fields: { name: 'The parameter, such as net.ipv4.ip_local_port_range.', value: 'Its value.' } },
  'core/v1.SELinuxOptions': {
    about: 'An SELinux context.',
    fields: { level: 'The SELinux level.', role: 'The SELinux role.', type: 'The SELinux type.', user: 'The SELinux user.' },
  },
  'core/v1.SeccompProfile': {
    about: 'A seccomp profile.',
    fields: {
      localhostProfile: 'With type Localhost: the path of the profile file under the kubelet\'s seccomp directory.',
      type: 'RuntimeDefault (the runtime\'s default profile), Localhost (a profile file on the node) or Unconfined.',
    },
  },
  'core/v1.AppArmorProfile': {
    about: 'An AppArmor profile.',
    fields: {
      localhostProfile: 'With type Localhost: the name of a profile loaded on the node.',
      type: 'RuntimeDefault, Localhost or Unconfined.',
    },
  },
  'core/v1.WindowsSecurityContextOptions': {
    about: 'Security settings of Windows containers.',
    fields: {
      gmsaCredentialSpec: 'The content of the GMSA credential spec.',
      gmsaCredentialSpecName: 'The name of the GMSA credential spec to use.',
      hostProcess: 'Run the container as a host process.',
      runAsUserName: 'The Windows user the entrypoint runs as.',
    },
  },
  'core/v1.Toleration': {
    about: 'Lets a pod be scheduled onto (or stay on) nodes with a matching taint.',
    fields: {
      effect: 'The taint effect to tolerate: NoSchedule, PreferNoSchedule or NoExecute. Empty tolerates every effect.',
      key: 'The taint key to tolerate. Empty with operator Exists tolerates every taint.',
      operator: 'Equal (the default) compares value; Exists matches any value.',
      tolerationSeconds: 'For NoExecute: how many seconds the pod stays after the taint appears before it is evicted. Unset means forever.',
      value: 'The taint value to match with operator Equal.',
    },
  },
  'core/v1.TopologySpreadConstraint': {
    about: 'How matching pods should be spread over the domains of a topology key (zones, nodes...).',
    fields: {
      labelSelector: 'Which pods are counted in each domain.',
      matchLabelKeys: 'Label keys whose values from this pod are added to labelSelector, for example pod-template-hash to count only the same revision.',
      maxSkew: 'The largest allowed difference between the number of matching pods in any two domains.',
      minDomains: 'The least number of domains to spread over; fewer eligible domains count as zero pods.',
      nodeAffinityPolicy: 'Whether nodeAffinity and nodeSelector limit the domains counted: Honor (the default) or Ignore.',
      nodeTaintsPolicy: 'Whether tainted nodes the pod does not tolerate are counted: Honor or Ignore (the default).',
      topologyKey: 'The node label whose values define the domains, such as topology.kubernetes.io/zone or kubernetes.io/hostname.',
      whenUnsatisfiable: 'DoNotSchedule (keep the pod pending) or ScheduleAnyway (prefer the least skewed place).',
    },
  },
  'core/v1.Affinity': {
    about: 'Scheduling rules of a pod.',
    fields: {
      nodeAffinity: 'Rules about the labels of the node.',
      podAffinity: 'Rules to place the pod near pods with certain labels.',
      podAntiAffinity: 'Rules to keep the pod away from pods with certain labels.',
    },
  },
  'core/v1.NodeAffinity': {
    about: 'Rules about which nodes a pod may or should run on.',
    fields: { preferredDuringSchedulingIgnoredDuringExecution: AFFINITY_PREFERRED, requiredDuringSchedulingIgnoredDuringExecution: AFFINITY_REQUIRED },
  },
  'core/v1.PodAffinity': {
    about: 'Rules to place a pod in the same topology domain as other pods.',
    fields: { preferredDuringSchedulingIgnoredDuringExecution: AFFINITY_PREFERRED, requiredDuringSchedulingIgnoredDuringExecution: AFFINITY_REQUIRED },
  },
  'core/v1.PodAntiAffinity': {
    about: 'Rules to keep a pod out of the topology domains of other pods.',
    fields: { preferredDuringSchedulingIgnoredDuringExecution: AFFINITY_PREFERRED, requiredDuringSchedulingIgnoredDuringExecution: AFFINITY_REQUIRED },
  },
  'core/v1.NodeSelector': {
    about: 'A set of node selector terms; a node matches when any term matches.',
    fields: { nodeSelectorTerms: 'The terms, combined with OR.' },
  },
  'core/v1.NodeSelectorTerm': {
    about: 'Conditions on a node, all of which must hold.',
    fields: { matchExpressions: 'Conditions on node labels.', matchFields: 'Conditions on node fields (only metadata.name is supported).' },
  },
  'core/v1.NodeSelectorRequirement': {
    about: 'One condition on a node label or field.',
    fields: {
      key: 'The label key or field the condition is about.',
      operator: 'In, NotIn, Exists, DoesNotExist, Gt or Lt.',
      values: 'The values for In and NotIn, one integer for Gt and Lt, none for Exists and DoesNotExist.',
    },
  },
  'core/v1.PreferredSchedulingTerm': {
    about: 'A node preference with a weight.',
    fields: { preference: 'The node selector term to prefer.', weight: 'How much a match counts, 1 to 100.' },
  },
  'core/v1.PodAffinityTerm': {
    about: 'Which pods to be near (or away from), and what "near" means.',
    fields: {
      labelSelector: 'The pods this term is about.',
      matchLabelKeys: 'Label keys whose values from the incoming pod are added to labelSelector as equal-to conditions.',
      mismatchLabelKeys: 'Label keys whose values from the incoming pod are added to labelSelector as not-equal-to conditions.',
      namespaceSelector: 'Namespaces (by label) whose pods are considered, in addition to namespaces.',
      namespaces: 'Namespaces whose pods are considered. With neither this nor namespaceSelector, only the pod\'s own namespace.',
      topologyKey: 'The node label that defines "the same place", such as kubernetes.io/hostname (same node) or topology.kubernetes.io/zone.',
    },
  },
  'core/v1.WeightedPodAffinityTerm': {
    about: 'A pod affinity term with a weight.',
    fields: { podAffinityTerm: 'The term.', weight: 'How much a match counts, 1 to 100.' },
  },
  'core/v1.PodResourceClaim': {
    about: 'A dynamic resource claim used by a pod.',
    fields: {
      name: 'The name containers use to refer to this claim.',
      resourceClaimName: 'An existing ResourceClaim in the namespace.',
      resourceClaimTemplateName: 'A ResourceClaimTemplate from which a claim is made for this pod.',
    },
  },
  'core/v1.PodResourceClaimStatus': {
    about: 'The ResourceClaim made for one of a pod\'s resource claims.',
    fields: { name: 'The name of the claim entry in the pod spec.', resourceClaimName: 'The name of the ResourceClaim that was made.' },
  },
  'core/v1.PodExtendedResourceClaimStatus': {
    about: 'The ResourceClaim made for the extended resources of a pod.',
    fields: { requestMappings: 'Which request of the claim serves which container and resource.', resourceClaimName: 'The name of the ResourceClaim.' },
  },
  'core/v1.ContainerExtendedResourceRequest': {
    about: 'Maps a container\'s extended resource to a request in a ResourceClaim.',
    fields: { containerName: 'The container.', requestName: 'The request in the claim.', resourceName: 'The extended resource name.' },
  },
  'core/v1.WorkloadReference': {
    about: 'The workload a pod belongs to, for gang scheduling.',
    fields: { name: 'The name of the workload.', podGroup: 'The pod group within the workload.', podGroupReplicaKey: 'Which replica of the pod group this pod belongs to.' },
  },
  'core/v1.LocalObjectReference': {
    about: 'A reference to an object in the same namespace.',
    fields: { name: 'The name of the object.' },
  },
  'core/v1.ObjectReference': {
    about: 'A reference to another object.',
    fields: {
      apiVersion: 'API version of the object.',
      fieldPath: 'A part of the object, such as spec.containers{app} for one container of a pod.',
      kind: 'Kind of the object.',
      name: 'Name of the object.',
      namespace: 'Namespace of the object.',
      resourceVersion: 'The resource version of the object that was referred to.',
      uid: 'UID of the object.',
    },
  },
};
