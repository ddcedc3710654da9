// `kubectl top node|pod`: CPU and memory use from the Metrics API (metrics-server), which answers
// only once metrics-server runs in the cluster ("error: Metrics API not available" before) and
// lists a pod only after it has been scraped twice ("metrics not available yet").

import type { Node } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli, toValue } from '../../../lib/quantity';
import { formatGoDuration } from '../../../lib/duration';
import type { KubeObject } from '../../../sim/api/object';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import type { ApiStatus } from '../../../sim/api/status';
import { metricsOf, type PodMetrics } from '../../../sim/metrics';
import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, statusError, usageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { renderCommandHelp } from '../../cli/help';
import { nodeTable, podTable, type NodeRow, type SortBy } from './print';
import { requestDenied, serverSide } from '../../auth/authorizing-cluster';

const METRICS_CREATION_DELAY_MS = 2 * 60 * 1000;

const COMMON_FLAGS: readonly FlagSpec[] = [
  { name: 'no-headers', type: 'bool', usage: 'Leave out the header line.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Only objects with these labels, e.g. -l app=web ('=', '==', '!=', 'in', 'notin')." },
  { name: 'show-swap', type: 'bool', usage: 'Add the swap memory columns.' },
  { name: 'sort-by', type: 'string', usage: "Sort by 'cpu' or 'memory' use, largest first (by name when empty)." },
  { name: 'use-protocol-buffers', type: 'bool', default: true, usage: 'Talk to the Metrics API in protocol buffers (no visible difference).' },
];

function notFound(what: string, name: string): KubectlError {
  const status: ApiStatus = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${what} "${name}" not found`, reason: 'NotFound', code: 404 };
  return statusError(status);
}

function sortByOf(inv: Invocation): SortBy | KubectlError {
  const v = inv.flags.string('sort-by');
  if (v === '' || v === 'cpu' || v === 'memory') return v;
  return messageError('--sort-by accepts only cpu or memory');
}

/** A list through the API server, with its selector errors; `server`: metrics-server's own list, not kubectl's. */
function list(inv: Invocation, resource: string, namespace: string | undefined, labelSelector: string, fieldSelector = '', server = false): KubeObject[] | KubectlError {
  const res = (server ? serverSide(inv.cluster) : inv.cluster).api.list(typeForKey(resource) as ResourceType, {
    ...(namespace !== undefined ? { namespace } : {}),
    ...(labelSelector ? { labelSelector } : {}),
    ...(fieldSelector ? { fieldSelector } : {}),
  });
  return res.ok ? res.object : statusError(res.status);
}

/** The Metrics API request itself (NodeMetrics or PodMetrics of metrics.k8s.io): a get by name, else a list. */
function metricsRefused(inv: Invocation, resource: 'nodes' | 'pods', namespace: string, name: string): KubectlError | undefined {
  const status = requestDenied(inv.cluster, { kind: 'resource', verb: name !== '' ? 'get' : 'list', namespace, group: 'metrics.k8s.io', resource, subresource: '', name });
  return status ? statusError(status) : undefined;
}

const isErr = (v: unknown): v is KubectlError => typeof v === 'object' && v !== null && 'kind' in v && !('apiVersion' in v) && !Array.isArray(v);

function allocatable(node: Node, capacity: boolean): { cpuMilli: number; memoryBytes: number } {
  const list = (capacity ? node.status?.capacity : node.status?.allocatable) ?? {};
  const q = (v: string | undefined) => (v === undefined ? undefined : parseQuantity(v));
  const c = q(list['cpu']);
  const m = q(list['memory']);
  return { cpuMilli: c ? toMilli(c) : 0, memoryBytes: m ? toValue(m) : 0 };
}

function runTopNode(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length > 1) return usageError(inv.commandPath, 'node [NAME | -l label]');
  const name = inv.args[0] ?? '';
  const selector = f.string('selector');
  const sortBy = sortByOf(inv);
  if (isErr(sortBy)) return sortBy;
  if (name !== '' && selector !== '') return messageError('only one of NAME or --selector can be provided');
  const metrics = metricsOf(inv.cluster.ctx);
  if (!metrics.available()) return messageError('Metrics API not available');
  const refused = metricsRefused(inv, 'nodes', '', name);
  if (refused) return refused;
  const nodes = name !== '' ? undefined : list(inv, 'nodes', undefined, selector);
  if (isErr(nodes)) return nodes;
  const names = nodes ? new Set(nodes.map((n) => n.metadata.name)) : new Set([name]);
  const found = metrics.nodeMetrics().filter((m) => names.has(m.name));
  if (name !== '' && found.length === 0) return notFound('nodemetrics.metrics.k8s.io', name);
  if (found.length === 0) return messageError('metrics not available yet');
  let listed: KubeObject[];
  if (name !== '') {
    const res = inv.cluster.api.get(typeForKey('nodes') as ResourceType, undefined, name);
    if (!res.ok) return statusError(res.status);
    listed = [res.object];
  } else listed = nodes ?? [];
  const available = new Map(listed.map((n) => [n.metadata.name ?? '', allocatable(n as Node, f.bool('show-capacity'))]));
  const rows: NodeRow[] = found.map((m) => {
    const a = available.get(m.name);
    return a ? { metrics: m, available: a } : { metrics: m };
  });
  const missing = listed.map((n) => n.metadata.name ?? '').filter((n) => !found.some((m) => m.name === n));
  inv.out.out(nodeTable(rows, { noHeaders: f.bool('no-headers'), sortBy, showSwap: f.bool('show-swap'), missing }));
  return undefined;
}

/** verifyEmptyMetrics: why a list came back empty. */
function emptyMetricsError(inv: Invocation, selector: string, fieldSelector: string): KubectlError | undefined {
  const pods = list(inv, 'pods', inv.namespace, selector, fieldSelector);
  if (isErr(pods)) return pods;
  if (pods.length === 0) return undefined;
  for (const pod of pods) {
    const age = inv.cluster.now() - Date.parse(pod.metadata.creationTimestamp ?? '');
    if (age > METRICS_CREATION_DELAY_MS) {
      return messageError(`Metrics not available for pod ${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''}, age: ${formatGoDuration(age)}`);
    }
  }
  return messageError('metrics not available yet');
}

function runTopPod(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length > 1) return usageError(inv.commandPath, 'pod [NAME | -l label]');
  const name = inv.args[0] ?? '';
  const selector = f.string('selector');
  const fieldSelector = f.string('field-selector');
  const sortBy = sortByOf(inv);
  if (isErr(sortBy)) return sortBy;
  if (name !== '' && (selector !== '' || fieldSelector !== '')) return messageError('only one of NAME or selector can be provided');
  const metrics = metricsOf(inv.cluster.ctx);
  if (!metrics.available()) return messageError('Metrics API not available');
  const all = f.bool('all-namespaces');
  const namespace = all ? undefined : inv.namespace;
  const refused = metricsRefused(inv, 'pods', namespace ?? '', name);
  if (refused) return refused;
  let found: PodMetrics[];
  if (name !== '') {
    const m = metrics.podMetric(inv.namespace, name);
    if (!m) return notFound('podmetrics.metrics.k8s.io', `${inv.namespace}/${name}`);
    found = [m];
  } else {
    // metrics-server applies the selectors to the pods it reports on.
    const pods = list(inv, 'pods', namespace, selector, fieldSelector, true);
    if (isErr(pods)) return pods;
    const keys = new Set(pods.map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name ?? ''}`));
    found = metrics.podMetrics(namespace).filter((m) => keys.has(`${m.namespace}/${m.name}`));
    if (found.length === 0) {
      const why = emptyMetricsError(inv, selector, fieldSelector);
      if (why) return why;
      inv.out.err(all ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
    }
  }
  inv.out.out(
    podTable(found, {
      containers: f.bool('containers'),
      withNamespace: all,
      noHeaders: f.bool('no-headers'),
      sortBy,
      sum: f.bool('sum'),
      showSwap: f.bool('show-swap'),
    }),
  );
  return undefined;
}

const topNode: CommandSpec = {
  name: 'node',
  aliases: ['nodes', 'no'],
  short: 'Show CPU and memory use of nodes',
  long: 'Show how much CPU and memory each node uses now, and what share of its allocatable resources that is.',
  example: '  # Every node\n  kubectl top node\n  \n  # One node\n  kubectl top node node01\n  \n  # Busiest first\n  kubectl top nodes --sort-by=cpu',
  use: '[NAME | -l label] [options]',
  flags: [...COMMON_FLAGS, { name: 'show-capacity', type: 'bool', usage: 'Compute the percentages from capacity instead of allocatable resources.' }],
  run: runTopNode,
};

const topPod: CommandSpec = {
  name: 'pod',
  aliases: ['pods', 'po'],
  short: 'Show CPU and memory use of pods',
  long:
    'Show how much CPU and memory each pod uses now.\n\n' +
    ' A new pod shows up after metrics-server has sampled it twice, which takes up to half a minute.',
  example:
    '  # Pods of the current namespace\n  kubectl top pod\n  \n' +
    '  # Pods of every namespace, most memory first\n  kubectl top pods -A --sort-by=memory\n  \n' +
    '  # The containers of one pod\n  kubectl top pod web --containers\n  \n' +
    '  # Pods labelled app=web, with a total\n  kubectl top pod -l app=web --sum',
  use: '[NAME | -l label] [options]',
  flags: [
    ...COMMON_FLAGS,
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Pods of every namespace (the current one and -n are ignored).' },
    { name: 'containers', type: 'bool', usage: 'One line per container instead of per pod.' },
    { name: 'field-selector', type: 'string', usage: "Only pods whose fields match, e.g. spec.nodeName=node01 ('=', '==', '!=')." },
    { name: 'sum', type: 'bool', usage: 'Add a line with the totals.' },
  ],
  run: runTopPod,
};

export const topCommand: CommandSpec = {
  name: 'top',
  short: 'Show CPU and memory use of nodes or pods',
  long:
    'Show the CPU and memory use of nodes or pods.\n\n' +
    ' The figures come from metrics-server, which samples every kubelet, and must be installed in the cluster.\n' +
    ' They are the recent averages the autoscalers act on, not exact readings.',
  use: '[flags] [options]',
  subcommands: [topNode, topPod],
  // cmdutil.DefaultSubCommandRun(ErrOut): help on stderr and a failure, or an unknown word.
  run: (inv) => {
    if (inv.args.length > 0) return usageError(inv.commandPath, `unknown command "${inv.args[0] ?? ''}"`);
    inv.out.err(renderCommandHelp(topCommand, inv.commandPath, []));
    return { kind: 'exit' };
  },
};
