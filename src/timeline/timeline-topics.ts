import { isIndexed, termOf } from '../analyse/index-terms.js';
import type { Coverage } from '../coverage/types.js';
import { sentenceDates } from '../events/events.js';

/**
 * Topics a timeline can be asked about: the common nouns of the coverage's dated sentences, by the
 * number of those sentences that use them, ties in alphabetical order. Offered when a topic matches nothing.
 */
export function timelineTopics(coverage: Coverage, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const article of coverage.articles) {
    const { tokens } = article;
    for (const sentence of article.sentences) {
      if (sentenceDates(article, sentence).length === 0) continue;
      const nouns = new Set<string>();
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        if (tokens.pos[i] === 'NOUN' && isIndexed(tokens, i)) nouns.add(termOf(tokens.lemma[i]));
      }
      for (const n of nouns) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([noun]) => noun);
}
