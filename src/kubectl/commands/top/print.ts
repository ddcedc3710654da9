// The tables of `kubectl top` (metricsutil.TopCmdPrinter): CPU in millicores ("250m"), memory in
// whole MiB ("64Mi"), node percentages of allocatable (truncated), every cell followed by a tab —
// so every line ends in padding, as the real one does — sorted by name or, with --sort-by, by
// usage (largest first), and with --sum a total under the pod columns.

import type { NodeMetrics, PodMetrics } from '../../../sim/metrics';
import { newKubectlTabWriter } from '../../printers';

export type SortBy = '' | 'cpu' | 'memory';

const cpu = (milli: number): string => `${milli}m`;
const mem = (bytes: number): string => `${Math.trunc(bytes / (1024 * 1024))}Mi`;
const UNKNOWN = '<unknown>';

/** A stable sort (Go's is not; ties keep name order here). */
function sorted<T>(items: readonly T[], key: (x: T) => string, usage: (x: T) => [number, number], by: SortBy): T[] {
  const byName = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (by === '') return byName;
  const i = by === 'cpu' ? 0 : 1;
  return byName.map((x, n) => [x, n] as const).sort(([a, n], [b, m]) => usage(b)[i] - usage(a)[i] || n - m).map(([x]) => x);
}

export interface NodeRow {
  readonly metrics: NodeMetrics;
  /** Allocatable (or capacity) of the node: millicores and bytes; undefined when the node was not listed. */
  readonly available?: { cpuMilli: number; memoryBytes: number };
}

export interface NodeTableOptions {
  readonly noHeaders: boolean;
  readonly sortBy: SortBy;
  readonly showSwap: boolean;
  /** Nodes listed without metrics (their kubelet does not answer): `<unknown>` rows at the end. */
  readonly missing: readonly string[];
}

const percent = (used: number, available: number): string => `${available === 0 ? 0 : Math.trunc((used / available) * 100)}%`;

export function nodeTable(rows: readonly NodeRow[], opts: NodeTableOptions): string {
  if (rows.length === 0) return '';
  const w = newKubectlTabWriter();
  const header = ['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)', ...(opts.showSwap ? ['SWAP(bytes)', 'SWAP(%)'] : [])];
  if (!opts.noHeaders) w.write(`${header.join('\t')}\t\n`);
  for (const row of sorted(rows, (r) => r.metrics.name, (r) => [r.metrics.cpuMilli, r.metrics.memoryBytes], opts.sortBy)) {
    const m = row.metrics;
    const cells = [m.name, cpu(m.cpuMilli)];
    if (row.available) cells.push(percent(m.cpuMilli * 1000, row.available.cpuMilli * 1000));
    cells.push(mem(m.memoryBytes));
    if (row.available) cells.push(percent(m.memoryBytes * 1000, row.available.memoryBytes * 1000));
    // The simulated nodes report no swap: kubectl shows such a node's swap as unknown.
    if (opts.showSwap) cells.push(UNKNOWN, UNKNOWN);
    w.write(`${cells.join('\t')}\t\n`);
  }
  const resources = opts.showSwap ? 3 : 2;
  for (const name of opts.missing) w.write(`${[name, ...Array<string>(resources * 2).fill(UNKNOWN)].join('\t')}\t\n`);
  return w.flush();
}

export interface PodTableOptions {
  readonly containers: boolean;
  readonly withNamespace: boolean;
  readonly noHeaders: boolean;
  readonly sortBy: SortBy;
  readonly sum: boolean;
  readonly showSwap: boolean;
}

const podCpu = (p: PodMetrics): number => p.containers.reduce((n, c) => n + c.cpuMilli, 0);
const podMem = (p: PodMetrics): number => p.containers.reduce((n, c) => n + c.memoryBytes, 0);

export function podTable(pods: readonly PodMetrics[], opts: PodTableOptions): string {
  if (pods.length === 0) return '';
  const w = newKubectlTabWriter();
  const line = (cells: string[]): void => w.write(`${cells.join('\t')}\t\n`);
  const usage = (cpuMilli: number, memoryBytes: number): string[] => [cpu(cpuMilli), mem(memoryBytes), ...(opts.showSwap ? ['0Mi'] : [])];
  let width = opts.showSwap ? 4 : 3;
  if (!opts.noHeaders) {
    const head: string[] = [];
    if (opts.withNamespace) head.push('NAMESPACE'), width++;
    if (opts.containers) head.push('POD'), width++;
    line([...head, 'NAME', 'CPU(cores)', 'MEMORY(bytes)', ...(opts.showSwap ? ['SWAP(bytes)'] : [])]);
  }
  const key = (p: PodMetrics): string => (opts.withNamespace ? `${p.namespace}\u0000${p.name}` : p.name);
  for (const p of sorted(pods, key, (x) => [podCpu(x), podMem(x)], opts.sortBy)) {
    const ns = opts.withNamespace ? [p.namespace] : [];
    if (!opts.containers) {
      line([...ns, p.name, ...usage(podCpu(p), podMem(p))]);
      continue;
    }
    for (const c of sorted(p.containers, (x) => x.name, (x) => [x.cpuMilli, x.memoryBytes], opts.sortBy)) {
      line([...ns, p.name, c.name, ...usage(c.cpuMilli, c.memoryBytes)]);
    }
  }
  if (opts.sum) {
    // Under the last two usage columns, however many columns there are (kubectl's own arithmetic).
    line([...Array<string>(Math.max(0, width - 2)).fill(''), '________', '________']);
    const cpuTotal = pods.reduce((n, p) => n + podCpu(p), 0);
    const memTotal = pods.reduce((n, p) => n + podMem(p), 0);
    line([...Array<string>(Math.max(0, width - 3)).fill(''), '', ...usage(cpuTotal, memTotal)]);
  }
  return w.flush();
}
