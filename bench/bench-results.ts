import type { Scores } from '../eval/squad.js';
import type { BenchOptions } from './bench-options.js';
import type { BuildMeasurement } from './measure-build.js';
import type { LatencyRounds } from './measure-latency.js';
import type { MiniSearchBuild } from './measure-mini-search-build.js';
import type { StartMeasurement } from './measure-start.js';
import type { Machine } from './machine.js';
import type { DiscordLatency } from './run-discord-latency.js';
import type { SavedSizes } from './saved-sizes.js';

export interface QuestionRun {
  /** Questions timed and scored; fewer than SQuAD's all when sampled. */
  questions: number;
  sampled: boolean;
  /** k of the retrieval-only search (the sentence candidates answer() takes). */
  k: number;
  answer: LatencyRounds;
  retrieval: LatencyRounds;
  miniSearch: LatencyRounds;
  ours: Scores;
  miniSearchScores: Scores;
}

/** Everything measured on one corpus. */
export interface CorpusResult {
  corpus: string;
  /** SQuAD replication factor; null for the seeds. */
  scale: number | null;
  build: BuildMeasurement;
  saved: SavedSizes;
  miniSearch: MiniSearchBuild | null;
  run: QuestionRun | null;
  start: StartMeasurement[];
}

export interface BenchResults {
  machine: Machine;
  options: Omit<BenchOptions, 'questions'>;
  corpora: CorpusResult[];
  /** Interaction → reply on the loopback Discord fake; null when not measured (see notes). */
  discord: DiscordLatency | null;
  notes: string[];
}
