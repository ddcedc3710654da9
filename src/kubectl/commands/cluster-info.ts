// `kubectl cluster-info`: the API server address of the current context, then every service of
// kube-system (or -n) labelled kubernetes.io/cluster-service=true with its API proxy URL (or its
// load balancer address), then the hint about `cluster-info dump`. kubectl v1.35 prints no colours.

import type { Service } from 'kubernetes-types/core/v1';
import { typeForKey } from '../../sim/api/registry';
import { notYetSupported, type CommandSpec, type Invocation } from '../cli/command';
import { statusError, type KubectlError } from '../cli/errors';
import { currentServer, serverUnavailable } from '../kubeconfig/current';
import { apiServerURL } from '../kubeconfig/default';

/** utilnet.JoinSchemeNamePort. */
function joinSchemeNamePort(scheme: string, name: string, port: string): string {
  if (scheme) return `${scheme}:${name}:${port}`;
  if (port) return `${name}:${port}`;
  return name;
}

function serviceLink(svc: Service, host: string): string {
  const ingress = svc.status?.loadBalancer?.ingress?.[0];
  if (ingress) {
    const ip = ingress.ip || ingress.hostname || '';
    return (svc.spec?.ports ?? []).map((p) => `http://${ip}:${p.port} `).join('');
  }
  let name = svc.metadata?.name ?? '';
  const port = svc.spec?.ports?.[0];
  if (port) {
    const scheme = port.name === 'https' || port.port === 443 ? 'https' : '';
    name = joinSchemeNamePort(scheme, name, port.name ?? '');
  }
  return `${host}/api/v1/namespaces/${svc.metadata?.namespace ?? ''}/services/${name}/proxy`;
}

function runClusterInfo(inv: Invocation): KubectlError | undefined {
  const unreachable = serverUnavailable(inv.ctx);
  if (unreachable) return unreachable;
  const host = inv.ctx.kubeconfig ? currentServer(inv.ctx) : apiServerURL(inv.cluster);
  const namespace = inv.explicitNamespace ? inv.namespace : 'kube-system';
  const services = typeForKey('services');
  if (!services) return undefined;
  const dumpHint = "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  const listed = inv.cluster.api.list(services, { namespace, labelSelector: 'kubernetes.io/cluster-service=true' });
  if (!listed.ok) {
    // The hint is written whatever the visit of the services returned.
    inv.out.out(dumpHint);
    return statusError(listed.status);
  }
  let text = `Kubernetes control plane is running at ${host}\n`;
  for (const obj of listed.object) {
    const svc = obj as unknown as Service;
    const label = svc.metadata?.labels?.['kubernetes.io/name'] || svc.metadata?.name || '';
    text += `${label} is running at ${serviceLink(svc, host)}\n`;
  }
  inv.out.out(text + dumpHint);
  return undefined;
}

export const clusterInfoCommand: CommandSpec = {
  name: 'cluster-info',
  short: 'Show where the control plane and core services run',
  long:
    'Show the address of the API server and of the cluster services labelled\n' +
    ' kubernetes.io/cluster-service=true (such as CoreDNS).\n\n' +
    ' Use "kubectl cluster-info dump" to collect much more detail for debugging.',
  example: '  # Where do the control plane and CoreDNS answer?\n  kubectl cluster-info',
  use: '[flags] [options]',
  subcommands: [notYetSupported('dump', 'Write a lot of cluster state, for debugging')],
  run: runClusterInfo,
};
