/**
 * The build's last line: how long it took, on the clock and on the CPU (every thread of the process: Vite's
 * bundler, the prerender, the image drawing, the compression). The CPU figure hardly moves with other work
 * on the machine, which makes the wall-clock one swing by a factor of two on a shared one; the scale
 * benchmark reads it (scripts/bench/scale/).
 */
export function buildTimeLine(wallSeconds: number, cpu: NodeJS.CpuUsage): string {
  return `build took ${wallSeconds.toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU`;
}

/** The CPU seconds in a build's output, or null if it has no such line. */
export function cpuSecondsIn(output: string): number | null {
  const match = /^build took [\d.]+ s, ([\d.]+) s of CPU$/m.exec(output);
  return match?.[1] === undefined ? null : Number(match[1]);
}
