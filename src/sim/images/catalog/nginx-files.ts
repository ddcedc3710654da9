/**
 * Files of the nginx image a learner may `cat` or curl: the welcome and 50x pages, nginx.conf and
 * default.conf exactly as the nginx.org packages ship them (default.conf gets its IPv6 listen line
 * from the entrypoint), a shortened mime.types (modelled).
 */
import type { ContainerContext, ImageVariant } from '../types';

/** Compare dotted versions. */
export function cmpVersion(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

const WELCOME_OLD = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const ERROR_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

function nginxConf(v: ImageVariant): string {
  const pid = cmpVersion(v.version, '1.27.5') >= 0 ? '/run/nginx.pid' : '/var/run/nginx.pid';
  return `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        ${pid};


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;
}

export function defaultConf(ipv6: boolean): string {
  return `server {
    listen       80;
${ipv6 ? '    listen  [::]:80;\n' : ''}    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;
}

// Modelled: the head of the packaged mime.types (the full file maps ~100 types).
const MIME_TYPES = `
types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/xml                                         xml;
    image/gif                                        gif;
    image/jpeg                                       jpeg jpg;
    application/javascript                           js;
    application/atom+xml                             atom;
    application/rss+xml                              rss;

    text/mathml                                      mml;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    image/x-icon                                     ico;
    application/json                                 json;
    application/octet-stream                         bin exe dll;
}
`;

/** The entrypoint edits default.conf (adds the IPv6 listen) when it starts nginx from the image's defaults. */
function entrypointRan(ctx: ContainerContext): boolean {
  if (ctx.command && ctx.command.length) return ctx.command[0] === '/docker-entrypoint.sh' && ['nginx', 'nginx-debug'].includes(ctx.args?.[0] ?? ctx.command[1] ?? '');
  return !ctx.args?.length || ['nginx', 'nginx-debug'].includes(ctx.args[0] ?? '');
}

export function nginxFiles(v: ImageVariant, ctx: ContainerContext): Record<string, string> {
  const mountedConfd = Object.keys(ctx.mounts ?? {}).some((p) => p.startsWith('/etc/nginx/conf.d/'));
  const files: Record<string, string> = {
    '/etc/nginx/nginx.conf': nginxConf(v),
    '/etc/nginx/mime.types': MIME_TYPES,
    '/etc/nginx/fastcgi_params': '\nfastcgi_param  QUERY_STRING       $query_string;\nfastcgi_param  REQUEST_METHOD     $request_method;\n',
    '/etc/nginx/scgi_params': '\nscgi_param  REQUEST_METHOD     $request_method;\n',
    '/etc/nginx/uwsgi_params': '\nuwsgi_param  QUERY_STRING       $query_string;\n',
    '/usr/share/nginx/html/index.html': WELCOME_OLD,
    '/usr/share/nginx/html/50x.html': ERROR_50X,
    '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': '#!/bin/sh\n',
    '/docker-entrypoint.d/15-local-resolvers.envsh': '#!/bin/sh\n',
    '/docker-entrypoint.d/20-envsubst-on-templates.sh': '#!/bin/sh\n',
    '/docker-entrypoint.d/30-tune-worker-processes.sh': '#!/bin/sh\n',
    '/var/log/nginx/access.log': '',
    '/var/log/nginx/error.log': '',
  };
  if (!mountedConfd) files['/etc/nginx/conf.d/default.conf'] = defaultConf(entrypointRan(ctx));
  return files;
}
