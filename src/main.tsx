import { afterFirstPaint } from './afterFirstPaint.ts';
import { startEarlyReader } from './reader/earlyReader.ts';
import { parsePositionFragment } from './routing/paths.ts';
import './styles/base.css';
import './styles/reader.css';
import './styles/both-languages.css';
import './styles/print.css';
import './styles/library.css';

/**
 * Browser entry, kept tiny on purpose. Every page arrives prerendered and readable, so the text is shown
 * before any application code is fetched: the app (React, i18next, the reader's views) is imported only once
 * the first frame is on screen. Fetching or preloading it earlier costs the first paint 30–40 ms on a cold
 * load (bench, text visible): a preloaded script is parsed as it arrives, on a second core the page's own
 * layout needs. The stylesheets are imported here so that the build puts them into the page
 * (scripts/build/inlineStylesheetPlugin.ts).
 *
 * Loaded `async` (index.html), so the document finishes parsing without waiting for it: Chromium scrolls to
 * a link's fragment (`#p3`, reader.css) only once parsing has finished, which a deferred script postpones by
 * its download. So it may run before the page is all there: everything below waits for it.
 *
 * The paging engine does not wait for the app (earlyReader.ts): it starts after the first paint, so that
 * pages turn while React is still on its way, and React adopts it. A link inside a paragraph (`#p3.120`) is
 * the exception: no element carries that name, so the browser cannot land it as it lands `#p3`, and the
 * engine starts as soon as the page is parsed and this script has run: a frame or a few after the first
 * paint, which shows the article's start (README, "Opening a passage link", on why no more can be done).
 */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});
// Not under `npm run dev`: React's development build compares every attribute it hydrates with what it
// renders, and the engine's own (its sizes, the Tab order) would be reported as mismatches. There the app
// starts the engine after hydrating, as it does wherever this has not (usePaginator.ts).
// A failure here must not keep the app away: it starts its own engine when it hydrates, and the reader
// loses only the turns before that.
function startEngine(): void {
  if (import.meta.env.DEV) return;
  try {
    startEarlyReader();
  } catch (error) {
    console.error(error);
  }
}
if (parsePositionFragment(window.location.hash)?.offset) void parsed.then(startEngine);
void parsed
  .then(afterFirstPaint)
  .then(() => {
    startEngine();
    return import('./startApp.tsx');
  })
  .then(({ startApp }) => startApp());
