import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';

/**
 * The font files the preview cards are drawn with (the faces previewCard.ts names): found through
 * fontconfig, as any program on the machine would find them, or listed in OG_FONT_FILES (separated by
 * the platform's path delimiter, `:` on Linux) where fontconfig is missing or should be bypassed.
 */
export const cardFaces = ['Noto Serif CJK KR:style=Bold', 'Noto Sans CJK KR:style=Bold', 'Noto Sans CJK KR:style=Regular'] as const;

export class CardFontError extends Error {
  override name = 'CardFontError';
}

const install = 'On Debian: apt-get install -y fonts-noto-cjk (or list the font files in OG_FONT_FILES)';

type FontMatcher = (pattern: string) => string;

/** fontconfig's best match for a pattern, as `family list|style|file`. */
const fcMatch: FontMatcher = (pattern) => execFileSync('fc-match', ['--format=%{family}|%{style}|%{file}', pattern], { encoding: 'utf8' });

/**
 * The file of each face. fontconfig always answers with its closest font, so an answer of another family
 * or style (DejaVu Sans, say, on a machine without Noto CJK) counts as missing.
 */
export function findCardFonts(env: NodeJS.ProcessEnv = process.env, match: FontMatcher = fcMatch): string[] {
  const listed = env.OG_FONT_FILES?.split(delimiter).filter(Boolean);
  if (listed && listed.length > 0) {
    const missing = listed.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new CardFontError(`OG_FONT_FILES names files that do not exist: ${missing.join(', ')}`);
    return listed;
  }
  const files: string[] = [];
  const missing: string[] = [];
  for (const face of cardFaces) {
    const [family = '', style = ''] = face.split(':style=');
    let answer: string;
    try {
      answer = match(face);
    } catch {
      throw new CardFontError(`fontconfig's fc-match could not be run to find the preview card fonts (${cardFaces.join(', ')}). ${install}`);
    }
    const [families = '', styles = '', file = ''] = answer.split('|');
    const found = families.split(',').includes(family) && styles.split(',').includes(style) && existsSync(file);
    if (found) files.push(file);
    else missing.push(face);
  }
  if (missing.length > 0) throw new CardFontError(`Fonts for the link-preview images not found: ${missing.join(', ')}. ${install}`);
  return files;
}
