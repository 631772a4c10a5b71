import type { Edition } from './edition.ts';
import { clampOffset } from './ids.ts';

/**
 * The reading position: the one currency shared by the URL, the language switch, resize and storage.
 * A paragraph key (the same in both languages) plus an offset, in UTF-16 code units, into that paragraph's
 * text in the language being read. Never a page number: pages depend on the screen, text does not.
 */
export interface Position {
  paragraph: string;
  offset: number;
}

export function startOf(edition: Edition): Position {
  return { paragraph: edition.paragraphs[0]?.id ?? '', offset: 0 };
}

/**
 * Makes any position valid for this edition: an unknown paragraph means "from the start",
 * an offset outside the paragraph is pulled back inside it. Shared links and stored positions go
 * through here, so a stale or hand-edited link still opens the article.
 */
export function clampPosition(position: Position | null, edition: Edition): Position {
  const paragraph = position && edition.paragraphs.find((p) => p.id === position.paragraph);
  if (!position || !paragraph) return startOf(edition);
  return { paragraph: paragraph.id, offset: clampOffset(position.offset, paragraph.text.length) };
}

/**
 * Carries a position into the other language's edition. Paragraph keys are shared, so the paragraph is
 * exact; inside it the offset moves proportionally, since a sentence sits at about the same fraction of
 * a paragraph in a faithful translation.
 */
export function positionInEdition(position: Position, from: Edition, to: Edition): Position {
  const source = from.paragraphs.find((p) => p.id === position.paragraph);
  const target = to.paragraphs.find((p) => p.id === position.paragraph);
  if (!source || !target) return clampPosition(position, to);
  const fraction = source.text.length > 1 ? position.offset / (source.text.length - 1) : 0;
  return clampPosition({ paragraph: target.id, offset: Math.round(fraction * (target.text.length - 1)) }, to);
}

/**
 * Where a link to the other language goes while that edition is not at hand: the same paragraph's start
 * (the keys are shared; the offset is only exact within its own language's text).
 */
export function paragraphStart(position: Position): Position {
  return { paragraph: position.paragraph, offset: 0 };
}

export function samePosition(a: Position | null, b: Position | null): boolean {
  return a === b || (a !== null && b !== null && a.paragraph === b.paragraph && a.offset === b.offset);
}

/**
 * The position as the URL and storage keep it: null at the very start of the article, where the plain URL
 * is the one people expect to see and share, and where there is nothing to continue.
 */
export function positionToKeep(position: Position, edition: Edition): Position | null {
  const start = startOf(edition);
  return samePosition(position, start) ? null : position;
}
