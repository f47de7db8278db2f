import { entitiesIn } from '../analyse/entities-in.js';
import { isIndexed, termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity, EntityType, Sentence } from '../analyse/types.js';
import { EXPECTED_ENTITIES } from './answer-type.js';
import type { AnswerType } from './types.js';

/** A span of the article that answers the question: an entity of the expected type, or a reason clause. */
export interface AnswerSpan {
  start: number;
  end: number;
  entity: Entity | null;
}

/** The span found in one sentence, and how well its type fits: `strong` and `weak` as in EXPECTED_ENTITIES. */
export interface SpanMatch {
  span: AnswerSpan;
  strength: 'strong' | 'weak';
}

/**
 * Connectives that introduce the answer to a why-question: Penn Discourse Treebank's "cause" senses,
 * then its "condition" sense ("if"), which news reports use for what would bring an event about.
 */
const CAUSAL = ['because', 'due to', 'since', 'so that', 'in order to', 'as a result of', 'owing to', 'thanks to', 'aimed at', 'aiming to', 'to avoid', 'in response to', 'if'];
/** Each connective as a whole-word pattern, compiled once. */
const CAUSAL_PATTERNS = CAUSAL.map((cue) => new RegExp(`\\b${cue}\\b`));

/**
 * The answer span of one sentence for a question of `answerType` whose own terms are `own`: for a
 * why-question the reason clause; otherwise the entity of the expected type that the question does not
 * itself name, nearest to the words the question shares with the sentence (a weaker type when no
 * strong one is there). Null when the sentence holds none.
 */
export function answerSpanIn(article: AnalysedArticle, sentence: Sentence, answerType: AnswerType, own: ReadonlySet<string>): SpanMatch | null {
  if (answerType === 'reason') {
    const span = reasonSpan(article.text.slice(sentence.start, sentence.end), sentence.start);
    return span ? { span, strength: 'strong' } : null;
  }
  const expected = EXPECTED_ENTITIES[answerType];
  if (expected.strong.length === 0) return null;
  const entities = entitiesIn(article, sentence);
  const strong = unnamedOfType(article, entities, expected.strong, own);
  const pick = nearestToMatches(article, sentence, strong.length > 0 ? strong : unnamedOfType(article, entities, expected.weak, own), own);
  if (!pick) return null;
  return { span: { start: pick.start, end: pick.end, entity: pick }, strength: strong.length > 0 ? 'strong' : 'weak' };
}

/** The entities of one of `types` that the question does not itself name; the cheap type test first. */
function unnamedOfType(article: AnalysedArticle, entities: readonly Entity[], types: readonly EntityType[], own: ReadonlySet<string>): Entity[] {
  return entities.filter((e) => types.includes(e.type) && !namedInQuestion(article, e, own));
}

function namedInQuestion(article: AnalysedArticle, e: Entity, own: ReadonlySet<string>): boolean {
  for (let i = e.tokenStart; i < e.tokenEnd; i++) {
    if (isIndexed(article.tokens, i) && !own.has(termOf(article.tokens.lemma[i]))) return false;
  }
  return true;
}

/** The entity closest to the words the question shares with the sentence; the first one on ties. */
function nearestToMatches(article: AnalysedArticle, sentence: Sentence, entities: Entity[], own: ReadonlySet<string>): Entity | null {
  if (entities.length <= 1) return entities[0] ?? null;
  const matches: number[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // The rare question term first: most tokens are then decided without isIndexed.
    if (own.has(termOf(article.tokens.lemma[i])) && isIndexed(article.tokens, i)) matches.push(i);
  }
  if (matches.length === 0) return entities[0];
  let best = entities[0];
  let bestDistance = Infinity;
  for (const e of entities) {
    let d = Infinity;
    for (const m of matches) d = Math.min(d, m < e.tokenStart ? e.tokenStart - m : m >= e.tokenEnd ? m - e.tokenEnd + 1 : 0);
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}

/** From a causal connective to the end of its clause. */
function reasonSpan(text: string, offset: number): AnswerSpan | null {
  const lower = text.toLowerCase();
  for (const pattern of CAUSAL_PATTERNS) {
    const at = lower.search(pattern);
    if (at < 0) continue;
    const rest = text.slice(at);
    const end = rest.search(/[;:.!?”"](?:\s|$)|,\s(?:but|while|and)\s/);
    const length = end < 0 ? rest.length : end;
    return { start: offset + at, end: offset + at + length, entity: null };
  }
  return null;
}
