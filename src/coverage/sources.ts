import { articleRef } from '../answer/article-ref.js';
import type { ArticleRef } from '../answer/types.js';
import type { Coverage } from './types.js';

export interface Source {
  article: ArticleRef;
  sentences: number;
}

/** The indexed articles in corpus order, for `/sources`. */
export function listSources(coverage: Coverage): Source[] {
  return coverage.articles.map((a) => ({ article: articleRef(a), sentences: a.sentences.length }));
}
