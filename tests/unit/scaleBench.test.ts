import { describe, expect, it } from 'vitest';
import { buildTimeLine, cpuSecondsIn } from '../../scripts/build/buildTime.ts';
import { growth } from '../../scripts/bench/scale/targets.ts';

describe('what the scale benchmark reads from a build', () => {
  it("finds the CPU seconds in the build's last line, among the rest of its output", () => {
    const line = buildTimeLine(12.34, { user: 9_500_000, system: 1_250_000 });
    expect(line).toBe('build took 12.3 s, 10.8 s of CPU');
    expect(cpuSecondsIn(`vite v8 building…\nprecompressed 16 files\n${line}\n`)).toBe(10.8);
    expect(cpuSecondsIn('precompressed 16 files\n')).toBeNull();
  });
});

describe('growth of the build time with the number of articles', () => {
  it('compares the cost per article added over the second interval with the first', () => {
    expect(growth([[1, 10], [50, 59], [100, 109]])).toEqual({ perArticleEarly: 1, perArticleLate: 1, ratio: 1 });
    expect(growth([[1, 10], [50, 59], [100, 209]]).ratio).toBe(3);
  });

  it('gives no ratio when the first interval cost nothing measurable', () => {
    expect(growth([[1, 10], [50, 9], [100, 20]]).ratio).toBeNull();
  });
});
