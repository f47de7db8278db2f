/** Timeline topics: which sentences are about a topic, and which topics to offer when one matches nothing. */
import { indexTerms, isIndexed, termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Sentence } from '../analyse/types.js';
import { synonymsOf } from '../answer/question/related-words.js';
import { readQuestion } from '../answer/question/read-question.js';
import { ANSWER_DEFAULTS } from '../answer/defaults.js';
import type { Coverage } from '../coverage/types.js';
import { sentenceDates } from '../news-events/events.js';

export type SentenceFilter = (article: AnalysedArticle, sentence: Sentence) => boolean;

/**
 * Which sentences are about `topic`: the topic is read like a question (same analysis as the
 * articles), and a sentence qualifies when it holds at least `minShare` of the topic's idf weight. A
 * topic word absent from the sentence still counts at the expansion weight when one of its synonyms
 * is there, as in answering, but one word of the sentence stands in for one topic word only (a
 * one-to-one alignment): "telephone conversations" meets "phone calls" twice over, "talks" (a synonym
 * of both) once. A word the coverage never uses weighs as its rarest term (as in confidenceOf), so a
 * topic about something absent matches nothing. Null when the topic has no content word ("the", "?").
 */
export function topicFilter(coverage: Coverage, topic: string, minShare: number): SentenceFilter | null {
  const { own } = readQuestion(coverage.nlp, topic, null, [], ANSWER_DEFAULTS);
  if (own.length === 0) return null;
  const index = coverage.index.sentences;
  const rarest = Math.log(1 + (index.size + 0.5) / 0.5);
  const words = own
    .map((term) => ({ weight: index.df(term) > 0 ? index.idf(term) : rarest, term, synonyms: [...synonymsOf(term)].map(termOf) }))
    .sort((a, b) => b.weight - a.weight);
  const total = words.reduce((sum, w) => sum + w.weight, 0);
  return (article, sentence) => {
    const terms = new Set(indexTerms(article.tokens, sentence.tokenStart, sentence.tokenEnd));
    const standIns = new Set<string>();
    let found = 0;
    for (const w of words) {
      if (terms.has(w.term)) {
        found += w.weight;
        continue;
      }
      const standIn = w.synonyms.find((s) => terms.has(s) && !standIns.has(s));
      if (standIn === undefined) continue;
      standIns.add(standIn);
      found += w.weight * ANSWER_DEFAULTS.expansionWeight;
    }
    return found / total >= minShare;
  };
}

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
