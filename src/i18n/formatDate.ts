import type { Language } from './languages.ts';

/**
 * Formats an article timestamp for a reader, in the newsroom's own time zone (Seoul) so the time printed
 * is the one the paper printed, whatever the reader's zone. Intl supplies month names and word order for
 * each language; nothing is hand-written.
 */
export function formatArticleDate(isoTimestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Asia/Seoul',
    // Readers abroad need to know the time is Seoul's: "7:40 AM GMT+9".
    timeZoneName: 'short',
  }).format(new Date(isoTimestamp));
}
