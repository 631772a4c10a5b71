import * as z from 'zod/mini';
import { parsePageIndicator, positionInHref, type PageState } from '../fixtures.ts';
import { defineVisiblePage, measureLines, positionShows, settleTurn, type LineVisibility, type TextPosition } from '../inPageMeasures.ts';
import { measurePairLayout, measurePairSides, type PairLayout, type PairSides } from '../pairLayout.ts';
import { expect } from './fixture.ts';
import type { EngineDriver, ViewportSize } from './driver.ts';
import { inPage } from './inPage.ts';

/**
 * What the cross-engine checks read and do in the reader, through any engine's driver: the same
 * measurements as the Chromium-only specs (tests/e2e/inPageMeasures.ts, tests/e2e/pairLayout.ts), run as
 * source text.
 */

export const sizeName = ({ width, height }: ViewportSize): string => `${width}x${height}`;

/** Opens a reader URL and waits until the paging engine has laid the article out. */
export async function openReader(driver: EngineDriver, path: string, size: ViewportSize): Promise<void> {
  await driver.open(path, size);
  await expect
    .poll(() => inPage(driver, () => document.querySelector('.reader[data-paged]') !== null, undefined, z.boolean()), {
      message: `${driver.engine}: the reader is paged at ${sizeName(size)}`,
    })
    .toBe(true);
}

export async function pageState(driver: EngineDriver): Promise<PageState> {
  return parsePageIndicator(await inPage(driver, () => document.querySelector('.page-indicator')?.textContent ?? '', undefined, z.string()));
}

/** Waits for a page turn to finish (see `settleTurn`). */
export async function settle(driver: EngineDriver): Promise<void> {
  await inPage(driver, settleTurn, undefined, z.unknown());
}

const lineVisibility = z.object({ visible: z.array(z.string()), cut: z.array(z.string()), hiddenCount: z.number() });

/** Where each line of article text is relative to the visible page (see `measureLines`). */
export async function lines(driver: EngineDriver): Promise<LineVisibility> {
  await inPage(driver, defineVisiblePage, undefined, z.unknown());
  return inPage(driver, measureLines, undefined, lineVisibility);
}

/** Whether the character at a position is on the page the reader sees. */
export async function shows(driver: EngineDriver, position: TextPosition): Promise<boolean> {
  await inPage(driver, defineVisiblePage, undefined, z.unknown());
  return inPage(driver, positionShows, position, z.boolean());
}

/** The position the page's URL records. */
export async function positionInUrl(driver: EngineDriver): Promise<TextPosition> {
  return positionInHref(await inPage(driver, () => location.href, undefined, z.string()));
}

export async function documentLanguage(driver: EngineDriver): Promise<string> {
  return inPage(driver, () => document.documentElement.lang, undefined, z.string());
}

const pairLayoutFacts = z.object({ layout: z.nullable(z.string()), pairs: z.number(), continued: z.number(), problems: z.array(z.string()) });

/** The both-languages view's pairs, measured over the whole article (see `measurePairLayout`). */
export async function pairLayout(driver: EngineDriver, pageCount: number): Promise<PairLayout> {
  return inPage(driver, measurePairLayout, pageCount, pairLayoutFacts);
}

const pairSides = z.object({ all: z.array(z.string()), shown: z.array(z.string()) });

/** Which sides of which pairs the page shown holds (see `measurePairSides`). */
export async function pairSidesShown(driver: EngineDriver): Promise<PairSides> {
  await inPage(driver, defineVisiblePage, undefined, z.unknown());
  return inPage(driver, measurePairSides, undefined, pairSides);
}
