import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/createI18n.ts';
import { formatArticleDate } from '../../src/i18n/formatDate.ts';
import { defaultLanguage, isLanguage, languages, otherLanguage, preferredLanguage } from '../../src/i18n/languages.ts';

const posted = '2025-01-23T07:40:00+09:00';

describe('preferredLanguage', () => {
  it('picks Korean for a Korean browser with a region subtag', () => {
    expect(preferredLanguage(['ko-KR', 'en'])).toBe('ko');
  });

  it('picks English for an American English browser', () => {
    expect(preferredLanguage(['en-US'])).toBe('en');
  });

  it('skips unsupported languages and takes the first supported one', () => {
    expect(preferredLanguage(['fr', 'ko'])).toBe('ko');
    expect(preferredLanguage(['de-DE', 'ja', 'en-GB', 'ko'])).toBe('en');
  });

  it('falls back to English when the browser states no preference', () => {
    expect(preferredLanguage([])).toBe('en');
    expect(defaultLanguage).toBe('en');
  });

  it('falls back to English when no preferred language is supported', () => {
    expect(preferredLanguage(['fr-FR', 'zh-Hans-CN'])).toBe('en');
  });

  it('ignores the case of the language tag', () => {
    expect(preferredLanguage(['KO-kr'])).toBe('ko');
  });
});

describe('otherLanguage', () => {
  it('switches English to Korean and Korean to English', () => {
    expect(otherLanguage('en')).toBe('ko');
    expect(otherLanguage('ko')).toBe('en');
  });
});

describe('isLanguage', () => {
  it('accepts exactly the published languages', () => {
    expect(languages).toEqual(['en', 'ko']);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('ko')).toBe(true);
  });

  it('rejects region tags, other case, other languages and the empty string', () => {
    for (const value of ['ko-KR', 'EN', 'fr', '', 'constructor', 'toString']) expect(isLanguage(value)).toBe(false);
  });
});

describe('formatArticleDate', () => {
  it('prints the English date with the month spelled out and the Seoul time', () => {
    const text = formatArticleDate(posted, 'en');
    expect(text).toContain('January 23, 2025');
    expect(text).toContain('7:40');
  });

  it('does not copy the seed page\'s "January." typo', () => {
    expect(formatArticleDate(posted, 'en')).not.toContain('January.');
  });

  it('prints the Korean date in Korean order with the Seoul time', () => {
    const text = formatArticleDate(posted, 'ko');
    expect(text).toContain('2025년 1월 23일');
    expect(text).toContain('7:40');
  });

  it('prints the Seoul time for a timestamp written in another offset (whatever the reader\'s zone)', () => {
    // The same instant as 07:40 in Seoul.
    expect(formatArticleDate('2025-01-22T22:40:00Z', 'en')).toContain('January 23, 2025');
    expect(formatArticleDate('2025-01-22T22:40:00Z', 'en')).toContain('7:40');
    expect(formatArticleDate('2025-01-22T22:40:00Z', 'ko')).toContain('2025년 1월 23일');
  });
});

describe('createI18n', () => {
  it('has its UI strings ready synchronously in the requested language', () => {
    expect(createI18n('ko').t('notFound.title')).toBe('페이지를 찾을 수 없습니다');
    expect(createI18n('en').t('notFound.title')).toBe('Page not found');
  });

  it('gives each page its own instance, so switching one does not switch another', async () => {
    const first = createI18n('en');
    const second = createI18n('en');
    await first.changeLanguage('ko');
    expect(first.t('reader.nextPage')).toBe('다음 쪽');
    expect(second.t('reader.nextPage')).toBe('Next page');
  });

  it('does not HTML-escape interpolated headlines (React escapes them once)', () => {
    const i18n = createI18n('en');
    expect(i18n.t('documentTitle', { headline: 'Lee\'s "talks" & <more>', siteName: 'Site' })).toBe('Lee\'s "talks" & <more> | Site');
  });
});
