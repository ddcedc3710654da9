/** File types for HTTP answers (no imports: safe for any module to use). */

/** Content-Type by file extension, as nginx's mime.types maps the common ones. */
export function contentType(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  const types: Record<string, string> = {
    html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
    txt: 'text/plain', xml: 'text/xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif',
    svg: 'image/svg+xml', ico: 'image/x-icon',
  };
  return types[ext] ?? 'application/octet-stream';
}
