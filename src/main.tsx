import './styles/base.css';
import './styles/reader.css';

/**
 * Browser entry, kept tiny on purpose. Every page arrives prerendered and readable, so the text is shown
 * before any application code is fetched: the app (React, i18next, the reader) is imported only once the
 * first frame is on screen. Fetching or preloading it earlier costs the first paint 30–40 ms on a cold load
 * (bench, text visible): a preloaded script is parsed as it arrives, on a second core the page's own layout
 * needs. The stylesheets are imported here so that the build puts them into the page
 * (scripts/build/inlineStylesheetPlugin.ts).
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // First Contentful Paint is reported once that frame has been presented; `buffered` also delivers one
    // that happened before this script ran (the usual case).
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        resolve();
      });
      observer.observe({ type: 'paint', buffered: true });
      return;
    }
    // No Paint Timing: a requestAnimationFrame callback runs just before a frame; a task queued from it, after.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

void afterFirstPaint()
  .then(() => import('./startApp.tsx'))
  .then(({ startApp }) => startApp());
