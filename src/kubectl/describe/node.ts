// describe node: roles, labels, taints, the node's Lease, conditions, addresses, capacity,
// system info, the non-terminated pods with their requests and limits as percentages of
// allocatable, the allocated totals and events.

import type { Container, Node, Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { addQuantity, parseQuantity, toMilli, toValue, ZERO_QUANTITY, quantityToString, type Quantity } from '../../lib/quantity';
import type { KubeObject } from '../../sim/api/object';
import { byteCompare } from '../tables/format';
import { getStored, listStored, type DescribeContext } from './context';
import { searchEvents, writeEvents } from './events';
import { printAnnotations, printLabels, printTaints, since, timeOrZero, timeString } from './format';
import { LEVEL_0, LEVEL_1, tabbed } from './writer';

type ResourceTotals = Map<string, Quantity>;

const q = (v: unknown): Quantity => parseQuantity(String(v)) ?? ZERO_QUANTITY;
const str = (x: Quantity | undefined): string => quantityToString(x ?? ZERO_QUANTITY);

function addAll(into: ResourceTotals, list: Record<string, unknown> | undefined): void {
  for (const [name, v] of Object.entries(list ?? {})) {
    const prev = into.get(name);
    into.set(name, prev ? addQuantity(prev, q(v)) : q(v));
  }
}

/** PodRequestsAndLimits: containers summed, each init container a floor, plus overhead. */
function podRequestsAndLimits(pod: Pod): { reqs: ResourceTotals; limits: ResourceTotals } {
  const side = (pick: (c: Container) => Record<string, unknown> | undefined): ResourceTotals => {
    const total: ResourceTotals = new Map();
    for (const c of pod.spec?.containers ?? []) addAll(total, pick(c));
    for (const c of pod.spec?.initContainers ?? []) {
      for (const [name, v] of Object.entries(pick(c) ?? {})) {
        const cur = total.get(name);
        if (!cur || q(v).nanos > cur.nanos) total.set(name, q(v));
      }
    }
    addAll(total, pod.spec?.overhead as Record<string, unknown> | undefined);
    return total;
  };
  return { reqs: side((c) => c.resources?.requests), limits: side((c) => c.resources?.limits) };
}

const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.trunc((part / whole) * 100));

function findRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort(byteCompare);
}

const HUGEPAGES = /^hugepages-/;
const STANDARD = new Set(['cpu', 'memory', 'ephemeral-storage', 'storage', 'pods']);

export function describeNode(obj: KubeObject, ctx: DescribeContext): string {
  const node = obj as unknown as Node;
  const name = node.metadata?.name ?? '';
  const status = node.status ?? {};
  const info = status.nodeInfo;
  const lease = getStored<Lease>(ctx, 'leases.coordination.k8s.io', 'kube-node-lease', name);
  const pods = listStored<Pod>(ctx, 'pods').filter((p) => p.spec?.nodeName === name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  // Controllers record node events with the node's uid, the kubelet with its name.
  const all = searchEvents(ctx, { name, namespace: '', kind: 'Node', uid: '' });
  const events = all?.filter((e) => !e.involvedObject.uid || e.involvedObject.uid === node.metadata?.uid || e.involvedObject.uid === name);
  const allocatable = (Object.keys(status.allocatable ?? {}).length > 0 ? status.allocatable : status.capacity) ?? {};
  const allocCpu = toMilli(q(allocatable['cpu'] ?? 0));
  const allocMem = toValue(q(allocatable['memory'] ?? 0));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', name);
    const roles = findRoles(node);
    w.line(LEVEL_0, 'Roles', roles.length > 0 ? roles.join(',') : '<none>');
    printLabels(w, 'Labels', node.metadata?.labels);
    printAnnotations(w, 'Annotations', node.metadata?.annotations);
    w.line(LEVEL_0, 'CreationTimestamp', timeString(node.metadata?.creationTimestamp));
    printTaints(w, 'Taints', node.spec?.taints);
    w.line(LEVEL_0, 'Unschedulable', String(node.spec?.unschedulable === true));
    w.write(LEVEL_0, 'Lease:\n');
    w.line(LEVEL_1, 'HolderIdentity', lease?.spec?.holderIdentity ?? '<unset>');
    w.line(LEVEL_1, 'AcquireTime', lease?.spec?.acquireTime ? timeString(lease.spec.acquireTime) : '<unset>');
    w.line(LEVEL_1, 'RenewTime', lease?.spec?.renewTime ? timeString(lease.spec.renewTime) : '<unset>');
    if ((status.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of status.conditions ?? []) {
        w.write(LEVEL_1, `${c.type} \t${c.status} \t${timeOrZero(c.lastHeartbeatTime)} \t${timeOrZero(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    const resourceList = (list: Record<string, unknown>): void => {
      for (const r of Object.keys(list).sort(byteCompare)) w.write(LEVEL_0, `  ${r}:\t${str(q(list[r]))}\n`);
    };
    if (Object.keys(status.capacity ?? {}).length > 0) {
      w.write(LEVEL_0, 'Capacity:\n');
      resourceList(status.capacity ?? {});
    }
    if (Object.keys(status.allocatable ?? {}).length > 0) {
      w.write(LEVEL_0, 'Allocatable:\n');
      resourceList(status.allocatable ?? {});
    }
    w.write(LEVEL_0, 'System Info:\n');
    w.write(LEVEL_0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
    w.write(LEVEL_0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
    w.write(LEVEL_0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
    w.write(LEVEL_0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
    w.write(LEVEL_0, `  OS Image:\t${info?.osImage ?? ''}\n`);
    w.write(LEVEL_0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
    w.write(LEVEL_0, `  Architecture:\t${info?.architecture ?? ''}\n`);
    w.write(LEVEL_0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
    w.write(LEVEL_0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
    w.write(LEVEL_0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
    if (node.spec?.podCIDR) w.line(LEVEL_0, 'PodCIDR', node.spec.podCIDR);
    if ((node.spec?.podCIDRs ?? []).length > 0) w.line(LEVEL_0, 'PodCIDRs', (node.spec?.podCIDRs ?? []).join(','));
    if (node.spec?.providerID) w.line(LEVEL_0, 'ProviderID', node.spec.providerID);

    w.line(LEVEL_0, 'Non-terminated Pods', `(${pods.length} in total)`);
    w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
    w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
    const totalReqs: ResourceTotals = new Map();
    const totalLimits: ResourceTotals = new Map();
    for (const pod of pods) {
      const { reqs, limits } = podRequestsAndLimits(pod);
      for (const [k, v] of reqs) totalReqs.set(k, totalReqs.has(k) ? addQuantity(totalReqs.get(k) as Quantity, v) : v);
      for (const [k, v] of limits) totalLimits.set(k, totalLimits.has(k) ? addQuantity(totalLimits.get(k) as Quantity, v) : v);
      const cpu = (m: ResourceTotals): string => `${str(m.get('cpu'))} (${pct(toMilli(m.get('cpu') ?? ZERO_QUANTITY), allocCpu)}%)`;
      const mem = (m: ResourceTotals): string => `${str(m.get('memory'))} (${pct(toValue(m.get('memory') ?? ZERO_QUANTITY), allocMem)}%)`;
      w.write(LEVEL_1, `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cpu(reqs)}\t${cpu(limits)}\t${mem(reqs)}\t${mem(limits)}\t${since(pod.metadata?.creationTimestamp, ctx.now)}\n`);
    }
    w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
    w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
    w.write(LEVEL_1, '--------\t--------\t------\n');
    const row = (r: string, whole: number, value: (x: Quantity) => number): void => {
      const req = totalReqs.get(r) ?? ZERO_QUANTITY;
      const lim = totalLimits.get(r) ?? ZERO_QUANTITY;
      w.write(LEVEL_1, `${r}\t${str(req)} (${pct(value(req), whole)}%)\t${str(lim)} (${pct(value(lim), whole)}%)\n`);
    };
    row('cpu', allocCpu, toMilli);
    row('memory', allocMem, toValue);
    row('ephemeral-storage', toValue(q(allocatable['ephemeral-storage'] ?? 0)), toValue);
    const names = Object.keys(allocatable).sort(byteCompare);
    for (const r of names.filter((n) => HUGEPAGES.test(n))) row(r, toValue(q(allocatable[r])), toValue);
    for (const r of names.filter((n) => !HUGEPAGES.test(n) && !STANDARD.has(n) && !n.startsWith('requests.') && !n.startsWith('limits.'))) {
      w.write(LEVEL_1, `${r}\t${str(totalReqs.get(r))}\t${str(totalLimits.get(r))}\n`);
    }
    writeEvents(w, events, ctx.now);
  });
}
