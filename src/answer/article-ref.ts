import type { AnalysedArticle } from '../analyse/types.js';
import type { ArticleRef } from './types.js';

/** What a citation shows of an article; an inferred publication date is marked "~2025-09". */
export function articleRef(article: AnalysedArticle): ArticleRef {
  const { title, outlet, published, publishedInferred, url } = article.meta;
  return { id: article.id, title, outlet, published: published !== null && publishedInferred ? `~${published}` : published, url };
}
