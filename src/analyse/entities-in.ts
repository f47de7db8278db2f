import type { AnalysedArticle, Entity, Sentence } from './types.js';

/** The first and the end tokens of an article's entities, in the entity list's order (entityTokens). */
interface EntityTokens {
  starts: Int32Array;
  ends: Int32Array;
}
const TOKENS = new WeakMap<readonly Entity[], EntityTokens>();

/**
 * The entities' first and end tokens, in order, made once per article's entity list and kept while it is: the answer path
 * looks up the entities of every candidate sentence of every question, and a binary search over the entity objects
 * read one scattered object per step. With the per-sentence question flags of ranker-features.ts, answer() CPU per SQuAD 1x
 * question −1.5% (in-process A/B, 2,000 questions × 5, alternated, load ~7: near the noise). The ends beside the starts
 * (session 51) spare entitiesIn's loop reading each entity object of the sentence: it was 1.4% of answer()'s CPU (profile
 * of SQuAD 1x, warm), the entity objects' reads its most.
 */
function entityTokens(list: readonly Entity[]): EntityTokens {
  let found = TOKENS.get(list);
  if (!found) {
    found = { starts: Int32Array.from(list, (e) => e.tokenStart), ends: Int32Array.from(list, (e) => e.tokenEnd) };
    TOKENS.set(list, found);
  }
  return found;
}

/** The entities inside a sentence, in text order (the article's entities are sorted by token). */
export function entitiesIn(article: AnalysedArticle, sentence: Sentence): Entity[] {
  const list = article.entities;
  const { starts, ends } = entityTokens(list);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < sentence.tokenStart) lo = mid + 1;
    else hi = mid;
  }
  const out: Entity[] = [];
  for (let i = lo; i < list.length && starts[i] < sentence.tokenEnd; i++) {
    if (ends[i] <= sentence.tokenEnd) out.push(list[i]);
  }
  return out;
}

/**
 * Index of the first of `starts` (ascending token or character positions) at or after `offset`; `starts.length` when
 * none is: a binary search, as positions in an article are sorted. (entitiesIn keeps its own loop over an Int32Array: one
 * function fed both kinds of array would be polymorphic on the answer path.)
 */
export function firstTokenAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
