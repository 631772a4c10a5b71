import type { Plugin } from 'vite';

/**
 * The browser entry (src/main.tsx) loads the app with a dynamic import after the first paint. Browsers only
 * fetch a dynamic import when it runs, so this adds `<link rel="modulepreload">` for the entry's dynamic
 * imports and their static imports to the built HTML: downloaded and compiled in parallel with the page,
 * executed after it has been painted.
 */
export function preloadAppPlugin(): Plugin {
  return {
    name: 'reader-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        const entry = context.chunk;
        if (!bundle || !entry) return [];
        const files = new Set<string>();
        const add = (fileName: string): void => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        entry.dynamicImports.forEach(add);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
