import { performance } from 'node:perf_hooks';

/** One figure a benchmark reports, with the target it must meet when there is one. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: 'ratio' | 'ms' | 'MB' | 'count' | 'requests/min';
  /** The figure passes when value <= target. */
  target?: number;
}

export interface BenchReport {
  bench: string;
  figures: BenchFigure[];
  notes?: string[];
}

export type Bench = () => Promise<BenchReport>;

/** Wall time of `fn` in milliseconds. */
export async function timeIt(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Interleaves the baseline and the candidate run by run, so a burst of load on this shared
 * machine hits both alike, and returns the ratio of their medians.
 */
export async function interleavedRatio(
  baseline: () => unknown,
  candidate: () => unknown,
  runs: number,
): Promise<{ baselineMs: number; candidateMs: number; ratio: number }> {
  const baselineTimes: number[] = [];
  const candidateTimes: number[] = [];
  for (let index = 0; index < runs; index++) {
    baselineTimes.push(await timeIt(baseline));
    candidateTimes.push(await timeIt(candidate));
  }
  const baselineMs = median(baselineTimes);
  const candidateMs = median(candidateTimes);
  return { baselineMs, candidateMs, ratio: candidateMs / baselineMs };
}
