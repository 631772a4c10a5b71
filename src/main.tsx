import './styles/base.css';
import './styles/reader.css';

/**
 * Browser entry, kept tiny on purpose. Every page arrives prerendered and readable, so the text is painted
 * before any application code runs: the app (React, i18next, the reader) is imported only after the first
 * frame. Its files are already downloading meanwhile (preload links, see
 * scripts/build/preloadAppPlugin.ts), so this costs no round trip. The stylesheets are imported here so
 * that the build links them from the HTML, where they block rendering as they should.
 */
function afterFirstPaint(): Promise<void> {
  // A requestAnimationFrame callback runs just before a frame is painted; a task queued from it runs after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

void afterFirstPaint()
  .then(() => import('./startApp.tsx'))
  .then(({ startApp }) => startApp());
