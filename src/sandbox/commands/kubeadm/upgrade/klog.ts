/** klog's header for kubeadm's warnings: `W1124 15:04:05.123456   12345 file.go:105] message`. */
import { fnv32a } from '../../../../lib/hash';

export function klogLine(level: 'I' | 'W', now: number, pid: number, site: string, message: string): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  // Later lines of a file log later: the microseconds grow with the line number.
  const line = Number(/:(\d+)$/.exec(site)?.[1] ?? 0);
  const micros = String((now % 1000) * 1000 + line * 2 + (fnv32a(`${now}:${site}`) % 100)).padStart(6, '0');
  return `${level}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros}   ${pid} ${site}] ${message}\n`;
}

/** A process id for this run of kubeadm, stable for the same moment. */
export const kubeadmPid = (now: number): number => 20_000 + (fnv32a(`kubeadm:${now}`) % 40_000);

/** `2026-11-24-15-04-05`, as kubeadm names its backup folders. */
export function backupStamp(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${two(d.getUTCHours())}-${two(d.getUTCMinutes())}-${two(d.getUTCSeconds())}`;
}

/** The digits os.MkdirTemp appends. */
export const tempSuffix = (now: number, salt: string): string => String(1_000_000_000 + (fnv32a(`${salt}:${now}`) % 3_000_000_000));
