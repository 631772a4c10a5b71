/**
 * The reader's identifiers and their rules, in one place: the URL parser, the edition schema, the content
 * check, stored progress and the paging engine all import them, so a rule can never differ between them.
 */

/** An article's slug: lowercase words joined by single hyphens (`dpk-leader-welcomes-us-n-korea-talks`). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A paragraph key shared by both languages (`p3`): a lowercase id that is also a valid element id and URL
 * fragment, so `#p3` works as a plain anchor. Kept short so a hand-edited fragment cannot be huge.
 */
export const paragraphKeyPattern = /^[a-z][a-z0-9-]{0,63}$/;
/** The same rule without anchors, for patterns that embed a key (the URL fragment `#p3.120`). */
export const paragraphKeySource = '[a-z][a-z0-9-]{0,63}';

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}

export function isParagraphKey(value: string): boolean {
  return paragraphKeyPattern.test(value);
}

/**
 * An offset (UTF-16 code units) pulled inside a text of `length` units: from 0 to the last character.
 * Anything that is not a finite number means the start; fractions are cut to whole characters.
 */
export function clampOffset(offset: number, length: number): number {
  const whole = Number.isFinite(offset) ? Math.trunc(offset) : 0;
  return Math.min(Math.max(whole, 0), Math.max(0, length - 1));
}
