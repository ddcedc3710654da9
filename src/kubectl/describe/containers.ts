// The per-container block of describe pod and of pod templates: image, ports, command, state and
// last state, resources, probes, environment and mounts.

import type { Container, ContainerPort, ContainerState, ContainerStatus, EnvVar, Pod, Probe, ResourceRequirements } from 'kubernetes-types/core/v1';
import { byteCompare } from '../tables/format';
import { quantityString } from '../tables/format';
import { printBool, timeOrZero } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type DescribeWriter } from './writer';

/** Resolves a fieldRef env var to its value (pods only; templates have no values). */
export type EnvResolver = (e: EnvVar) => string;

/** EnvValueRetriever for a pod: the fields a downward-API env var can name. */
export function podEnvResolver(pod: Pod): EnvResolver {
  return (e) => {
    const path = e.valueFrom?.fieldRef?.fieldPath ?? '';
    const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
    if (m) return (m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[m[2] ?? ''] ?? '';
    switch (path) {
      case 'metadata.name': return pod.metadata?.name ?? '';
      case 'metadata.namespace': return pod.metadata?.namespace ?? '';
      case 'metadata.uid': return pod.metadata?.uid ?? '';
      case 'spec.nodeName': return pod.spec?.nodeName ?? '';
      case 'spec.serviceAccountName': return pod.spec?.serviceAccountName ?? '';
      case 'status.hostIP': return pod.status?.hostIP ?? '';
      case 'status.podIP': return pod.status?.podIP ?? '';
      case 'status.podIPs': return (pod.status?.podIPs ?? []).map((p) => p.ip).join(',');
      default: return '';
    }
  };
}

/** `80/TCP (http)` entries joined by ", ". */
function portsString(ports: readonly ContainerPort[] | undefined, host: boolean): string {
  return (ports ?? [])
    .map((p) => `${host ? p.hostPort ?? 0 : p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`)
    .join(', ');
}

function describeStatus(w: DescribeWriter, title: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(LEVEL_2, `${title}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${timeOrZero(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${title}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`);
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${timeOrZero(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${timeOrZero(t.finishedAt)}\n`);
  } else {
    w.write(LEVEL_2, `${title}:\tWaiting\n`);
  }
}

/** Resource names in kubectl's order (SortedResourceNames: alphabetical). */
const sortedNames = (m: Record<string, unknown> | undefined): string[] => Object.keys(m ?? {}).sort(byteCompare);

export function describeResources(w: DescribeWriter, r: ResourceRequirements | undefined, level: number): void {
  if (!r) return;
  if (Object.keys(r.limits ?? {}).length > 0) w.write(level, 'Limits:\n');
  for (const n of sortedNames(r.limits)) w.write(level + 1, `${n}:\t${quantityString(r.limits?.[n] as string)}\n`);
  if (Object.keys(r.requests ?? {}).length > 0) w.write(level, 'Requests:\n');
  for (const n of sortedNames(r.requests)) w.write(level + 1, `${n}:\t${quantityString(r.requests?.[n] as string)}\n`);
}

/** DescribeProbe: `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function probeString(p: Probe): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const port = String(p.httpGet.port ?? '');
    const host = p.httpGet.host ?? '';
    const hostPort = port ? (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`) : host;
    return `http-get ${(p.httpGet.scheme ?? '').toLowerCase()}://${hostPort}${p.httpGet.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${String(p.tcpSocket.port ?? '')} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeEnv(w: DescribeWriter, c: Container, resolve: EnvResolver | undefined): void {
  if ((c.envFrom ?? []).length > 0) {
    w.write(LEVEL_2, 'Environment Variables from:\n');
    for (const e of c.envFrom ?? []) {
      const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
      const ref = e.configMapRef ?? e.secretRef;
      const optional = ref?.optional === true;
      const what = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
      w.write(LEVEL_3, `${ref?.name ?? ''}\t${what}\tOptional: ${optional}\n`);
    }
  }
  const env = c.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? '').split('\n').forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    } else if (from.fieldRef) {
      w.write(LEVEL_3, `${e.name}:\t${resolve ? resolve(e) : ''} (${from.fieldRef.apiVersion ?? ''}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      const res = from.resourceFieldRef.resource;
      const [kind, name] = res.split('.');
      const value = (kind === 'limits' ? c.resources?.limits : c.resources?.requests)?.[name ?? ''];
      const shown = value === undefined && (res === 'limits.cpu' || res === 'limits.memory') ? 'node allocatable' : value === undefined ? '0' : quantityString(value as string);
      w.write(LEVEL_3, `${e.name}:\t${shown} (${res})\n`);
    } else if (from.secretKeyRef) {
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${from.secretKeyRef.key}' in secret '${from.secretKeyRef.name ?? ''}'>\tOptional: ${from.secretKeyRef.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      w.write(LEVEL_3, `${e.name}:\t<set to the key '${from.configMapKeyRef.key}' of config map '${from.configMapKeyRef.name ?? ''}'>\tOptional: ${from.configMapKeyRef.optional === true}\n`);
    }
  }
}

function describeMounts(w: DescribeWriter, c: Container): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => byteCompare(a.mountPath, b.mountPath));
  w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
  if ((c.volumeDevices ?? []).length > 0) {
    w.write(LEVEL_2, 'Devices:\n');
    for (const d of [...(c.volumeDevices ?? [])].sort((a, b) => byteCompare(a.devicePath, b.devicePath))) w.write(LEVEL_3, `${d.devicePath} from ${d.name}\n`);
  }
}

/**
 * describeContainers: `Containers:` and one block per container. `space` is '' for a pod and
 * '  ' inside a pod template (whose container names get one more space).
 */
export function describeContainers(
  w: DescribeWriter,
  label: string,
  containers: readonly Container[] | undefined,
  statuses: readonly ContainerStatus[] | undefined,
  resolve: EnvResolver | undefined,
  space: string,
): void {
  const list = containers ?? [];
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${list.length === 0 ? ' <none>' : ''}\n`);
  for (const c of list) {
    const status = byName.get(c.name);
    w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
    if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
    if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID ?? ''}\n`);
    const ports = portsString(c.ports, false);
    w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
    const hostPorts = portsString(c.ports, true);
    w.write(LEVEL_2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
    if (c.restartPolicy) w.write(LEVEL_2, `Restart Policy:\t${c.restartPolicy}\n`);
    if ((c.command ?? []).length > 0) {
      w.write(LEVEL_2, 'Command:\n');
      for (const part of c.command ?? []) for (const s of part.split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if ((c.args ?? []).length > 0) {
      w.write(LEVEL_2, 'Args:\n');
      for (const part of c.args ?? []) for (const s of part.split('\n')) w.write(LEVEL_3, `${s}\n`);
    }
    if (status) {
      describeStatus(w, 'State', status.state);
      if (status.lastState?.terminated) describeStatus(w, 'Last State', status.lastState);
      w.write(LEVEL_2, `Ready:\t${printBool(status.ready)}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    describeResources(w, c.resources, LEVEL_2);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${probeString(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${probeString(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${probeString(c.startupProbe)}\n`);
    describeEnv(w, c, resolve);
    describeMounts(w, c);
  }
}
