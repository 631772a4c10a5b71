import type { i18n } from 'i18next';
import type { Language } from '../i18n/languages.ts';
import { editionPath } from '../routing/paths.ts';
import { editionSchema, type Edition } from './edition.ts';

/**
 * Article editions live in the i18next resource store, one namespace per article, beside the UI strings.
 * They are fetched, never bundled: the main script stays the same size however many articles exist.
 */
export function articleNamespace(slug: string): string {
  return `article-${slug}`;
}

/** Bundles already checked, by identity: reading an edition on every render must not re-validate it. */
const checked = new WeakMap<object, Edition>();

export function readEdition(i18n: i18n, language: Language, slug: string): Edition | null {
  const stored: unknown = i18n.getResourceBundle(language, articleNamespace(slug));
  if (typeof stored !== 'object' || stored === null) return null;
  const known = checked.get(stored);
  if (known) return known;
  const parsed = editionSchema.safeParse(stored);
  if (!parsed.success) return null;
  checked.set(stored, parsed.data);
  return parsed.data;
}

/** Adds an edition that is already in hand (the prerender reads it from disk). */
export function storeEdition(i18n: i18n, edition: Edition): void {
  i18n.addResourceBundle(edition.language, articleNamespace(edition.slug), edition, false, true);
}

const inFlight = new Map<string, Promise<Edition | null>>();

/**
 * Loads one edition into the store, once: concurrent callers share the request. Resolves to null when the
 * article does not exist in that language (404) or the file is not a valid edition; network failures reject
 * so that the caller can offer a retry rather than a false "not found".
 */
export function loadEdition(i18n: i18n, language: Language, slug: string): Promise<Edition | null> {
  const present = readEdition(i18n, language, slug);
  if (present) return Promise.resolve(present);
  const key = `${language}/${slug}`;
  let request = inFlight.get(key);
  if (!request) {
    request = fetchEdition(language, slug).then((edition) => {
      if (edition) storeEdition(i18n, edition);
      return edition;
    });
    request.finally(() => inFlight.delete(key)).catch(() => undefined);
    inFlight.set(key, request);
  }
  return request;
}

async function fetchEdition(language: Language, slug: string): Promise<Edition | null> {
  const response = await fetch(editionPath(language, slug));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Loading ${editionPath(language, slug)} failed: HTTP ${response.status}`);
  const parsed = editionSchema.safeParse(await response.json());
  return parsed.success && parsed.data.language === language && parsed.data.slug === slug ? parsed.data : null;
}
