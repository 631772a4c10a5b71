import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Edition } from '../../src/articles/edition.ts';
import { articleNamespace, loadEdition, readEdition, storeEdition } from '../../src/articles/editionStore.ts';
import { createI18n } from '../../src/i18n/createI18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { sampleEdition } from './sampleEdition.ts';

const slug = 'sample';

function edition(language: Language, overrides: Partial<Edition> = {}): Edition {
  return { ...sampleEdition(language, { p1: language === 'en' ? 'Text.' : '본문.' }, slug), ...overrides };
}

/** A fetch that answers with `body` and `status`, recording the URLs asked for. */
function answer(status: number, body: unknown = {}) {
  return vi.fn(async (url: string) => {
    void url;
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('loading an edition', () => {
  it('fetches the published edition file, stores it, and reads it from the store from then on', async () => {
    const i18n = createI18n('en');
    const fetchMock = answer(200, edition('ko'));
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toEqual(edition('ko'));
    expect(fetchMock).toHaveBeenCalledExactlyOnceWith(`/content/ko/${slug}.json`);
    expect(readEdition(i18n, 'ko', slug)).toEqual(edition('ko'));
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toEqual(edition('ko'));
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('needs no request for an edition already in the store (the prerendered one)', async () => {
    const i18n = createI18n('en');
    const fetchMock = answer(500);
    vi.stubGlobal('fetch', fetchMock);
    storeEdition(i18n, edition('en'));
    await expect(loadEdition(i18n, 'en', slug)).resolves.toEqual(edition('en'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shares one request between callers asking at the same time', async () => {
    const i18n = createI18n('en');
    let respond: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (respond = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const first = loadEdition(i18n, 'ko', slug);
    const second = loadEdition(i18n, 'ko', slug);
    respond(new Response(JSON.stringify(edition('ko')), { status: 200 }));
    await expect(Promise.all([first, second])).resolves.toEqual([edition('ko'), edition('ko')]);
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('asks separately for each language and article', async () => {
    const i18n = createI18n('en');
    const fetchMock = vi.fn(async (url: string) => {
      const [, , language = '', file = ''] = url.split('/');
      const wanted = language === 'ko' ? edition('ko') : edition('en');
      return new Response(JSON.stringify({ ...wanted, slug: file.replace('.json', '') }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchMock);
    const [en, ko, other] = await Promise.all([
      loadEdition(i18n, 'en', slug),
      loadEdition(i18n, 'ko', slug),
      loadEdition(i18n, 'en', 'other-article'),
    ]);
    expect(en?.headline).toBe('Headline');
    expect(ko?.headline).toBe('제목');
    expect(other?.slug).toBe('other-article');
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual([
      '/content/en/other-article.json',
      `/content/en/${slug}.json`,
      `/content/ko/${slug}.json`,
    ]);
    expect(readEdition(i18n, 'en', 'other-article')?.slug).toBe('other-article');
  });

  it('resolves to null for an article that does not exist in that language (HTTP 404), storing nothing', async () => {
    const i18n = createI18n('en');
    vi.stubGlobal('fetch', answer(404));
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toBeNull();
    expect(readEdition(i18n, 'ko', slug)).toBeNull();
  });

  it('rejects on a server error, so the reader is offered a retry rather than "not found", and the retry asks again', async () => {
    const i18n = createI18n('en');
    vi.stubGlobal('fetch', answer(500));
    await expect(loadEdition(i18n, 'ko', slug)).rejects.toThrow(`/content/ko/${slug}.json failed: HTTP 500`);
    const fetchMock = answer(200, edition('ko'));
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toEqual(edition('ko'));
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it('rejects when the network fails, and asks again on the next call', async () => {
    const i18n = createI18n('en');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadEdition(i18n, 'en', slug)).rejects.toThrow('Failed to fetch');
    const fetchMock = answer(200, edition('en'));
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadEdition(i18n, 'en', slug)).resolves.toEqual(edition('en'));
  });

  it.each([
    ['not an edition at all', { hello: 'world' }],
    ['an edition without paragraphs', edition('ko', { paragraphs: [] })],
    ['the edition of the other language', edition('en')],
    ['the edition of another article', edition('ko', { slug: 'another-article' })],
  ])('resolves to null when the file is %s, storing nothing', async (_case, body) => {
    const i18n = createI18n('en');
    vi.stubGlobal('fetch', answer(200, body));
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toBeNull();
    expect(readEdition(i18n, 'ko', slug)).toBeNull();
  });

  it('asks again after a "not found", in case the article has been published since', async () => {
    const i18n = createI18n('en');
    vi.stubGlobal('fetch', answer(404));
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toBeNull();
    const fetchMock = answer(200, edition('ko'));
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadEdition(i18n, 'ko', slug)).resolves.toEqual(edition('ko'));
    expect(fetchMock).toHaveBeenCalledOnce();
  });
});

describe('the edition store', () => {
  it('holds each language and article apart', () => {
    const i18n = createI18n('en');
    storeEdition(i18n, edition('en'));
    expect(readEdition(i18n, 'en', slug)).toEqual(edition('en'));
    expect(readEdition(i18n, 'ko', slug)).toBeNull();
    expect(readEdition(i18n, 'en', 'another-article')).toBeNull();
  });

  it('replaces an edition stored again with a newer text', () => {
    const i18n = createI18n('en');
    storeEdition(i18n, sampleEdition('en', { p1: 'Old.', p2: 'A paragraph later removed.' }, slug));
    const corrected = edition('en', { headline: 'Corrected headline', paragraphs: [{ id: 'p1', text: 'New.', language: 'en', untranslated: false }] });
    storeEdition(i18n, corrected);
    expect(readEdition(i18n, 'en', slug)).toEqual(corrected);
  });

  it('keeps each i18n instance to itself: one prerendered page does not see the editions of pages rendered before it', () => {
    storeEdition(createI18n('en'), edition('en'));
    storeEdition(createI18n('ko'), edition('ko'));
    const later = createI18n('en');
    expect(readEdition(later, 'en', slug)).toBeNull();
    expect(readEdition(later, 'ko', slug)).toBeNull();
  });

  it('does not take anything but a valid edition from the store', () => {
    const i18n = createI18n('en');
    i18n.addResourceBundle('en', articleNamespace(slug), { headline: 'Only a headline' });
    expect(readEdition(i18n, 'en', slug)).toBeNull();
  });

});
