/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineStylesheetPlugin } from './scripts/build/inlineStylesheetPlugin.ts';
import { contentPlugin } from './scripts/build/contentPlugin.ts';
import { devPagesPlugin } from './scripts/build/devPagesPlugin.ts';
import { notFoundPreviewPlugin } from './scripts/build/notFoundPreviewPlugin.ts';
import { previewImagesPlugin } from './scripts/build/previewImagesPlugin.ts';
import { securityHeadersPlugin } from './scripts/build/securityHeadersPlugin.ts';
import { webAppManifestPlugin } from './scripts/build/webAppManifestPlugin.ts';
import { localPreviewPort } from './scripts/build/siteOrigin.ts';

export default defineConfig({
  plugins: [react(), contentPlugin(), previewImagesPlugin(), devPagesPlugin(), notFoundPreviewPlugin(), inlineStylesheetPlugin(), securityHeadersPlugin(), webAppManifestPlugin()],
  // Prerendered pages are plain files in dist/: /en/articles/<slug>/index.html and so on (the dev server
  // renders the same pages on request: devPagesPlugin).
  appType: 'mpa',
  build: {
    target: 'es2022',
    // The pages have no modulepreload links to polyfill; this keeps the entry, which runs first, tiny.
    modulePreload: { polyfill: false },
  },
  preview: {
    // The port of the origin that `npm run build:local` writes into the pages.
    port: localPreviewPort,
    strictPort: false,
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    // The JSON report feeds the CI summary line (scripts/ci/summarize.ts).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
