import type { Plugin } from 'vite';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import { appIcons, manifestFile, manifestHeadTags, readAppColours, readAppIcon, renderIcon, webAppManifest } from './webAppManifest.ts';

/**
 * In the client build: writes `manifest.webmanifest` and its icons (webAppManifest.ts) into dist/, and links
 * the manifest and the title bar colours from every page. Not in dev or the SSR build: the installable app
 * is the built site with its service worker.
 */
export function webAppManifestPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'reader-web-app-manifest',
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: () => manifestHeadTags(readAppColours(root)).map((tag) => ({ ...tag, injectTo: 'head' as const })),
    generateBundle() {
      const colours = readAppColours(root);
      const names = { name: enUi.siteName, shortName: enUi.app.shortName, description: enUi.app.description };
      this.emitFile({ type: 'asset', fileName: manifestFile, source: `${JSON.stringify(webAppManifest(names, colours), null, 2)}\n` });
      const svg = readAppIcon(root);
      for (const icon of appIcons) this.emitFile({ type: 'asset', fileName: icon.file, source: renderIcon(svg, icon) });
    },
  };
}
