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
    hour: '2-digit',
    minute: '2-digit',
    // 24-hour time, as the publisher prints it ("07:40"); it also sidesteps day-period names, which differ
    // between ICU versions (Node's prerender and the reader's browser).
    hourCycle: 'h23',
    timeZone: 'Asia/Seoul',
    // Readers abroad need to know the time is Seoul's: "07:40 GMT+9".
    timeZoneName: 'short',
  }).format(new Date(isoTimestamp));
}

/** The day an article was posted, for the library's list: as above, without the time. */
export function formatArticleDay(isoTimestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Seoul' }).format(
    new Date(isoTimestamp),
  );
}
