import { entitiesIn } from '../analyse/entities-in.js';
import { termOf, termsOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity, EntityType, Sentence } from '../analyse/types.js';
import type { AnswerSpan } from './answer-span.js';
import type { Question } from './read-question.js';

/** The entity types that are names (NORP, "Russian", is an adjective of one). */
const NAMES: ReadonlySet<EntityType> = new Set(['PERSON', 'PLACE', 'ORG', 'PROPER']);

/**
 * The answer shown for a what/which question whose noun gives no answer type ("Which Wild defenseman was hurt?", typed
 * `thing`) when the matched sentence shows none: the name the sentence gives one of the things the noun names
 * (instanceName). For the reply only: the ranker reads no span for such a question, and the excerpt stays as chosen.
 */
export function shownInstance(article: AnalysedArticle, sentence: Sentence, question: Question): AnswerSpan | null {
  if (question.answerType !== 'thing' || question.askedNoun === null) return null;
  return instanceName(article, sentence, question.askedNoun, new Set(question.own));
}

/**
 * A name the sentence gives as one of what `noun` names: the name in close apposition right after the noun
 * ("defenseman Matt Dumba", "the journal JAMA Psychiatry": the noun classifies and the name identifies, Quirk et al. 1985
 * ch. 17, close apposition), or a name whose last word, its head, is the noun ("Goddard Space Flight Center" is a
 * center). Never a name all of whose words the question has (`own`): what the question mentions is what it asks about,
 * not its answer (Abney, Collins & Singhal 2000). The first such name in the sentence; null when there is none.
 */
export function instanceName(article: AnalysedArticle, sentence: Sentence, noun: string, own: ReadonlySet<string>): AnswerSpan | null {
  const terms = termsOf(article.tokens);
  const term = termOf(noun);
  for (const e of entitiesIn(article, sentence)) {
    if (!NAMES.has(e.type) || namedBy(terms, e, own)) continue;
    const before = e.tokenStart - 1;
    const head = e.tokenEnd - 1;
    if ((before >= sentence.tokenStart && terms[before] === term) || (head > e.tokenStart && terms[head] === term)) {
      return { start: e.start, end: e.end, entity: e };
    }
  }
  return null;
}

function namedBy(terms: readonly (string | null)[], e: Entity, own: ReadonlySet<string>): boolean {
  for (let i = e.tokenStart; i < e.tokenEnd; i++) if (terms[i] !== null && !own.has(terms[i] as string)) return false;
  return true;
}
