import { readArguments, UsageError } from '../src/entry.js';

export interface BenchOptions {
  /** Print the results as JSON (for tooling) instead of tables. */
  json: boolean;
  quick: boolean;
  /** SQuAD replication factors (1 = SQuAD v1.1 dev as is); the seeds are always measured. */
  scales: number[];
  /** Timed rounds per measurement; spreads are min / median / max over them. */
  rounds: number;
  /** Questions timed and scored per scale at most (evenly spaced through SQuAD); null = all. */
  questions: (scale: number) => number | null;
  /** Largest scale whose cold and warm starts are measured (a cold start analyses every sentence). */
  startMaxScale: number;
  squad: string;
  /** Sections to run (`--only startup,capacity`); all of BENCH_SECTIONS but `start` (part of `main`) when not given. */
  only: BenchSection[];
}

/**
 * `main`: build, memory, latency and quality on the seeds and SQuAD (bench/results.md); the others are issue 13's
 * operations figures, each also runnable alone: `start` (main's cold and warm start from the store, alone, at the
 * seeds and each of `--scales` up to startMaxScale), `startup` (event-loop pauses during a 10,000-article start-up, and
 * the REPL's first answers in fresh processes),
 * `capacity` (questions/s one process answers with p99 < 3 s), `store` (answer latency with the store frozen vs
 * healthy), `inputs` (the cost of inputs no article is: each refusal, and the largest input still read).
 */
const BENCH_SECTIONS = ['main', 'start', 'startup', 'capacity', 'store', 'inputs'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

const USAGE = [
  'usage: npm run bench -- [--quick] [--scales 1,10,100] [--json] [--squad PATH]',
  `  [--only ${BENCH_SECTIONS.join(',')}]`,
].join('\n');

/** The bench's command line (`--json`, `--quick`, `--scales 1,10,100`, `--squad PATH`, `--only …`); null after --help. */
export function readBenchOptions(defaultSquad: string): BenchOptions | null {
  const parsed = readArguments(
    {
      options: {
        json: { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        scales: { type: 'string' },
        squad: { type: 'string', default: defaultSquad },
        only: { type: 'string' },
      },
    },
    USAGE,
  );
  if (!parsed) return null;
  const { values } = parsed;
  const quick = values.quick;
  const scales = (values.scales ?? (quick ? '1' : '1,10,100')).split(',').map(Number);
  if (scales.some((s) => !Number.isInteger(s) || s < 1))
    throw new UsageError(`--scales takes whole numbers ≥ 1, got "${values.scales}"`, USAGE);
  const only = values.only === undefined ? BENCH_SECTIONS.filter((name) => name !== 'start') : values.only.split(',');
  const unknown = only.filter((name) => !(BENCH_SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new UsageError(`--only takes ${BENCH_SECTIONS.join(', ')}; got "${unknown.join(', ')}"`, USAGE);
  return {
    only: only as BenchSection[],
    json: values.json,
    quick,
    scales,
    rounds: quick ? 1 : 3,
    // At 100× (≈1M sentences) a fixed sample of 2,000 questions keeps the run to minutes.
    questions: (scale) => (quick ? 1000 : scale >= 100 ? 2000 : null),
    startMaxScale: quick ? 1 : 10,
    squad: values.squad,
  };
}
