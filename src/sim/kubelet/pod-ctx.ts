import type { Container, Node } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli, toValue } from '../../lib/quantity';
import { fieldPathOf, type KubeletCore, type PodObject } from './core';
import type { EnvFacts } from './env';
import type { ContainerRt, NodeRt, PodRt } from './state';

/** Everything one pod sync works with, and small helpers over it. */
export interface PodCtx {
  k: KubeletCore;
  key: string;
  pod: PodObject;
  rt: PodRt;
  node: NodeRt;
  nodeName: string;
  nodeObj: Node;
  hostIP: string;
  now: number;
}

export function specOf(p: PodCtx, c: ContainerRt): Container | undefined {
  const list = c.init ? p.pod.spec?.initContainers : p.pod.spec?.containers;
  for (const x of list ?? []) if (x.name === c.name) return x;
  return undefined;
}

export function event(p: PodCtx, c: ContainerRt, type: 'Normal' | 'Warning', reason: string, message: string): void {
  p.k.event(p.pod, type, reason, message, p.nodeName, fieldPathOf(c));
}

export function envFacts(p: PodCtx): EnvFacts {
  return new PodEnvFacts(p.hostIP, p.rt.ip ?? '', p.nodeObj.status?.allocatable ?? {});
}

/** Allocatable is parsed only for the rare resourceFieldRef without a limit (getters on the prototype: cheap to make). */
class PodEnvFacts implements EnvFacts {
  constructor(
    readonly hostIP: string,
    readonly podIP: string,
    private readonly alloc: Record<string, unknown>,
  ) {}

  get nodeCpuMilli(): number {
    const q = parseQuantity(String(this.alloc['cpu'] ?? '0'));
    return q ? toMilli(q) : 0;
  }

  get nodeMemoryBytes(): number {
    const q = parseQuantity(String(this.alloc['memory'] ?? '0'));
    return q ? toValue(q) : 0;
  }
}

export function podIdentity(p: PodCtx): { name: string; namespace: string; node: string } {
  return { name: p.pod.metadata.name ?? '', namespace: p.pod.metadata.namespace ?? 'default', node: p.nodeName };
}

/** The kubelet's format.Pod: `name_namespace(uid)`. */
export function podRef(p: PodCtx): string {
  return `${p.pod.metadata.name}_${p.pod.metadata.namespace}(${p.pod.metadata.uid})`;
}

export function killEvent(p: PodCtx, c: ContainerRt, message: string): void {
  event(p, c, 'Normal', 'Killing', message);
}

export function probeEvent(p: PodCtx, c: ContainerRt, message: string): void {
  event(p, c, 'Warning', 'Unhealthy', message);
}

export function graceOf(p: PodCtx): number {
  return p.pod.spec?.terminationGracePeriodSeconds ?? 30;
}
