import type { Edition } from '../../src/articles/edition.ts';

/**
 * The link-preview card (og:image), 1200x630, as SVG: section and site name, the headline large enough to
 * read as a thumbnail, and the language (marked as a translation where it is one). Rendered to PNG by
 * previewImage.ts.
 */
export const cardSize = { width: 1200, height: 630 } as const;

export interface CardText {
  kicker: string;
  headline: string;
  footer: string;
}

const margin = 80;
const maxLines = 4;

/** Approximate advance widths in ems; exact metrics are not needed to wrap a headline into a box. */
function charWidth(char: string): number {
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u9fff]/.test(char)) return 1;
  if (char === ' ') return 0.28;
  if (/[A-Z]/.test(char)) return 0.68;
  if (/[a-z0-9]/.test(char)) return 0.52;
  return 0.34;
}

/** Wraps at spaces (Korean, too, breaks between words), returning the lines for a given font size. */
export function wrapHeadline(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const width = (value: string): number => [...value].reduce((sum, char) => sum + charWidth(char), 0) * fontSize;
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (char) => `&#${char.codePointAt(0)};`);
}

export function previewCardSvg(edition: Edition, text: CardText): string {
  const maxWidth = cardSize.width - 2 * margin;
  // The largest size (of a few) at which the headline fits in the lines available.
  const fontSize = [84, 76, 68, 60, 52].find((size) => wrapHeadline(text.headline, size, maxWidth).length <= maxLines - 1) ?? 48;
  const lines = wrapHeadline(text.headline, fontSize, maxWidth).slice(0, maxLines);
  const lineHeight = Math.round(fontSize * 1.22);
  const serif = edition.language === 'ko' ? "'Noto Serif CJK KR'" : "'Noto Serif CJK KR', 'DejaVu Serif'";
  const sans = "'Noto Sans CJK KR', 'DejaVu Sans'";
  const headlineTop = 250 - ((lines.length - 2) * lineHeight) / 2;
  const headline = lines
    .map((line, index) => `<text x="${margin}" y="${headlineTop + index * lineHeight}">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cardSize.width}" height="${cardSize.height}" viewBox="0 0 ${cardSize.width} ${cardSize.height}">
  <rect width="100%" height="100%" fill="#16304f"/>
  <rect x="0" y="0" width="16" height="100%" fill="#f4c95d"/>
  <text x="${margin}" y="112" font-family="${sans}" font-size="30" font-weight="700" letter-spacing="3" fill="#f4c95d">${escapeXml(text.kicker)}</text>
  <g font-family="${serif}" font-weight="700" font-size="${fontSize}" fill="#ffffff">${headline}</g>
  <line x1="${margin}" y1="520" x2="${cardSize.width - margin}" y2="520" stroke="#3d5a80" stroke-width="2"/>
  <text x="${margin}" y="572" font-family="${sans}" font-size="30" fill="#dbe4f0">${escapeXml(text.footer)}</text>
</svg>`;
}
