import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awaitsTranslation } from '../../src/articles/edition.ts';
import { importArticle } from '../../scripts/content/import/importArticle.ts';
import { ImportError } from '../../scripts/content/import/importError.ts';
import { writeFilesAtomically } from '../../scripts/content/import/writeFilesAtomically.ts';
import { readContent, readContentFiles } from '../../scripts/content/readContent.ts';
import { articleTextFile, catalogFile } from '../../scripts/content/validateContent.ts';

/**
 * The import command on a copy of locales/ (a temporary project holding only that folder): what it writes,
 * what it refuses, and that a refusal writes nothing.
 */
const root = process.cwd();
const seedSlug = 'dpk-leader-welcomes-us-n-korea-talks';
const captures = join(root, 'tests/fixtures/captures');
const seedCapture = join(root, 'tests/fixtures/seed/article.en.txt');
const ferries = join(captures, 'harbour-ferries.en.txt');
const ferriesKo = join(captures, 'harbour-ferries.ko.txt');
const ferriesSlug = 'harbour-ferries-to-run-through-the-night';

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'reader-import-'));
  cpSync(join(root, 'locales'), join(project, 'locales'), { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const run = (...args: string[]) => importArticle(project, args);
const snapshot = (): ReadonlyMap<string, string> => readContentFiles(project);
const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const refusal = (...args: string[]): string => {
  try {
    run(...args);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};
/** The translation file a translator would hand in for the seed: its Korean edition as plain text. */
function seedTranslationFile(): string {
  const korean: { headline: string; paragraphs: Record<string, string> } = JSON.parse(read(root, articleTextFile('ko', seedSlug)));
  const file = join(project, 'seed.ko.txt');
  writeFileSync(file, `${[korean.headline, ...Object.values(korean.paragraphs)].join('\n\n')}\n`);
  return file;
}

describe('importing the seed capture', () => {
  it('into a project without the article reproduces its English edition and catalog entry byte for byte (and, with --ko, its Korean edition)', () => {
    for (const file of [catalogFile(seedSlug), articleTextFile('en', seedSlug), articleTextFile('ko', seedSlug)]) rmSync(join(project, file));
    const { plan } = run(seedCapture, '--ko', seedTranslationFile());
    expect(plan.slug).toBe(seedSlug);
    for (const file of [articleTextFile('en', seedSlug), catalogFile(seedSlug), articleTextFile('ko', seedSlug)]) {
      expect(readFileSync(join(project, file)).equals(readFileSync(join(root, file))), file).toBe(true);
    }
  });

  it('over the project as it is changes nothing, with or without --ko', () => {
    const before = snapshot();
    expect(run(seedCapture).plan.writes.size).toBe(0);
    expect(run(seedCapture, '--ko', seedTranslationFile()).plan.writes.size).toBe(0);
    expect(snapshot()).toEqual(before);
  });
});

describe('a new article', () => {
  it('with --ko is published in both languages, translated', () => {
    const { plan, report } = run(ferries, '--ko', ferriesKo);
    expect([...plan.writes.keys()].sort()).toEqual([catalogFile(ferriesSlug), articleTextFile('en', ferriesSlug), articleTextFile('ko', ferriesSlug)].sort());
    expect(report).toContain(`/ko/articles/${ferriesSlug}/`);
    const korean = readContent(project).editions.find((edition) => edition.slug === ferriesSlug && edition.language === 'ko');
    expect(korean?.headline).toBe('항구 여객선, 밤새 운항한다');
    expect(korean && awaitsTranslation(korean)).toBe(false);
    expect(JSON.parse(read(project, catalogFile(ferriesSlug)))).toEqual({
      originalLanguage: 'en',
      section: 'editorial',
      publishedAt: '2025-03-04T09:15:00+09:00',
      updatedAt: '2025-03-04T11:02:00+09:00',
      untranslated: {},
    });
  });

  it('takes file arguments relative to the folder the command was typed in', () => {
    expect(importArticle(project, ['harbour-ferries.en.txt', '--ko', 'harbour-ferries.ko.txt'], captures).plan.writes.size).toBe(3);
  });

  it('without --ko has a Korean edition that declares every paragraph untranslated and shows the English text', () => {
    const { report } = run(ferries);
    expect(report).toContain('(not yet translated');
    expect(JSON.parse(read(project, catalogFile(ferriesSlug))).untranslated).toEqual({ ko: ['p1', 'p2', 'p3'] });
    const korean = readContent(project).editions.find((edition) => edition.slug === ferriesSlug && edition.language === 'ko');
    expect(korean && awaitsTranslation(korean)).toBe(true);
    expect(korean?.headline).toBe('Harbour ferries to run through the night');
    expect(korean?.paragraphs.every((paragraph) => paragraph.language === 'en' && paragraph.untranslated)).toBe(true);
  });

  it('imported again changes nothing; its translation added later replaces the untranslated placeholder', () => {
    run(ferries);
    const before = snapshot();
    expect(run(ferries).plan.writes.size).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(run(ferries, '--ko', ferriesKo).plan.writes.size).toBe(2);
    expect(JSON.parse(read(project, catalogFile(ferriesSlug))).untranslated).toEqual({});
    const translated = snapshot();
    expect(run(ferries, '--ko', ferriesKo).plan.writes.size).toBe(0);
    // Without --ko the translation already there is kept.
    expect(run(ferries).plan.writes.size).toBe(0);
    expect(snapshot()).toEqual(translated);
  });
});

describe('refusals (nothing written) and --force', () => {
  it('a different article whose headline makes a taken slug', () => {
    const before = snapshot();
    const collision = join(captures, 'slug-collision.en.txt');
    expect(refusal(collision)).toContain(`the slug "${seedSlug}" is taken by a different article (${catalogFile(seedSlug)}, posted 2025-01-23T07:40:00+09:00; this capture was posted 2026-02-02T10:00:00+09:00)`);
    expect(snapshot()).toEqual(before);
    run(collision, '--force');
    // Replaced whole: the old article's translation is not kept for the new one.
    expect(JSON.parse(read(project, catalogFile(seedSlug))).untranslated).toEqual({ ko: ['p1'] });
  });

  it('a translation that would replace one edited since it was imported', () => {
    run(ferries, '--ko', ferriesKo);
    const koFile = join(project, articleTextFile('ko', ferriesSlug));
    writeFileSync(koFile, read(project, articleTextFile('ko', ferriesSlug)).replace('밤새', '밤새도록'));
    const before = snapshot();
    expect(refusal(ferries, '--ko', ferriesKo)).toContain(`${articleTextFile('ko', ferriesSlug)} holds a translation that differs from this one`);
    expect(snapshot()).toEqual(before);
    run(ferries, '--ko', ferriesKo, '--force');
    expect(read(project, articleTextFile('ko', ferriesSlug))).not.toContain('밤새도록');
  });

  it('a malformed capture or translation, and a kept translation that no longer fits the English text', () => {
    const before = snapshot();
    for (const name of readdirSync(join(captures, 'malformed'))) expect(() => run(join(captures, 'malformed', name))).toThrow(ImportError);
    expect(refusal(ferries, '--ko', join(captures, 'harbour-ferries.two-paragraphs.ko.txt'))).toContain('has 2 paragraphs after its headline');
    expect(refusal(join(captures, 'no-such-file.txt'))).toContain('cannot read');
    expect(refusal()).toContain('usage: npm run article:import');
    expect(snapshot()).toEqual(before);

    // The seed's English text gains a paragraph its Korean translation lacks.
    const longer = join(project, 'longer.txt');
    writeFileSync(longer, `${read(root, 'tests/fixtures/seed/article.en.txt')}\n\nA fifth paragraph.\n`);
    expect(refusal(longer)).toMatch(/would not pass the content check[\s\S]*paragraphs\.p5: missing[\s\S]*import it again with --ko/);
    expect(snapshot()).toEqual(before);
  });
});

describe('writing', () => {
  it('writes every file or none: a failure leaves no target changed and no temporary file behind', () => {
    const before = snapshot();
    // The second target's folder is a file, so its temporary file cannot be written.
    writeFileSync(join(project, 'locales', 'blocked'), '');
    const files = new Map([
      [catalogFile('x'), '{}'],
      ['locales/blocked/x.json', '{}'],
    ]);
    expect(() => writeFilesAtomically(project, files)).toThrow();
    rmSync(join(project, 'locales', 'blocked'));
    expect(snapshot()).toEqual(before);
    expect(readdirSync(join(project, 'locales', 'catalog')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
