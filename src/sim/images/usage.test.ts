import { describe, expect, it } from 'vitest';
import { planContainer } from './plan';
import { MiB, contextFor } from './testing';
import { usageAt } from './usage';

describe('usageAt: resource use for kubectl top and the HPA', () => {
  const plan = planContainer(contextFor('redis:7'));

  it('wobbles a little around the plan, the same for the same time', () => {
    const a = usageAt(plan, 30_000);
    expect(usageAt(plan, 30_000)).toEqual(a);
    expect(usageAt(plan, 31_000)).toEqual(a);
    for (let t = 0; t < 600_000; t += 15_000) {
      const u = usageAt(plan, t);
      expect(u.memoryBytes).toBeGreaterThan(plan.usage.memoryBytes * 0.97);
      expect(u.memoryBytes).toBeLessThan(plan.usage.memoryBytes * 1.03);
      expect(u.cpuMilli).toBeLessThanOrEqual(Math.ceil(plan.usage.cpuMilli * 1.15));
    }
  });

  it('grows with a leak and is zero after the container ended', () => {
    const leak = planContainer(contextFor('kubedojo/stress', { args: ['--memory', '10Mi', '--leak', '1Mi/s'] }));
    expect(usageAt(leak, 60_000).memoryBytes - usageAt(leak, 0).memoryBytes).toBeGreaterThan(55 * MiB);
    const done = planContainer(contextFor('busybox:1.36', { command: ['sleep', '5'] }));
    expect(usageAt(done, 6000)).toEqual({ cpuMilli: 0, memoryBytes: 0 });
  });

  it('gives realistic figures for common images', () => {
    const mysql = planContainer(contextFor('mysql:8.4', { env: { MYSQL_ROOT_PASSWORD: 'x' } }));
    expect(mysql.usage.memoryBytes / MiB).toBeGreaterThan(350);
    const nginx = planContainer(contextFor('nginx:1.27'));
    expect(nginx.usage.memoryBytes / MiB).toBeLessThan(10);
  });
});
