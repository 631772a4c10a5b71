import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFileName, nginxHeadersFileName } from './securityHeaders.ts';

/**
 * The last step of the build (scripts/build/build.ts): writes `file.gz` and `file.br` beside every text file
 * of dist/, compressed once at the highest levels, for a server to send as they are (nginx's gzip_static and
 * brotli_static, deploy/nginx/compression.conf) instead of compressing on every request at a lower level.
 */

/** Text formats the site serves; images (PNG) and fonts are compressed already. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Below this, a compressed file saves less than its own headers and framing cost (h5bp's gzip_min_length). */
export const minimumSize = 256;

/** Host configuration: read by the server, never served, so never compressed. */
const hostOnly = new Set([headersFileName, nginxHeadersFileName]);

export const gzip = (data: Buffer): Buffer => gzipSync(data, { level: constants.Z_BEST_COMPRESSION });

export const brotli = (data: Buffer): Buffer =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

/** Whether a file of dist/ (its path relative to dist/) is sent compressed. */
export const isCompressible = (file: string, size: number): boolean =>
  compressible.has(extname(file)) && !hostOnly.has(file) && size >= minimumSize;

function* filesUnder(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses every compressible file of `dist`; a variant that would not be smaller is not written. */
export function precompress(dist: string): { files: number; bytes: number; gzipBytes: number; brotliBytes: number } {
  const totals = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const path of [...filesUnder(dist)]) {
    const data = readFileSync(path);
    if (!isCompressible(relative(dist, path).split('\\').join('/'), data.length)) continue;
    const gz = gzip(data);
    const br = brotli(data);
    for (const [suffix, compressed] of [['.gz', gz], ['.br', br]] as const) {
      if (compressed.length < data.length) writeFileSync(`${path}${suffix}`, compressed);
    }
    totals.files += 1;
    totals.bytes += data.length;
    totals.gzipBytes += gz.length;
    totals.brotliBytes += br.length;
  }
  return totals;
}
