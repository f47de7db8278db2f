import type { ArticleRef } from '../answer/types.js';

/** "Sputnik, 2025-09-08 · "Title" · https://…", leaving out what is unknown; the article id when nothing is. */
export function citation(article: ArticleRef): string {
  const source = [article.outlet, article.published].filter(Boolean).join(', ');
  const parts = [source, article.title ? `"${article.title}"` : null, article.url].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : article.id;
}
