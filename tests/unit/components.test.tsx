import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Edition } from '../../src/articles/edition.ts';
import { App } from '../../src/app/App.tsx';
import { NotFoundPage } from '../../src/app/NotFoundPage.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { formatArticleDate } from '../../src/i18n/formatDate.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { ArticleBody } from '../../src/reader/ArticleBody.tsx';
import { ArticleHeader } from '../../src/reader/ArticleHeader.tsx';
import { LanguageToggle } from '../../src/reader/LanguageToggle.tsx';
import { PageControls } from '../../src/reader/PageControls.tsx';
import { articlePath } from '../../src/routing/paths.ts';
import { editionIn, slug } from './seedEditions.ts';


function renderIn(language: Language, ui: ReactNode) {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}

/**
 * Records whether the browser's own handling of a click (following the link) was cancelled. Listens on the
 * document, after React's handler at the root; then cancels, because jsdom cannot navigate.
 */
function watchLinkNavigation(): { wasPrevented: () => boolean | null; stop: () => void } {
  let prevented: boolean | null = null;
  const listener = (event: MouseEvent): void => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { wasPrevented: () => prevented, stop: () => document.removeEventListener('click', listener) };
}

/** The element a `#p2` link scrolls to. */
function paragraphBlock(container: HTMLElement, id: string): HTMLElement {
  const block = container.querySelector(`#${id}`);
  if (!(block instanceof HTMLElement)) throw new Error(`no element with id ${id}`);
  return block;
}

describe('LanguageToggle', () => {
  const koHref = articlePath('ko', slug, { paragraph: 'p2', offset: 40 });

  it('offers "한국어" on the English page, marked as Korean, linking to the Korean article', () => {
    renderIn('en', <LanguageToggle language="en" href={koHref} onSwitch={() => undefined} />);
    const link = screen.getByRole('link', { name: '한국어' });
    expect(link).toHaveAttribute('lang', 'ko');
    expect(link).toHaveAttribute('hreflang', 'ko');
    expect(link).toHaveAttribute('href', koHref);
    expect(link).toHaveAccessibleDescription('Read this article in Korean');
  });

  it('offers "English" on the Korean page, marked as English', () => {
    const enHref = articlePath('en', slug);
    renderIn('ko', <LanguageToggle language="ko" href={enHref} onSwitch={() => undefined} />);
    const link = screen.getByRole('link', { name: 'English' });
    expect(link).toHaveAttribute('lang', 'en');
    expect(link).toHaveAttribute('hreflang', 'en');
    expect(link).toHaveAttribute('href', enHref);
    expect(link).toHaveAccessibleDescription('이 기사를 영어로 읽기');
  });

  it('switches to Korean in place on a plain click, instead of following the link', async () => {
    const user = userEvent.setup();
    const onSwitch = vi.fn<(to: Language) => void>();
    const navigation = watchLinkNavigation();
    try {
      renderIn('en', <LanguageToggle language="en" href={koHref} onSwitch={onSwitch} />);
      await user.click(screen.getByRole('link', { name: '한국어' }));
      expect(onSwitch).toHaveBeenCalledTimes(1);
      expect(onSwitch).toHaveBeenCalledWith('ko');
      expect(navigation.wasPrevented()).toBe(true);
    } finally {
      navigation.stop();
    }
  });

  it('leaves a ctrl-click (open in a new tab) to the browser', async () => {
    const user = userEvent.setup();
    const onSwitch = vi.fn<(to: Language) => void>();
    const navigation = watchLinkNavigation();
    try {
      renderIn('en', <LanguageToggle language="en" href={koHref} onSwitch={onSwitch} />);
      await user.keyboard('{Control>}');
      await user.click(screen.getByRole('link', { name: '한국어' }));
      await user.keyboard('{/Control}');
      expect(onSwitch).not.toHaveBeenCalled();
      expect(navigation.wasPrevented()).toBe(false);
    } finally {
      navigation.stop();
    }
  });

  it('leaves a shift-click (open in a new window) to the browser', async () => {
    const user = userEvent.setup();
    const onSwitch = vi.fn<(to: Language) => void>();
    const navigation = watchLinkNavigation();
    try {
      renderIn('ko', <LanguageToggle language="ko" href={articlePath('en', slug)} onSwitch={onSwitch} />);
      await user.keyboard('{Shift>}');
      await user.click(screen.getByRole('link', { name: 'English' }));
      await user.keyboard('{/Shift}');
      expect(onSwitch).not.toHaveBeenCalled();
      expect(navigation.wasPrevented()).toBe(false);
    } finally {
      navigation.stop();
    }
  });

  it('switches when activated with the keyboard', async () => {
    const user = userEvent.setup();
    const onSwitch = vi.fn<(to: Language) => void>();
    const navigation = watchLinkNavigation();
    try {
      renderIn('ko', <LanguageToggle language="ko" href={articlePath('en', slug)} onSwitch={onSwitch} />);
      await user.tab();
      expect(screen.getByRole('link', { name: 'English' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(onSwitch).toHaveBeenCalledWith('en');
    } finally {
      navigation.stop();
    }
  });
});

describe('PageControls', () => {
  const noop = (): void => undefined;

  it('labels the buttons "Previous page" and "Next page" in English', () => {
    renderIn('en', <PageControls page={2} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByRole('navigation', { name: 'Page controls' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('labels the buttons "이전 쪽" and "다음 쪽" in Korean', () => {
    renderIn('ko', <PageControls page={2} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByRole('navigation', { name: '쪽 넘기기' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '이전 쪽' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('button', { name: '다음 쪽' })).toHaveAttribute('aria-disabled', 'false');
  });

  it.each<Language>(['en', 'ko'])('shows "3 / 7" on the third of seven pages (%s)', (language) => {
    renderIn(language, <PageControls page={2} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByText('3 / 7')).toHaveTextContent(/^3 \/ 7$/);
  });

  it('disables "Previous page" on the first page only', () => {
    renderIn('en', <PageControls page={0} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByText('1 / 7')).toBeInTheDocument();
  });

  it('disables "Next page" on the last page only', () => {
    renderIn('ko', <PageControls page={6} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByRole('button', { name: '이전 쪽' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('button', { name: '다음 쪽' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('disables both buttons when the article fits on one page', () => {
    renderIn('en', <PageControls page={0} pageCount={1} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('turns the page when a button is pressed', async () => {
    const user = userEvent.setup();
    const onPrev = vi.fn<() => void>();
    const onNext = vi.fn<() => void>();
    renderIn('en', <PageControls page={2} pageCount={7} announce={false} onPrev={onPrev} onNext={onNext} />);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrev).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onPrev).toHaveBeenCalledTimes(1);
  });

  it('announces "Page 3 of 7" politely after a page turn', () => {
    renderIn('en', <PageControls page={2} pageCount={7} announce onPrev={noop} onNext={noop} />);
    const announcement = screen.getByText('Page 3 of 7');
    expect(announcement).toHaveAttribute('aria-live', 'polite');
    expect(announcement).toHaveAttribute('aria-atomic', 'true');
  });

  it('announces "7쪽 중 3쪽" in Korean', () => {
    renderIn('ko', <PageControls page={2} pageCount={7} announce onPrev={noop} onNext={noop} />);
    expect(screen.getByText('7쪽 중 3쪽')).toHaveAttribute('aria-live', 'polite');
  });

  it('keeps the live region present but silent until the reader changed something', () => {
    renderIn('en', <PageControls page={2} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.queryByText(/Page \d+ of \d+/)).not.toBeInTheDocument();
    const controls = screen.getByRole('navigation', { name: 'Page controls' });
    const liveRegions = [...controls.querySelectorAll('[aria-live="polite"]')];
    expect(liveRegions).toHaveLength(1);
    expect(liveRegions[0]).toBeEmptyDOMElement();
  });

  it('shows reading progress as a labelled progress bar', () => {
    renderIn('en', <PageControls page={2} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    const progress = screen.getByRole('progressbar', { name: 'Reading progress' });
    expect(progress).toHaveAttribute('value', '3');
    expect(progress).toHaveAttribute('max', '7');
  });

  it('labels the progress bar in Korean', () => {
    renderIn('ko', <PageControls page={2} pageCount={7} announce={false} onPrev={noop} onNext={noop} />);
    expect(screen.getByRole('progressbar', { name: '읽은 분량' })).toBeInTheDocument();
  });
});

describe('NotFoundPage', () => {
  const initialLang = document.documentElement.lang;
  const initialTitle = document.title;
  afterEach(() => {
    document.documentElement.lang = initialLang;
    document.title = initialTitle;
  });

  it('tells a Korean reader the page was not found, in Korean, with a link to the front page', () => {
    renderIn('ko', <NotFoundPage />);
    expect(screen.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '첫 화면으로 가기' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'content');
  });

  it('marks the document as Korean and titles it in Korean under /ko/, whatever language the page was served in', () => {
    document.documentElement.lang = 'en';
    render(<App i18n={createI18n('en')} initialRoute={{ page: 'notFound', language: 'ko' }} />);
    expect(screen.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
    expect(document.title).toBe('페이지를 찾을 수 없습니다 | 이중 언어 기사 리더');
  });

  it('tells an English reader the same in English', () => {
    renderIn('en', <NotFoundPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });
});

describe('ArticleHeader', () => {
  it('shows the Korean headline as the page heading', () => {
    const korean = editionIn('ko');
    renderIn('ko', <ArticleHeader edition={korean} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(korean.headline);
    expect(screen.getByRole('heading', { level: 1, name: '더불어민주당 대표, 북미 대화 환영' })).toBeInTheDocument();
  });

  it('gives the posting and update times as machine-readable <time> elements with the Seoul offset', () => {
    const korean = editionIn('ko');
    renderIn('ko', <ArticleHeader edition={korean} />);
    const times = screen.getAllByText(formatArticleDate('2025-01-23T07:40:00+09:00', 'ko'));
    expect(times).toHaveLength(2);
    for (const time of times) {
      expect(time.tagName).toBe('TIME');
      expect(time).toHaveAttribute('datetime', '2025-01-23T07:40:00+09:00');
      expect(time).toHaveTextContent('2025년 1월 23일');
    }
    expect(screen.getByText(/입력/)).toBeInTheDocument();
    expect(screen.getByText(/수정/)).toBeInTheDocument();
  });

  it('shows the section name in the reader\'s language', () => {
    renderIn('ko', <ArticleHeader edition={editionIn('ko')} />);
    expect(screen.getByText('사설')).toBeInTheDocument();
  });

  it('says that the Korean edition is a translation', () => {
    renderIn('ko', <ArticleHeader edition={editionIn('ko')} />);
    expect(screen.getByText('영문판 기사를 번역한 글입니다.')).toBeInTheDocument();
  });

  it('says that a Korean edition not yet translated is shown in English until its translation is ready, its headline marked English', () => {
    const english = editionIn('en');
    const awaiting: Edition = { ...english, language: 'ko', paragraphs: english.paragraphs.map((paragraph) => ({ ...paragraph, untranslated: true })) };
    renderIn('ko', <ArticleHeader edition={awaiting} />);
    expect(screen.getByText('아직 번역되지 않은 기사입니다. 번역이 준비될 때까지 원문으로 보여 드립니다.')).toBeInTheDocument();
    expect(screen.queryByText('영문판 기사를 번역한 글입니다.')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: english.headline })).toHaveAttribute('lang', 'en');
  });

  it('shows no translation notice on the English original', () => {
    const english = editionIn('en');
    renderIn('en', <ArticleHeader edition={english} />);
    expect(screen.getByRole('heading', { level: 1, name: 'DPK leader welcomes US-N. Korea talks' })).toBeInTheDocument();
    expect(screen.queryByText("Translated from the English edition by the reader's editors.")).not.toBeInTheDocument();
    expect(screen.getAllByText(/January 23, 2025/)).toHaveLength(2);
  });
});

describe('ArticleBody', () => {
  /** The Korean edition with its second paragraph shown in the English original, as the content check builds it. */
  function koreanWithUntranslatedSecondParagraph(): { edition: Edition; originalText: string } {
    const korean = editionIn('ko');
    const original = editionIn('en').paragraphs[1];
    if (!original) throw new Error('no second paragraph');
    // The English paragraph object already says language 'en'; only the flag changes.
    const paragraphs = korean.paragraphs.map((paragraph) => (paragraph.id === original.id ? { ...original, untranslated: true } : paragraph));
    return { edition: { ...korean, paragraphs }, originalText: original.text };
  }

  it('shows every paragraph of the edition as text, in order, each in its language', () => {
    const korean = editionIn('ko');
    const { container } = renderIn('ko', <ArticleBody edition={korean} />);
    const shown = korean.paragraphs.map((paragraph) => screen.getByText(paragraph.text));
    for (const element of shown) expect(element).toHaveAttribute('lang', 'ko');
    expect([...container.querySelectorAll('[data-paragraph-text]')].map((element) => element.textContent)).toEqual(
      korean.paragraphs.map((paragraph) => paragraph.text),
    );
  });

  it('makes each paragraph a link target by its shared key (#p3)', () => {
    const { container } = renderIn('ko', <ArticleBody edition={editionIn('ko')} />);
    expect(paragraphBlock(container, 'p3')).toHaveTextContent(editionIn('ko').paragraphs[2]?.text ?? 'missing');
  });

  it('shows an untranslated paragraph in English, marked lang="en", under a note in Korean', () => {
    const { edition, originalText } = koreanWithUntranslatedSecondParagraph();
    const { container } = renderIn('ko', <ArticleBody edition={edition} />);
    const paragraph = screen.getByText(originalText);
    expect(paragraph).toHaveAttribute('lang', 'en');
    const note = screen.getByText('아직 번역되지 않은 문단입니다. 원문으로 보여 드립니다.');
    const block = paragraphBlock(container, 'p2');
    expect(within(block).getByText('아직 번역되지 않은 문단입니다. 원문으로 보여 드립니다.')).toBe(note);
    expect(within(block).getByText(originalText)).toBe(paragraph);
    // The note is the reader's language; only the paragraph itself is English.
    expect(note).not.toHaveAttribute('lang', 'en');
  });

  it('shows the untranslated note only beside the untranslated paragraph', () => {
    const { edition } = koreanWithUntranslatedSecondParagraph();
    renderIn('ko', <ArticleBody edition={edition} />);
    expect(screen.getAllByText('아직 번역되지 않은 문단입니다. 원문으로 보여 드립니다.')).toHaveLength(1);
    for (const paragraph of edition.paragraphs.filter((candidate) => !candidate.untranslated)) {
      expect(screen.getByText(paragraph.text)).toHaveAttribute('lang', 'ko');
    }
  });

  it('shows no untranslated note on a fully translated edition', () => {
    renderIn('ko', <ArticleBody edition={editionIn('ko')} />);
    expect(screen.queryByText('아직 번역되지 않은 문단입니다. 원문으로 보여 드립니다.')).not.toBeInTheDocument();
  });
});
