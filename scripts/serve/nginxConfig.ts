import { join } from 'node:path';
import { nginxHeadersFileName } from '../build/securityHeaders.ts';

/**
 * The main nginx configuration for serving a dist/ locally (npm run serve:nginx, the browser tests, the
 * serving benchmark): the production setup of deploy/nginx/ (http.conf, site.conf and the build's header
 * file, exactly as public.conf includes them) around a server of its own on loopback, run in the
 * foreground with everything it writes (pid, logs, temporary files) in a scratch directory.
 */
export interface LocalNginx {
  /** The dist/ folder to serve (absolute). */
  root: string;
  port: number;
  /** Where nginx writes; also its configuration prefix, where `reader/` links to deploy/nginx/. */
  scratch: string;
  /** ngx_http_brotli_static_module.so (Debian: libnginx-mod-http-brotli-static). */
  brotliModule: string;
  /** Running as root: nginx would hand its workers to `nobody`, who may not read the project. */
  asRoot: boolean;
}

/** A path in nginx's syntax: quoted, since a project folder may hold spaces. */
const quoted = (path: string): string => {
  if (/["\\$\p{Cc}]/u.test(path)) throw new Error(`nginx cannot be given the path ${path}`);
  return `"${path}"`;
};

export function localNginxConfig({ root, port, scratch, brotliModule, asRoot }: LocalNginx): string {
  const at = (name: string) => quoted(join(scratch, name));
  return `# Written by scripts/serve/nginx.ts for one run; the site's rules are in deploy/nginx/.
load_module ${quoted(brotliModule)};
daemon off;
${asRoot ? '# Workers as the user who started it (root here), who can read the project.\nuser root;\n' : ''}worker_processes auto;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;

events {
  worker_connections 1024;
}

http {
  access_log ${at('access.log')};
  client_body_temp_path ${at('client_body')};
  proxy_temp_path ${at('proxy')};
  fastcgi_temp_path ${at('fastcgi')};
  uwsgi_temp_path ${at('uwsgi')};
  scgi_temp_path ${at('scgi')};

  include reader/http.conf;

  server {
    listen 127.0.0.1:${port};
    root ${quoted(root)};
    include ${quoted(join(root, nginxHeadersFileName))};
    include reader/site.conf;
  }
}
`;
}
