import { analyseArticle } from '../../src/analyse/analyse-article.js';
import type { Nlp } from '../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { resolveMetadata } from '../../src/clean/metadata/metadata.js';
import type { ArticleMeta } from '../../src/corpus/types.js';

/** The metadata of an article nothing states anything about: what the cleaner resolves from no layers. */
export const NO_META: ArticleMeta = resolveMetadata([]);

/** An article of sentences written for a test, analysed as the seeds are; `meta` states what its page would. */
export function writtenArticle(nlp: Nlp, id: string, text: string, meta: Partial<ArticleMeta> = {}): AnalysedArticle {
  return analyseArticle(nlp, { id, hash: id, meta: { ...NO_META, ...meta }, text });
}
