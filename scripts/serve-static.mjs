#!/usr/bin/env node
// Serves a built site the way a plain static host does, for the e2e tests and for a quick look:
// files under a base path (KUBEDOJO_BASE), "dir/" → dir/index.html, "dir" → redirect to "dir/",
// anything else → the site's 404.html with status 404. No compression, no caching, no rewrites.
// Usage: node scripts/serve-static.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function normaliseBase(raw) {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const root = resolve(option('dir', 'dist'));
const base = normaliseBase(option('base', process.env.KUBEDOJO_BASE ?? '/'));
const port = Number(option('port', '4321'));
const host = option('host', '127.0.0.1');

function fileAt(path) {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

function send(response, status, path) {
  response.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
}

function notFound(response) {
  const page = join(root, '404.html');
  if (fileAt(page) === 'file') send(response, 404, page);
  else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(response);
  }
  if (`${pathname}/` === base) {
    response.writeHead(301, { location: base }).end();
    return;
  }
  if (!pathname.startsWith(base)) return notFound(response);
  const path = normalize(join(root, pathname.slice(base.length)));
  if (path !== root && !path.startsWith(root + sep)) return notFound(response);
  const kind = fileAt(path);
  if (kind === 'file') return send(response, 200, path);
  if (kind === 'dir') {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    if (fileAt(index) === 'file') return send(response, 200, index);
  }
  return notFound(response);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
