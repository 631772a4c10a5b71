import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../tests/e2e/browser.ts';
import { readContent } from '../../content/readContent.ts';
import { serveStatic } from '../staticServer.ts';
const root = fileURLToPath(new URL('.', import.meta.url));
const out = await mkdtemp(join(tmpdir(), 'exp-'));
await build({ root, configFile: false, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, rolldownOptions: { input: join(root, 'page.html') } } });
const server = await serveStatic(out);
const seeds = readContent(fileURLToPath(new URL('../../../', import.meta.url))).editions.filter((e) => e.slug === 'dpk-leader-welcomes-us-n-korea-talks');
const browser = await chromium.launch(chromiumLaunchOptions());
for (const vp of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
  const page = await browser.newPage({ viewport: vp });
  await page.goto(`${server.origin}/page.html`);
  await page.waitForFunction(() => 'exp' in window);
  for (const seed of seeds) for (const copies of [1, 10, 50]) {
    const row: string[] = [];
    for (const v of ['none', 'nudge', 'width', 'height', 'font', 'letter', 'fresh']) {
      const m = await page.evaluate(([s, c, v]) => (Reflect.get(window, 'exp') as (a: unknown, b: unknown, c: unknown) => Promise<number>)(s, c, v), [seed, copies, v] as const);
      row.push(`${v}=${m.toFixed(2)}`);
    }
    console.log(vp.width, seed.language, copies, row.join(' '));
  }
  await page.close();
}
await browser.close();
await server.close();
