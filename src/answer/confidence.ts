import { foldAccents } from '../analyse/index-terms.js';
import type { Coverage } from '../coverage/types.js';
import type { Bm25Index } from '../index/bm25-index.js';
import { hasPrefixMate, PREFIX_LENGTH } from './rank/ranker-features.js';
import { MAX_MARGIN, scoreSpread, topProbability, type RankerModel } from './rank/ranker-model.js';
import type { NameWord, Question } from './question/read-question.js';
import type { Ranked } from './rank/rerank.js';

/**
 * The probability that the top excerpt answers the question: the ranker's confidence head (a logistic
 * model over the top candidate's features and its lead over the runner-up of its article, fitted on the top candidates
 * of SQuAD questions, half of them asked of a coverage lacking their article), recalibrated on news questions
 * with a few inputs of its own (CONFIDENCE_EXTRAS, `npm run eval:fit-ranker`). Abstention and the words that say how
 * sure an answer is are decided on this. 0 without candidates.
 */
export function confidenceOf(coverage: Coverage, question: Question, ranked: readonly Ranked[], model: RankerModel): number {
  const top = ranked[0];
  if (!top) return 0;
  // The margin is over the runner-up from the top's own article: another outlet's close candidate in
  // news usually reports the same event (and becomes a supporting excerpt), it does not compete.
  const rival = ranked.find((r, i) => i > 0 && r.article === top.article);
  const margin = rival ? top.logit - rival.logit : MAX_MARGIN;
  return topProbability(model, top.features, confidenceExtras(coverage, question, top), margin, scoreSpread(ranked.map((r) => r.logit)));
}

/**
 * Words for how sure an answer is, from its confidence: the calibrated probability that the top excerpt
 * answers (confidenceOf). The bounds are set by a rule that `npm run eval:fit-ranker` applies and prints: the
 * smallest bound on 0.50..0.99 at which the answers said at or above it are right at least 95% ("strong") / 80%
 * ("fair") of the time, both on SQuAD out of fold and on the fit news questions (with all fit pages and of their page
 * alone); a set with fewer than 10 answers there does not bind. With session 50's weights (114565af3872): 0.87 and 0.66
 * ("strong" for 528 of 7,436 SQuAD answers out of fold); their refit with the coordinated questions (5ff8cd622baa) keeps
 * both. What each refit since session 7 chose: docs/MEASUREMENTS.md, "The abstention threshold and the strength bounds,
 * refit by refit". Below "fair", "weak".
 * Shared by every surface.
 */
export const STRENGTH_BOUNDS = { strong: 0.87, fair: 0.66 } as const;

/** The words, surest first: the reply says one (matchStrength), Discord colours by it, and eval/fit-ranker.ts counts each. */
export const MATCH_STRENGTHS = ['strong', 'fair', 'weak'] as const;
export type MatchStrength = (typeof MATCH_STRENGTHS)[number];

export function matchStrength(confidence: number): MatchStrength {
  return confidence >= STRENGTH_BOUNDS.strong ? 'strong' : confidence >= STRENGTH_BOUNDS.fair ? 'fair' : 'weak';
}

/** The CONFIDENCE_EXTRAS of a candidate (ranker-model.ts says what each is and why), read from the coverage's article postings. */
export function confidenceExtras(coverage: Coverage, question: Question, candidate: Ranked): Float64Array {
  const { index } = coverage;
  const article = index.article[candidate.doc];
  // The names as read: one the coverage spells otherwise ("Zelenskiy") is read its way (spelling.ts), and is not missing;
  // nor is one an article writes in another romanization ("Zelenskyy" for "Zelensky": Question.variants).
  const missing = question.names.filter(
    (name) => !index.articles.has(article, name) && !(question.variants.get(name) ?? []).some((s) => index.articles.has(article, s)),
  ).length;
  return Float64Array.of(question.names.length > 0 ? missing / question.names.length : 0);
}

/**
 * The names the writer typed (Question.names) that no article of the coverage uses, as typed, neighbouring words joined
 * ("Lara Logan"), in the question's order: the coverage cannot say anything about them, and the reply says so. A name
 * counts as used when a term of the coverage equals it or shares its first PREFIX_LENGTH letters (the spelling variants
 * prefixCoverage matches: "Zelenskyy" / "Zelensky"), accents aside ("Muntzer" / "Müntzer"), or is a word of a byline.
 * `asTyped`: the names as the writer typed them, before spelling.ts read them as the coverage's terms.
 * It only explains; it decides nothing. Measured on fit data (main 1aea731, shipped model at its threshold): as an
 * abstention rule it loses 20-39 right SQuAD answers per fold, nearly all to names typed with a typo ("Sigimund",
 * "Ghengis"), and stops no fit news question the confidence does not already stop (nameMissing); as a confidence input
 * it lowers the abstention criterion of the news recalibration from 0.629 to 0.573.
 */
export function unmentionedNames(coverage: Coverage, question: Question, asTyped = false): string[] {
  const vocabulary = coverage.index.sentences;
  const typedTerm = new Map(asTyped ? question.corrected.map((c) => [c.read, c.term]) : []);
  const credited = bylineWords(coverage);
  const missing = question.names
    .filter((name) => {
      const term = typedTerm.get(name) ?? name;
      return !usedBy(vocabulary, term) && !credited.has(foldAccents(term));
    })
    .map((name) => question.typed.get(name))
    .filter((w): w is NameWord => w !== undefined)
    .sort((a, b) => a.from - b.from);
  const phrases: string[] = [];
  missing.forEach((w, i) => {
    const previous = missing[i - 1];
    if (previous?.from === w.from) return;
    if (previous?.to === w.from) phrases[phrases.length - 1] += ` ${w.word}`;
    else phrases.push(w.word);
  });
  return phrases;
}

function usedBy(vocabulary: Bm25Index, name: string): boolean {
  const folded = foldAccents(name);
  if (vocabulary.termId(folded) >= 0 || hasPrefixMate(vocabulary, folded)) return true;
  if (vocabulary.termId(name) >= 0 || hasPrefixMate(vocabulary, name)) return true;
  const accented = accentedTerms(vocabulary);
  return accented.has(folded) || (folded.length >= PREFIX_LENGTH && accented.has(folded.slice(0, PREFIX_LENGTH)));
}

const BYLINES = new WeakMap<Coverage, Set<string>>();

/**
 * The words of the coverage's bylines, lower-case and without accents: a writer the coverage credits is mentioned by it,
 * though the byline is no sentence ("Who is Finian Cunningham?" asked of his own article was told no article mentions
 * him). Made once per coverage.
 */
function bylineWords(coverage: Coverage): Set<string> {
  let words = BYLINES.get(coverage);
  if (!words) {
    words = new Set();
    for (const { meta } of coverage.articles) {
      for (const word of meta.byline?.match(/[\p{L}\p{M}'’-]+/gu) ?? []) words.add(foldAccents(word.toLowerCase()));
    }
    BYLINES.set(coverage, words);
  }
  return words;
}

const ACCENTED = new WeakMap<Bm25Index, Set<string>>();

/**
 * The vocabulary's terms with accents, folded, and their folded prefixes: made once per index, and only when a name is
 * found neither as typed nor folded (rare), so most questions never pay for it.
 */
function accentedTerms(vocabulary: Bm25Index): Set<string> {
  let set = ACCENTED.get(vocabulary);
  if (!set) {
    set = new Set();
    for (let id = 0; id < vocabulary.vocabularySize; id++) {
      const term = vocabulary.termAt(id);
      if (!/[^\p{ASCII}]/u.test(term)) continue;
      const folded = foldAccents(term);
      set.add(folded);
      if (folded.length >= PREFIX_LENGTH) set.add(folded.slice(0, PREFIX_LENGTH));
    }
    ACCENTED.set(vocabulary, set);
  }
  return set;
}
