import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { localSiteOrigin, siteOrigin, SiteOriginError } from '../../scripts/build/siteOrigin.ts';

/** The message a person gets instead of a build: what is wrong, then the two commands that fix it. */
function refusal(local: boolean, value: string | undefined): string {
  try {
    siteOrigin({ local, value });
  } catch (error) {
    if (error instanceof SiteOriginError) return error.message;
    throw error;
  }
  return expect.fail(`expected ${String(value)} to be refused`);
}

describe('the origin a build writes into its pages', () => {
  it('is SITE_ORIGIN, reduced to its origin', () => {
    expect(siteOrigin({ local: false, value: 'https://reader.example' })).toBe('https://reader.example');
    expect(siteOrigin({ local: false, value: ' https://Reader.Example:8443/ ' })).toBe('https://reader.example:8443');
    expect(siteOrigin({ local: false, value: 'http://localhost:4173' })).toBe('http://localhost:4173');
  });

  it('has no default: unset or blank, the build is refused with the commands for a public and a local build', () => {
    for (const value of [undefined, '', '   ']) {
      const message = refusal(false, value);
      expect(message).toContain('SITE_ORIGIN is not set');
      expect(message).toContain('SITE_ORIGIN=https://reader.example npm run build');
      expect(message).toContain('npm run build:local');
    }
  });

  it('refuses what is not an http(s) origin alone, saying what it got', () => {
    expect(refusal(false, 'reader.example')).toContain('SITE_ORIGIN is not a URL: "reader.example"');
    expect(refusal(false, 'ftp://reader.example')).toContain('must be http(s)');
    for (const value of ['https://reader.example/reader/', 'https://reader.example/?x=1', 'https://reader.example/#top', 'https://user@reader.example']) {
      expect(refusal(false, value)).toContain(`must be an origin alone (scheme, host and port), not "${value}"`);
    }
  });

  it('is the local preview server for a local build, whatever SITE_ORIGIN says', () => {
    expect(localSiteOrigin).toBe('http://localhost:4173');
    expect(siteOrigin({ local: true, value: undefined })).toBe(localSiteOrigin);
    expect(siteOrigin({ local: true, value: 'https://reader.example' })).toBe(localSiteOrigin);
  });
});

describe('npm run build without SITE_ORIGIN', () => {
  it('stops at once with the message and builds nothing', () => {
    const env = { ...process.env };
    delete env.SITE_ORIGIN;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/build.ts'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_ORIGIN is not set, so the build stopped before it began.');
    expect(run.stderr).toContain('npm run build:local');
    // Not a line of Vite's: it never started.
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('vite');
  }, 60_000);
});
