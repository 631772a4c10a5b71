import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Bundles the bench page (its TypeScript and the app's real CSS) into `outDir`, a temporary directory:
 * never dist/, which belongs to the app's build. `configFile: false` keeps the app's Vite plugins (content
 * publishing, preview server) out of it; the page needs none of them.
 */
export async function buildBenchPage(outDir: string): Promise<void> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [],
    build: {
      outDir,
      // outDir is outside root, where Vite will not empty a directory unless told to.
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: fileURLToPath(new URL('pagingBench.html', import.meta.url)) },
    },
  });
}
