import { editionSchema, type Edition } from '../../../src/articles/edition.ts';

/**
 * A longer article made from a real one: its paragraphs repeated `copies` times, renumbered p1..pN so the
 * keys stay unique as the paging engine requires. Generated at bench time; nothing this long is shipped.
 * It must be an edition the app accepts (the app shows nothing for one that fails the schema), so it is
 * checked against the same schema here, failing loudly.
 */
export function syntheticEdition(seed: Edition, copies: number): Edition {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a whole number from 1, not ${copies}`);
  const paragraphs = Array.from({ length: copies }, () => seed.paragraphs)
    .flat()
    .map((paragraph, index) => ({ ...paragraph, id: `p${index + 1}` }));
  return editionSchema.parse({ ...seed, paragraphs });
}

/** What the reader reads: headline and paragraph text, in UTF-16 code units like reading positions. */
export function charCount(edition: Edition): number {
  return edition.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, edition.headline.length);
}
