/**
 * The scale targets (issue 15): the library page of 100 articles at most 30 KB gzip, and a build whose time
 * grows no worse than linearly with the number of articles.
 */
export const libraryTargetBytes = 30 * 1024;

/**
 * Linear growth means each article costs the build the same: the time per article added from 50 to 100
 * articles against the time per article added from 1 to 50. Above this ratio the build is flagged as
 * growing faster than linearly (the margin is for a shared machine's noise).
 */
export const maxGrowth = 1.25;

export interface Growth {
  /** Seconds per article added, over the first and the second interval. */
  perArticleEarly: number;
  perArticleLate: number;
  /** Late over early, or null when the early cost is not above zero (then noise decides any ratio). */
  ratio: number | null;
}

/** From (articles, seconds) at three sizes, ascending. */
export function growth(points: ReadonlyArray<readonly [articles: number, seconds: number]>): Growth {
  const [a, b, c] = points;
  if (!a || !b || !c) throw new Error('growth needs three sizes');
  const perArticleEarly = (b[1] - a[1]) / (b[0] - a[0]);
  const perArticleLate = (c[1] - b[1]) / (c[0] - b[0]);
  return { perArticleEarly, perArticleLate, ratio: perArticleEarly > 0 ? perArticleLate / perArticleEarly : null };
}
