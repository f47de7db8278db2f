import { articleRef } from '../answer/article-ref.js';
import type { ArticleRef } from '../answer/types.js';
import type { Coverage } from '../coverage/types.js';

export interface Source {
  article: ArticleRef;
  sentences: number;
}

/** The indexed articles in corpus order, for `/sources`. */
export function listSources(coverage: Coverage): Source[] {
  return coverage.articles.map((a) => ({ article: articleRef(a), sentences: a.sentences.length }));
}

export function renderSources(sources: readonly Source[]): string {
  return sources
    .map((s, i) => `${i + 1}. ${s.article.title ?? s.article.id}\n   ${[s.article.outlet ?? 'outlet unknown', s.article.published ?? 'date unknown', s.article.url ?? 'no link'].join(' · ')} · ${s.sentences} sentences`)
    .join('\n');
}
