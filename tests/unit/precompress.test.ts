// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/build/precompress.ts';

/** Text that compresses, as a page or a script does. */
const text = (length: number): string => 'The reader pages through the article. '.repeat(Math.ceil(length / 38)).slice(0, length);

describe('precompress: the build writes file.gz and file.br beside each text file of dist/', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const site = (files: Record<string, string | Buffer>): void => {
    dist = mkdtempSync(join(tmpdir(), 'precompress-'));
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(join(dist, name, '..'), { recursive: true });
      writeFileSync(join(dist, name), data);
    }
  };
  const listing = (): string[] => readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dist.length + 1)).sort();

  it('compresses pages, scripts, styles, JSON and SVG, each decoding back to the file', () => {
    const files = {
      'en/articles/x/index.html': text(5000),
      'assets/index-abc.js': text(3000),
      'assets/app-abc.css': text(2000),
      'content/en/x.json': JSON.stringify({ paragraphs: { p1: text(1000) } }),
      'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg"><title>${text(400)}</title></svg>`,
    };
    site(files);
    precompress(dist);
    for (const [name, data] of Object.entries(files)) {
      expect(gunzipSync(readFileSync(join(dist, `${name}.gz`))).toString('utf8'), name).toBe(data);
      expect(brotliDecompressSync(readFileSync(join(dist, `${name}.br`))).toString('utf8'), name).toBe(data);
    }
  });

  it('leaves alone images, tiny files, files that would not shrink and the host configuration', () => {
    // Random bytes do not compress: gzip and brotli would only add their framing.
    const random = randomBytes(2000);
    site({
      'og/en/x.png': text(5000),
      'tiny.json': '{"a":1}',
      'assets/noise.js': random,
      _headers: text(2000),
      '_headers.nginx.conf': text(2000),
    });
    precompress(dist);
    expect(listing()).toEqual(['_headers', '_headers.nginx.conf', 'assets/noise.js', 'og/en/x.png', 'tiny.json']);
  });
});
