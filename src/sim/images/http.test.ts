import { describe, expect, it } from 'vitest';
import { httpAnswer } from './http';
import { T0, contextFor } from './testing';
import type { ContainerContext, HttpAnswer } from './types';

const get = (ctx: ContainerContext, path = '/', port?: number, method = 'GET'): HttpAnswer | null =>
  httpAnswer(ctx.image, ctx, port === undefined ? { path, method, host: 'web', nowMs: T0 + 1000 } : { path, method, host: 'web', port, nowMs: T0 + 1000 });

describe('httpAnswer: what curl gets from a container', () => {
  it('nginx serves the welcome page with nginx headers', () => {
    const a = get(contextFor('nginx:1.27'), '/', 80);
    expect(a?.status).toBe(200);
    expect(a?.headers).toEqual([
      ['Server', 'nginx/1.27.5'], ['Date', 'Wed, 15 Jan 2025 10:20:31 GMT'], ['Content-Type', 'text/html'], ['Content-Length', '615'],
      ['Last-Modified', 'Wed, 16 Apr 2025 12:00:00 GMT'], ['Connection', 'keep-alive'], ['ETag', '"67ff9bc0-267"'], ['Accept-Ranges', 'bytes'],
    ]);
    expect(a?.body).toContain('<h1>Welcome to nginx!</h1>');
  });

  it('nginx 404 and 405 pages (CRLF lines, version in the footer)', () => {
    const ctx = contextFor('nginx:1.28');
    expect(get(ctx, '/nope')?.status).toBe(404);
    expect(get(ctx, '/nope')?.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.28.1</center>\r\n</body>\r\n</html>\r\n');
    expect(get(ctx, '/', 80, 'POST')?.body).toContain('<center><h1>405 Not Allowed</h1></center>');
    expect(get(ctx, '/', 8080)).toBeNull();
  });

  it('nginx serves files mounted into its document root and listens where its config says', () => {
    const ctx = contextFor('nginx:1.27', { mounts: { '/usr/share/nginx/html/index.html': '<h1>Shop</h1>\n', '/usr/share/nginx/html/api/status.json': '{"ok":true}' } });
    expect(get(ctx)?.body).toBe('<h1>Shop</h1>\n');
    expect(get(ctx, '/api/status.json')?.headers).toContainEqual(['Content-Type', 'application/json']);
    const custom = contextFor('nginx:1.27', { mounts: { '/etc/nginx/conf.d/app.conf': 'server {\n  listen 8080;\n  root /srv;\n}\n', '/srv/index.html': 'custom\n' } });
    expect(get(custom, '/', 8080)?.body).toBe('custom\n');
    expect(get(custom, '/', 80)).toBeNull();
  });

  it('httpd says "It works!"', () => {
    const a = get(contextFor('httpd:2.4'), '/', 80);
    expect(a).toEqual({
      status: 200,
      headers: [['Date', 'Wed, 15 Jan 2025 10:20:31 GMT'], ['Server', 'Apache/2.4.66 (Unix)'], ['Last-Modified', 'Mon, 11 Jun 2007 18:53:14 GMT'], ['ETag', '"2d-432a5e4a73a80"'], ['Accept-Ranges', 'bytes'], ['Content-Length', '45'], ['Content-Type', 'text/html']],
      body: '<html><body><h1>It works!</h1></body></html>\n',
    });
  });

  it('the hello app answers with its pod name and version', () => {
    expect(get(contextFor('kubedojo/hello:1.0', { podName: 'hello-7d9c6b5f8-x2x4q' }), '/', 8080)?.body).toBe('Hello from hello-7d9c6b5f8-x2x4q (version 1.0)\n');
    expect(get(contextFor('kubedojo/hello:2.0', { env: { GREETING: 'Hi' } }))?.body).toBe('Hi from web (version 2.0)\n');
    expect(get(contextFor('kubedojo/hello:2.0'), '/healthz')?.body).toBe('ok\n');
    expect(get(contextFor('kubedojo/hello:broken'))).toBeNull();
    expect(get(contextFor('gcr.io/google-samples/hello-app:1.0'))?.body).toBe('Hello, world!\nVersion: 1.0.0\nHostname: web\n');
    expect(get(contextFor('registry.k8s.io/hpa-example'), '/', 80)?.body).toBe('OK!');
  });

  it('health endpoints of the system components', () => {
    expect(get(contextFor('registry.k8s.io/etcd:3.6.6-0'), '/health', 2381)?.body).toBe('{"health":"true","reason":""}');
    expect(get(contextFor('registry.k8s.io/kube-apiserver:v1.35.0'), '/livez', 6443)?.body).toBe('ok');
    expect(get(contextFor('registry.k8s.io/coredns/coredns:v1.13.1'), '/ready', 8181)?.body).toBe('OK');
  });

  it('images without an HTTP server answer null', () => {
    expect(get(contextFor('redis:7'), '/', 6379)).toBeNull();
    expect(get(contextFor('busybox:1.36'), '/', 80)).toBeNull();
  });
});
