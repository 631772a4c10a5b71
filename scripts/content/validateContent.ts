import * as z from 'zod/mini';
import { editionSchema, sectionIds, type Edition, type Paragraph } from '../../src/articles/edition.ts';
import { paragraphKeyPattern, slugPattern } from '../../src/articles/ids.ts';
import { isLanguage, languages, type Language } from '../../src/i18n/languages.ts';

/**
 * Turns the files under locales/ into validated article editions, or a list of problems that each name a
 * file and a key. Pure: it takes file contents, not paths on disk, so every failure is unit-testable.
 *
 *   locales/catalog/<slug>.json            facts about an article that no language owns
 *   locales/<lang>/articles/<slug>.json    headline and paragraphs in one language, same keys in both
 *   locales/<lang>/ui.json                 interface strings, same keys in both
 */

export type ContentFiles = ReadonlyMap<string, string>;

export interface Content {
  editions: Edition[];
  slugs: string[];
}

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const paragraphKey = z.string().check(z.regex(paragraphKeyPattern, 'paragraph keys are lowercase ids like "p1"'));
const nonEmptyText = z.string().check(z.refine((text) => text.trim() !== '', 'must not be empty'));

const catalogSchema = z.strictObject({
  originalLanguage: z.enum(languages),
  section: z.enum(sectionIds),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Paragraphs published on purpose in the original language only, per language. */
  untranslated: z.partialRecord(z.enum(languages), z.array(paragraphKey)),
});

const articleTextSchema = z.strictObject({
  headline: nonEmptyText,
  paragraphs: z.record(paragraphKey, nonEmptyText),
});

type Catalog = z.infer<typeof catalogSchema>;
type ArticleText = z.infer<typeof articleTextSchema>;

/** Where each source file lives under locales/ (where the prerender writes a page is src/routing/paths.ts). */
export const catalogFile = (slug: string): string => `locales/catalog/${slug}.json`;
export const articleTextFile = (language: Language, slug: string): string => `locales/${language}/articles/${slug}.json`;
export const uiFile = (language: Language): string => `locales/${language}/ui.json`;

export function validateContent(files: ContentFiles): Content {
  const problems: string[] = [];
  const parse = <T>(file: string, schema: z.ZodMiniType<T>): T | null => {
    const text = files.get(file);
    if (text === undefined) {
      problems.push(`${file}: file is missing`);
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.') || '(top level)';
      problems.push(`${file}: ${key}: ${issue.message}`);
    }
    return null;
  };

  checkUiParity(files, problems);

  const slugs: string[] = [];
  for (const file of [...files.keys()].sort()) {
    const catalogMatch = /^locales\/catalog\/([^/]+)\.json$/.exec(file);
    if (catalogMatch?.[1] !== undefined) {
      if (slugPattern.test(catalogMatch[1])) slugs.push(catalogMatch[1]);
      else problems.push(`${file}: file name must be a slug (lowercase letters, digits, single hyphens)`);
      continue;
    }
    const articleMatch = /^locales\/([^/]+)\/articles\/([^/]+)\.json$/.exec(file);
    if (!articleMatch?.[1] || articleMatch[2] === undefined) continue;
    if (!isLanguage(articleMatch[1])) {
      problems.push(`${file}: "${articleMatch[1]}" is not a supported language (${languages.join(', ')})`);
    } else if (!files.has(catalogFile(articleMatch[2]))) {
      problems.push(`${file}: no catalog entry for this article (expected ${catalogFile(articleMatch[2])})`);
    }
  }

  const editions: Edition[] = [];
  for (const slug of slugs) {
    const catalog = parse(catalogFile(slug), catalogSchema);
    const texts = new Map<Language, ArticleText | null>(
      languages.map((language) => [language, parse(articleTextFile(language, slug), articleTextSchema)]),
    );
    if (!catalog) continue;
    const original = texts.get(catalog.originalLanguage);
    if (!original) continue;
    for (const language of languages) {
      const text = texts.get(language);
      if (!text) continue;
      const edition = buildEdition(slug, language, catalog, original, text, problems);
      if (edition) editions.push(edition);
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { editions, slugs };
}

function buildEdition(
  slug: string,
  language: Language,
  catalog: Catalog,
  original: ArticleText,
  text: ArticleText,
  problems: string[],
): Edition | null {
  const file = articleTextFile(language, slug);
  const originalKeys = Object.keys(original.paragraphs);
  const declared = language === catalog.originalLanguage ? [] : (catalog.untranslated[language] ?? []);
  const before = problems.length;

  const declaredForOriginal = language === catalog.originalLanguage ? (catalog.untranslated[language] ?? []) : [];
  for (const key of declaredForOriginal) {
    problems.push(`${catalogFile(slug)}: untranslated.${language}: "${key}": ${language} is the original language; it has every paragraph`);
  }
  for (const key of declared) {
    if (!originalKeys.includes(key)) {
      problems.push(`${catalogFile(slug)}: untranslated.${language}: "${key}" is not a paragraph of ${articleTextFile(catalog.originalLanguage, slug)}`);
    } else if (key in text.paragraphs) {
      problems.push(`${catalogFile(slug)}: untranslated.${language}: "${key}" is declared untranslated but ${file} translates it`);
    }
  }
  for (const key of originalKeys) {
    if (!(key in text.paragraphs) && !declared.includes(key)) {
      problems.push(`${file}: paragraphs.${key}: missing (translate it, or list it under untranslated.${language} in ${catalogFile(slug)})`);
    }
  }
  for (const key of Object.keys(text.paragraphs)) {
    if (!originalKeys.includes(key)) {
      problems.push(`${file}: paragraphs.${key}: not a paragraph of the original ${articleTextFile(catalog.originalLanguage, slug)}`);
    }
  }
  if (problems.length > before) return null;

  const paragraphs: Paragraph[] = originalKeys.map((id) => {
    const translated = text.paragraphs[id];
    return translated !== undefined
      ? { id, text: translated, language, untranslated: false }
      : { id, text: original.paragraphs[id] ?? '', language: catalog.originalLanguage, untranslated: true };
  });
  const edition = editionSchema.safeParse({
    slug,
    language,
    originalLanguage: catalog.originalLanguage,
    section: catalog.section,
    publishedAt: catalog.publishedAt,
    updatedAt: catalog.updatedAt,
    headline: text.headline,
    paragraphs,
  });
  if (edition.success) return edition.data;
  for (const issue of edition.error.issues) problems.push(`${file}: ${issue.path.map(String).join('.')}: ${issue.message}`);
  return null;
}

/** Both UI bundles must offer the same keys, so no control is ever unlabeled in one language. */
function checkUiParity(files: ContentFiles, problems: string[]): void {
  const keySets = new Map<Language, Set<string>>();
  for (const language of languages) {
    const file = uiFile(language);
    const text = files.get(file);
    if (text === undefined) {
      problems.push(`${file}: file is missing`);
      continue;
    }
    try {
      keySets.set(language, new Set(flattenKeys(JSON.parse(text), file, problems)));
    } catch (error) {
      problems.push(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const [first, ...others] = languages;
  const reference = first && keySets.get(first);
  if (!first || !reference) return;
  for (const language of others) {
    const keys = keySets.get(language);
    if (!keys) continue;
    for (const key of reference) if (!keys.has(key)) problems.push(`${uiFile(language)}: ${key}: missing (present in ${uiFile(first)})`);
    for (const key of keys) if (!reference.has(key)) problems.push(`${uiFile(language)}: ${key}: not in ${uiFile(first)}`);
  }
}

export function flattenKeys(value: unknown, file: string, problems: string[], prefix = ''): string[] {
  if (typeof value === 'string') {
    if (value.trim() === '') problems.push(`${file}: ${prefix}: must not be empty`);
    return [prefix];
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${file}: ${prefix || '(top level)'}: must be a string or an object of strings`);
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, file, problems, prefix ? `${prefix}.${key}` : key));
}
