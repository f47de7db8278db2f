import type { Coverage } from '../src/coverage/types.js';
import { encodeAnalysis } from '../src/store/records/analysis-record.js';

/** Bytes of JSON a coverage saves to the store: its index (the index cache's record), and its articles' analysis records. */
export interface SavedSizes {
  indexBytes: number;
  analysisBytes: number;
}

export function savedSizes(coverage: Coverage): SavedSizes {
  let analysisBytes = 0;
  for (const article of coverage.articles) analysisBytes += Buffer.byteLength(JSON.stringify(encodeAnalysis(article)));
  return { indexBytes: Buffer.byteLength(JSON.stringify(coverage.index.toJSON(coverage.articles))), analysisBytes };
}
