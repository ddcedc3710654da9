import { httpDate } from '../images/time-format';
import type { HttpAnswer } from '../images/types';

/** An HTTP answer with the reason phrase the server puts on its status line. */
export interface HttpReply extends HttpAnswer {
  reason: string;
}

/** nginx's reason phrases (its status lines differ from the RFC's for 503 and 504). */
const NGINX_REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Moved Temporarily', 304: 'Not Modified',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed',
  413: 'Request Entity Too Large', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

export function nginxReason(status: number): string {
  return NGINX_REASONS[status] ?? 'Unknown';
}

/** RFC 9110 reason phrases, for answers of servers that are not nginx. */
const STANDARD_REASONS: Record<number, string> = {
  ...NGINX_REASONS, 302: 'Found', 405: 'Method Not Allowed', 413: 'Content Too Large', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export function standardReason(status: number): string {
  return STANDARD_REASONS[status] ?? 'Unknown';
}

/**
 * nginx's built-in error page (CRLF line ends), as ingress-nginx serves it: with `server_tokens off`
 * the footer says just "nginx", and the Server header is cleared.
 */
export function nginxErrorPage(status: number, nowMs: number, extraHeaders: [string, string][] = []): HttpReply {
  const title = `${status} ${nginxReason(status)}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return {
    status,
    reason: nginxReason(status),
    headers: [['Date', httpDate(nowMs)], ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ...extraHeaders, ['Connection', 'keep-alive']],
    body,
  };
}

/** Headers nginx sets itself when proxying: the upstream's own are dropped. */
const HOP_BY_HOP = new Set(['server', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * An upstream answer relayed by nginx: its Date, then the upstream's Content-Type, Content-Length and
 * Last-Modified in nginx's fixed order, `Connection: keep-alive`, then the remaining upstream headers.
 */
export function relayedAnswer(upstream: HttpAnswer, nowMs: number, reason: string): HttpReply {
  const get = (name: string) => upstream.headers.find(([k]) => k.toLowerCase() === name);
  const fixed = ['content-type', 'content-length', 'last-modified'];
  const headers: [string, string][] = [['Date', httpDate(nowMs)]];
  for (const name of fixed) {
    const h = get(name);
    if (h) headers.push(h);
  }
  if (!get('content-length')) headers.push(['Content-Length', String(upstream.body.length)]);
  headers.push(['Connection', 'keep-alive']);
  for (const h of upstream.headers) {
    const k = h[0].toLowerCase();
    if (!HOP_BY_HOP.has(k) && !fixed.includes(k)) headers.push(h);
  }
  return { status: upstream.status, reason, headers, body: upstream.body };
}
