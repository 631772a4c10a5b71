import { layoutTriggers, type LayoutTrigger, type Repetitions } from './benchProtocol.ts';
import type { CaseResult, Plan, Timings } from './measure.ts';
import { summarize } from '../common/stats.ts';
import { table } from '../common/table.ts';
import { otherLanguage } from '../../../src/i18n/languages.ts';
import { targets, verdict, type Growth } from './targets.ts';

/** What `npm run bench` prints (formatReport) and writes to bench-results/paging.json (all of it). */
export interface BenchReport {
  createdAt: string;
  browser: string;
  /** Other work on the machine slows the browser: the load average says how much there was. */
  machine: { cpus: number; loadAverageBefore: number; loadAverageAfter: number };
  plan: Plan;
  targets: typeof targets;
  results: CaseResult[];
  growth: Growth[];
}

const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1);
const count = (value: number): string => value.toLocaleString('en-US');
const screenName = (screen: CaseResult['screen']): string => `${screen.width}x${screen.height}`;
/** `en`, or `en+ko` for both languages with English first. */
const readIn = ({ language, view }: Pick<CaseResult, 'language' | 'view'>): string => (view === 'both' ? `${language}+${otherLanguage(language)}` : language);
const triggerName: Record<LayoutTrigger, string> = { resize: 'resize', textSize: 'text size' };

/** The most paragraphs React re-rendered for one input of the set (a turn should re-render none). */
const mostParagraphsRendered = (timings: Timings): number => Math.max(0, ...timings.samples.map((sample) => sample.paragraphsRendered));

/** The median time until the input's event handlers had returned (for a turn: before React renders). */
const handlersMedian = (timings: Timings): number =>
  summarize(timings.samples.flatMap((sample) => (sample.handlersMs === null ? [] : [sample.handlersMs]))).median;

/** A figure with its verdict when a target applies to it, else the figure alone. */
function judged(value: number | undefined, limit: number | null): string {
  if (value === undefined) return 'n/a';
  return limit === null ? ms(value) : `${ms(value)} ${verdict(value, limit)}`;
}

function caseRow(result: CaseResult, longest: number): string[] {
  const layoutLimit = result.copies === longest ? targets.longestLayoutMs : null;
  const layout = (trigger: LayoutTrigger): string[] => [
    judged(result.layoutMs[trigger].median, layoutLimit),
    judged(result.layoutMs[trigger].p95, layoutLimit),
  ];
  const turn = (pick: (timings: Timings) => number): string => judged(result.turnMs ? pick(result.turnMs) : undefined, targets.turnMs);
  const rendered = result.turnMs ? count(mostParagraphsRendered(result.turnMs)) : 'n/a';
  const handlers = result.turnMs ? ms(handlersMedian(result.turnMs)) : 'n/a';
  return [
    screenName(result.screen),
    readIn(result),
    `${result.copies}x`,
    count(result.paragraphs),
    count(result.chars),
    count(result.pages),
    ...layout('resize'),
    ...layout('textSize'),
    turn((t) => t.median),
    turn((t) => t.p95),
    handlers,
    rendered,
  ];
}

function growthRow(growth: Growth): string[] {
  const limit = growth.linearRatio * targets.growthTolerance;
  return [
    screenName(growth.screen),
    readIn(growth),
    triggerName[growth.trigger],
    `${ms(growth.fromMs)} -> ${ms(growth.toMs)}`,
    `x${growth.ratio.toFixed(2)} ${growth.verdict}`,
    `(linear: x${growth.linearRatio.toFixed(1)}; target < x${limit.toFixed(1)})`,
  ];
}

/** Layouts should re-render no paragraph either: said only when one did, once per trigger. */
function layoutRenders(results: readonly CaseResult[]): string[] {
  return layoutTriggers.flatMap((trigger) => {
    const counts = results.map((result) => mostParagraphsRendered(result.layoutMs[trigger])).filter((most) => most > 0);
    if (counts.length === 0) return [];
    return [`${triggerName[trigger]}: paragraphs re-rendered in ${counts.length} of ${results.length} rows (up to ${count(Math.max(...counts))} in one input)`];
  });
}

export function formatReport({ browser, machine, plan, results, growth }: BenchReport): string {
  const longest = Math.max(...results.map((r) => r.copies));
  const layoutTarget = `${longest}x < ${targets.longestLayoutMs}`;
  const turnTarget = `< ${targets.turnMs}`;
  const header = ['screen', 'lang', 'size', 'paras', 'chars', 'pages', 'resize med', 'resize p95', 'text size med', 'text size p95', 'turn med', 'turn p95', 'keydown med', '¶ re-rendered'];
  const targetRow = ['', '', '', '', '', 'target:', layoutTarget, layoutTarget, layoutTarget, layoutTarget, turnTarget, turnTarget, '', '0'];
  const sizes = growth[0] ? `${growth[0].fromCopies}x -> ${growth[0].toCopies}x` : '';
  const runs = (repetitions: Repetitions): string =>
    `${plan.rounds * repetitions.measured} in ${plan.rounds} rounds, each after ${repetitions.warmUp} warm-up`;
  const load = `${machine.loadAverageBefore.toFixed(1)} before, ${machine.loadAverageAfter.toFixed(1)} after`;
  return [
    `Paging benchmark, Chromium ${browser}, ${machine.cpus} CPUs, load average ${load}.`,
    `The real app (React production build) reading the article; milliseconds from a reader's input until the`,
    `app is done with it: the engine's layout or turn, the browser's layout inside it, React's re-render and commit:`,
    `  resize: the reading view 1 px smaller or back (${runs(plan.layouts)})`,
    `  text size: a click on A+ or A- in the settings menu (${runs(plan.layouts)})`,
    `  turn: an ArrowRight or ArrowLeft key press (${runs(plan.turns)}; n/a: the article fits on one page)`,
    `  keydown: of a turn, until the key press's handlers returned (the engine's turn, before React renders)`,
    `  ¶ re-rendered: the most paragraphs React re-rendered in one turn`,
    `  lang en+ko: both languages, English first, paired by paragraph (side by side at 1440x900, interleaved at 390x844)`,
    '',
    table([header, targetRow, ...results.map((result) => caseRow(result, longest))]),
    ...layoutRenders(results),
    '',
    `Layout time growth, medians, ${sizes}:`,
    table(growth.map(growthRow)),
  ].join('\n');
}
