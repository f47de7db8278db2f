import { latencySummary, type LatencySummary } from './latency-summary.js';
import { spread, type Spread } from './spread.js';

/** Per-round latency statistics of one system, each as a spread over the rounds (ms). */
export interface LatencyRounds {
  median: Spread;
  p99: Spread;
  max: Spread;
  /** CPU time this process got over wall time, per round: below 1 it waited for the CPU (a shared machine). */
  cpuShare: Spread;
}

/**
 * Times every system on inputs 0..n−1, round after round, the systems taking turns within a round so
 * that the machine's noise falls on all of them alike. Each system first runs `warmup` inputs untimed,
 * so the JIT has settled before anything is timed.
 */
export function measureLatency(
  systems: Record<string, (input: number) => unknown>,
  n: number,
  rounds: number,
  warmup: number,
): Record<string, LatencyRounds> {
  const names = Object.keys(systems);
  let sink = 0;
  for (const name of names) for (let i = 0; i < Math.min(n, warmup); i++) if (systems[name](i) === undefined) sink++;
  const perRound = new Map(names.map((name) => [name, [] as (LatencySummary & { cpuShare: number })[]]));
  const times = new Float64Array(n);
  for (let r = 0; r < rounds; r++) {
    for (const name of names) {
      const run = systems[name];
      const cpu = process.cpuUsage();
      const wall = process.hrtime.bigint();
      for (let i = 0; i < n; i++) {
        const start = process.hrtime.bigint();
        if (run(i) === undefined) sink++; // keeps every result observable
        times[i] = Number(process.hrtime.bigint() - start) / 1e6;
      }
      const used = process.cpuUsage(cpu); // µs
      const cpuShare = ((used.user + used.system) * 1000) / Number(process.hrtime.bigint() - wall);
      perRound.get(name)!.push({ ...latencySummary(times), cpuShare });
    }
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(
    names.map((name) => {
      const rs = perRound.get(name)!;
      return [
        name,
        {
          median: spread(rs.map((r) => r.median)),
          p99: spread(rs.map((r) => r.p99)),
          max: spread(rs.map((r) => r.max)),
          cpuShare: spread(rs.map((r) => r.cpuShare)),
        },
      ];
    }),
  );
}
