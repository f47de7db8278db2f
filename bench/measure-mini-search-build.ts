import type MiniSearch from 'minisearch';
import { sentenceMiniSearch, type SentenceDoc } from '../eval/squad.js';
import { elapsedMs } from './elapsed-ms.js';
import { memoryAfterGc } from './memory-after-gc.js';
import { spread, type Spread } from './spread.js';

export interface MiniSearchBuild {
  ms: Spread;
  /** Sentences/s. */
  rate: Spread;
  /** What the index adds to the heap (its documents were there before), bytes. */
  bytes: number;
}

/** Times building the MiniSearch anchor over `docs`, `rounds` times; returns the last one built. */
export function measureMiniSearchBuild(docs: readonly SentenceDoc[], rounds: number): { build: MiniSearchBuild; miniSearch: MiniSearch } {
  const times: number[] = [];
  let miniSearch: MiniSearch | undefined;
  let before = 0;
  for (let r = 0; r < rounds; r++) {
    miniSearch = undefined;
    before = memoryAfterGc().heap;
    const start = process.hrtime.bigint();
    miniSearch = sentenceMiniSearch(docs);
    times.push(elapsedMs(start));
  }
  const bytes = memoryAfterGc().heap - before;
  return { build: { ms: spread(times), rate: spread(times.map((t) => docs.length / (t / 1000))), bytes }, miniSearch: miniSearch! };
}
