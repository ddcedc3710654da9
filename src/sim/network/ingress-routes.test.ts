import { describe, expect, it } from 'vitest';
import { CATCH_ALL, matchLocation, serverForHost, type Location, type Server } from './ingress-routes';

const loc = (path: string, pathType: Location['pathType'], regex = false): Location => ({ path, pathType, regex, backend: { namespace: 'default', service: path, port: 80 }, ingress: 'default/x' });
const server = (host: string, locations: Location[]): Server => ({ host, locations: [...locations].sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0)), tls: false });

describe('ingress-nginx location matching', () => {
  const s = server('shop.example.com', [loc('/', 'Prefix'), loc('/foo/', 'Prefix'), loc('/bar', 'Exact'), loc('/img', 'ImplementationSpecific')]);
  const hit = (uri: string) => matchLocation(s, uri).location?.path;

  it('matches Prefix paths by whole segments, a trailing slash included', () => {
    expect(hit('/foo')).toBe('/foo/');
    expect(hit('/foo/a/b')).toBe('/foo/');
    expect(hit('/foobar')).toBe('/');
  });

  it('matches Exact paths only exactly, ignoring the query', () => {
    expect(hit('/bar?x=1')).toBe('/bar');
    expect(hit('/bar/')).toBe('/');
  });

  it('treats ImplementationSpecific as a plain string prefix', () => {
    expect(hit('/imgs/a.png')).toBe('/img');
  });

  it('picks servers by exact host, then a one-label wildcard, then the catch-all', () => {
    const servers = [server('a.example.com', []), server('*.example.com', []), server(CATCH_ALL, [])];
    expect(serverForHost(servers, 'A.example.com:30080').host).toBe('a.example.com');
    expect(serverForHost(servers, 'b.example.com').host).toBe('*.example.com');
    expect(serverForHost(servers, 'x.b.example.com').host).toBe(CATCH_ALL);
  });

  it('rewrites with the capture groups of a regex location', () => {
    const r = server('rw', [{ ...loc('/app(/|$)(.*)', 'ImplementationSpecific', true), rewriteTarget: '/$2' }]);
    expect(matchLocation(r, '/app/v1/items?q=2').upstreamPath).toBe('/v1/items?q=2');
    expect(matchLocation(r, '/APP').upstreamPath).toBe('/');
  });
});
