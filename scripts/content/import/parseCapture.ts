import { parseDateLine } from './captureDate.ts';
import { lineError } from './importError.ts';

/**
 * A capture of an English-edition article page, as plain text shaped like the seed
 * (tests/fixtures/seed/article.en.txt): blocks separated by blank lines, in this order:
 *
 *   Go to contents                          the skip link
 *   <headline>
 *   Posted January. 23, 2025 07:40,         (a comma and no-break spaces may follow)
 *   Updated January. 23, 2025 07:40
 *   한국어                                   the link to the Korean edition
 *   <paragraph>                             one or more, each kept verbatim
 *
 * Paragraph text is kept character for character; a paragraph that spans several lines keeps its line breaks.
 */
export interface Capture {
  headline: string;
  publishedAt: string;
  updatedAt: string;
  paragraphs: string[];
}

export interface Block {
  /** 1-based number of the block's first line. */
  line: number;
  text: string;
}

export const skipLinkLine = 'Go to contents';
export const koreanLinkLine = '한국어';

/** Non-blank runs of lines; a line of spaces (no-break ones too) is blank. */
export function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: { line: number; lines: string[] } | null = null;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') {
      if (current) blocks.push({ line: current.line, text: current.lines.join('\n') });
      current = null;
    } else if (current) current.lines.push(line);
    else current = { line: index + 1, lines: [line] };
  }
  if (current) blocks.push({ line: current.line, text: current.lines.join('\n') });
  return blocks;
}

export function parseCapture(file: string, lines: readonly string[]): Capture {
  const blocks = blocksOf(lines);
  const lastLine = lines.length;
  /** The block that should hold `what`, or a refusal naming where it should have been. */
  const at = (index: number, what: string): Block => {
    const block = blocks[index];
    if (!block) throw lineError(file, lastLine, `the capture ends here; expected ${what} after it`);
    return block;
  };

  const skip = at(0, 'the skip link line');
  if (skip.text.trim() !== skipLinkLine) throw lineError(file, skip.line, `expected the skip link line "${skipLinkLine}" (the capture starts at the top of the page)`);

  const headline = at(1, 'the headline');
  if (headline.text.startsWith('Posted ')) throw lineError(file, headline.line, 'expected the headline before the "Posted" line; the capture has no headline');
  if (headline.text.includes('\n')) throw lineError(file, headline.line, 'expected the headline on one line, followed by a blank line');

  const posted = at(2, 'the "Posted" date line');
  const publishedAt = parseDateLine('Posted', posted.text);
  if (!publishedAt.ok) throw lineError(file, posted.line, publishedAt.expected);

  const updated = at(3, 'the "Updated" date line');
  const updatedAt = parseDateLine('Updated', updated.text);
  if (!updatedAt.ok) throw lineError(file, updated.line, updatedAt.expected);
  if (Date.parse(updatedAt.iso) < Date.parse(publishedAt.iso)) {
    throw lineError(file, updated.line, 'the update time is before the posting time; expected it at or after the posting time');
  }

  const korean = at(4, `the "${koreanLinkLine}" link line`);
  if (korean.text.trim() !== koreanLinkLine) throw lineError(file, korean.line, `expected the "${koreanLinkLine}" link line (the link to the Korean edition)`);

  at(5, 'the article body (paragraphs separated by blank lines)');
  return {
    headline: headline.text.trim(),
    publishedAt: publishedAt.iso,
    updatedAt: updatedAt.iso,
    paragraphs: blocks.slice(5).map((block) => block.text),
  };
}
