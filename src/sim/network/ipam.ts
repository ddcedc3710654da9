import type { Random } from '../../lib/random';

/** IPv4 helpers and the Service IP / NodePort allocators (random, like the real bitmap allocators). */
export function ipToInt(ip: string): number {
  const p = ip.split('.').map(Number);
  return ((((p[0] ?? 0) << 24) >>> 0) + ((p[1] ?? 0) << 16) + ((p[2] ?? 0) << 8) + (p[3] ?? 0)) >>> 0;
}

export function intToIp(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

export function parseCidr(cidr: string): { base: number; size: number } {
  const [ip, bits] = cidr.split('/');
  const prefix = Number(bits);
  const size = 2 ** (32 - prefix);
  return { base: (ipToInt(ip ?? '0.0.0.0') & ~(size - 1)) >>> 0, size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const { base, size } = parseCidr(cidr);
  const v = ipToInt(ip);
  return v >= base && v < base + size;
}

/**
 * A free ClusterIP. Like kube-apiserver, the range is split: a low "static" band kept for IPs users
 * ask for, and the rest, where random allocation looks first.
 */
export function allocateClusterIP(cidr: string, used: ReadonlySet<string>, random: Random): string | undefined {
  const { base, size } = parseCidr(cidr);
  const staticBand = Math.min(Math.max(16, Math.floor(size / 16)), 256);
  // Network address and broadcast are never handed out.
  const pick = (from: number, to: number): string | undefined => {
    const span = to - from;
    if (span <= 0) return undefined;
    const start = random.int(span);
    for (let i = 0; i < span; i++) {
      const ip = intToIp(base + from + ((start + i) % span));
      if (!used.has(ip)) return ip;
    }
    return undefined;
  };
  return pick(staticBand, size - 1) ?? pick(1, staticBand);
}

export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export function allocateNodePort(used: ReadonlySet<number>, random: Random): number | undefined {
  const size = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  const staticBand = Math.min(Math.max(16, Math.floor(size / 32)), 128);
  const pick = (from: number, to: number): number | undefined => {
    const span = to - from;
    const start = random.int(span);
    for (let i = 0; i < span; i++) {
      const port = NODE_PORT_MIN + from + ((start + i) % span);
      if (!used.has(port)) return port;
    }
    return undefined;
  };
  return pick(staticBand, size) ?? pick(0, staticBand);
}
