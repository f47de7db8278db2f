/**
 * What one sentence's answer span is (AnswerSpan), what the ranker reads of it (SpanMatch, with what it was found from),
 * and the entities it is picked from: those of the expected types the question does not name, nearest to its words.
 */
import { termsOf } from '../../analyse/index-terms.js';
import type { AnalysedArticle, Entity, EntityType, Sentence } from '../../analyse/types.js';
import type { Quantity } from '../types.js';
import { firstTokenAt } from '../../analyse/entities-in.js';

/** A span of the article that answers the question: an entity of the expected type, or a reason clause. */
export interface AnswerSpan {
  start: number;
  end: number;
  entity: Entity | null;
}

/** How well a span's type fits the question: of the type's `strong` or its `weak` entities in EXPECTED_ENTITIES. */
export type SpanStrength = 'strong' | 'weak';

/**
 * What the ranker reads of one sentence's answer span, and how well its type fits; with what it was found from, of which
 * the shown span is made (shownSpanIn) for the few candidates shown.
 */
export interface SpanMatch {
  strength: SpanStrength;
  /**
   * Where the ranker reads the answer's place from (its `proximity` and `prepositionMatch`): the nearest entity of the
   * type, whether or not the question names it, as the shipped weights were fitted. The shown span may be another.
   */
  evidence: { start: number; end: number };
  found: Found;
}

/** What a match was found from: a span of its shape (PATTERN_SPANS), a quantity's entities, or the expected type's entities. */
export type Found =
  | { by: 'pattern'; span: AnswerSpan }
  | { by: 'quantity'; quantity: Quantity; candidates: Entity[]; pick: Entity; unit: RegExpExecArray | null }
  | { by: 'entity'; entities: readonly Entity[]; pool: Entity[]; nearest: Entity };

/** The entities of one of `types` that the question does not itself name; the cheap type test first. */
export function unnamedOfType(
  article: AnalysedArticle,
  entities: readonly Entity[],
  types: readonly EntityType[],
  own: ReadonlySet<string>,
): Entity[] {
  return entities.filter((e) => types.includes(e.type) && !namedInQuestion(article, e, own));
}

/** Whether every index term of the entity is one of the question's own terms: the question names it. */
export function namedInQuestion(article: AnalysedArticle, e: Entity, own: ReadonlySet<string>): boolean {
  const terms = termsOf(article.tokens);
  for (let i = e.tokenStart; i < e.tokenEnd; i++) {
    const term = terms[i];
    if (term !== null && !own.has(term)) return false;
  }
  return true;
}

/**
 * Whether the entity is one of `words` (lower case) written capitalised right after another word: a word of a name, for
 * the words news style writes in lower case inside a sentence (namesDay; SPELLED_NUMBER in quantity-span.ts).
 */
export function capitalisedAfterWord(text: string, e: Entity, words: RegExp): boolean {
  const written = text.slice(e.start, e.end);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(written) &&
    words.test(written.toLowerCase()) &&
    /[\p{L}\p{N}] $/u.test(text.slice(Math.max(0, e.start - 2), e.start))
  );
}

/** The entity closest to the words the question shares with the sentence; the first one on ties. */
export function nearestToMatches(
  article: AnalysedArticle,
  sentence: Sentence,
  entities: Entity[],
  own: ReadonlySet<string>,
): Entity | null {
  if (entities.length <= 1) return entities[0] ?? null;
  const matches: number[] = [];
  // Each token's index term, cached per article (termsOf): null where the token is not indexed.
  const terms = termsOf(article.tokens);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const term = terms[i];
    if (term !== null && own.has(term)) matches.push(i);
  }
  if (matches.length === 0) return entities[0];
  let best = entities[0];
  let bestDistance = Infinity;
  for (const e of entities) {
    // The matches are in token order: the nearest is the first at or after the entity's start (firstTokenAt's binary search)
    // or the one before it. Every match tried for every entity took 0.45 s a question over a page of five 95,000-character
    // sentences.
    const after = firstTokenAt(matches, e.tokenStart);
    let d = after > 0 ? e.tokenStart - matches[after - 1] : Infinity;
    if (after < matches.length) d = Math.min(d, matches[after] < e.tokenEnd ? 0 : matches[after] - e.tokenEnd + 1);
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}
