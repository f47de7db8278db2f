import { entitiesIn } from '../analyse/entities-in.js';
import { isIndexed, termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Sentence } from '../analyse/types.js';
import { resolveDate } from '../dates/resolve-date.js';
import { namedDayStart } from '../dates/named-day.js';
import { clauseDirection } from '../dates/tense.js';

/** A date expression found in a sentence and what it resolves to against the article's publication date. */
export interface SentenceDate {
  /** Verbatim: `article.text.slice(start, end)`. */
  expression: string;
  start: number;
  end: number;
  /**
   * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null for a named day ("Black Friday") and when it is relative ("on Friday") and the
   * article has no publication date.
   */
  date: string | null;
}

/**
 * Any fixed reference date will do: an expression that resolves against it names a date relative to
 * publication ("last month"), while "this week" or "the summer" resolve against none and are left out.
 */
const PROBE_REFERENCE = '2000-06-15';

/**
 * The date expressions of a sentence: wink-nlp's DATE entities, resolved with resolveDate. wink's
 * entities were measured against chrono-node run over the whole sentence (test/news-events/events.test.ts):
 * chrono misses bare years ("in 2022") and reads durations as dates ("for about an hour", "within 24
 * hours"), so wink finds more of the dates and fewer wrong ones.
 */
export function sentenceDates(article: AnalysedArticle, sentence: Sentence): SentenceDate[] {
  const out: SentenceDate[] = [];
  for (const entity of entitiesIn(article, sentence)) {
    if (entity.type !== 'DATE') continue;
    // A named day ("Black Friday") is a date expression whose date a weekday's resolution would get wrong.
    const named = namedDayStart(article.tokens, sentence.tokenStart, entity.tokenStart);
    if (named >= 0) {
      const start = article.tokens.start[named];
      out.push({ expression: article.text.slice(start, entity.end), start, end: entity.end, date: null });
      continue;
    }
    const expression = article.text.slice(entity.start, entity.end);
    const direction = clauseDirection(article.tokens, sentence.tokenStart, sentence.tokenEnd, entity.tokenStart, entity.tokenEnd);
    const date = resolveDate(expression, article.meta.published, direction);
    if (date === null && resolveDate(expression, PROBE_REFERENCE) === null) continue;
    out.push({ expression, start: entity.start, end: entity.end, date });
  }
  return out;
}

/**
 * A sentence's index terms outside the given character spans (its date or its answer), the content that
 * sharedContent compares: two reports of one event share it, whatever date or figure each gives.
 */
export function contentTerms(
  article: AnalysedArticle,
  sentence: Sentence,
  outside: readonly { start: number; end: number }[],
): Set<string> {
  const { tokens } = article;
  const terms = new Set<string>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const inSpan = outside.some((s) => tokens.start[i] >= s.start && tokens.start[i] < s.end);
    if (!inSpan && isIndexed(tokens, i)) terms.add(termOf(tokens.lemma[i]));
  }
  return terms;
}

/**
 * How much two sentences say the same thing: the idf-weighted share of the lighter term set that the
 * other also holds, 0..1. Weighting by idf keeps the names every article of a coverage repeats from
 * making any two of its sentences look alike; a rewrite of the same report shares its rare terms.
 */
export function sharedContent(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: (term: string) => number): number {
  let weightA = 0;
  let weightB = 0;
  let shared = 0;
  for (const t of a) {
    const w = idf(t);
    weightA += w;
    if (b.has(t)) shared += w;
  }
  for (const t of b) weightB += idf(t);
  const lighter = Math.min(weightA, weightB);
  return lighter > 0 ? shared / lighter : 0;
}
