/** Latencies of one round over a question set, in milliseconds. */
export interface LatencySummary {
  median: number;
  p99: number;
  max: number;
}

/** The value at quantile `q` (0..1) of sorted samples, by the nearest-rank rule; NaN when there are none. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Sorts `times` in place and reads its median, 99th percentile and maximum. */
export function latencySummary(times: Float64Array): LatencySummary {
  times.sort();
  return { median: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] };
}
