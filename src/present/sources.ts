import { articleRef } from '../answer/article-ref.js';
import type { ArticleRef } from '../answer/types.js';
import type { Coverage } from '../coverage/types.js';
import { plural, USER_MESSAGES } from '../user-messages.js';

export interface Source {
  article: ArticleRef;
  sentences: number;
}

/** The indexed articles in corpus order, for `/sources`. */
export function listSources(coverage: Coverage): Source[] {
  return coverage.articles.map((a) => ({ article: articleRef(a), sentences: a.sentences.length }));
}

/**
 * One numbered item per source, its second line indented to the title's column whatever the number's width ("10. "): a
 * list item's continuation lines stand at its content's column (CommonMark 0.30 §5.2, list items).
 */
export function renderSources(sources: readonly Source[]): string {
  return sources
    .map((s, i) => {
      const { title, id, outlet, published, url } = s.article;
      const about = [outlet ?? USER_MESSAGES.unknownOutlet, published ?? USER_MESSAGES.unknownDate, url ?? USER_MESSAGES.noLink];
      const marker = `${i + 1}. `;
      return `${marker}${title ?? id}\n${' '.repeat(marker.length)}${about.join(' · ')} · ${plural(s.sentences, 'sentence')}`;
    })
    .join('\n');
}
