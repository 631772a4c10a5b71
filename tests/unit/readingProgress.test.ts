import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetPosition, recallPosition, recallView, rememberPosition } from '../../src/articles/readingProgress.ts';
import { readStored, removeStored, writeStored } from '../../src/lib/safeStorage.ts';

const slug = 'dpk-leader-welcomes-us-n-korea-talks';
const otherSlug = 'another-article';

/** What an older version of the reader, or a hand edit in the browser's tools, may have left in storage. */
function storeRaw(value: string): void {
  window.localStorage.setItem(`reader:position:${slug}`, value);
}

/** Storage that throws on every touch, as with cookies blocked (a SecurityError on `window.localStorage`). */
function blockStorage(): void {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('continue reading', () => {
  it('resumes at the exact character where the reader left off, in the same language', () => {
    rememberPosition(slug, 'en', { paragraph: 'p3', offset: 120 });
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p3', offset: 120 });
  });

  it('resumes at the start of the same paragraph in the other language, never at a character offset of the first', () => {
    // Offsets count characters of one language's text: character 120 of the English p3 is not character 120
    // of the Korean p3 (which may not even be that long).
    rememberPosition(slug, 'en', { paragraph: 'p3', offset: 120 });
    expect(recallPosition(slug, 'ko')).toEqual({ paragraph: 'p3', offset: 0 });
    rememberPosition(slug, 'ko', { paragraph: 'p2', offset: 45 });
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p2', offset: 0 });
    expect(recallPosition(slug, 'ko')).toEqual({ paragraph: 'p2', offset: 45 });
  });

  it('remembers the view the reader left in, with the place', () => {
    expect(recallView(slug)).toBeNull();
    rememberPosition(slug, 'ko', { paragraph: 'p2', offset: 45 }, 'both');
    expect(recallView(slug)).toBe('both');
    rememberPosition(slug, 'ko', { paragraph: 'p3', offset: 0 }, 'one');
    expect(recallView(slug)).toBe('one');
    forgetPosition(slug);
    expect(recallView(slug)).toBeNull();
  });

  it('knows no view for a place stored before views existed, or with a view it does not know', () => {
    storeRaw(JSON.stringify({ language: 'en', paragraph: 'p3', offset: 4 }));
    expect(recallView(slug)).toBeNull();
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p3', offset: 4 });
    storeRaw(JSON.stringify({ language: 'en', paragraph: 'p3', offset: 4, view: 'three' }));
    expect(recallView(slug)).toBeNull();
    storeRaw(JSON.stringify({ language: 'en', paragraph: '', offset: 4, view: 'both' }));
    expect(recallView(slug)).toBeNull();
  });

  it('keeps the latest position only', () => {
    rememberPosition(slug, 'en', { paragraph: 'p1', offset: 10 });
    rememberPosition(slug, 'en', { paragraph: 'p4', offset: 3 });
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p4', offset: 3 });
  });

  it('remembers each article on its own', () => {
    rememberPosition(slug, 'en', { paragraph: 'p3', offset: 120 });
    rememberPosition(otherSlug, 'ko', { paragraph: 'p7', offset: 2 });
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p3', offset: 120 });
    expect(recallPosition(otherSlug, 'ko')).toEqual({ paragraph: 'p7', offset: 2 });
    forgetPosition(otherSlug);
    expect(recallPosition(otherSlug, 'ko')).toBeNull();
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p3', offset: 120 });
  });

  it('has nothing to resume for an article never opened, or after returning to its start', () => {
    expect(recallPosition(slug, 'en')).toBeNull();
    rememberPosition(slug, 'en', { paragraph: 'p3', offset: 120 });
    forgetPosition(slug);
    expect(recallPosition(slug, 'en')).toBeNull();
    expect(recallPosition(slug, 'ko')).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{p3'],
    ['an empty value', ''],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"p3"'],
    ['no paragraph', '{"language":"en","offset":3}'],
    ['a paragraph that is not a string', '{"language":"en","paragraph":3,"offset":3}'],
    ['a paragraph that is a list', '{"language":"en","paragraph":["p3"],"offset":3}'],
    ['an empty paragraph', '{"language":"en","paragraph":"","offset":3}'],
    ['a paragraph that is not a key', '{"language":"en","paragraph":"P3 <b>","offset":3}'],
  ])('ignores a stored value with %s (opens from the start)', (_case, raw) => {
    storeRaw(raw);
    expect(recallPosition(slug, 'en')).toBeNull();
  });

  it.each([
    ['a missing offset', '{"language":"en","paragraph":"p3"}', 0],
    ['an offset that is not a number', '{"language":"en","paragraph":"p3","offset":"12"}', 0],
    ['an infinite offset', '{"language":"en","paragraph":"p3","offset":1e999}', 0],
    ['a negative offset', '{"language":"en","paragraph":"p3","offset":-5}', 0],
    ['a fractional offset', '{"language":"en","paragraph":"p3","offset":12.9}', 12],
    ['no language', '{"paragraph":"p3","offset":12}', 0],
  ])('reads %s as a whole, non-negative character offset', (_case, raw, offset) => {
    storeRaw(raw);
    expect(recallPosition(slug, 'en')).toEqual({ paragraph: 'p3', offset });
  });

  it('works, remembering nothing, when storage is blocked', () => {
    blockStorage();
    expect(() => rememberPosition(slug, 'en', { paragraph: 'p3', offset: 120 })).not.toThrow();
    expect(recallPosition(slug, 'en')).toBeNull();
    expect(() => forgetPosition(slug)).not.toThrow();
  });
});

describe('safe storage', () => {
  it('reads back what it wrote, and nothing once removed', () => {
    writeStored('k', 'v');
    expect(readStored('k')).toBe('v');
    removeStored('k');
    expect(readStored('k')).toBeNull();
  });

  it('never throws when storage is blocked: reads nothing, writes and removes nothing', () => {
    blockStorage();
    expect(readStored('k')).toBeNull();
    expect(() => writeStored('k', 'v')).not.toThrow();
    expect(() => removeStored('k')).not.toThrow();
  });

  it('never throws when storage is full, and keeps what it held', () => {
    writeStored('k', 'old');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => writeStored('k', 'new')).not.toThrow();
    expect(readStored('k')).toBe('old');
  });

  it('never throws when removing fails', () => {
    writeStored('k', 'v');
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => removeStored('k')).not.toThrow();
  });
});
