// Descriptions (our own words) of Container and what it uses: ports, environment, resources,
// volume mounts, probes, lifecycle hooks, security settings, and the container status.

import type { TypeDocs } from './types';

const PROBE_NOTE = 'The kubelet runs it every periodSeconds.';

export const CONTAINER_DOCS: TypeDocs = {
  'core/v1.Container': {
    about: 'One container of a pod: an image to run, with its command, environment, ports, resources, volume mounts and probes.',
    fields: {
      args: 'Arguments for the entrypoint. Replaces the CMD of the image. $(VAR) is replaced by the value of the environment variable VAR; $$ gives a literal $.',
      command: 'The entrypoint, run without a shell. Replaces the ENTRYPOINT of the image; when unset the image\'s is used. $(VAR) references are expanded as in args.',
      env: 'Environment variables to set in the container, each a literal value or taken from a ConfigMap, Secret, field or resource.',
      envFrom:
        'Sources (ConfigMaps or Secrets) whose keys all become environment variables. Variables in env win when a name is defined twice.',
      image: 'The container image to run, such as nginx:1.27 or registry.example.com/app@sha256:<digest> Without a tag, latest is used.',
      imagePullPolicy:
        'When the kubelet pulls the image: Always, IfNotPresent (use a local copy if there is one) or Never. Defaults to Always for the latest tag and IfNotPresent otherwise.',
      lifecycle: 'Actions the kubelet runs right after the container starts (postStart) and before it stops (preStop).',
      livenessProbe: 'A check of whether the container still works. When it fails failureThreshold times in a row the container is restarted.',
      name: 'The name of the container, unique within the pod (a DNS label). It cannot be changed.',
      ports:
        'Ports the container listens on. Listing them is mostly informational: a port that is not listed can still be reached. Named ports can be used by services and probes.',
      readinessProbe: 'A check of whether the container can serve traffic. While it fails the pod is removed from the endpoints of its services.',
      resizePolicy: 'Whether changing the cpu or memory of the container in place needs a restart of the container.',
      resources: 'The cpu and memory (and other resources) the container requests and is limited to.',
      restartPolicy:
        'For init containers only: Always turns the init container into a sidecar that keeps running beside the app containers.',
      restartPolicyRules: 'Rules that decide, from the exit code, whether the container is restarted, overriding restartPolicy.',
      securityContext: 'Security settings of this container; they win over the pod\'s securityContext.',
      startupProbe:
        'A check of whether the application has started. Liveness and readiness probes wait until it succeeds; if it fails failureThreshold times the container is restarted.',
      stdin: 'Keep a standard input open for the container (used by kubectl attach and run -i).',
      stdinOnce: 'Close the standard input after the first client detaches.',
      targetContainerName: 'For ephemeral containers: the container whose process namespace the debug container joins.',
      terminationMessagePath: 'The file the container writes its termination message to. Defaults to /dev/termination-log.',
      terminationMessagePolicy:
        'File (the default) reads the message from terminationMessagePath; FallbackToLogsOnError uses the end of the log when the file is empty and the container failed.',
      tty: 'Give the container a terminal (needs stdin).',
      volumeDevices: 'Raw block volumes to expose to the container as devices.',
      volumeMounts: 'Volumes of the pod to mount into the container\'s filesystem.',
      workingDir: 'The working directory of the entrypoint. Defaults to the one set in the image.',
    },
  },
  'core/v1.EphemeralContainer': {
    about: 'A temporary container added to a running pod for debugging. It has no ports, probes or resources and is never restarted.',
  },
  'core/v1.ContainerPort': {
    about: 'A network port of a container.',
    fields: {
      containerPort: 'The port number the container listens on (1-65535).',
      hostIP: 'The node IP address to bind hostPort to.',
      hostPort: 'Also expose the port on this port of the node. Rarely needed; it limits where the pod can be scheduled.',
      name: 'A name for the port (at most 15 characters) that services and probes can use instead of the number.',
      protocol: 'TCP (the default), UDP or SCTP.',
    },
  },
  'core/v1.EnvVar': {
    about: 'One environment variable.',
    fields: {
      name: 'The name of the variable.',
      value: 'The value. $(VAR) references to variables defined earlier are expanded; $$ gives a literal $.',
      valueFrom: 'Take the value from a ConfigMap, a Secret, a field of the pod or a resource of the container instead.',
    },
  },
  'core/v1.EnvVarSource': {
    about: 'Where the value of an environment variable comes from (exactly one).',
    fields: {
      configMapKeyRef: 'A key of a ConfigMap.',
      fieldRef: 'A field of the pod, such as metadata.name, metadata.namespace, spec.nodeName or status.podIP.',
      fileKeyRef: 'A key in a file of an emptyDir volume of the pod.',
      resourceFieldRef: 'A request or limit of a container, such as limits.memory.',
      secretKeyRef: 'A key of a Secret.',
    },
  },
  'core/v1.ConfigMapKeySelector': {
    about: 'One key of a ConfigMap.',
    fields: { key: 'The key.', name: 'The name of the ConfigMap.', optional: 'Do not fail when the ConfigMap or the key does not exist.' },
  },
  'core/v1.SecretKeySelector': {
    about: 'One key of a Secret.',
    fields: { key: 'The key.', name: 'The name of the Secret.', optional: 'Do not fail when the Secret or the key does not exist.' },
  },
  'core/v1.ObjectFieldSelector': {
    about: 'A field of the pod.',
    fields: { apiVersion: 'The API version the field path is written in. Defaults to v1.', fieldPath: 'The path of the field, such as metadata.labels[\'app\'].' },
  },
  'core/v1.ResourceFieldSelector': {
    about: 'A resource request or limit of a container.',
    fields: {
      containerName: 'The container; required for volumes, optional for environment variables.',
      divisor: 'Divide the value by this quantity (for example 1Mi to get mebibytes). Defaults to 1.',
      resource: 'Which value: limits.cpu, limits.memory, requests.cpu, requests.memory and the like.',
    },
  },
  'core/v1.FileKeySelector': {
    about: 'A key in an environment file inside an emptyDir volume.',
    fields: {
      key: 'The key (variable name) in the file.',
      optional: 'Do not fail when the file or key does not exist.',
      path: 'The path of the file inside the volume.',
      volumeName: 'The emptyDir volume that holds the file.',
    },
  },
  'core/v1.EnvFromSource': {
    about: 'A ConfigMap or Secret whose keys all become environment variables.',
    fields: {
      configMapRef: 'The ConfigMap.',
      prefix: 'A prefix added to every variable name.',
      secretRef: 'The Secret.',
    },
  },
  'core/v1.ConfigMapEnvSource': {
    about: 'A ConfigMap used as a source of environment variables.',
    fields: { name: 'The name of the ConfigMap.', optional: 'Do not fail when the ConfigMap does not exist.' },
  },
  'core/v1.SecretEnvSource': {
    about: 'A Secret used as a source of environment variables.',
    fields: { name: 'The name of the Secret.', optional: 'Do not fail when the Secret does not exist.' },
  },
  'core/v1.ResourceRequirements': {
    about: 'Resource requests and limits.',
    fields: {
      claims: 'Which of the pod\'s resourceClaims this container uses.',
      limits:
        'The most the container may use. A container over its memory limit is killed (OOMKilled); CPU above the limit is throttled.',
      requests:
        'The amount the scheduler reserves for the container on a node. When unset, the limit is used if there is one.',
    },
  },
  'core/v1.ResourceClaim': {
    about: 'A resource claim of the pod used by a container.',
    fields: { name: 'The name of the entry in the pod\'s resourceClaims.', request: 'One request within the claim, or empty for all of them.' },
  },
  'core/v1.VolumeMount': {
    about: 'Mounts a volume of the pod into a container.',
    fields: {
      mountPath: 'The path inside the container where the volume appears. It must not contain ":".',
      mountPropagation: 'Whether mounts made on the host or in the container propagate to the other side: None (the default), HostToContainer or Bidirectional.',
      name: 'The name of the volume in the pod\'s volumes.',
      readOnly: 'Mount the volume read-only. Defaults to false.',
      recursiveReadOnly: 'Whether read-only applies to submounts too: Disabled, IfPossible or Enabled.',
      subPath: 'Mount only this path inside the volume instead of its root.',
      subPathExpr: 'Like subPath, but $(VAR) references to environment variables are expanded.',
    },
  },
  'core/v1.VolumeDevice': {
    about: 'Exposes a raw block volume as a device inside the container.',
    fields: { devicePath: 'The device path inside the container.', name: 'The name of a persistentVolumeClaim volume of the pod.' },
  },
  'core/v1.Probe': {
    about: 'A health check the kubelet runs against a container: a command, an HTTP GET, a TCP connection or a gRPC health call.',
    fields: {
      exec: `Run a command in the container; exit code 0 is success. ${PROBE_NOTE}`,
      failureThreshold: 'How many failures in a row count as failed. Defaults to 3.',
      grpc: 'Call the gRPC health service on a port.',
      httpGet: 'Send an HTTP GET; a status from 200 to 399 is success.',
      initialDelaySeconds: 'Seconds to wait after the container starts before the first check.',
      periodSeconds: 'Seconds between checks. Defaults to 10.',
      successThreshold: 'How many successes in a row count as success after a failure. Defaults to 1 (and must be 1 for liveness and startup probes).',
      tcpSocket: 'Open a TCP connection to a port; connecting is success.',
      terminationGracePeriodSeconds: 'The grace period for stopping the container when this probe fails, instead of the pod\'s.',
      timeoutSeconds: 'Seconds after which one check counts as failed. Defaults to 1.',
    },
  },
  'core/v1.ExecAction': {
    about: 'A command run inside the container.',
    fields: { command: 'The command and its arguments, run without a shell (use ["sh", "-c", "..."] for shell syntax).' },
  },
  'core/v1.HTTPGetAction': {
    about: 'An HTTP GET request.',
    fields: {
      host: 'The host to connect to. Defaults to the pod IP.',
      httpHeaders: 'Extra request headers.',
      path: 'The path to request, such as /healthz.',
      port: 'The port number or name to connect to.',
      scheme: 'HTTP (the default) or HTTPS.',
    },
  },
  'core/v1.HTTPHeader': { about: 'An HTTP header.', fields: { name: 'The header name.', value: 'The header value.' } },
  'core/v1.TCPSocketAction': {
    about: 'A TCP connection attempt.',
    fields: { host: 'The host to connect to. Defaults to the pod IP.', port: 'The port number or name to connect to.' },
  },
  'core/v1.GRPCAction': {
    about: 'A call to the standard gRPC health service.',
    fields: { port: 'The port of the gRPC service.', service: 'The service name sent in the health request; empty checks the server as a whole.' },
  },
  'core/v1.Lifecycle': {
    about: 'Actions run when a container starts and stops.',
    fields: {
      postStart: 'Runs right after the container is created. If it fails, the container is killed and handled by the restart policy.',
      preStop: 'Runs before the container is stopped (deletion, failed probe, preemption). The grace period keeps counting while it runs.',
      stopSignal: 'The signal sent to stop the container, instead of the one the image names (usually SIGTERM).',
    },
  },
  'core/v1.LifecycleHandler': {
    about: 'One lifecycle action (exactly one of its fields).',
    fields: {
      exec: 'Run a command in the container.',
      httpGet: 'Send an HTTP GET.',
      sleep: 'Wait for a number of seconds.',
      tcpSocket: 'Deprecated: kept for compatibility and not run.',
    },
  },
  'core/v1.SleepAction': { about: 'A pause.', fields: { seconds: 'How many seconds to sleep.' } },
  'core/v1.SecurityContext': {
    about: 'Security settings of one container.',
    fields: {
      allowPrivilegeEscalation: 'Whether a process may gain more privileges than its parent (setuid programs). Always true for privileged containers.',
      appArmorProfile: 'The AppArmor profile of the container.',
      capabilities: 'Linux capabilities to add to or drop from the runtime\'s default set.',
      privileged: 'Run the container with almost all the powers of root on the host. Defaults to false.',
      procMount: 'Which /proc mount the container gets: Default (with masked paths) or Unmasked.',
      readOnlyRootFilesystem: 'Mount the container\'s root filesystem read-only. Defaults to false.',
      runAsGroup: 'The group ID the process runs as.',
      runAsNonRoot: 'Refuse to start the container if its user would be root (UID 0).',
      runAsUser: 'The user ID the process runs as.',
      seLinuxOptions: 'The SELinux context of the container.',
      seccompProfile: 'The seccomp profile of the container.',
      windowsOptions: 'Settings for Windows containers.',
    },
  },
  'core/v1.Capabilities': {
    about: 'Linux capabilities to add or remove.',
    fields: { add: 'Capabilities to add, such as NET_ADMIN.', drop: 'Capabilities to remove; ALL removes every one.' },
  },
  'core/v1.ContainerResizePolicy': {
    about: 'How a resource of the container is resized in place.',
    fields: { resourceName: 'cpu or memory.', restartPolicy: 'NotRequired (the default) or RestartContainer.' },
  },
  'core/v1.ContainerRestartRule': {
    about: 'A rule that restarts (or not) a container depending on how it exited.',
    fields: { action: 'What to do when the rule matches: Restart.', exitCodes: 'The exit codes the rule matches.' },
  },
  'core/v1.ContainerRestartRuleOnExitCodes': {
    about: 'A condition on the exit code of a container.',
    fields: { operator: 'In or NotIn.', values: 'The exit codes.' },
  },
  'core/v1.ContainerStatus': {
    about: 'The observed state of one container.',
    fields: {
      allocatedResources: 'The resources the node allocated to the container.',
      allocatedResourcesStatus: 'The health of the devices allocated to the container.',
      containerID: 'The runtime\'s ID of the container, as <runtime>://<id>.',
      image: 'The image the container runs.',
      imageID: 'The exact image (by digest) the container runs.',
      lastState: 'The state of the previous run of the container, for example why it last terminated.',
      name: 'The name of the container.',
      ready: 'Whether the container passes its readiness probe.',
      resources: 'The requests and limits actually applied to the running container.',
      restartCount: 'How many times the container has been restarted.',
      started: 'Whether the container has passed its startup probe (true when it has none and is running).',
      state: 'The current state: waiting, running or terminated.',
      stopSignal: 'The signal that will be used to stop the container.',
      user: 'The user and group IDs the container process runs as.',
      volumeMounts: 'The volume mounts of the running container.',
    },
  },
  'core/v1.ContainerState': {
    about: 'The state of a container; exactly one field is set.',
    fields: { running: 'The container is running.', terminated: 'The container has stopped.', waiting: 'The container is not running yet (or again).' },
  },
  'core/v1.ContainerStateRunning': { about: 'A running container.', fields: { startedAt: 'When the container last started.' } },
  'core/v1.ContainerStateWaiting': {
    about: 'A container that is not running.',
    fields: { message: 'Details about why it is waiting.', reason: 'Why it is waiting, such as ContainerCreating, ImagePullBackOff or CrashLoopBackOff.' },
  },
  'core/v1.ContainerStateTerminated': {
    about: 'A container that has stopped.',
    fields: {
      containerID: 'The runtime\'s ID of the container.',
      exitCode: 'The exit code of the process.',
      finishedAt: 'When the container stopped.',
      message: 'Details about the termination (the termination message).',
      reason: 'Why it stopped, such as Completed, Error or OOMKilled.',
      signal: 'The signal that stopped the process, if any.',
      startedAt: 'When this run of the container started.',
    },
  },
  'core/v1.ContainerUser': { about: 'The identity of the container process.', fields: { linux: 'Linux user and group IDs.' } },
  'core/v1.LinuxContainerUser': {
    about: 'Linux user and group IDs of a process.',
    fields: { gid: 'The primary group ID.', supplementalGroups: 'Extra group IDs.', uid: 'The user ID.' },
  },
  'core/v1.VolumeMountStatus': {
    about: 'A volume mount of a running container.',
    fields: { mountPath: 'Where the volume is mounted.', name: 'The name of the volume.', readOnly: 'Whether it is mounted read-only.', recursiveReadOnly: 'Whether read-only also applies to submounts.' },
  },
  'core/v1.ResourceStatus': {
    about: 'The health of the devices allocated for one resource.',
    fields: { name: 'The resource name.', resources: 'The health of each allocated device.' },
  },
  'core/v1.ResourceHealth': {
    about: 'The health of one device.',
    fields: { health: 'Healthy, Unhealthy or Unknown.', resourceID: 'The ID of the device.' },
  },
};
