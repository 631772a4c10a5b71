import * as z from 'zod/mini';
import type { Language } from '../i18n/languages.ts';
import { readStored, removeStored, writeStored } from '../lib/safeStorage.ts';
// A type and its guard only: the view is the route's, and continuing brings the reader back in it.
import { defaultView, isView, type View } from '../routing/view.ts';
import { paragraphKeyPattern } from './ids.ts';
import type { Position } from './position.ts';

/**
 * "Continue reading": the last position in each article, kept on this device. Stored with its language,
 * since an offset counts characters of one language's text, and the view it was read in.
 */
interface StoredPosition extends Position {
  language: Language;
  view: View;
}

const keyFor = (slug: string): string => `reader:position:${slug}`;

export function rememberPosition(slug: string, language: Language, position: Position, view: View = defaultView): void {
  const stored: StoredPosition = { language, paragraph: position.paragraph, offset: position.offset, view };
  writeStored(keyFor(slug), JSON.stringify(stored));
}

/** At the start of the article there is nothing to continue. */
export function forgetPosition(slug: string): void {
  removeStored(keyFor(slug));
}

/**
 * The remembered position for reading in `language`, or null. Remembered in the other language, it resumes
 * at the start of the same paragraph (the paragraph keys are shared; character offsets are not).
 */
export function recallPosition(slug: string, language: Language): Position | null {
  const parsed = recall(slug);
  if (!parsed) return null;
  const { paragraph, offset, language: storedIn } = parsed;
  return { paragraph, offset: storedIn === language ? Math.max(0, Math.trunc(offset)) : 0 };
}

/** The view the remembered position was read in; null when nothing is remembered or it predates views. */
export function recallView(slug: string): View | null {
  const view = recall(slug)?.view;
  return isView(view) ? view : null;
}

function recall(slug: string): z.infer<typeof storedPositionSchema> | null {
  const parsed = storedPositionSchema.safeParse(parseJson(readStored(keyFor(slug))));
  return parsed.success ? parsed.data : null;
}

/**
 * What storage may hold: anything (an older format, another tab's junk, a hand edit). A usable paragraph key
 * is required; an offset that is not a finite number means the paragraph's start.
 */
const storedPositionSchema = z.object({
  paragraph: z.string().check(z.regex(paragraphKeyPattern)),
  offset: z.catch(z.number(), 0),
  language: z.optional(z.unknown()),
  view: z.optional(z.unknown()),
});

function parseJson(raw: string | null): unknown {
  try {
    return JSON.parse(raw ?? '');
  } catch {
    return null;
  }
}
