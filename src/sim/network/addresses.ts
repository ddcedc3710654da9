import type { Node } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import type { PodObject } from './runtime-view';

export function isIPv4(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && m.slice(1).every((p) => Number(p) <= 255 && String(Number(p)) === p);
}

export function nodeInternalIP(node: Node | undefined): string | undefined {
  return node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
}

/** The node whose InternalIP (or ExternalIP) is `ip`. */
export function nodeByIP(ctx: SimContext, ip: string): (Node & KubeObject) | undefined {
  return (ctx.store.list('nodes') as (Node & KubeObject)[]).find((n) => n.status?.addresses?.some((a) => (a.type === 'InternalIP' || a.type === 'ExternalIP') && a.address === ip));
}

/** The live pod (not host-network) that owns `ip`. */
export function podByIP(ctx: SimContext, ip: string): PodObject | undefined {
  for (const p of ctx.store.list('pods') as PodObject[]) {
    if (p.spec?.hostNetwork) continue;
    const phase = p.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    if (p.status?.podIP === ip || p.status?.podIPs?.some((x) => x.ip === ip)) return p;
  }
  return undefined;
}

/** Pods sharing the node's network namespace (static control-plane pods, kube-proxy, flannel). */
export function hostNetworkPods(ctx: SimContext, nodeName: string): PodObject[] {
  return (ctx.store.list('pods') as PodObject[]).filter((p) => p.spec?.hostNetwork && p.spec.nodeName === nodeName && p.status?.phase === 'Running');
}

export function podKey(pod: PodObject): string {
  return `${pod.metadata.namespace}/${pod.metadata.name}`;
}
