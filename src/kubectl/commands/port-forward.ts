// `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…`: checks the target and the ports exactly as
// kubectl does (service ports become the pod's target ports, named ports are looked up, UDP-only
// ports are refused, the pod must be Running), prints the "Forwarding from …" lines of each local
// listener, then returns: the simulator has no local ports to listen on, which a note on stderr says.

import type { Container, Service } from 'kubernetes-types/core/v1';
import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, usageError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { fnv32a } from '../../lib/hash';
import { attachablePod, isError, namedObject, podRunningTimeout, podRunningTimeoutFlag, type PodObject } from './pod-target';
import { podRequestDenied } from '../auth/authorizing-cluster';

const FLAGS: readonly FlagSpec[] = [
  {
    name: 'address',
    type: 'stringSlice',
    default: ['localhost'],
    usage: 'Local addresses to listen on, comma separated: IP addresses or localhost (which means both 127.0.0.1 and ::1).',
  },
  podRunningTimeoutFlag(60_000),
];

const splitPort = (port: string): [string, string] => {
  const parts = port.split(':');
  return parts.length === 2 ? [parts[0] as string, parts[1] as string] : [parts[0] as string, parts[0] as string];
};

/** strconv.Atoi-like: a decimal integer, or undefined. */
const atoi = (s: string): number | undefined => (/^[+-]?\d+$/.test(s) ? Number(s) : undefined);

function containerPortByName(pod: PodObject, name: string): number | KubectlError {
  const all: Container[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  for (const c of all) for (const p of c.ports ?? []) if (p.name === name) return p.containerPort;
  return messageError(`Pod '${pod.metadata.name ?? ''}' does not have a named port '${name}'`);
}

function servicePortByName(svc: Service, name: string): number | KubectlError {
  const port = svc.spec?.ports?.find((p) => p.name === name);
  return port ? port.port : messageError(`Service '${svc.metadata?.name ?? ''}' does not have a named port '${name}'`);
}

/** Ports that only UDP serves: port-forward carries TCP alone. */
function udpOnly(ports: { port: number; protocol?: string }[]): Set<number> {
  const udp = new Set(ports.filter((p) => p.protocol === 'UDP').map((p) => p.port));
  for (const p of ports) if ((p.protocol ?? 'TCP') === 'TCP') udp.delete(p.port);
  return udp;
}

function checkUdp(ports: readonly string[], only: Set<number>, lookup: (name: string) => number | KubectlError): KubectlError | undefined {
  for (const port of ports) {
    const [, remote] = splitPort(port);
    let n = atoi(remote);
    if (n === undefined) {
      const found = lookup(remote);
      if (isError(found)) return found;
      n = found;
    }
    if (only.has(n)) return messageError(`UDP protocol is not supported for ${remote}`);
  }
  return undefined;
}

/** translateServicePortToTargetPort: service ports → the pod's container ports. */
function servicePorts(ports: readonly string[], svc: Service, pod: PodObject): string[] | KubectlError {
  const out: string[] = [];
  for (const port of ports) {
    let [local, remote] = splitPort(port);
    let portnum = atoi(remote);
    if (portnum === undefined) {
      const named = servicePortByName(svc, remote);
      if (isError(named)) return named;
      portnum = named;
      if (local === remote) local = String(portnum);
    }
    const spec = svc.spec?.ports?.find((p) => p.port === portnum);
    if (!spec) return messageError(`Service ${svc.metadata?.name ?? ''} does not have a service port ${portnum}`);
    let target: number;
    if (svc.spec?.clusterIP === 'None') target = portnum;
    else if (typeof spec.targetPort === 'string') {
      const named = containerPortByName(pod, spec.targetPort);
      if (isError(named)) return named;
      target = named;
    } else target = spec.targetPort === undefined || spec.targetPort === 0 ? spec.port : spec.targetPort;
    remote = String(target);
    out.push(local !== remote ? `${local}:${remote}` : remote);
  }
  return out;
}

/** convertPodNamedPortToNumber. */
function podPorts(ports: readonly string[], pod: PodObject): string[] | KubectlError {
  const out: string[] = [];
  for (const port of ports) {
    const [local, remote] = splitPort(port);
    if (remote === '') return messageError('remote port cannot be empty');
    let container = remote;
    if (atoi(remote) === undefined) {
      const named = containerPortByName(pod, remote);
      if (isError(named)) return named;
      container = String(named);
    }
    out.push(local !== remote ? `${local}:${container}` : container);
  }
  return out;
}

/** strconv.ParseUint(s, 10, 16) with Go's error text. */
function parseUint16(s: string): number | string {
  if (!/^\d+$/.test(s)) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`;
  const n = Number(s);
  return n > 65535 ? `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range` : n;
}

/** client-go portforward.parsePorts. */
function parsePorts(ports: readonly string[]): { local: number; remote: number }[] | KubectlError {
  const out: { local: number; remote: number }[] = [];
  for (const p of ports) {
    const parts = p.split(':');
    if (parts.length > 2) return messageError(`invalid port format '${p}'`);
    const localText = parts.length === 1 ? (parts[0] as string) : parts[0] === '' ? '0' : (parts[0] as string);
    const remoteText = parts.length === 1 ? (parts[0] as string) : (parts[1] as string);
    const local = parseUint16(localText);
    if (typeof local === 'string') return messageError(`error parsing local port '${localText}': ${local}`);
    const remote = parseUint16(remoteText);
    if (typeof remote === 'string') return messageError(`error parsing remote port '${remoteText}': ${remote}`);
    if (remote === 0) return messageError('remote port must be > 0');
    out.push({ local, remote });
  }
  return out;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const isIPv4 = (a: string): boolean => IPV4.test(a) && a.split('.').every((x) => Number(x) <= 255);
const isIPv6 = (a: string): boolean => a.includes(':') && /^[0-9a-fA-F:.]+$/.test(a) && (a.match(/::/g)?.length ?? 0) <= 1;

/** client-go parseAddresses: localhost is 127.0.0.1 and ::1; sorted, duplicates dropped. */
function parseAddresses(addresses: readonly string[]): string[] | KubectlError {
  const out = new Set<string>();
  for (const a of addresses) {
    if (a === 'localhost') {
      out.add('127.0.0.1');
      out.add('::1');
    } else if (isIPv4(a) || isIPv6(a)) out.add(a);
    else return messageError(`${a} is not a valid IP`);
  }
  return [...out].sort();
}

/** A local port the kernel would pick for `:REMOTE`: stable for the same pod and port. */
const ephemeralPort = (pod: string, remote: number): number => 32768 + (fnv32a(`${pod}:${remote}`) % 28232);

function runPortForward(inv: Invocation): KubectlError | undefined {
  if (inv.args.length < 2) return usageError(inv.commandPath, 'TYPE/NAME and list of ports are required for port-forward');
  const timeoutMs = podRunningTimeout(inv, true);
  if (typeof timeoutMs !== 'number') return timeoutMs;
  const named = namedObject(inv, inv.args[0] as string);
  if (isError(named)) return named;
  const pod = attachablePod(inv, named, timeoutMs);
  if (isError(pod)) return pod;
  const requested = inv.args.slice(1);
  let ports: string[] | KubectlError;
  if (named.type.group === '' && named.type.kind === 'Service') {
    const svc = named.object as Service;
    const bad = checkUdp(requested, udpOnly((svc.spec?.ports ?? []).map((p) => ({ port: p.port, ...(p.protocol ? { protocol: p.protocol } : {}) }))), (n) => servicePortByName(svc, n));
    ports = bad ?? servicePorts(requested, svc, pod);
  } else {
    const declared = (pod.spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => ({ port: p.containerPort, ...(p.protocol ? { protocol: p.protocol } : {}) })));
    const bad = checkUdp(requested, udpOnly(declared), (n) => containerPortByName(pod, n));
    ports = bad ?? podPorts(requested, pod);
  }
  if (isError(ports)) return ports;
  const live = inv.cluster.api.peek<PodObject>('pods', pod.metadata.namespace, pod.metadata.name ?? '');
  if (!live) return { kind: 'status', status: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `pods "${pod.metadata.name ?? ''}" not found`, reason: 'NotFound', code: 404 } };
  if (live.status?.phase !== 'Running') return messageError(`unable to forward port because pod is not running. Current status=${live.status?.phase ?? ''}`);
  const addresses = parseAddresses(inv.flags.strings('address'));
  if (isError(addresses)) return addresses;
  const forwards = parsePorts(ports);
  if (isError(forwards)) return forwards;
  // The POST pods/portforward upgrade comes before any listener; its refusal is the dialer's error.
  const denied = podRequestDenied(inv.cluster, 'create', 'portforward', live.metadata.namespace ?? inv.namespace, live.metadata.name ?? '');
  if (denied) return messageError(`error upgrading connection: ${denied.message}`);
  for (const { local, remote } of forwards) {
    const port = local === 0 ? ephemeralPort(live.metadata.name ?? '', remote) : local;
    for (const address of addresses) {
      const host = address.includes(':') ? `[${address}]` : address;
      inv.out.out(`Forwarding from ${host}:${port} -> ${remote}\n`);
    }
  }
  inv.out.err('(in the simulator nothing listens on these local ports: reach the pod with kubectl exec, or with curl from a node, instead)\n');
  return undefined;
}

export const portForwardCommand: CommandSpec = {
  name: 'port-forward',
  short: 'Forward local ports to a pod',
  long:
    'Forward one or more local ports to a pod.\n\n' +
    ' Name the pod, or a workload or service as TYPE/NAME (one of its pods is chosen); a plain name means a pod.\n' +
    ' The forwarding lasts as long as that pod runs.',
  example:
    '  # Local ports 8080 and 8443 to the same ports of pod web\n  kubectl port-forward pod/web 8080 8443\n  \n' +
    '  # Local port 9000 to port 80 of a pod of deployment web\n  kubectl port-forward deploy/web 9000:80\n  \n' +
    '  # Through service web: its port named http, on the pod port it targets\n  kubectl port-forward svc/web 8080:http\n  \n' +
    '  # A free local port chosen for you, to port 5432 of pod db\n  kubectl port-forward pod/db :5432\n  \n' +
    '  # Listening on every local address, not only localhost\n  kubectl port-forward --address 0.0.0.0 pod/web 8080:80',
  use: 'TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
  flags: FLAGS,
  run: runPortForward,
};
