// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxHeadersFile, nginxHeadersFileName, securityHeaders } from '../../scripts/build/securityHeaders.ts';
import { localNginxConfig } from '../../scripts/serve/nginxConfig.ts';

/**
 * The shipped configuration is valid for Debian's nginx (the one CI installs): `nginx -t` reads every file
 * of deploy/nginx/ the way a server does, as npm run serve:nginx assembles them and as public.conf (HTTPS,
 * HSTS) would be deployed. The browser tests check what it serves; this checks the public template,
 * which nothing serves in a test. Fails (never skips) without nginx and its brotli module.
 */
const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const brotliModule = join(process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules', 'ngx_http_brotli_static_module.so');
const deploy = resolve('deploy/nginx');

let scratch = '';
let dist = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'nginx-config-test-'));
  symlinkSync(deploy, join(scratch, 'reader'));
  dist = join(scratch, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, nginxHeadersFileName), nginxHeadersFile(securityHeaders(['sha256-AAAA'])));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `nginx -t` of a main configuration written into the scratch directory (its prefix, where reader/ is). */
function check(mainConfig: string): { status: number | null; output: string } {
  const file = join(scratch, 'nginx.conf');
  writeFileSync(file, mainConfig);
  const run = spawnSync(nginx, ['-t', '-c', file, '-e', join(scratch, 'error.log')], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stderr}${run.stdout}${run.error?.message ?? ''}` };
}

describe('nginx -t', () => {
  it('accepts the local server of npm run serve:nginx, with the build’s header file', () => {
    const result = check(localNginxConfig({ root: dist, port: 8080, scratch, brotliModule, asRoot: process.getuid?.() === 0 }));
    expect(result.output).toContain('syntax is ok');
    expect(result.output).not.toMatch(/\[(warn|emerg|alert)\]/);
    expect(result.status).toBe(0);
  });

  it('accepts the public server of public.conf (HTTPS, HSTS), given a certificate and a build', () => {
    const certificate = join(scratch, 'cert.pem');
    const key = join(scratch, 'key.pem');
    const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=reader.example', '-days', '1', '-keyout', key, '-out', certificate], { encoding: 'utf8' });
    expect(openssl.status, openssl.stderr).toBe(0);
    // Only the machine's paths change: the certificate, the build and the logs.
    const site = readFileSync(join(deploy, 'public.conf'), 'utf8')
      .replaceAll('/etc/letsencrypt/live/reader.example/fullchain.pem', certificate)
      .replaceAll('/etc/letsencrypt/live/reader.example/privkey.pem', key)
      .replaceAll('/var/www/reader/current', dist)
      .replaceAll('/var/log/nginx/', `${scratch}/`);
    writeFileSync(join(scratch, 'public.conf'), site);
    const result = check(`load_module ${brotliModule};
pid ${scratch}/nginx.pid;
events {}
http {
  include public.conf;
}
`);
    expect(result.output).toContain('syntax is ok');
    expect(result.output).not.toMatch(/\[(warn|emerg|alert)\]/);
    expect(result.status).toBe(0);
  });
});
