import type { Edition } from '../../src/articles/edition.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { readContent } from '../../scripts/content/readContent.ts';

/** The seed article's editions, read and validated from locales/ as the build reads them. */
export const slug = 'dpk-leader-welcomes-us-n-korea-talks';
const { editions } = readContent(process.cwd());

export function editionIn(language: Language): Edition {
  const edition = editions.find((candidate) => candidate.language === language && candidate.slug === slug);
  if (!edition) throw new Error(`no ${language} edition of ${slug}`);
  return edition;
}
