import { intToIp, parseCidr } from '../network/ipam';
import type { NodeRt } from './state';

/**
 * host-local IPAM as flannel configures it: addresses from the node's podCIDR, starting after the
 * gateway (.1), handed out round-robin from the last one given, skipping those in use.
 */
/** Parsed node CIDRs (a handful of strings, asked for at every pod start). */
const CIDRS = new Map<string, { base: number; size: number }>();

export function allocatePodIP(node: NodeRt, podCIDR: string, podKey: string): string | undefined {
  let cidr = CIDRS.get(podCIDR);
  if (!cidr) {
    if (CIDRS.size >= 1024) CIDRS.clear();
    CIDRS.set(podCIDR, (cidr = parseCidr(podCIDR)));
  }
  const { base, size } = cidr;
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
