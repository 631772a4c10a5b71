import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxHeadersFileName } from '../build/securityHeaders.ts';
import { localNginxConfig } from './nginxConfig.ts';

/**
 * `npm run serve:nginx [-- --root <dir>]`: serves ./dist (or <dir>) with Debian's nginx and the shipped
 * configuration (deploy/nginx/), on 127.0.0.1 at the port in PORT (default 8080), in the foreground, as the
 * current user. Its pid, logs and temporary files go to a scratch directory (printed); Ctrl-C stops it.
 */
const nginxBinary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const brotliModule = join(process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules', 'ngx_http_brotli_static_module.so');
const project = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const rootArgument = process.argv.indexOf('--root');
const root = resolve(rootArgument >= 0 ? (process.argv[rootArgument + 1] ?? '') : 'dist');
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}"`);
if (!existsSync(join(root, nginxHeadersFileName))) {
  fail(`${join(root, nginxHeadersFileName)} is missing: run \`npm run build:local\` (or a build with SITE_ORIGIN) first`);
}
if (!existsSync(brotliModule)) {
  fail(`${brotliModule} is missing: apt-get install -y nginx libnginx-mod-http-brotli-static (or set NGINX_MODULES to its folder)`);
}

// One scratch directory per port, emptied at each start: runs do not pile up, and two servers never share one.
const scratch = join(tmpdir(), `reader-nginx-${port}`);
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
// The configuration's prefix is the folder of its main file: `include reader/…` finds deploy/nginx/ there, as
// it finds /etc/nginx/reader/ on a server.
symlinkSync(join(project, 'deploy/nginx'), join(scratch, 'reader'));
const config = join(scratch, 'nginx.conf');
const asRoot = process.getuid?.() === 0;
writeFileSync(config, localNginxConfig({ root, port, scratch, brotliModule, asRoot }));

// -e: the error log before the configuration is read, which defaults to a system folder.
const nginx = spawn(nginxBinary, ['-c', config, '-e', join(scratch, 'error.log')], { stdio: 'inherit' });
console.log(`nginx serving ${root} at http://127.0.0.1:${port}/ (logs in ${scratch}; Ctrl-C stops it)`);
nginx.on('error', (error) => fail(`could not start nginx (${error.message}): apt-get install -y nginx libnginx-mod-http-brotli-static`));
nginx.on('exit', (code, signal) => {
  if (code !== 0 && signal === null) console.error(`nginx stopped (exit ${code}); see ${join(scratch, 'error.log')}`);
  process.exit(code ?? 0);
});
// Ctrl-C reaches nginx too (same process group); a TERM from a supervisor is passed on. QUIT would wait for
// open keep-alive connections; TERM and INT stop at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGTERM'));
