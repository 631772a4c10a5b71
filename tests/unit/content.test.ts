import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { Edition } from '../../src/articles/edition.ts';
import { languages, type Language } from '../../src/i18n/languages.ts';
import { readContent } from '../../scripts/content/readContent.ts';
import {
  articleTextFile,
  catalogFile,
  ContentError,
  flattenKeys,
  uiFile,
  validateContent,
  type ContentFiles,
} from '../../scripts/content/validateContent.ts';

const root = process.cwd();
const slug = 'dpk-leader-welcomes-us-n-korea-talks';
// The captured page the product was specified from (tests/fixtures/seed/README.md).
const seedPath = path.join(root, 'tests/fixtures/seed/article.en.txt');

const articleJson = z.object({ headline: z.string(), paragraphs: z.record(z.string(), z.string()) });
const catalogJson = z.looseObject({ untranslated: z.record(z.string(), z.array(z.string())) });
const uiJson = z.record(z.string(), z.unknown());

function editionOf(editions: readonly Edition[], language: Language): Edition {
  const edition = editions.find((candidate) => candidate.language === language && candidate.slug === slug);
  if (!edition) throw new Error(`no ${language} edition of ${slug}`);
  return edition;
}

/** The real files under locales/, as validateContent receives them, ready to be broken one at a time. */
function realFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const paths = [catalogFile(slug), ...languages.flatMap((language) => [articleTextFile(language, slug), uiFile(language)])];
  for (const file of paths) files.set(file, readFileSync(path.join(root, file), 'utf8'));
  return files;
}

function read(files: ReadonlyMap<string, string>, file: string): unknown {
  const text = files.get(file);
  if (text === undefined) throw new Error(`fixture has no ${file}`);
  return JSON.parse(text);
}

function withArticle(
  files: Map<string, string>,
  language: Language,
  change: (article: z.infer<typeof articleJson>) => void,
): Map<string, string> {
  const article = articleJson.parse(read(files, articleTextFile(language, slug)));
  change(article);
  files.set(articleTextFile(language, slug), JSON.stringify(article));
  return files;
}

function withUntranslated(files: Map<string, string>, untranslated: Record<string, string[]>): Map<string, string> {
  const catalog = catalogJson.parse(read(files, catalogFile(slug)));
  catalog.untranslated = untranslated;
  files.set(catalogFile(slug), JSON.stringify(catalog));
  return files;
}

function problemsOf(files: ContentFiles): string[] {
  try {
    validateContent(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return expect.fail('expected the content check to fail');
}

const koArticle = articleTextFile('ko', slug);

describe('the real content under locales/', () => {
  // With the test articles too: what holds of the seed must hold however many articles sit beside it.
  const content = readContent(root, { withTestArticles: true });
  const seedEditions = content.editions.filter((edition) => edition.slug === slug);

  it('passes the content check, with the seed in both languages among the articles', () => {
    expect(content.slugs).toContain(slug);
    expect(content.slugs.length).toBeGreaterThan(1);
    expect(seedEditions.map((edition) => edition.language).sort()).toEqual(['en', 'ko']);
  });

  it('has the same paragraph keys in the same order in English and Korean', () => {
    const keys = (language: Language): string[] => editionOf(content.editions, language).paragraphs.map((paragraph) => paragraph.id);
    expect(keys('ko')).toEqual(keys('en'));
    // The source files too, not only the built editions (which follow the original's order by construction).
    const fileKeys = (language: Language): string[] =>
      Object.keys(articleJson.parse(JSON.parse(readFileSync(path.join(root, articleTextFile(language, slug)), 'utf8'))).paragraphs);
    expect(fileKeys('ko')).toEqual(fileKeys('en'));
    expect(fileKeys('en')).toEqual(keys('en'));
  });

  it('has no empty headline or paragraph in either language, and every paragraph is translated', () => {
    for (const edition of seedEditions) {
      expect(edition.headline.trim()).not.toBe('');
      for (const paragraph of edition.paragraphs) {
        expect(paragraph.text.trim()).not.toBe('');
        expect(paragraph.language).toBe(edition.language);
        expect(paragraph.untranslated).toBe(false);
      }
    }
  });

  it('carries the publication facts of the seed page', () => {
    for (const edition of seedEditions) {
      expect(edition.originalLanguage).toBe('en');
      expect(edition.section).toBe('editorial');
      expect(edition.publishedAt).toBe('2025-01-23T07:40:00+09:00');
      expect(edition.updatedAt).toBe('2025-01-23T07:40:00+09:00');
    }
  });

  it("reproduces the seed article's English headline and four paragraphs character for character", () => {
    const lines = readFileSync(seedPath, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    expect(lines[1]).toBe('DPK leader welcomes US-N. Korea talks');
    const english = editionOf(content.editions, 'en');
    expect(english.headline).toBe(lines[1]);
    expect(english.paragraphs.map((paragraph) => paragraph.text)).toEqual(lines.slice(-4));
  });

  it('keeps the curly quotes of the original, including the closing quote that opens a sentence', () => {
    const [first] = editionOf(content.editions, 'en').paragraphs;
    expect(first?.text.startsWith('\u201cWe welcome')).toBe(true);
    expect(first?.text).toContain('on Wednesday. \u201dWe hope');
  });

  it('uses the standard Korean forms of names, titles and terms', () => {
    const korean = editionOf(content.editions, 'ko');
    const text = [korean.headline, ...korean.paragraphs.map((paragraph) => paragraph.text)].join('\n');
    for (const form of [
      '더불어민주당 이재명 대표',
      '김정은 국무위원장',
      '윤석열 대통령',
      '문재인 정부',
      '조셉 윤 주한 미국대사',
      '비핵화',
      '남북 교류',
      '핵보유국',
      '한미동맹',
      '탄핵소추안',
      '자유민주주의 공동체',
    ]) {
      expect(text).toContain(form);
    }
  });

  it('names Trump in full with his title, as Korean papers do ("미국 도널드 트럼프 대통령")', () => {
    const [first] = editionOf(content.editions, 'ko').paragraphs;
    expect(first?.text).toContain('미국 도널드 트럼프 대통령');
  });
});

describe('the UI bundles', () => {
  const keysOf = (language: Language): { keys: string[]; problems: string[] } => {
    const problems: string[] = [];
    const file = uiFile(language);
    const keys = flattenKeys(uiJson.parse(JSON.parse(readFileSync(path.join(root, file), 'utf8'))), file, problems);
    return { keys, problems };
  };

  it('offer exactly the same keys in English and Korean', () => {
    const en = keysOf('en');
    const ko = keysOf('ko');
    expect(en.keys.length).toBeGreaterThan(0);
    expect([...ko.keys].sort()).toEqual([...en.keys].sort());
  });

  it('have no empty strings', () => {
    expect(keysOf('en').problems).toEqual([]);
    expect(keysOf('ko').problems).toEqual([]);
  });
});

describe('validateContent', () => {
  it('accepts the real files read into memory', () => {
    const content = validateContent(realFiles());
    expect(content.editions).toHaveLength(2);
  });

  it('names the Korean file and key when a paragraph is missing from the translation', () => {
    const files = withArticle(realFiles(), 'ko', (article) => {
      delete article.paragraphs.p3;
    });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${koArticle}: paragraphs.p3: missing`);
  });

  it('names the Korean file and key when the translation has a paragraph the original lacks', () => {
    const files = withArticle(realFiles(), 'ko', (article) => {
      article.paragraphs.p5 = '추가 문단';
    });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${koArticle}: paragraphs.p5: not a paragraph of the original`);
  });

  it('names the file and key of an empty or blank paragraph', () => {
    for (const blank of ['', '   \n']) {
      const files = withArticle(realFiles(), 'ko', (article) => {
        article.paragraphs.p2 = blank;
      });
      expect(problemsOf(files)).toContainEqual(`${koArticle}: paragraphs.p2: must not be empty`);
    }
  });

  it('names the file and key of an empty headline', () => {
    const files = withArticle(realFiles(), 'en', (article) => {
      article.headline = ' ';
    });
    expect(problemsOf(files)).toContainEqual(`${articleTextFile('en', slug)}: headline: must not be empty`);
  });

  it('names the file whose JSON does not parse', () => {
    const files = realFiles();
    files.set(koArticle, '{"headline": "제목", "paragraphs": {');
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${koArticle}: invalid JSON`));
  });

  it('names the Korean file when it is missing', () => {
    const files = realFiles();
    files.delete(koArticle);
    expect(problemsOf(files)).toEqual([`${koArticle}: file is missing`]);
  });

  it('names the translation file when an article has no catalog entry', () => {
    const files = realFiles();
    files.delete(catalogFile(slug));
    const problems = problemsOf(files);
    expect(problems).toContain(`${koArticle}: no catalog entry for this article (expected ${catalogFile(slug)})`);
  });

  it('publishes a paragraph declared untranslated in the original language, marked as such', () => {
    const files = withArticle(withUntranslated(realFiles(), { ko: ['p2'] }), 'ko', (article) => {
      delete article.paragraphs.p2;
    });
    const { editions } = validateContent(files);
    const korean = editionOf(editions, 'ko');
    const english = editionOf(editions, 'en');
    expect(korean.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    const p2 = korean.paragraphs[1];
    expect(p2).toEqual({ id: 'p2', text: english.paragraphs[1]?.text, language: 'en', untranslated: true });
    for (const paragraph of korean.paragraphs.filter((candidate) => candidate.id !== 'p2')) {
      expect(paragraph).toMatchObject({ language: 'ko', untranslated: false });
    }
    // The English edition is the original: nothing in it is untranslated.
    expect(english.paragraphs.every((paragraph) => !paragraph.untranslated && paragraph.language === 'en')).toBe(true);
  });

  it('rejects a gap in the translation that the catalog does not declare', () => {
    const files = withArticle(withUntranslated(realFiles(), { ko: ['p2'] }), 'ko', (article) => {
      delete article.paragraphs.p2;
      delete article.paragraphs.p3;
    });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${koArticle}: paragraphs.p3: missing`);
    expect(problems[0]).toContain(`untranslated.ko in ${catalogFile(slug)}`);
  });

  it('rejects a paragraph declared untranslated that the translation does translate', () => {
    const files = withUntranslated(realFiles(), { ko: ['p2'] });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${catalogFile(slug)}: untranslated.ko: "p2" is declared untranslated but ${koArticle} translates it`);
  });

  it('rejects a paragraph declared untranslated that the original does not have', () => {
    const problems = problemsOf(withUntranslated(realFiles(), { ko: ['p9'] }));
    expect(problems).toEqual([
      `${catalogFile(slug)}: untranslated.ko: "p9" is not a paragraph of ${articleTextFile('en', slug)}`,
    ]);
  });

  it('rejects a paragraph key that is not a lowercase id', () => {
    const files = withArticle(realFiles(), 'ko', (article) => {
      article.paragraphs['P 1'] = '문단';
    });
    expect(problemsOf(files).some((problem) => problem.startsWith(`${koArticle}: paragraphs.P 1:`))).toBe(true);
  });

  it('names the Korean UI file and key when a UI string is missing there', () => {
    const files = realFiles();
    const ui = uiJson.parse(read(files, uiFile('ko')));
    const reader = z.record(z.string(), z.string()).parse(ui.reader);
    delete reader.progress;
    files.set(uiFile('ko'), JSON.stringify({ ...ui, reader }));
    expect(problemsOf(files)).toEqual([`${uiFile('ko')}: reader.progress: missing (present in ${uiFile('en')})`]);
  });

  it('names the Korean UI file and key when it has a string English lacks', () => {
    const files = realFiles();
    const ui = uiJson.parse(read(files, uiFile('ko')));
    files.set(uiFile('ko'), JSON.stringify({ ...ui, extra: '추가' }));
    expect(problemsOf(files)).toEqual([`${uiFile('ko')}: extra: not in ${uiFile('en')}`]);
  });

  it('names the UI file and key of an empty UI string', () => {
    const files = realFiles();
    const ui = uiJson.parse(read(files, uiFile('en')));
    files.set(uiFile('en'), JSON.stringify({ ...ui, skipLink: '' }));
    expect(problemsOf(files)).toEqual([`${uiFile('en')}: skipLink: must not be empty`]);
  });

  it('reports every problem at once, not only the first', () => {
    const files = withArticle(realFiles(), 'ko', (article) => {
      delete article.paragraphs.p1;
      article.paragraphs.p4 = '';
    });
    files.delete(uiFile('en'));
    const problems = problemsOf(files);
    expect(problems).toContain(`${uiFile('en')}: file is missing`);
    expect(problems).toContain(`${koArticle}: paragraphs.p4: must not be empty`);
  });

  it('puts every problem in the error message, for the build log', () => {
    const files = realFiles();
    files.delete(koArticle);
    expect(() => validateContent(files)).toThrow(`${koArticle}: file is missing`);
  });
});
