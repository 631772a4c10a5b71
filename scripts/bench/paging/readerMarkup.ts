import { isTranslation, type Edition } from '../../../src/articles/edition.ts';
import { formatArticleDate } from '../../../src/i18n/formatDate.ts';
import { uiResources } from '../../../src/i18n/resources.ts';
import { defaultFontStep } from '../../../src/reader/readerSettings.ts';

/**
 * The reading view's markup (src/reader/ReaderView.tsx and its children) built with plain DOM calls, so the
 * bench times the paging engine and the browser, not React. The running head and toolbar are stand-ins of
 * the same classes and heights: they only decide how tall the pages are. Text goes in as text, never HTML.
 */
export interface ReaderElements {
  reader: HTMLElement;
  /** The `.pager` viewport and its `.pager-columns` box: the two elements the Paginator is given. */
  viewport: HTMLElement;
  columns: HTMLElement;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function header(edition: Edition): HTMLElement {
  const ui = uiResources[edition.language].ui;
  const head = element('header', 'article-header');
  head.append(element('p', 'article-section', ui.sections[edition.section]), element('h1', 'article-headline', edition.headline));
  const dates = element('p', 'article-dates');
  dates.append(
    element('span', '', `${ui.dates.posted} ${formatArticleDate(edition.publishedAt, edition.language)}`),
    element('span', '', `${ui.dates.updated} ${formatArticleDate(edition.updatedAt, edition.language)}`),
  );
  head.append(dates);
  if (isTranslation(edition)) head.append(element('p', 'translation-notice', ui.translation.notice));
  return head;
}

function paragraph(id: string, text: string, language: string): HTMLElement {
  const box = element('div', 'paragraph');
  box.id = id;
  box.dataset.paragraph = id;
  const body = element('p', 'paragraph-text', text);
  body.lang = language;
  body.dataset.paragraphText = '';
  box.append(body);
  return box;
}

function runningHead(edition: Edition): HTMLElement {
  const ui = uiResources[edition.language].ui;
  const head = element('div', 'running-head');
  head.append(element('p', 'running-title', edition.headline), element('a', 'language-toggle', ui.languages[edition.language === 'en' ? 'ko' : 'en']));
  return head;
}

function toolbar(edition: Edition): HTMLElement {
  const bar = element('div', 'toolbar');
  const controls = element('nav', 'page-controls');
  const status = element('div', 'page-status');
  status.append(element('span', 'page-indicator', '1 / 1'), element('progress', 'page-progress'));
  controls.append(element('button', 'page-button', '‹'), status, element('button', 'page-button', '›'));
  const end = element('div', 'toolbar-end');
  end.append(element('button', 'toolbar-button', uiResources[edition.language].ui.settings.open));
  bar.append(controls, end);
  return bar;
}

export function renderReader(edition: Edition): ReaderElements {
  const reader = element('div', 'reader');
  reader.dataset.fontStep = String(defaultFontStep);
  const viewport = element('div', 'pager');
  const columns = element('article', 'pager-columns');
  columns.lang = edition.language;
  columns.append(header(edition), ...edition.paragraphs.map((p) => paragraph(p.id, p.text, p.language)));
  viewport.append(columns);
  reader.append(runningHead(edition), viewport, toolbar(edition));
  return { reader, viewport, columns };
}
