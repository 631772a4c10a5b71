import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Edition, Paragraph } from '../../src/articles/edition.ts';
import { storeEdition } from '../../src/articles/editionStore.ts';
import { CounterpartPeek } from '../../src/app/CounterpartPeek.tsx';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { PeekAnnouncer, PeekToggle } from '../../src/reader/ParagraphPeek.tsx';
import { createPeekStore, usePeekAnnouncement, type PeekStore } from '../../src/reader/peekStore.ts';
import { sampleEdition } from './sampleEdition.ts';

/**
 * Peek's logic in jsdom: which peek is open, what it shows and says in which language, Escape and focus.
 * Layout (the page staying put, the Tab order of the pages) is tested in Chromium: tests/e2e/peek.spec.ts.
 */

const english = sampleEdition('en', { p1: 'The first paragraph.', p2: 'The second paragraph.' });
const korean = sampleEdition('ko', { p1: '첫 번째 문단.', p2: '두 번째 문단.' });

function paragraphOf(edition: Edition, key: string): Paragraph {
  const paragraph = edition.paragraphs.find((candidate) => candidate.id === key);
  if (!paragraph) throw new Error(`no ${key}`);
  return paragraph;
}

/**
 * An article page's worth of peek: for each paragraph its toggle and its peek inside an <article>, a button
 * outside it (the toolbar), and the announcer. `loaded`: the other editions already in the i18next store.
 */
function renderPeeks(language: Language, loaded: Edition[] = []) {
  const i18n = createI18n(language);
  for (const edition of loaded) storeEdition(i18n, edition);
  const store = createPeekStore();
  const edition = language === 'en' ? english : korean;
  const ui: ReactNode = (
    <I18nextProvider i18n={i18n}>
      <article>
        {edition.paragraphs.map((paragraph, index) => (
          <div key={paragraph.id}>
            <p>
              {paragraph.text}
              <PeekToggle store={store} paragraphKey={paragraph.id} number={index + 1} language={language} />
            </p>
            <CounterpartPeek store={store} paragraph={paragraph} number={index + 1} language={language} slug={edition.slug} />
          </div>
        ))}
      </article>
      <button type="button">Toolbar</button>
      <PeekAnnouncer store={store} />
    </I18nextProvider>
  );
  return { store, ...render(ui) };
}

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the peek store', () => {
  it('keeps one peek open at a time and tells its subscribers', () => {
    const store = createPeekStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.open('p1', null);
    store.open('p2', null);
    expect(store.openKey()).toBe('p2');
    store.close(false);
    expect(store.openKey()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(3);
    // Closing what is closed changes nothing and tells nobody.
    store.close(false);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    store.open('p1', null);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('returns focus where it was only when asked, and only to an element still on the page', () => {
    const store = createPeekStore();
    const toggle = document.createElement('button');
    document.body.append(toggle);
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    try {
      store.open('p1', toggle);
      elsewhere.focus();
      store.close(false);
      expect(document.activeElement).toBe(elsewhere);
      // Without scrolling: the paging engine shows the toggle's page itself; a scroll would shift the page box.
      const focus = vi.spyOn(toggle, 'focus');
      store.open('p1', toggle);
      store.close(true);
      expect(document.activeElement).toBe(toggle);
      expect(focus).toHaveBeenCalledWith({ preventScroll: true });
      // Opened with nowhere to return to: closing leaves focus alone.
      store.open('p1', null);
      store.close(true);
      expect(document.activeElement).toBe(toggle);
      store.open('p1', elsewhere);
      toggle.focus();
      elsewhere.remove();
      store.close(true);
      expect(document.activeElement).toBe(toggle);
    } finally {
      toggle.remove();
      elsewhere.remove();
    }
  });

  it('announces only while a peek is open, and forgets the announcement when it closes or another opens', () => {
    const store = createPeekStore();
    const said = { label: 'Paragraph 1 in Korean', text: '첫 번째 문단.', language: 'ko' } as const;
    store.announce(said);
    expect(store.announcement()).toBeNull();
    store.open('p1', null);
    store.announce(said);
    expect(store.announcement()).toEqual(said);
    store.open('p2', null);
    expect(store.announcement()).toBeNull();
    store.announce(said);
    store.close(false);
    expect(store.announcement()).toBeNull();
  });
});

describe('the peek in the prerendered page', () => {
  it('shows every toggle collapsed and says nothing, whatever the store holds (no peek is open in the HTML)', () => {
    const store = createPeekStore();
    store.open('p1', null);
    store.announce({ label: 'Paragraph 1 in Korean', text: '첫 번째 문단.', language: 'ko' });
    function Said() {
      const announcement = usePeekAnnouncement(store);
      return <output>{announcement === null ? 'nothing' : announcement.text}</output>;
    }
    const html = renderToString(
      <I18nextProvider i18n={createI18n('en')}>
        <PeekToggle store={store} paragraphKey="p1" number={1} language="en" />
        <Said />
      </I18nextProvider>,
    );
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('<output>nothing</output>');
  });
});

describe('peek on an English page', () => {
  it('offers a toggle per paragraph, named in English, marked with a Korean "한", collapsed', () => {
    renderPeeks('en', [korean]);
    const toggle = screen.getByRole('button', { name: 'Show paragraph 2 in Korean' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).not.toHaveAttribute('aria-controls');
    expect(toggle).toHaveTextContent('한');
    expect(within(toggle).getByText('한')).toHaveAttribute('lang', 'ko');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('opens the Korean paragraph below its own on a click, marked lang="ko", and announces it', async () => {
    const user = userEvent.setup();
    renderPeeks('en', [korean]);
    const toggle = screen.getByRole('button', { name: 'Show paragraph 2 in Korean' });
    await user.click(toggle);
    const peek = screen.getByRole('note', { name: 'Paragraph 2 in Korean' });
    expect(peek).toHaveTextContent('두 번째 문단.');
    expect(within(peek).getByText('두 번째 문단.')).toHaveAttribute('lang', 'ko');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', peek.id);
    // In the same paragraph block, right after the text.
    expect(peek.previousElementSibling).toContainElement(toggle);
    expect(liveRegion()).toHaveTextContent('Paragraph 2 in Korean: 두 번째 문단.');
    expect(within(liveRegion()).getByText('두 번째 문단.')).toHaveAttribute('lang', 'ko');

    await user.click(toggle);
    expect(screen.queryByRole('note')).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('closes the open peek when another paragraph’s opens', async () => {
    const user = userEvent.setup();
    renderPeeks('en', [korean]);
    await user.click(screen.getByRole('button', { name: 'Show paragraph 1 in Korean' }));
    await user.click(screen.getByRole('button', { name: 'Show paragraph 2 in Korean' }));
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getByRole('note', { name: 'Paragraph 2 in Korean' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show paragraph 1 in Korean' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens with Enter and Space, and Escape closes it and returns focus to the toggle', async () => {
    const user = userEvent.setup();
    renderPeeks('en', [korean]);
    const toggle = screen.getByRole('button', { name: 'Show paragraph 1 in Korean' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('note')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).toBeNull();
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('note')).toBeInTheDocument();
    // Focus in the article but elsewhere (on the page itself after a turn): Escape closes and brings it back.
    const article = screen.getByRole('article');
    article.tabIndex = -1;
    article.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('leaves Escape outside the article to its owner (the toolbar’s menu), and ignores one already handled', async () => {
    const user = userEvent.setup();
    renderPeeks('en', [korean]);
    await user.click(screen.getByRole('button', { name: 'Show paragraph 1 in Korean' }));
    const toolbar = screen.getByRole('button', { name: 'Toolbar' });
    toolbar.focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('note')).toBeInTheDocument();
    expect(toolbar).toHaveFocus();

    const article = screen.getByRole('article');
    const handled = (event: KeyboardEvent): void => event.preventDefault();
    article.addEventListener('keydown', handled);
    try {
      screen.getByRole('button', { name: 'Show paragraph 1 in Korean' }).focus();
      await user.keyboard('{Escape}');
      expect(screen.getByRole('note')).toBeInTheDocument();
    } finally {
      article.removeEventListener('keydown', handled);
    }
  });

  it('says so, in English, when the Korean edition leaves the paragraph untranslated or lacks it', async () => {
    const user = userEvent.setup();
    const p1 = paragraphOf(english, 'p1');
    // As the content build publishes a declared untranslated paragraph: the original text, marked.
    const partly = { ...korean, paragraphs: [{ ...p1, untranslated: true }] };
    renderPeeks('en', [partly]);
    await user.click(screen.getByRole('button', { name: 'Show paragraph 1 in Korean' }));
    const untranslated = screen.getByRole('note', { name: 'Paragraph 1 in Korean' });
    expect(untranslated).toHaveTextContent('This paragraph has not been translated yet.');
    expect(within(untranslated).queryByText(p1.text)).toBeNull();
    expect(liveRegion()).toHaveTextContent('Paragraph 1 in Korean: This paragraph has not been translated yet.');
    expect(within(liveRegion()).getByText('This paragraph has not been translated yet.')).toHaveAttribute('lang', 'en');

    await user.click(screen.getByRole('button', { name: 'Show paragraph 2 in Korean' }));
    expect(screen.getByRole('note', { name: 'Paragraph 2 in Korean' })).toHaveTextContent('This paragraph has not been translated yet.');
  });

  it('loads the Korean edition when it is not in hand: "Loading", then the text', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);
    renderPeeks('en');
    await user.click(screen.getByRole('button', { name: 'Show paragraph 1 in Korean' }));
    const peek = screen.getByRole('note', { name: 'Paragraph 1 in Korean' });
    expect(peek).toHaveTextContent('Loading the Korean text…');
    expect(liveRegion()).toHaveTextContent('Paragraph 1 in Korean: Loading the Korean text…');
    expect(fetch).toHaveBeenCalledOnce();
    await act(async () => answer(Response.json(korean)));
    expect(await within(peek).findByText('첫 번째 문단.')).toHaveAttribute('lang', 'ko');
    expect(liveRegion()).toHaveTextContent('Paragraph 1 in Korean: 첫 번째 문단.');
  });

  it('says when the Korean edition cannot be loaded, and Try again loads it', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn<() => Promise<Response>>().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue(Response.json(korean));
    vi.stubGlobal('fetch', fetch);
    renderPeeks('en');
    await user.click(screen.getByRole('button', { name: 'Show paragraph 1 in Korean' }));
    const peek = screen.getByRole('note', { name: 'Paragraph 1 in Korean' });
    const message = 'The Korean text could not be loaded right now. Check your connection and try again.';
    expect(await within(peek).findByText(message)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent(`Paragraph 1 in Korean: ${message}`);
    await user.click(within(peek).getByRole('button', { name: 'Try again' }));
    expect(await within(peek).findByText('첫 번째 문단.')).toHaveAttribute('lang', 'ko');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('peek on a Korean page', () => {
  it('names everything in Korean, marks "En" as English, and shows the English paragraph marked lang="en"', async () => {
    const user = userEvent.setup();
    renderPeeks('ko', [english]);
    const toggle = screen.getByRole('button', { name: '1번째 문단 영어로 보기' });
    expect(within(toggle).getByText('En')).toHaveAttribute('lang', 'en');
    await user.click(toggle);
    const peek = screen.getByRole('note', { name: '1번째 문단 영어판' });
    expect(within(peek).getByText('The first paragraph.')).toHaveAttribute('lang', 'en');
    expect(liveRegion()).toHaveTextContent('1번째 문단 영어판: The first paragraph.');
  });

  it('says so, in Korean, for a paragraph the Korean page itself shows untranslated', async () => {
    const user = userEvent.setup();
    const store: PeekStore = createPeekStore();
    const i18n = createI18n('ko');
    storeEdition(i18n, english);
    const shownUntranslated = { ...paragraphOf(english, 'p1'), untranslated: true };
    render(
      <I18nextProvider i18n={i18n}>
        <PeekToggle store={store} paragraphKey="p1" number={1} language="ko" />
        <CounterpartPeek store={store} paragraph={shownUntranslated} number={1} language="ko" slug={english.slug} />
      </I18nextProvider>,
    );
    await user.click(screen.getByRole('button', { name: '1번째 문단 영어로 보기' }));
    expect(screen.getByRole('note', { name: '1번째 문단 영어판' })).toHaveTextContent('이 문단은 아직 번역되지 않았습니다.');
  });
});
