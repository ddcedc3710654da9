/**
 * Resource use of a running container at a virtual time, for `kubectl top` and the HPA: the plan's
 * figures with a small deterministic wobble (changing every 15 s, metrics-server's resolution),
 * plus any memory growth; nothing once the process has exited.
 */
import { unitFromKey } from './hash';
import type { ProcessPlan } from './types';

export const USAGE_RESOLUTION_MS = 15000;

export function usageAt(plan: ProcessPlan, offsetMs: number): { cpuMilli: number; memoryBytes: number } {
  if (offsetMs < 0 || (plan.exit && offsetMs >= plan.exit.atMs)) return { cpuMilli: 0, memoryBytes: 0 };
  const u = plan.usage;
  const bucket = Math.floor(offsetMs / USAGE_RESOLUTION_MS);
  const cpuNoise = unitFromKey(`${u.seed}/cpu/${bucket}`);
  const memNoise = unitFromKey(`${u.seed}/mem/${bucket}`);
  const cpuMilli = Math.max(0, Math.round(u.cpuMilli * (0.85 + 0.3 * cpuNoise)));
  const growth = u.growth ? (u.growth.bytesPerSecond * offsetMs) / 1000 : 0;
  const memoryBytes = Math.round(u.memoryBytes * (0.98 + 0.04 * memNoise) + growth);
  return { cpuMilli, memoryBytes };
}
