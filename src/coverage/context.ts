import { articleRef } from '../answer/article-ref.js';
import type { ArticleRef } from '../answer/types.js';
import type { Coverage } from './types.js';

export interface SentenceContext {
  before: string[];
  sentence: string;
  after: string[];
  article: ArticleRef;
}

/** The sentences around an excerpt (within its paragraph), by the excerpt's stable sentence id. */
export function sentenceContext(coverage: Coverage, sentenceId: string, radius = 2): SentenceContext | null {
  const cut = sentenceId.lastIndexOf(':');
  const article = coverage.byId.get(sentenceId.slice(0, cut));
  const ordinal = Number(sentenceId.slice(cut + 1));
  const sentence = article?.sentences[ordinal];
  if (!article || !sentence || sentence.id !== sentenceId) return null;
  const text = (i: number) => article.text.slice(article.sentences[i].start, article.sentences[i].end);
  const samePassage = (i: number) => article.sentences[i]?.passage === sentence.passage;
  const before: string[] = [];
  for (let i = ordinal - 1; i >= ordinal - radius && samePassage(i); i--) before.unshift(text(i));
  const after: string[] = [];
  for (let i = ordinal + 1; i <= ordinal + radius && samePassage(i); i++) after.push(text(i));
  return { before, sentence: text(ordinal), after, article: articleRef(article) };
}
