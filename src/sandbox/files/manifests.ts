/**
 * /etc/kubernetes/manifests on the control plane: the static pod manifests kubeadm wrote, rebuilt
 * from the mirror pods the cluster runs so that the files and `kubectl get pod -o yaml` agree.
 * Only what kubeadm writes is kept (no API defaults, no node name, no status), keys sorted as
 * kubeadm's YAML has them.
 */
import type { Container, Pod } from 'kubernetes-types/core/v1';
import { toYaml } from '../../kubectl/printers';
import type { Cluster } from '../../sim';

const COMPONENTS = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'];

/** File name (`kube-apiserver.yaml`) → text, for the static pods of `node`. */
export function staticPodFiles(cluster: Cluster, node: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const component of COMPONENTS) {
    const pod = cluster.api.peek<Pod>('pods', 'kube-system', `${component}-${node}`);
    if (pod) files[`${component}.yaml`] = toYaml(manifestOf(pod, component));
  }
  return files;
}

function manifestOf(pod: Pod, component: string): unknown {
  const spec = pod.spec;
  const annotations = kubeadmAnnotations(component, spec?.containers?.[0]);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(annotations ? { annotations } : {}),
      labels: pod.metadata?.labels ?? {},
      name: component,
      namespace: 'kube-system',
    },
    spec: {
      containers: (spec?.containers ?? []).map(containerOf),
      hostNetwork: spec?.hostNetwork ?? true,
      priority: 2000001000,
      priorityClassName: spec?.priorityClassName ?? 'system-node-critical',
      securityContext: spec?.securityContext ?? { seccompProfile: { type: 'RuntimeDefault' } },
    },
    status: {},
  };
}

function containerOf(c: Container): unknown {
  const out: Record<string, unknown> = { command: c.command ?? [], image: c.image, imagePullPolicy: c.imagePullPolicy ?? 'IfNotPresent' };
  if (c.livenessProbe) out['livenessProbe'] = probeOf(c.livenessProbe);
  out['name'] = c.name;
  if (c.readinessProbe) out['readinessProbe'] = probeOf(c.readinessProbe);
  if (c.resources) out['resources'] = c.resources;
  if (c.startupProbe) out['startupProbe'] = probeOf(c.startupProbe);
  return out;
}

/** A probe without the fields the API server defaulted (kubeadm leaves successThreshold out). */
function probeOf(probe: NonNullable<Container['livenessProbe']>): unknown {
  const { successThreshold: _defaulted, ...rest } = probe;
  return rest;
}

/** The annotations kubeadm puts on the manifests so `kubeadm upgrade` can find the endpoints. */
function kubeadmAnnotations(component: string, c: Container | undefined): Record<string, string> | undefined {
  const flag = (name: string) => c?.command?.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (component === 'kube-apiserver') {
    const ip = flag('advertise-address');
    const port = flag('secure-port') ?? '6443';
    return ip ? { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:${port}` } : undefined;
  }
  if (component === 'etcd') {
    const urls = flag('advertise-client-urls');
    return urls ? { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': urls } : undefined;
  }
  return undefined;
}
