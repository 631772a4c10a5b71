/**
 * Resolves once the page's first frame with content is on screen, so the app (React, i18next, the reader)
 * is only fetched after the prerendered text has been painted. Part of the tiny entry (main.tsx): no imports.
 *
 * First Contentful Paint is reported once that frame has been presented; `buffered` also delivers one that
 * happened before this ran (the usual case). Browsers report no FCP for a page that was hidden before its
 * first paint (a link opened in a background tab), so there, and where Paint Timing is missing, the next
 * frame stands in: requestAnimationFrame callbacks wait for the page to be visible, and a task queued from
 * one runs after that frame.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      resolve();
    };
    const afterNextFrame = (): void => {
      requestAnimationFrame(() => setTimeout(settle, 0));
    };
    // Firefox ESR 153 reports no First Contentful Paint at all for a page opened at a passage link (`#p3`,
    // whose first page the browser has scrolled: reader.css), and the app would never load. A frame after
    // the load event has certainly been painted. (The entry runs before the load event: an async script holds
    // it back until it has run.)
    window.addEventListener('load', afterNextFrame, { once: true });
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint') || document.visibilityState === 'hidden') {
      afterNextFrame();
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      settle();
    });
    observer.observe({ type: 'paint', buffered: true });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') afterNextFrame();
      },
      { once: true },
    );
  });
}
