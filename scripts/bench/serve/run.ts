import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { articlePath } from '../../../src/routing/paths.ts';
import { nginxHeadersFileName } from '../../build/securityHeaders.ts';
import { benchArticleSlug as slug, loadAverage, projectRoot, runBench, writeBenchResults } from '../common/benchRun.ts';
import { table } from '../common/table.ts';
import { load, type LoadFigures } from './load.ts';
import { startNginx, startVitePreview, type BenchServer } from './servers.ts';

/**
 * `npm run bench:serve` (part of `npm run bench`): requests per second and latency of the built site under
 * load, served by nginx with the shipped configuration (deploy/nginx/) and by vite preview, for the article
 * page, its content JSON and the main script, at 1, 50 and 200 concurrent connections, 10 s each. Every
 * answer must be a 2xx and no request may fail: a row with either is marked FAIL. Needs a fresh
 * `npm run build:local`. Prints a table, writes bench-results/serve.json.
 */
const ports = { nginx: 8197, vitePreview: 4197 };
const connectionCounts = [1, 50, 200];
const seconds = 10;

/** The three files a reader's first visit to an article fetches, by the URL the page names them. */
function benchFiles(): Array<{ name: string; path: string }> {
  const dist = join(projectRoot, 'dist');
  if (!existsSync(join(dist, nginxHeadersFileName))) throw new Error('dist/ is missing or stale: run `npm run build:local` first');
  const page = articlePath('en', slug);
  const html = readFileSync(join(dist, page.slice(1), 'index.html'), 'utf8');
  const script = /<script\b[^>]*\btype="module"[^>]*\bsrc="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error(`${page} names no module script`);
  return [
    { name: 'article page', path: page },
    { name: 'content JSON', path: `/content/en/${slug}.json` },
    { name: 'main script', path: script },
  ];
}

interface Row {
  file: string;
  server: string;
  figures: LoadFigures;
}

const passes = (figures: LoadFigures): boolean => figures.errors === 0 && figures.non2xx === 0;

async function measure(server: BenchServer, files: ReturnType<typeof benchFiles>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const file of files) {
    for (const connections of connectionCounts) {
      console.error(`${server.name}: ${file.name}, ${connections} connection${connections === 1 ? '' : 's'}, ${seconds} s…`);
      rows.push({ file: file.name, server: server.name, figures: await load(`${server.origin}${file.path}`, connections, seconds) });
    }
  }
  return rows;
}

const ms = (value: number): string => `${value.toFixed(value < 1 ? 3 : value < 10 ? 2 : 1)} ms`;

function report(rows: Row[]): string {
  const byKey = new Map(rows.map((row) => [`${row.file}|${row.figures.connections}|${row.server}`, row.figures]));
  const lines: string[][] = [['file', 'connections', 'nginx rps', 'p50', 'p99', 'errors/non-2xx', 'vite preview rps', 'p50', 'p99', 'errors/non-2xx', 'nginx / vite']];
  for (const file of [...new Set(rows.map((row) => row.file))]) {
    for (const connections of connectionCounts) {
      const nginx = byKey.get(`${file}|${connections}|nginx`);
      const vite = byKey.get(`${file}|${connections}|vite preview`);
      if (!nginx || !vite) continue;
      const cells = (figures: LoadFigures) => [
        Math.round(figures.requestsPerSecond).toLocaleString('en-US'),
        ms(figures.p50),
        ms(figures.p99),
        `${figures.errors}/${figures.non2xx} ${passes(figures) ? 'PASS' : 'FAIL'}`,
      ];
      lines.push([file, String(connections), ...cells(nginx), ...cells(vite), `${(nginx.requestsPerSecond / vite.requestsPerSecond).toFixed(1)}x`]);
    }
  }
  return table(lines);
}

async function main(): Promise<void> {
  const files = benchFiles();
  const loadBefore = loadAverage();
  const rows: Row[] = [];
  for (const start of [() => startNginx(ports.nginx), () => startVitePreview(ports.vitePreview)]) {
    const server = await start();
    try {
      rows.push(...(await measure(server, files)));
    } finally {
      await server.stop();
    }
  }
  console.log(
    `\nServing benchmark (${new Date().toISOString()}, ${cpus().length} CPUs, load ${loadBefore.toFixed(1)} before, ${loadAverage().toFixed(1)} after; ` +
      `autocannon on the same machine, ${seconds} s per row, Accept-Encoding: gzip, deflate, br; target: 0 errors, 0 non-2xx)`,
  );
  console.log(report(rows));
  await writeBenchResults('serve', { createdAt: new Date().toISOString(), seconds, loadAverageBefore: loadBefore, loadAverageAfter: loadAverage(), files, rows });
  if (!rows.every((row) => passes(row.figures))) console.log('\nFAIL: some requests failed or were answered with a non-2xx status (see the rows marked FAIL)');
}

runBench(main);
