import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewImagePath } from '../../src/routing/paths.ts';
import { articleTextFile, catalogFile, type Content } from '../content/validateContent.ts';
import { cardFingerprint, cardForEdition, cardSourceKeyword } from './cardForEdition.ts';
import { readPngText } from './pngText.ts';
import { cardSize } from './previewCard.ts';

/** Size of a PNG, from its IHDR chunk (bytes 16–23), or null if the file is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Every edition needs its 1200x630 preview image in public/og/, drawn from the card the article's current
 * text makes (a fingerprint the generator stores in the PNG): a headline edited since would otherwise be
 * shared with the old one in every chat preview. Problems name the file.
 */
export function previewImageProblems(root: string, content: Content): string[] {
  const problems: string[] = [];
  for (const edition of content.editions) {
    const file = join('public', previewImagePath(edition.language, edition.slug));
    const path = join(root, file);
    if (!existsSync(path)) {
      problems.push(`${file}: missing link-preview image (run npm run og:images)`);
      continue;
    }
    const bytes = readFileSync(path);
    const size = pngSize(bytes);
    if (!size || size.width !== cardSize.width || size.height !== cardSize.height) {
      problems.push(`${file}: must be a ${cardSize.width}x${cardSize.height} PNG (run npm run og:images)`);
    } else if (readPngText(bytes, cardSourceKeyword) !== cardFingerprint(cardForEdition(edition))) {
      problems.push(`${file}: does not show the current headline (${articleTextFile(edition.language, edition.slug)}) or section and date (${catalogFile(edition.slug)}) (run npm run og:images)`);
    }
  }
  return problems;
}
