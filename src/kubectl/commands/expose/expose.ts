// `kubectl expose TYPE NAME`: a new Service in front of a pod, deployment, replica set, replication
// controller or service, its selector and ports read off that object unless given. Every named
// object is exposed in turn; failures are collected (the builder continues on error). As in kubectl,
// what the first object yields (selector, ports, labels) is kept for the following ones.

import type { KubeObject } from '../../../sim/api/object';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { withLastApplied } from '../create-files';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, dryRunOf, isError, printWarnings, printWritten, writePrinter, type DryRun } from '../create-shared';
import type { OutputSpec } from '../../output/printer-spec';
import { OVERRIDE_FLAGS, applyOverrides } from '../run/overrides';
import { findTargets, type Target } from '../set/targets';
import { exposeKindError, portsForObject, protocolsForObject, selectorForObject } from './expose-introspect';
import { buildExposedService } from './expose-service';
import { RECORD_FLAG, recorded } from '../record';

const EXPOSE_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  ...OVERRIDE_FLAGS,
  { name: 'cluster-ip', type: 'string', usage: 'The Service\'s cluster IP; empty picks one, "None" makes a headless Service.' },
  DRY_RUN_FLAG,
  { name: 'external-ip', type: 'string', usage: 'An extra IP address (not managed by Kubernetes) the Service also answers on.' },
  FIELD_MANAGER_FLAG('kubectl-expose'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files naming the objects to expose.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects to expose.' },
  { name: 'labels', shorthand: 'l', type: 'string', usage: 'Labels for the new Service (default: the exposed object\'s labels).' },
  { name: 'load-balancer-ip', type: 'string', usage: 'With --type=LoadBalancer: the IP address to ask the load balancer for.' },
  { name: 'name', type: 'string', usage: 'The new Service\'s name (default: the exposed object\'s name).' },
  { name: 'port', type: 'string', usage: 'The port the Service listens on (default: the exposed object\'s port(s)).' },
  { name: 'protocol', type: 'string', usage: 'TCP, UDP or SCTP (default: the exposed ports\' own protocols, else TCP).' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'save-config', type: 'bool', usage: 'Record the object in its last-applied-configuration annotation, for later kubectl apply.' },
  { name: 'selector', type: 'string', usage: 'The pods the Service sends traffic to, as k=v pairs (default: the exposed object\'s selector).' },
  { name: 'session-affinity', type: 'string', usage: 'None or ClientIP (keep a client on the same pod).' },
  { name: 'target-port', type: 'string', usage: 'The container port (number or name) traffic goes to (default: the same as --port).' },
  { name: 'type', type: 'string', usage: 'ClusterIP (default), NodePort, LoadBalancer or ExternalName.' },
];

/** The DNS-1035 label length a Service name may have; longer object names are cut. */
const MAX_NAME = 63;

interface State {
  selector: string;
  port: string;
  ports: string;
  labels: string;
}

function exposeOne(inv: Invocation, target: Target, state: State, printer: OutputSpec | undefined, dryRun: DryRun): KubectlError | undefined {
  const f = inv.flags;
  const obj = target.object;
  const kindError = exposeKindError(target.type);
  if (kindError) return messageError(kindError);
  if (state.selector === '') {
    const s = selectorForObject(obj);
    if ('error' in s) return messageError(`couldn't retrieve selectors via --selector flag or introspection: ${s.error}`);
    state.selector = s.selector;
  }
  if (state.port === '') {
    const ports = portsForObject(obj);
    if (ports.length === 0 && f.string('cluster-ip') !== 'None') return messageError("couldn't find port via --port flag or introspection");
    if (ports.length === 1) state.port = ports[0] as string;
    else if (ports.length > 1) state.ports = ports.join(',');
  }
  if (state.labels === '') state.labels = Object.entries(obj.metadata.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const built = buildExposedService({
    name: f.string('name') || (obj.metadata.name ?? '').slice(0, MAX_NAME),
    namespace: dryRun === 'client' && inv.explicitNamespace ? inv.namespace : undefined,
    selector: state.selector, labels: state.labels, port: state.port, ports: state.ports,
    protocol: f.string('protocol'), protocols: protocolsForObject(obj), targetPort: f.string('target-port'),
    externalIP: f.string('external-ip'), type: f.string('type'), loadBalancerIP: f.string('load-balancer-ip'),
    sessionAffinity: f.string('session-affinity'), clusterIP: f.string('cluster-ip'),
  });
  if (typeof built === 'string') return messageError(built);
  const overridden = applyOverrides(built, f.string('overrides'), f.string('override-type'));
  if (isError(overridden)) return overridden;
  const service = recorded(inv, overridden);
  let shown: KubeObject = service;
  if (dryRun !== 'client') {
    const toSend = f.bool('save-config') ? withLastApplied(service) : service;
    // expose sends no fieldValidation: the API server's default (Warn) applies.
    const res = inv.cluster.api.create(toSend, { dryRun: dryRun === 'server', fieldValidation: 'Warn', namespace: inv.namespace });
    if (!res.ok) return statusError(res.status);
    printWarnings(inv.out, res.warnings);
    shown = res.object;
  }
  return printWritten(inv.out, printer, shown, 'exposed', dryRun, { structOrder: dryRun === 'client' });
}

function runExpose(inv: Invocation): KubectlError | undefined {
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const found = findTargets(inv, inv.args, { latest: false });
  if ('fatal' in found) return found.fatal;
  const errors = [...found.errors];
  const f = inv.flags;
  const state: State = { selector: f.string('selector'), port: f.string('port'), ports: '', labels: f.string('labels') };
  for (const target of found.targets) {
    const err = exposeOne(inv, target, state, printer, dryRun);
    if (err) errors.push(err);
  }
  return aggregate(errors);
}

export const exposeCommand: CommandSpec = {
  name: 'expose',
  short: 'Put a new Service in front of a pod, deployment, replica set or service',
  long:
    'Create a Service that sends traffic to the pods of an existing object.\n\n' +
    ' The object can be a pod, deployment, replica set, replication controller or service. Unless given, the new Service takes its name, labels, pod selector and port(s) from that object: a deployment or replica set can be exposed only when its selector uses matchLabels alone, and an object with several ports gives a Service with all of them.\n\n' +
    ' Types accepted (any case): pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)',
  example: [
    '  # A ClusterIP Service on port 80 for the pods of deployment web, which listen on 8080',
    '  kubectl expose deployment web --port=80 --target-port=8080',
    '  ',
    '  # Reach a deployment on every node\'s port (a NodePort Service) under another name',
    '  kubectl expose deployment web --type=NodePort --port=80 --name=web-np',
    '  ',
    '  # A Service for one pod, named frontend',
    '  kubectl expose pod web --port=8080 --name=frontend',
    '  ',
    '  # A second Service for the pods of an existing Service, on another port',
    '  kubectl expose service web --port=443 --target-port=8443 --name=web-https',
    '  ',
    '  # UDP traffic for the pods of a replica set',
    '  kubectl expose rs dns --port=53 --protocol=UDP --name=dns-udp',
    '  ',
    '  # Print the Service as YAML instead of creating it',
    '  kubectl expose deployment web --port=80 --dry-run=client -o yaml',
  ].join('\n'),
  use: '(-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]',
  flags: EXPOSE_FLAGS,
  run: runExpose,
};
