import { entitiesIn } from '../analyse/entities-in.js';
import { isIndexed, isWord, termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity, EntityType, Sentence } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';
import { EXPECTED_ENTITIES } from './answer-type.js';
import type { Question } from './read-question.js';
import type { Candidate } from './retrieve.js';
import type { AnswerSettings } from './defaults.js';

export interface Ranked {
  doc: number;
  score: number;
  article: AnalysedArticle;
  sentence: Sentence;
  /** The answer span: an entity of the expected type, or a reason clause; null when none was found. */
  span: { start: number; end: number; entity: Entity | null } | null;
}

/**
 * Connectives that introduce the answer to a why-question: Penn Discourse Treebank's "cause" senses,
 * then its "condition" sense ("if"), which news reports use for what would bring an event about.
 */
const CAUSAL = ['because', 'due to', 'since', 'so that', 'in order to', 'as a result of', 'owing to', 'thanks to', 'aimed at', 'aiming to', 'to avoid', 'in response to', 'if'];
/** Each connective as a whole-word pattern, compiled once. */
const CAUSAL_PATTERNS = CAUSAL.map((cue) => new RegExp(`\\b${cue}\\b`));
/** Modal auxiliaries: a sentence about what could or will happen reports no past event. */
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'shall', 'should', 'can']);

/**
 * Second stage: rescores candidates for the expected answer type (an entity of that type which the
 * question does not itself name: shared/notes/retrieval-findings.md, P@1 +0.007 on SQuAD), and
 * penalises sentences that are themselves questions or too short to answer anything.
 */
export function rerank(coverage: Coverage, question: Question, candidates: readonly Candidate[], tuning: AnswerSettings): Ranked[] {
  const own = new Set(question.own);
  const expected = EXPECTED_ENTITIES[question.answerType];
  const ranked = candidates.map(({ doc, score }): Ranked => {
    const article = coverage.articles[coverage.index.article[doc]];
    const sentence = article.sentences[coverage.index.sentence[doc]];
    const text = article.text.slice(sentence.start, sentence.end);
    let factor = 1;
    let span: Ranked['span'] = null;
    if (question.answerType === 'reason') {
      span = reasonSpan(text, sentence.start);
      if (span) factor += tuning.typeBoost;
    } else if (expected.strong.length > 0) {
      const entities = entitiesIn(article, sentence);
      const strong = unnamedOfType(article, entities, expected.strong, own);
      const pick = nearestToMatches(article, sentence, strong.length > 0 ? strong : unnamedOfType(article, entities, expected.weak, own), own);
      if (pick) {
        span = { start: pick.start, end: pick.end, entity: pick };
        factor += strong.length > 0 ? tuning.typeBoost : tuning.weakTypeBoost;
      }
    }
    if (question.past && isHypothetical(article, sentence)) factor *= tuning.hypotheticalPenalty;
    if (text.trimEnd().endsWith('?')) factor *= tuning.questionPenalty;
    if (hasFewerWords(article, sentence, tuning.fragmentWords)) factor *= tuning.fragmentPenalty;
    return { doc, score: score * factor, article, sentence, span };
  });
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** The entities of one of `types` that the question does not itself name; the cheap type test first. */
function unnamedOfType(article: AnalysedArticle, entities: readonly Entity[], types: readonly EntityType[], own: Set<string>): Entity[] {
  return entities.filter((e) => types.includes(e.type) && !namedInQuestion(article, e, own));
}

function namedInQuestion(article: AnalysedArticle, e: Entity, own: Set<string>): boolean {
  for (let i = e.tokenStart; i < e.tokenEnd; i++) {
    if (isIndexed(article.tokens, i) && !own.has(termOf(article.tokens.lemma[i]))) return false;
  }
  return true;
}

/** The entity closest to the words the question shares with the sentence; the first one on ties. */
function nearestToMatches(article: AnalysedArticle, sentence: Sentence, entities: Entity[], own: Set<string>): Entity | null {
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
function reasonSpan(text: string, offset: number): Ranked['span'] {
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

function isHypothetical(article: AnalysedArticle, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (article.tokens.pos[i] === 'AUX' && MODALS.has(article.tokens.value[i].toLowerCase())) return true;
  }
  return false;
}

/** Whether the sentence has fewer than `limit` words (tokens with a letter or digit); counts no further than the limit. */
function hasFewerWords(article: AnalysedArticle, sentence: Sentence, limit: number): boolean {
  let n = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && n < limit; i++) if (isWord(article.tokens.value[i])) n++;
  return n < limit;
}
