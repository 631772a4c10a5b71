// First: React DOM looks for the DevTools hook once, when it loads (see reactCommits.ts).
import { commitLog } from './reactCommits.ts';
import type { i18n } from 'i18next';
import { createRoot, type Root } from 'react-dom/client';
import '../../../src/styles/base.css';
import '../../../src/styles/reader.css';
import '../../../src/styles/both-languages.css';
import { App } from '../../../src/app/App.tsx';
import { storeEdition } from '../../../src/articles/editionStore.ts';
import { createI18n } from '../../../src/i18n/createI18n.ts';
import { defaultFontStep } from '../../../src/reader/readerSettings.ts';
import { afterNextFrame, WorkWatch } from './appWork.ts';
import type { ArticleFacts, ArticleRequest, InputSample, LayoutTrigger, PagingBenchApi, Repetitions } from './benchProtocol.ts';
import { ParagraphWatch } from './paragraphRenders.ts';
import './pagingBench.css';
import { pagedReadingView, pressKey, resizeByOnePixel, shownPage, TextSizeButtons, type InputTimes, type ReadingView } from './readerInputs.ts';
import { charCount, syntheticEdition } from './syntheticEdition.ts';

/**
 * The bench page: the real app (src/app/App.tsx, React's production build, the real stylesheets) reading a
 * real or synthetic article, driven through the reader's own inputs: key presses, the settings menu's
 * buttons, a smaller window. Each input is timed from just before it reaches the app until the app is done
 * with it (appWork.ts), one input per frame, and counted for the paragraphs React re-rendered.
 */
interface Shown {
  root: Root;
  view: ReadingView;
  strings: i18n;
  work: WorkWatch;
  paragraphs: ParagraphWatch;
}

let shown: Shown | null = null;

function current(): Shown {
  if (!shown) throw new Error('showArticle() must run first');
  return shown;
}

function close(): void {
  if (!shown) return;
  shown.work.disconnect();
  shown.paragraphs.disconnect();
  shown.root.unmount();
  shown.view.container.remove();
  shown = null;
}

async function showArticle({ seeds, language, copies, view: shownView }: ArticleRequest): Promise<ArticleFacts> {
  close();
  // Every language's edition is in the store, as after the app's own prefetch: a switch or a prefetch
  // never goes to the network (the bench server has no content files).
  const editions = seeds.map((seed) => syntheticEdition(seed, copies));
  const edition = editions.find((candidate) => candidate.language === language);
  if (!edition) throw new Error(`no ${language} edition among the seeds`);
  const strings = createI18n(language);
  for (const each of editions) storeEdition(strings, each);
  // Mid-article, as a shared link opens it: re-layouts then return to an anchor, as they do for readers.
  const middle = edition.paragraphs[Math.floor(edition.paragraphs.length / 2)] ?? edition.paragraphs[0];
  const position = middle ? { paragraph: middle.id, offset: Math.floor(middle.text.length / 2) } : null;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(<App i18n={strings} initialRoute={{ page: 'article', language, slug: edition.slug, position, view: shownView }} />);
  let view = pagedReadingView(container);
  for (let frame = 0; !view && frame < 300; frame += 1) {
    await afterNextFrame();
    view = pagedReadingView(container);
  }
  if (!view) throw new Error('could not measure: the app never laid out the article');
  if (commitLog.count === 0) throw new Error('could not measure: React reports no commits (was react-dom loaded before the hook?)');
  const work = new WorkWatch(view.pager);
  shown = { root, view, strings, work, paragraphs: new ParagraphWatch(view.article) };
  // Also lets the new ResizeObserver deliver its first observation, which every observer gets.
  await work.settle();
  return { paragraphs: edition.paragraphs.length, chars: charCount(edition), pages: shownPage(view).pageCount };
}

/** Times one input: `fire` gives it to the app and says when. */
async function timeInput({ work, paragraphs }: Shown, fire: () => InputTimes | Promise<InputTimes>): Promise<InputSample> {
  paragraphs.start();
  work.start();
  const { start, handled } = await fire();
  const done = await work.settle();
  if (done.end < start) throw new Error('could not measure: the app did no work in answer to an input');
  const counts = paragraphs.count();
  return {
    ms: done.end - start,
    handlersMs: handled === null ? null : handled - start,
    commits: done.commits,
    resizes: done.resizes,
    paragraphsRendered: counts.rendered,
    paragraphsChanged: counts.changed,
  };
}

async function timeLayouts(trigger: LayoutTrigger, { warmUp, measured }: Repetitions): Promise<InputSample[]> {
  const s = current();
  const buttons = trigger === 'textSize' ? new TextSizeButtons(s.view, s.strings) : null;
  buttons?.setOpen(true);
  await s.work.settle();
  const samples: InputSample[] = [];
  for (let run = 0; run < warmUp + measured; run += 1) {
    // Altered on even runs (one pixel smaller, one step larger), back on odd ones.
    const altered = run % 2 === 0;
    const sample = await timeInput(s, () => (buttons ? buttons.click(altered) : resizeByOnePixel(s.view, altered)));
    // An input that changed nothing would time no layout and report it as one.
    if (trigger === 'resize' && sample.resizes === 0) throw new Error('could not measure: the 1 px resize did not reach the pages');
    const step = s.view.reader.dataset.fontStep;
    if (buttons && step !== String(altered ? defaultFontStep + 1 : defaultFontStep)) {
      throw new Error(`could not measure: the text size step left data-font-step at ${step}`);
    }
    if (run >= warmUp) samples.push(sample);
  }
  if ((warmUp + measured) % 2 === 1) await timeInput(s, () => (buttons ? buttons.click(false) : resizeByOnePixel(s.view, false)));
  buttons?.setOpen(false);
  await s.work.settle();
  return samples;
}

async function timePageTurns({ warmUp, measured }: Repetitions): Promise<InputSample[]> {
  const s = current();
  if (shownPage(s.view).pageCount < 2) return [];
  pressKey('Home');
  await s.work.settle();
  const samples: InputSample[] = [];
  let forward = true;
  for (let turn = 0; turn < warmUp + measured; turn += 1) {
    const { page, pageCount } = shownPage(s.view);
    // Read to the end, then back to the start, and again: every turn moves.
    if (forward && page === pageCount - 1) forward = false;
    if (!forward && page === 0) forward = true;
    const sample = await timeInput(s, () => pressKey(forward ? 'ArrowRight' : 'ArrowLeft'));
    const shownNow = shownPage(s.view).page;
    if (shownNow !== page + (forward ? 1 : -1)) {
      throw new Error(`could not measure: a key press on page ${page + 1} left the toolbar at page ${shownNow + 1}`);
    }
    if (turn >= warmUp) samples.push(sample);
  }
  return samples;
}

const api: PagingBenchApi = {
  showArticle,
  timeLayouts,
  timePageTurns,
  timerIsPrecise: () => window.crossOriginIsolated,
};
window.pagingBench = api;
