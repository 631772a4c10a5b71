import { defaultLanguage, isLanguage } from '../i18n/languages.ts';
import { notFoundPageFile } from '../routing/notFoundPageFile.ts';

/**
 * The not-found page a static host answers a path with (scripts/build/staticHost.ts), as a URL: the language
 * is the path's first segment as the app reads it, decoded.
 */
export function notFoundPageUrl(pathname: string): string {
  let first = '';
  try {
    first = decodeURIComponent(pathname).split('/').find((segment) => segment !== '') ?? '';
  } catch {
    // A stray `%`: no language, as on the host.
  }
  return `/${notFoundPageFile(isLanguage(first) ? first : defaultLanguage)}`;
}
