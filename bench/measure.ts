/** What every bench measures with: elapsed time, spreads over rounds, latency rounds, memory after GC, the machine. */
import { cpus, loadavg, totalmem } from 'node:os';

/** Milliseconds since `start`, a `process.hrtime.bigint()` reading. */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** How a measurement varied over rounds. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[sorted.length >> 1], max: sorted[sorted.length - 1] };
}

/** Latencies of one round over a question set, in the unit they were timed in (ms; µs in index-scale.ts). */
export interface LatencySummary {
  median: number;
  p99: number;
  max: number;
}

/** The value at quantile `q` (0..1) of sorted samples, by the nearest-rank rule; NaN when there are none. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * The p-th percentile (p in 0..100) of sorted samples by the nearest-rank rule, the sample at rank ⌈p/100 · n⌉. It
 * differs from `quantile` (index ⌊q · n⌋) only where q · n is whole, where quantile takes the next sample up; the
 * Discord latency, capacity and frozen-store tables were measured with this one, so both stay until those benches run again.
 */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Sorts `times` in place and reads its median, 99th percentile and maximum. */
export function latencySummary(times: Float64Array): LatencySummary {
  times.sort();
  return { median: quantile(times, 0.5), p99: quantile(times, 0.99), max: times[times.length - 1] };
}

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

/** Process memory in bytes after full garbage collections. */
export interface MemoryReading {
  /** V8 heap in use plus ArrayBuffer backing stores (the typed arrays of an index live there). */
  heap: number;
  rss: number;
}

export function memoryAfterGc(): MemoryReading {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory is read after gc: run with node --expose-gc');
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
}

/** The machine and run a benchmark's numbers belong to. */
export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  /** Load average (1 min) when the run started: other work on a shared machine inflates every timing. */
  load: number;
  date: string;
  command: string;
}

export function machine(script: string): Machine {
  const flags = process.execArgv.join(' ');
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: Math.round(loadavg()[0] * 100) / 100,
    date: new Date().toISOString(),
    command: ['node', flags, script, ...process.argv.slice(2)].filter(Boolean).join(' '),
  };
}
