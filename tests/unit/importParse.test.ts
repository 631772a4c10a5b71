import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../scripts/content/import/captureDate.ts';
import { decodeText } from '../../scripts/content/import/decodeText.ts';
import { ImportError } from '../../scripts/content/import/importError.ts';
import { parseCapture } from '../../scripts/content/import/parseCapture.ts';
import { parseTranslation } from '../../scripts/content/import/parseTranslation.ts';
import { slugFromHeadline } from '../../scripts/content/import/slugFromHeadline.ts';

const root = process.cwd();
const read = (file: string): Buffer => readFileSync(join(root, file));
const seedFile = 'tests/fixtures/seed/article.en.txt';
const captures = 'tests/fixtures/captures';
const parse = (file: string) => parseCapture(file, decodeText(file, read(file)));
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('a capture shaped like the seed', () => {
  it('reads the seed: headline, dates in Korea Standard Time, four paragraphs verbatim', () => {
    const capture = parse(seedFile);
    const english: { paragraphs: Record<string, string> } = JSON.parse(read('locales/en/articles/dpk-leader-welcomes-us-n-korea-talks.json').toString('utf8'));
    expect(capture).toEqual({
      headline: 'DPK leader welcomes US-N. Korea talks',
      publishedAt: '2025-01-23T07:40:00+09:00',
      updatedAt: '2025-01-23T07:40:00+09:00',
      paragraphs: Object.values(english.paragraphs),
    });
  });

  it('reads the synthetic captures, whose update time differs from the posting time', () => {
    expect(parse(`${captures}/harbour-ferries.en.txt`)).toMatchObject({
      headline: 'Harbour ferries to run through the night',
      publishedAt: '2025-03-04T09:15:00+09:00',
      updatedAt: '2025-03-04T11:02:00+09:00',
    });
    expect(parse(`${captures}/night-market-returns.en.txt`).paragraphs).toHaveLength(2);
    expect(parse(`${captures}/reading-room-hours.en.txt`).paragraphs[2]).toBe(
      'Students asked for the change in a petition signed by more than 2,000 people. One of them wrote that the library was “the only quiet room I have.”',
    );
  });

  it('takes Windows line ends and a UTF-8 byte order mark without changing the text', () => {
    const seed = read(seedFile);
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.toString('utf8').replaceAll('\n', '\r\n'))]);
    expect(parseCapture('crlf.txt', decodeText('crlf.txt', crlf))).toEqual(parse(seedFile));
  });

  it('keeps a paragraph that spans several lines with its line breaks', () => {
    const lines = ['Go to contents', '', 'Headline', '', 'Posted January. 2, 2025 00:00,', '', 'Updated January. 2, 2025 00:00', '', '한국어', '', 'one', 'two'];
    expect(parseCapture('x.txt', lines).paragraphs).toEqual(['one\ntwo']);
  });
});

describe('date lines', () => {
  it.each([
    ['Posted January. 23, 2025 07:40,\u00a0 \u00a0 \u00a0 ', '2025-01-23T07:40:00+09:00'],
    ['Posted May 5, 2025 23:59', '2025-05-05T23:59:00+09:00'],
    ['Posted February. 29, 2024 00:00,', '2024-02-29T00:00:00+09:00'],
  ])('%j is %s', (line, iso) => {
    expect(parseDateLine('Posted', line)).toEqual({ ok: true, iso });
  });

  it.each([
    ['Posted Janvier. 23, 2025 07:40', '"Janvier" is not a month'],
    ['Posted February. 29, 2025 07:40', 'February 2025 has no day 29'],
    ['Posted January. 23, 2025 24:00', '24:00 is not a time of day'],
    ['Posted 2025-01-23 07:40', 'expected the posted date'],
    ['Updated January. 23, 2025 07:40', 'expected the posted date'],
  ])('%j is refused: %s', (line, expected) => {
    const result = parseDateLine('Posted', line);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.expected).toContain(expected);
  });
});

describe('malformed captures are refused with the line and what was expected there', () => {
  it.each([
    ['no-headline.en.txt', 'line 3: expected the headline before the "Posted" line'],
    ['no-date.en.txt', 'line 5: expected the posted date, like "Posted January. 23, 2025 07:40"'],
    ['unparseable-date.en.txt', 'line 5: February 2025 has no day 30'],
    ['no-body.en.txt', 'line 9: the capture ends here; expected the article body'],
    ['empty.en.txt', 'empty.en.txt is empty: expected a plain-text capture'],
    ['binary.en.txt', 'line 1: not UTF-8 (a binary file'],
    ['utf16.en.txt', 'line 1: the file is UTF-16'],
    ['latin1.en.txt', 'line 3: not UTF-8 (a binary file, or text saved in another encoding such as Latin-1)'],
  ])('%s: %s', (name, expected) => {
    const file = `${captures}/malformed/${name}`;
    expect(refusal(() => parse(file))).toContain(`${file}${expected.startsWith('line') ? ', ' : ''}${expected.startsWith(name) ? expected.slice(name.length) : expected}`);
  });

  it('refuses UTF-16 without a byte order mark (its NUL bytes), a file of blank lines, and a missing skip link or 한국어 line', () => {
    expect(refusal(() => decodeText('a.txt', Buffer.from('Go to contents\n', 'utf16le')))).toBe('a.txt, line 1: a NUL byte (UTF-16 text, or a binary file); expected UTF-8 text');
    expect(refusal(() => decodeText('a.txt', Buffer.from('\n \n\u00a0\n')))).toContain('a.txt is empty (only blank lines)');
    const lines = read(seedFile).toString('utf8').split('\n');
    expect(refusal(() => parseCapture('a.txt', lines.slice(2)))).toContain('a.txt, line 1: expected the skip link line "Go to contents"');
    expect(refusal(() => parseCapture('a.txt', lines.filter((line) => line !== '한국어')))).toContain('a.txt, line 10: expected the "한국어" link line');
    const updatedEarlier = lines.map((line) => (line.startsWith('Updated') ? 'Updated January. 22, 2025 07:40' : line));
    expect(refusal(() => parseCapture('a.txt', updatedEarlier))).toContain('a.txt, line 7: the update time is before the posting time');
  });
});

describe('a translation file', () => {
  it('reads the headline and paragraphs in order', () => {
    const file = `${captures}/harbour-ferries.ko.txt`;
    const translation = parseTranslation(file, decodeText(file, read(file)), 'capture.txt', 3);
    expect(translation.headline).toBe('항구 여객선, 밤새 운항한다');
    expect(translation.paragraphs[2]).toMatch(/^모두가 반기는 것은 아니다\./);
  });

  it('whose paragraph count differs from the capture is refused, naming both counts', () => {
    const file = `${captures}/harbour-ferries.two-paragraphs.ko.txt`;
    expect(refusal(() => parseTranslation(file, decodeText(file, read(file)), 'capture.txt', 3))).toContain(
      `${file} has 2 paragraphs after its headline, capture.txt has 3`,
    );
  });
});

describe('the slug, from the headline', () => {
  it.each([
    ['DPK leader welcomes US-N. Korea talks', 'dpk-leader-welcomes-us-n-korea-talks'],
    ['Reading rooms stay open until 10 p.m. during exams', 'reading-rooms-stay-open-until-10-p-m-during-exams'],
    ['Trump’s “nuclear power” remark', 'trumps-nuclear-power-remark'],
    ['Café owners welcome the new rules', 'cafe-owners-welcome-the-new-rules'],
    ['  --Spaces &  dashes-- ', 'spaces-dashes'],
  ])('%j makes %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it('is refused for a headline with no Latin letter or digit', () => {
    expect(refusal(() => slugFromHeadline('북미 대화'))).toContain('makes no slug');
  });
});
