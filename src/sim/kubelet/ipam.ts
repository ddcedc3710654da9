import { intToIp, parseCidr } from '../network/ipam';
import type { NodeRt } from './state';

/**
 * host-local IPAM as flannel configures it: addresses from the node's podCIDR, starting after the
 * gateway (.1), handed out round-robin from the last one given, skipping those in use.
 */
export function allocatePodIP(node: NodeRt, podCIDR: string, podKey: string): string | undefined {
  const { base, size } = parseCidr(podCIDR);
  const first = 2;
  const last = size - 2;
  if (last < first) return undefined;
  const span = last - first + 1;
  for (let i = 1; i <= span; i++) {
    const offset = first + ((node.ipLast - first + i + span) % span);
    const ip = intToIp(base + offset);
    if (node.ipsInUse[ip] === undefined) {
      node.ipLast = offset;
      node.ipsInUse[ip] = podKey;
      return ip;
    }
  }
  return undefined;
}

export function releasePodIP(node: NodeRt | undefined, ip: string | undefined, podKey: string): void {
  if (!node || !ip) return;
  if (node.ipsInUse[ip] === podKey) delete node.ipsInUse[ip];
}
