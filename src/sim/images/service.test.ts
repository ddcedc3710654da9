import { describe, expect, it } from 'vitest';
import { catalogService } from './service';
import { T0, contextFor } from './testing';

describe('catalogService: the catalog at a moment of a run', () => {
  it('answers HTTP only once the server is ready and while it runs', () => {
    const ctx = contextFor('mysql:8.4', { env: { MYSQL_ROOT_PASSWORD: 'x' } });
    const nginx = contextFor('nginx:1.27');
    const plan = catalogService.plan(nginx);
    const req = { path: '/', method: 'GET', host: 'web', port: 80 };
    expect(catalogService.http(plan, nginx, req, 0)).toBeNull();
    expect(catalogService.http(plan, nginx, req, 1000)?.status).toBe(200);
    expect(catalogService.http(plan, nginx, { ...req, port: 81 }, 1000)).toBeNull();
    expect(catalogService.http(catalogService.plan(ctx), ctx, { ...req, port: 3306 }, 60_000)).toBeNull();
  });

  it('runs exec at the given moment with the files the process wrote', () => {
    const ctx = contextFor('busybox:1.36', { command: ['sh', '-c', 'date > /tmp/started; sleep 3600'] });
    const plan = catalogService.plan(ctx);
    expect(catalogService.exec(plan, ctx, ['cat', '/tmp/started'], 60_000)).toMatchObject({ stdout: 'Wed Jan 15 10:20:30 UTC 2025\n' });
    expect(catalogService.exec(plan, ctx, ['date'], 60_000)).toMatchObject({ stdout: 'Wed Jan 15 10:21:30 UTC 2025\n' });
  });

  it('returns log text with since as an absolute time', () => {
    const ctx = contextFor('busybox:1.36', { command: ['sh', '-c', 'echo a; sleep 5; echo b; sleep 3600'] });
    const plan = catalogService.plan(ctx);
    expect(catalogService.logs(plan, ctx, 10_000, { sinceTime: T0 + 2000 })).toBe('b\n');
  });
});
