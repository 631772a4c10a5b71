import { existsSync } from 'node:fs';

/**
 * A browser (or a file it needs) that is not installed fails the test that needs it, with the Debian package
 * to install: the cross-engine checks never skip.
 */
export function requireInstalled(name: string, path: string, debianPackage: string): void {
  if (!existsSync(path)) throw new Error(`${name} not found at ${path}. On Debian: apt-get install -y ${debianPackage}`);
}
