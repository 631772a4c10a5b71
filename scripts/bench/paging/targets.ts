import { layoutTriggers, type LayoutTrigger } from './benchProtocol.ts';
import type { CaseResult } from './measure.ts';

/**
 * The targets from the issue. Missing one is reported, never an error: a benchmark measures, and a slow or
 * busy machine must not fail a run (tests assert behaviour, and time nothing).
 */
export const targets = {
  /** One frame at 60 Hz: a turn that takes longer drops a frame of its animation. */
  turnMs: 16,
  /** Re-layout (resize, rotation, font size, language) of the longest article. */
  longestLayoutMs: 100,
  /** Layout time may grow this much faster than the text before it counts as worse than linear. */
  growthTolerance: 1.2,
} as const;

export type Verdict = 'PASS' | 'OVER';

export const verdict = (ms: number, limit: number): Verdict => (ms < limit ? 'PASS' : 'OVER');

export interface Growth {
  trigger: LayoutTrigger;
  screen: CaseResult['screen'];
  language: CaseResult['language'];
  view: CaseResult['view'];
  fromCopies: number;
  toCopies: number;
  fromMs: number;
  toMs: number;
  /** toMs / fromMs, from layout medians. */
  ratio: number;
  /** The ratio if time grew exactly with length: toCopies / fromCopies. */
  linearRatio: number;
  verdict: Verdict;
}

/** How layout time grows from the second-longest article to the longest, per trigger, screen and language. */
export function layoutGrowth(results: readonly CaseResult[]): Growth[] {
  const sizes = [...new Set(results.map((r) => r.copies))].sort((a, b) => a - b);
  const toCopies = sizes.at(-1);
  const fromCopies = sizes.at(-2);
  if (toCopies === undefined || fromCopies === undefined) return [];
  const linearRatio = toCopies / fromCopies;
  return layoutTriggers.flatMap((trigger) =>
    results
      .filter((r) => r.copies === toCopies)
      .flatMap((to) => {
        const from = results.find((r) => r.copies === fromCopies && r.language === to.language && r.screen === to.screen && r.view === to.view);
        if (!from) return [];
        const [fromMs, toMs] = [from.layoutMs[trigger].median, to.layoutMs[trigger].median];
        const ratio = toMs / fromMs;
        const limit = linearRatio * targets.growthTolerance;
        return [{ trigger, screen: to.screen, language: to.language, view: to.view, fromCopies, toCopies, fromMs, toMs, ratio, linearRatio, verdict: verdict(ratio, limit) }];
      }),
  );
}
