import { ImportError, lineError } from './importError.ts';
import { blocksOf } from './parseCapture.ts';

/**
 * A translation to import beside a capture (`--ko`): the headline on the first line, then the paragraphs in
 * the capture's order, separated by blank lines. Matched to the original by position, so the counts must be
 * equal: a missing or merged paragraph would otherwise pair every later one with the wrong original.
 */
export interface Translation {
  headline: string;
  paragraphs: string[];
}

export function parseTranslation(file: string, lines: readonly string[], originalFile: string, originalCount: number): Translation {
  const [headline, ...paragraphs] = blocksOf(lines);
  if (!headline) throw new ImportError(`${file} is empty: expected the headline on the first line, then the paragraphs`);
  if (headline.text.includes('\n')) throw lineError(file, headline.line, 'expected the headline on one line, followed by a blank line and the paragraphs');
  if (paragraphs.length !== originalCount) {
    throw new ImportError(
      `${file} has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'} after its headline, ${originalFile} has ${originalCount}: expected one translated paragraph per original, in the same order, separated by blank lines`,
    );
  }
  return { headline: headline.text.trim(), paragraphs: paragraphs.map((block) => block.text) };
}
