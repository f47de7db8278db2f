import type { AnalysedArticle } from '../analyse/types.js';
import type { ArticleRef } from './types.js';

export function articleRef(article: AnalysedArticle): ArticleRef {
  const { title, outlet, published, url } = article.meta;
  return { id: article.id, title, outlet, published, url };
}
