/** The two figures the bench reports for a set of timings. */
export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile: always a time that was actually measured, never an interpolation. */
export function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? percentile(sorted, 0.5) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return { median, p95: percentile(sorted, 0.95), runs: sorted.length };
}
