import { afterFirstPaint } from './afterFirstPaint.ts';
import './styles/base.css';
import './styles/reader.css';
import './styles/both-languages.css';
import './styles/print.css';
import './styles/library.css';

/**
 * Browser entry, kept tiny on purpose. Every page arrives prerendered and readable, so the text is shown
 * before any application code is fetched: the app (React, i18next, the reader) is imported only once the
 * first frame is on screen. Fetching or preloading it earlier costs the first paint 30–40 ms on a cold load
 * (bench, text visible): a preloaded script is parsed as it arrives, on a second core the page's own layout
 * needs. The stylesheets are imported here so that the build puts them into the page
 * (scripts/build/inlineStylesheetPlugin.ts).
 */
void afterFirstPaint()
  .then(() => import('./startApp.tsx'))
  .then(({ startApp }) => startApp());
