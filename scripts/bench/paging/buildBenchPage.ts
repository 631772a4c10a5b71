import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Bundles the bench page (the app, React's production build, the app's real CSS) into `outDir`, a temporary
 * directory: never dist/, which belongs to the app's build. `configFile: false` keeps the app's other Vite
 * plugins (content publishing, preview server) out of it; the page needs only React's, which compiles the
 * app's JSX as the app's build does.
 */
export async function buildBenchPage(outDir: string): Promise<void> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      // outDir is outside root, where Vite will not empty a directory unless told to.
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: fileURLToPath(new URL('pagingBench.html', import.meta.url)) },
    },
  });
}
