import type { Coverage } from '../src/coverage/types.js';

/** Bytes of JSON a coverage saves to: its sentence index, and its articles' analysis records. */
export interface SavedSizes {
  indexBytes: number;
  analysisBytes: number;
}

export function savedSizes(coverage: Coverage): SavedSizes {
  let analysisBytes = 0;
  for (const article of coverage.articles) analysisBytes += Buffer.byteLength(JSON.stringify(article));
  return { indexBytes: Buffer.byteLength(JSON.stringify(coverage.index.sentences.toJSON())), analysisBytes };
}
