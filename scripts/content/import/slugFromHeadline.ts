import { isSlug } from '../../../src/articles/ids.ts';
import { ImportError } from './importError.ts';

/**
 * An article's slug, made from its English headline: lowercase ASCII words joined by hyphens, the form
 * src/articles/ids.ts requires (`DPK leader welcomes US-N. Korea talks` → `dpk-leader-welcomes-us-n-korea-talks`).
 * Accents are dropped (é → e), apostrophes join their word (`Trump's` → `trumps`, not `trump-s`), and every
 * other run of punctuation or spaces becomes one hyphen.
 */
export function slugFromHeadline(headline: string): string {
  const slug = headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!isSlug(slug)) throw new ImportError(`the headline "${headline}" makes no slug: expected it to hold Latin letters or digits`);
  return slug;
}
