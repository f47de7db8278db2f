/** Latencies of one round over a question set, in milliseconds. */
export interface LatencySummary {
  median: number;
  p99: number;
  max: number;
}

/** Sorts `times` in place and reads its median, 99th percentile and maximum. */
export function latencySummary(times: Float64Array): LatencySummary {
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p99: at(0.99), max: times[times.length - 1] };
}
