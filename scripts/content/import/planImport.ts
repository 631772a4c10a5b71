import { sectionIds } from '../../../src/articles/edition.ts';
import { isLanguage } from '../../../src/i18n/languages.ts';
import { articleTextFile, catalogFile, ContentError, validateContent, type ContentFiles } from '../validateContent.ts';
import { articleTextJson, catalogJson, keyedParagraphs, paragraphKeys, type CatalogEntry } from './articleFiles.ts';
import { ImportError } from './importError.ts';
import type { Capture } from './parseCapture.ts';
import type { Translation } from './parseTranslation.ts';
import { slugFromHeadline } from './slugFromHeadline.ts';

/**
 * What an import would write, decided before anything is written: pure, so every refusal is unit-tested.
 *
 * The article is the capture's English edition (the original), its catalog entry and its Korean edition:
 * - with a translation (`--ko`), the Korean text;
 * - without one, for a new article, a Korean edition that declares every paragraph untranslated (the
 *   catalog's `untranslated.ko`), whose headline is the English one: the reader's fallback, which shows the
 *   English text marked as not yet translated (see README, "Adding an article");
 * - without one, for an article already translated, the translation is left as it is.
 *
 * Refused unless `force`: a capture whose slug is taken by a different article (another posting time), and
 * a translation that would replace one somebody wrote or edited (a Korean edition other than the untranslated
 * placeholder, which differs from the one this import would write). The result must pass the content check
 * the build runs (validateContent.ts), with every other article, or nothing is written.
 */
export interface ImportRequest {
  capture: Capture;
  captureFile: string;
  translation: Translation | null;
  translationFile: string | null;
  /** Every file under locales/ today, by its path from the project root (as validateContent takes them). */
  existing: ContentFiles;
  force: boolean;
}

export interface ImportPlan {
  slug: string;
  /** Files whose content changes, by path from the project root; empty when the import changes nothing. */
  writes: Map<string, string>;
  /** Whether the Korean edition is the untranslated placeholder after this import. */
  untranslated: boolean;
}

/** The capture has no section line; the reader knows one section, the seed's (editorial). */
const [section] = sectionIds;

export function planImport(request: ImportRequest): ImportPlan {
  const { capture, captureFile, translation, existing, force } = request;
  const slug = slugFromHeadline(capture.headline);
  const keys = paragraphKeys(capture.paragraphs.length);
  const english = articleTextJson('en', { headline: capture.headline, paragraphs: keyedParagraphs(capture.paragraphs) });

  const previousCatalog = jsonObject(existing.get(catalogFile(slug)));
  const previousEnglish = jsonObject(existing.get(articleTextFile('en', slug)));
  const previousKorean = existing.get(articleTextFile('ko', slug));
  const sameArticle = previousCatalog === null || previousCatalog.publishedAt === capture.publishedAt;
  if (!sameArticle && !force) {
    throw new ImportError(
      `${captureFile}: the slug "${slug}" is taken by a different article (${catalogFile(slug)}, posted ${String(previousCatalog.publishedAt)}; this capture was posted ${capture.publishedAt}). Nothing was written. Run again with --force to replace it.`,
    );
  }

  const placeholder = articleTextJson('ko', { headline: capture.headline, paragraphs: {} });
  const previousPlaceholder = previousEnglish && articleTextJson('ko', { headline: String(previousEnglish.headline), paragraphs: {} });
  const keepsTranslation = sameArticle && previousKorean !== undefined && previousKorean !== previousPlaceholder && previousKorean !== placeholder;

  let korean: string;
  let untranslated: CatalogEntry['untranslated'];
  if (translation) {
    korean = articleTextJson('ko', { headline: translation.headline, paragraphs: keyedParagraphs(translation.paragraphs) });
    untranslated = {};
    if (keepsTranslation && previousKorean !== korean && !force) {
      throw new ImportError(
        `${request.translationFile ?? '--ko'}: ${articleTextFile('ko', slug)} holds a translation that differs from this one (edited since it was imported?). Nothing was written. Run again with --force to replace it.`,
      );
    }
  } else if (keepsTranslation) {
    korean = previousKorean;
    untranslated = untranslatedOf(previousCatalog);
  } else {
    korean = placeholder;
    untranslated = { ko: keys };
  }

  const catalog = catalogJson({ originalLanguage: 'en', section, publishedAt: capture.publishedAt, updatedAt: capture.updatedAt, untranslated });
  const planned = new Map([
    [articleTextFile('en', slug), english],
    [catalogFile(slug), catalog],
    [articleTextFile('ko', slug), korean],
  ]);
  const writes = new Map([...planned].filter(([file, text]) => existing.get(file) !== text));
  checkContent(new Map([...existing, ...writes]), keepsTranslation && !translation);
  return { slug, writes, untranslated: korean === placeholder };
}

/** The content check of the build, on the files as they would be after the import. */
function checkContent(files: ContentFiles, keptTranslation: boolean): void {
  try {
    validateContent(files);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const hint = keptTranslation ? '\nThe Korean translation already there was kept and no longer fits: import it again with --ko <translation.txt>.' : '';
    throw new ImportError(`the article would not pass the content check, so nothing was written:\n${error.problems.map((problem) => `  - ${problem}`).join('\n')}${hint}`);
  }
}

function jsonObject(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
  } catch {
    return null;
  }
}

/** The catalog's `untranslated` lists as they were (validateContent checks their shape). */
function untranslatedOf(catalog: Record<string, unknown> | null): CatalogEntry['untranslated'] {
  const value = catalog?.untranslated;
  if (typeof value !== 'object' || value === null) return {};
  const lists: CatalogEntry['untranslated'] = {};
  for (const [language, keys] of Object.entries(value)) {
    if (isLanguage(language) && Array.isArray(keys)) lists[language] = keys.map(String);
  }
  return lists;
}
