import type { AnalysedArticle, Entity, Sentence } from './types.js';

/** The entities inside a sentence, in text order (the article's entities are sorted by token). */
export function entitiesIn(article: AnalysedArticle, sentence: Sentence): Entity[] {
  const list = article.entities;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].tokenStart < sentence.tokenStart) lo = mid + 1;
    else hi = mid;
  }
  const out: Entity[] = [];
  for (let i = lo; i < list.length && list[i].tokenStart < sentence.tokenEnd; i++) {
    if (list[i].tokenEnd <= sentence.tokenEnd) out.push(list[i]);
  }
  return out;
}
