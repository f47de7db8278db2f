import { addressWhole } from '../analyse/address-cuts.js';
import { isWord, termsOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity, Sentence } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';
import { entityDate, resolveDate, resolveUpcoming } from '../dates/resolve-date.js';
import { articleRef } from './article-ref.js';
import { answerSpanIn, reasonShown } from './span/answer-span.js';
import type { AnswerSpan } from './span/span-match.js';
import { shownInstance } from './span/instance-name.js';
import { shownPredicateOrSynonym } from './span/pattern-spans.js';
import { countingIn, governedFigure, ratedAmount } from './span/quantity-span.js';
import { TYPED_ANSWERS } from './disagreement.js';
import type { Question } from './question/read-question.js';
import type { Ranked } from './rank/rerank.js';
import type { Excerpt } from './types.js';

/**
 * An excerpt is at most this many consecutive sentences of one paragraph, as written: those wink-nlp cut inside a web
 * address count as one (continuesAddress).
 */
export const MAX_EXCERPT_SENTENCES = 3;

/**
 * A sentence next to the excerpt is shown with it when the ranker gives it at least this share of the top sentence's
 * probability: the ranker cannot tell the two apart, and the answer is often in the other one. Chosen on SQuAD dev fold A
 * (the fold models of `npm run eval`) as the lowest share of 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5 that keeps 3-sentence
 * excerpts under 5% of the answered questions and the median excerpt within 1.15 times its length without the rule:
 * P@1 as shown 0.703 -> 0.733 on fold A, 3-sentence excerpts 1.2% -> 4.6%, median 195 -> 222 characters
 * (0.25: 5.5%; 0.2: 0.740, 6.9%, 236 characters); confirmed on fold B: 0.744 -> 0.772, 1.4% -> 4.1%, 188 -> 205
 * (`npm run eval -- --only squad`; the sizes by the session-12 note of this rule).
 */
export const RUNNER_UP_SHARE = 0.3;

/**
 * Words that open a sentence leaning on the one before it: personal and demonstrative reference and
 * the conjunctions that continue an argument (the cohesive ties of Halliday & Hasan, Cohesion in
 * English, 1976: reference, conjunction). Such a sentence is shown with its predecessor.
 */
const LEANING_OPENERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'his',
  'her',
  'its',
  'their',
  'him',
  'them',
  'this',
  'these',
  'those',
  'that',
  'such',
  'but',
  'however',
  'yet',
  'still',
  'also',
  'instead',
  'and',
  'so',
  'nevertheless',
  'though',
  'then',
]);

/** The sentences an excerpt spans: ordinals [first, last] of the article's sentences, and its answer span. */
export interface ExcerptUnit {
  first: number;
  last: number;
  span: AnswerSpan | null;
}

/**
 * Widens the ranked sentence to the unit shown: a quotation the sentence opens or continues, whole; the
 * sentence before, when the first one leans on it; when the sentence has no answer of the expected
 * type, the answer of a sentence tied to it (in the unit, the next ones leaning on it, or one of the two before when a
 * definite description refers back to it), shown too;
 * for a question that asks for no typed answer, the next sentence when it leans on the unit; and the
 * sentences next to the unit that are among `runnersUp` (ordinals of the article the ranker nearly chose); last, the
 * sentence next to the unit over which the question's match runs on (withSplitMatch), by two of the question's words or,
 * when it is among `nearlyChosen` (those the ranker gives at least SPLIT_MATCH_SHARE of the top's probability), by one.
 * At most MAX_EXCERPT_SENTENCES sentences, all of one paragraph.
 */
export function excerptUnit(
  article: AnalysedArticle,
  ordinal: number,
  span: AnswerSpan | null,
  question: Question,
  runnersUp: ReadonlySet<number> = NO_RUNNERS_UP,
  nearlyChosen: ReadonlySet<number> = NO_RUNNERS_UP,
): ExcerptUnit {
  const sentences = article.sentences;
  const passage = sentences[ordinal].passage;
  let first = ordinal;
  let last = ordinal;

  const quoted = quoteStates(article, sentences, first, passage);
  while (quoted.startsInside(first) && fits(sentences, passage, first - 1, last)) first--;
  while (quoted.endsInside(last) && fits(sentences, passage, first, last + 1)) last++;
  if (leansOnPrevious(article, sentences[first]) && fits(sentences, passage, first - 1, last)) first--;

  // No answer in the matched sentence: take one from a sentence tied to it (a span the ranker reads; one found for the
  // reply only does not widen the excerpt), those of the unit first, then the next ones leaning on the unit, then the
  // nearer of the two before whose noun the matched sentence's first noun phrase repeats with "the" (definiteNoun). An
  // untied neighbour's date or name is too often of
  // another event (seed 001: "The Kremlin denied Woodward's report." / "… spoke in early November").
  if (!span) {
    const own = new Set(question.own);
    const tied = range(first, last).filter((i) => i !== ordinal);
    // The sentences after the unit while each leans on the one before: a chain of cohesive ties (Halliday & Hasan 1976,
    // ch. 1: each tie presupposes the sentence before, so the chain goes on with the statement the unit matched; "The
    // council shut the bridge to lorries. That added an hour to deliveries. But the ban stays because of cracks in it.").
    for (let next = last + 1; fits(sentences, passage, first, next) && leansOnPrevious(article, sentences[next]); next++) tied.push(next);
    const referred = first === ordinal ? definiteNoun(article, sentences[ordinal]) : null;
    for (const before of [ordinal - 1, ordinal - 2]) {
      if (referred !== null && fits(sentences, passage, before, last) && holdsTerm(article, sentences[before], referred)) {
        tied.push(before);
        break;
      }
    }
    for (const i of tied) {
      const match = answerSpanIn(article, sentences[i], question, own);
      if (match?.strength === 'strong' && match.evidence !== null && match.span !== null) {
        span = match.span;
        first = Math.min(first, i);
        last = Math.max(last, i);
        break;
      }
    }
  }
  // A question asking for no typed answer (what, how) is answered by a clause: the cohesive tie is the only sign
  // that the next sentence goes on with the statement it matched. Measured on SQuAD dev (both folds, held-out models):
  // 342 of the 619 misses whose answer is in the sentence next door ask for no typed answer, and the next one leans in
  // 70; this widens 7-8% of the answered questions and raises P@1 as shown 0.693 -> 0.700 (A), 0.735 -> 0.742 (B).
  if (!TYPED_ANSWERS.has(question.answerType) && fits(sentences, passage, first, last + 1) && leansOnPrevious(article, sentences[last + 1]))
    last++;
  [first, last] = withAlternatives(article, first, last, question.alternatives, passage);
  // The ranker's runner-up next door (RUNNER_UP_SHARE), the one after the unit first: both are shown, and when the unit
  // has no answer of the expected type the runner-up's strong one is the answer. A quotation it continues or opens comes
  // whole, as the matched sentence's does, or the runner-up is not shown.
  for (const i of [last + 1, first - 1]) {
    if (!runnersUp.has(i)) continue;
    let [from, to] = [Math.min(first, i), Math.max(last, i)];
    while (i < first && quoted.startsInside(from) && inPassage(sentences, passage, from - 1)) from--;
    while (i > last && quoted.endsInside(to) && inPassage(sentences, passage, to + 1)) to++;
    if (!fits(sentences, passage, from, to)) continue;
    if (!span) {
      const match = answerSpanIn(article, sentences[i], question, new Set(question.own));
      if (match?.strength === 'strong' && match.evidence !== null && match.span !== null) span = match.span;
    }
    [first, last] = [from, to];
  }
  [first, last] = withSplitMatch(article, first, last, question.own, passage, SPLIT_MATCH_WORDS);
  [first, last] = withSplitMatch(article, first, last, question.own, passage, 1, nearlyChosen);
  if (question.answerType === 'polarity' && first < last) span = statedPredicate(article, first, last, ordinal, span, question);
  return { first, last, span };
}

/**
 * The predicate shown for a yes/no question whose excerpt holds several sentences: that of the sentence stating the
 * question's proposition, its verb or a synonym of it (shownPredicateOrSynonym) with more of the question's other words
 * than the ranked sentence holds beside its predicate; else the ranked sentence's. A polar question asks the polarity of
 * its proposition, the predicate with its arguments (Huddleston & Pullum 2002 ch. 10 §4): "He mentioned talking with
 * Zelenskyy" matches "did Trump talk to more than 50 leaders after he won" by its verb alone, the sentence it leans on
 * ("Trump disclosed that he has spoken with leaders from approximately seventy countries") by its verb's synonym, its
 * subject and its object. Shown span only: the ranker's span (PATTERN_SPANS) is untouched.
 */
function statedPredicate(
  article: AnalysedArticle,
  first: number,
  last: number,
  ordinal: number,
  span: AnswerSpan | null,
  question: Question,
): AnswerSpan | null {
  const own = new Set(question.own);
  let best = span;
  let most = span === null ? 0 : wordsBeside(article, article.sentences[ordinal], own, span);
  for (let i = first; i <= last; i++) {
    if (i === ordinal) continue;
    const predicate = shownPredicateOrSynonym(article, article.sentences[i], question.nounsOnly, own);
    const words = predicate === null ? 0 : wordsBeside(article, article.sentences[i], own, predicate);
    if (predicate !== null && words > most) [best, most] = [predicate, words];
  }
  return best;
}

/** How many of the question's own words the sentence holds outside the span. */
function wordsBeside(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>, span: AnswerSpan): number {
  const terms = termsOf(article.tokens);
  const t = article.tokens;
  const held = new Set<string>();
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const term = terms[k];
    if (term !== null && own.has(term) && (t.start[k] < span.start || t.start[k] >= span.end)) held.add(term);
  }
  return held.size;
}

const NO_RUNNERS_UP: ReadonlySet<number> = new Set();
const NONE_NEARLY_CHOSEN = { runnersUp: NO_RUNNERS_UP, nearlyChosen: NO_RUNNERS_UP };

/**
 * Whether sentence i is of the article and of the passage. This and `fits` are functions of the module, not closures of
 * excerptUnit: under tsx every closure made is named by a defineProperty call (esbuild's keepNames; nlp.ts `column`).
 */
function inPassage(sentences: readonly Sentence[], passage: number, i: number): boolean {
  return i >= 0 && i < sentences.length && sentences[i].passage === passage;
}

/** Whether sentences a to b are one excerpt of the passage: both in it, no more than MAX_EXCERPT_SENTENCES. */
function fits(sentences: readonly Sentence[], passage: number, a: number, b: number): boolean {
  return inPassage(sentences, passage, a) && inPassage(sentences, passage, b) && b - a + 1 <= MAX_EXCERPT_SENTENCES;
}

/**
 * The unit widened, for a question that closes with alternatives ("Which rose more, sales or profits?"; Question
 * .alternatives), to the sentence next to it that names an alternative the unit does not, when the unit names another:
 * such a question is answered by comparing what is said of each (Quirk et al. 1985 §11.20), and news copy often states
 * them in consecutive sentences ("Sales rose 5 percent. Profits climbed 9 percent."). An alternative is named by a term no
 * other alternative has. The sentence after the unit first, as the runners-up.
 */
function withAlternatives(
  article: AnalysedArticle,
  first: number,
  last: number,
  alternatives: readonly (readonly string[])[],
  passage: number,
): [number, number] {
  // Most questions offer no alternatives: settled before the closures below are made (inPassage's note).
  if (alternatives.length === 0) return [first, last];
  const sentences = article.sentences;
  const own = alternatives.map((terms, k) => terms.filter((t) => alternatives.every((other, j) => j === k || !other.includes(t))));
  const names = (i: number, terms: readonly string[]) => terms.some((t) => holdsTerm(article, article.sentences[i], t));
  const inUnit = (terms: readonly string[]) => range(first, last).some((i) => names(i, terms));
  if (!own.some(inUnit)) return [first, last];
  for (const terms of own) {
    if (inUnit(terms)) continue;
    const next = [last + 1, first - 1].find((i) => fits(sentences, passage, Math.min(first, i), Math.max(last, i)) && names(i, terms));
    if (next !== undefined) [first, last] = [Math.min(first, next), Math.max(last, next)];
  }
  return [first, last];
}

/**
 * How many of the question's own words a sentence next to the unit must hold, one of them a word no sentence of the unit
 * holds, to be shown with it (withSplitMatch). One alone is most often the name the whole paragraph is about.
 */
const SPLIT_MATCH_WORDS = 2;

/**
 * The share of the top's probability at which the ranker's support stands in for the second question word of the split
 * match: a sentence next to the unit that the ranker gives at least this share and that holds one of the question's words
 * the unit lacks is shown with it. The question's words then lie in two adjacent sentences that both score, and the
 * passage that answers is the window of both (cover density: Clarke, Cormack & Tudhope 2000; the density-based window
 * scorers did best among the passage retrievers compared by Tellex et al. 2003, "Quantitative evaluation of passage
 * retrieval algorithms for question answering"), while one word the ranker does not support is most often the paragraph's
 * topic name (SPLIT_MATCH_WORDS). Counted on SQuAD dev fold B (fit side of held-out fold A, models fitted on fold A): of
 * the 766 questions whose top excerpt is of the right article and misses the answer, 92 have it in a sentence the excerpt
 * could still take in (53 after, 39 before; 507 in another paragraph), 23 of those hold a question word the excerpt lacks,
 * 15 of them in a sentence given at least 0.1. Simulated after the split match, by share: 0.2 widens 41 of the 5,077
 * answered questions' excerpts and shows the answer for 8 more; 0.15 72, 10; 0.1 128, 15 (3-sentence excerpts 5.65% ->
 * 6.40%, median 219 -> 223 characters); 0.075 157, 19; 0.05 186, 19 (6.62%, 226); any share 322, 22 (7.23%, 231). 0.1
 * keeps the cost within half of what session 50 allowed (3-sentence share +1.5 points, median +5%), as fold A's excerpts
 * are already longer.
 */
export const SPLIT_MATCH_SHARE = 0.1;

/**
 * The unit widened to the sentence next to it, the one after first, that holds at least `words` of the question's own
 * words, one of them a word no sentence of the unit holds, and is among `among` when given: the question's match then runs
 * over both sentences, and the passage that answers is the shortest one covering the question's words (cover density:
 * Clarke, Cormack & Tudhope 2000; MultiText's passages for TREC QA, Clarke, Cormack & Lynam 2001), as in "In the same year,
 * he patented the Tesla coil." after the sentence dating "1891" for "What did Tesla patent in 1891?". Excerpt shape only:
 * the ranker and the shown answer are untouched (an untied neighbour's name or date is too often of another event).
 * Counted on SQuAD dev fold B (fit side of held-out fold A, models fitted on fold A): of the 130 questions whose top excerpt
 * is of the right article and misses the answer that a sentence next to it holds, 65 such sentences hold a question word
 * the excerpt lacks; two words (SPLIT_MATCH_WORDS) widen 380 of the 5,077 answered questions' excerpts and show the answer
 * for 47 more, 3-sentence excerpts 4.3% -> 5.7%, median 207 -> 219 characters (one word instead of two: 669 widened, 60
 * more, 6.5%, 230 characters); one word in a sentence the ranker nearly chose: SPLIT_MATCH_SHARE.
 */
function withSplitMatch(
  article: AnalysedArticle,
  first: number,
  last: number,
  own: readonly string[],
  passage: number,
  words: number,
  among: ReadonlySet<number> | null = null,
): [number, number] {
  if (own.length < words || among?.size === 0) return [first, last];
  const sentences = article.sentences;
  for (const i of [last + 1, first - 1]) {
    if (!fits(sentences, passage, Math.min(first, i), Math.max(last, i)) || (among !== null && !among.has(i))) continue;
    let held = 0;
    let fresh = false;
    for (const term of new Set(own)) {
      if (!holdsTerm(article, sentences[i], term)) continue;
      held++;
      if (!unitHolds(article, first, last, term)) fresh = true;
    }
    if (fresh && held >= words) return [Math.min(first, i), Math.max(last, i)];
  }
  return [first, last];
}

/**
 * The sentences of the top's article the ranker nearly chose, by ordinal: `runnersUp`, given at least RUNNER_UP_SHARE of
 * the top's probability, and `nearlyChosen`, given at least SPLIT_MATCH_SHARE (the lower share, so every runner-up is
 * among them). One scan of `ranked`, which is sorted by score, stopping at the first one below the lower share.
 */
function nearlyChosenOf(coverage: Coverage, top: Ranked, ranked: readonly Ranked[]): { runnersUp: Set<number>; nearlyChosen: Set<number> } {
  const runnersUp = new Set<number>();
  const nearlyChosen = new Set<number>();
  const runnerUpFloor = top.score * RUNNER_UP_SHARE;
  const floor = top.score * SPLIT_MATCH_SHARE;
  for (const r of ranked) {
    if (r.score < floor) break;
    if (r === top || r.article !== top.article) continue;
    const ordinal = coverage.index.sentence[r.doc];
    nearlyChosen.add(ordinal);
    if (r.score >= runnerUpFloor) runnersUp.add(ordinal);
  }
  return { runnersUp, nearlyChosen };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

const OPENING_QUOTE = 0x201c; // “
const CLOSING_QUOTE = 0x201d; // ”
const STRAIGHT_QUOTE = 0x22; // "

/**
 * Whether each sentence of the paragraph starts or ends inside a quotation: curly quotes nest (“ opens,
 * ” closes), a straight double quote toggles. Counted from the paragraph's first sentence.
 */
function quoteStates(article: AnalysedArticle, sentences: readonly Sentence[], around: number, passage: number): QuoteStates {
  let from = around;
  while (from > 0 && sentences[from - 1].passage === passage) from--;
  const insideAtStart = new Map<number, boolean>();
  let depth = 0;
  let straight = false;
  const { text } = article;
  let i = from;
  for (; i < sentences.length && sentences[i].passage === passage; i++) {
    insideAtStart.set(i, depth > 0 || straight);
    const s = sentences[i];
    const end = i + 1 < sentences.length && sentences[i + 1].passage === passage ? sentences[i + 1].start : s.end;
    // By character code: indexing the text made a one-character string for each character of the paragraph.
    for (let c = s.start; c < end; c++) {
      const code = text.charCodeAt(c);
      if (code === OPENING_QUOTE) depth++;
      else if (code === CLOSING_QUOTE) depth = Math.max(0, depth - 1);
      else if (code === STRAIGHT_QUOTE) straight = !straight;
    }
  }
  insideAtStart.set(i, false);
  return new QuoteStates(insideAtStart);
}

/**
 * Whether sentence n of a paragraph starts or ends inside a quotation (quoteStates). A class, its tests on its prototype:
 * an object of two closures had each named by a defineProperty call at every excerpt (tsx's keepNames; nlp.ts `column`).
 */
class QuoteStates {
  readonly #insideAtStart: ReadonlyMap<number, boolean>;

  constructor(insideAtStart: ReadonlyMap<number, boolean>) {
    this.#insideAtStart = insideAtStart;
  }

  startsInside(n: number): boolean {
    return this.#insideAtStart.get(n) === true;
  }

  endsInside(n: number): boolean {
    return this.#insideAtStart.get(n + 1) === true;
  }
}

/** Determiners of a definite noun phrase, which may refer back to what the sentence before named. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** How many words into a sentence its first noun phrase is looked for. */
const DEFINITE_REACH = 6;
/** Parts of speech read past on the way to a sentence's first noun phrase ("During the interview"). */
const BEFORE_PHRASE = new Set(['ADP', 'ADV', 'PUNCT', 'CCONJ', 'SCONJ', 'SPACE']);

/**
 * The term of the noun heading the sentence's first noun phrase when that phrase is a definite description ("During the
 * interview …"), else null. Repeating a noun of a sentence before, it refers back to it (reiteration with "the":
 * Halliday & Hasan 1976, ch. 6; Quirk et al. 1985 §5.32, anaphoric "the").
 */
function definiteNoun(article: AnalysedArticle, sentence: Sentence): string | null {
  const { value, pos } = article.tokens;
  const end = Math.min(sentence.tokenEnd, sentence.tokenStart + DEFINITE_REACH);
  for (let i = sentence.tokenStart; i < end; i++) {
    if (BEFORE_PHRASE.has(pos[i])) continue;
    if (!DEFINITE.has(value[i].toLowerCase())) return null;
    let noun = i + 1;
    while (noun < sentence.tokenEnd && pos[noun] === 'ADJ') noun++;
    return noun < sentence.tokenEnd && pos[noun] === 'NOUN' ? termsOf(article.tokens)[noun] : null;
  }
  return null;
}

/** Whether a sentence of the unit, first to last, holds the term (a module function: inPassage's note). */
function unitHolds(article: AnalysedArticle, first: number, last: number, term: string): boolean {
  for (let n = first; n <= last; n++) if (holdsTerm(article, article.sentences[n], term)) return true;
  return false;
}

function holdsTerm(article: AnalysedArticle, sentence: Sentence, term: string): boolean {
  const terms = termsOf(article.tokens);
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (terms[k] === term) return true;
  return false;
}

/**
 * Whether the sentence's first word (after any opening quote) is one that leans on the sentence before, or the
 * sentence opens a line inside its paragraph: a list's items, which the cleaners keep on lines of their own after the
 * sentence that introduces them (paragraphText), and which say what they are a list of only with it.
 */
export function leansOnPrevious(article: AnalysedArticle, sentence: Sentence): boolean {
  if (/[^\n]\n$/.test(article.text.slice(Math.max(0, sentence.start - 2), sentence.start))) return true;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const value = article.tokens.value[i];
    if (isWord(value)) return LEANING_OPENERS.has(value.toLowerCase());
  }
  return false;
}

/** The date a DATE entity of the excerpt's sentences names, read in its own sentence (entityDate). */
function dateIn(article: AnalysedArticle, unit: { first: number; last: number }, e: Entity, text: string): string | null {
  for (let n = unit.first; n <= unit.last; n++) {
    const s = article.sentences[n];
    if (e.tokenStart >= s.tokenStart && e.tokenStart < s.tokenEnd) return entityDate(article, s, e, text);
  }
  return resolveDate(text, article.meta.published, null);
}

/**
 * For a question stating a rate ("How much is it per month?", Question.rate) whose top sentence writes no amount at that
 * rate, the amount at that rate another sentence of the excerpt writes, the nearest to the top first ("Sign up for 4
 * months … for just $1. Normally you'd be paying $9.99/month"; ratedAmount): a one-off sum is no amount per month
 * (Chicago Manual of Style 9.20 ff.), and the reader sees the whole excerpt. Null when there is none. Shown answer only.
 */
function amountAtRate(
  article: AnalysedArticle,
  unit: { first: number; last: number },
  ordinal: number,
  question: Question,
): AnswerSpan | null {
  const rate = question.rate;
  if (rate === null) return null;
  const own = new Set(question.own);
  if (ratedAmount(article, article.sentences[ordinal], rate, own) !== null) return null;
  return nearestOther(unit, ordinal, (i) => ratedAmount(article, article.sentences[i], rate, own));
}

/** Of the unit's sentences other than the ranked one (`ordinal`), nearest it first, the first span `find` gives; or null. */
function nearestOther(unit: { first: number; last: number }, ordinal: number, find: (i: number) => AnswerSpan | null): AnswerSpan | null {
  const others = range(unit.first, unit.last)
    .filter((i) => i !== ordinal)
    .sort((a, b) => Math.abs(a - ordinal) - Math.abs(b - ordinal));
  for (const i of others) {
    const span = find(i);
    if (span !== null) return span;
  }
  return null;
}

/**
 * For "how many <noun>?" (a count with its counted noun, Question.counted), when no number of the ranked sentence counts
 * that noun ("… all the tracks as 256kps MP3s": 256 counts kbit/s, not tracks), the number counting it in another sentence
 * of the excerpt, the nearest first ("… featuring seven classic rock tracks" the sentence before), with its noun: the
 * question's head noun names what is counted (Li & Roth 2002, NUM:count read from it), and a cardinal counts the head of
 * the noun phrase it opens (Quirk et al. 1985 §5.9, §17.97 ff.; quantity-span.ts countsNoun). Null when the ranked sentence
 * counts the noun, or no other sentence of the unit does, as amountAtRate does for a rate. Shown span only.
 */
function countAcross(
  article: AnalysedArticle,
  unit: { first: number; last: number },
  ordinal: number,
  question: Question,
): AnswerSpan | null {
  const counted = question.counted;
  if (question.answerType !== 'number' || question.quantity !== 'count' || counted === null || question.partitive) return null;
  const own = new Set(question.own);
  if (countingIn(article, article.sentences[ordinal], counted, own).counting) return null;
  return nearestOther(unit, ordinal, (i) => countingIn(article, article.sentences[i], counted, own).span);
}

/**
 * For a why-question whose ranked sentence shows no reason, the clause a connective of cause opens in another sentence of
 * the excerpt, the nearest first ("I like to use honey because it has more flavor than sugar." before "In general, when
 * substituting honey for sugar …"): "because", "since", "due to" state the reason explicitly (Penn Discourse Treebank's
 * explicit "cause" connectives; Quirk et al. 1985 §15.45, adjuncts of reason), as countAcross does for a count. Not a
 * condition ("if") nor a participle clause, whose relation to the ranked sentence's event the reader would have to infer
 * (statedCause). Shown span only.
 */
function reasonAcross(
  article: AnalysedArticle,
  unit: { first: number; last: number },
  ordinal: number,
  question: Question,
): AnswerSpan | null {
  if (question.answerType !== 'reason') return null;
  return nearestOther(unit, ordinal, (i) => reasonShown(article, article.sentences[i], true));
}

/**
 * Whether the span names one of the alternatives a which-question closes with (Question.alternatives: a term of one inside
 * it), or the question offers none. "Which rose more, sales or profits?" asks for a choice among the set the alternatives
 * give (the selective "which", Quirk et al. 1985 §6.36; alternatives after a wh-question, §11.20): a figure or a name the
 * span shows instead is no answer to it, however typed. A list after "who" or "what" ("Who cooks with spices like cumin,
 * saffron or sumac?") is no set to choose the answer from.
 */
function namesAlternative(
  article: AnalysedArticle,
  unit: { first: number; last: number },
  span: AnswerSpan,
  alternatives: readonly (readonly string[])[],
): boolean {
  if (alternatives.length === 0) return true;
  const { start } = article.tokens;
  const terms = termsOf(article.tokens);
  const from = article.sentences[unit.first].tokenStart;
  const to = article.sentences[unit.last].tokenEnd;
  for (let i = from; i < to; i++) {
    const term = terms[i];
    if (start[i] >= span.start && start[i] < span.end && term !== null && alternatives.some((alt) => alt.includes(term))) return true;
  }
  return false;
}

/**
 * For a number follow-up with words of its own (Question.newTerms), the figure its new word governs in the sentence of the
 * excerpt holding the shown one, when that is another (governedFigure); else null.
 */
function newFigure(
  article: AnalysedArticle,
  unit: { first: number; last: number },
  span: AnswerSpan,
  question: Question,
): AnswerSpan | null {
  if (question.answerType !== 'number' || question.newTerms.length === 0 || span.entity === null) return null;
  const sentence = range(unit.first, unit.last)
    .map((n) => article.sentences[n])
    .find((s) => s.start <= span.start && span.start < s.end);
  return sentence ? governedFigure(article, sentence, span.entity, question.newTerms) : null;
}

/**
 * The excerpt shown for a ranked sentence: its unit's text verbatim, whole across an address cut at either end
 * (addressWhole), the answer's offsets inside it. Given the ranked list `r` is the top of, its runners-up next to it are
 * shown too (excerptUnit).
 */
export function excerptOf(coverage: Coverage, r: Ranked, question: Question, ranked?: readonly Ranked[]): Excerpt {
  const { article, sentence } = r;
  const { runnersUp, nearlyChosen } = ranked ? nearlyChosenOf(coverage, r, ranked) : NONE_NEARLY_CHOSEN;
  const ordinal = coverage.index.sentence[r.doc];
  const unit = excerptUnit(article, ordinal, r.span, question, runnersUp, nearlyChosen);
  // Shown whole across a cut wink made inside a web address at either end ("… according to Moneycontrol." | "com advises
  // …"; continuesAddress): the text shown only, after the unit and its answer are chosen, so the answer is the same.
  const [shownFirst, shownLast] = addressWhole(article, unit.first, unit.last);
  const start = article.sentences[shownFirst].start;
  const end = article.sentences[shownLast].end;
  const found =
    amountAtRate(article, unit, ordinal, question) ??
    countAcross(article, unit, ordinal, question) ??
    unit.span ??
    reasonAcross(article, unit, ordinal, question) ??
    shownInstance(article, sentence, question);
  const chosen = found && (!question.asksWhich || namesAlternative(article, unit, found, question.alternatives)) ? found : null;
  const span = (chosen && newFigure(article, unit, chosen, question)) ?? chosen;
  const answerText = span ? article.text.slice(span.start, span.end) : null;
  const timed = span?.entity?.type === 'DATE' || span?.entity?.type === 'DURATION';
  const published = article.meta.published;
  const resolved =
    timed && answerText
      ? (resolveUpcoming(answerText, published) ?? (span?.entity?.type === 'DATE' ? dateIn(article, unit, span.entity, answerText) : null))
      : null;
  return {
    text: article.text.slice(start, end),
    start,
    end,
    sentenceId: sentence.id,
    answer: answerText,
    answerStart: span ? span.start - start : null,
    answerEnd: span ? span.end - start : null,
    // Excerpts carry day or month precision, or an interval of days; a year only when the answer does not write it: "two
    // years ago", "last year" name a year by the time of writing, which TimeML resolves against the document's date
    // (Pustejovsky et al. 2003, deictic TIMEX3), and which a reader reading later cannot see; "in 2010" states its own.
    date: resolved && (resolved.length >= 7 || !answerText?.includes(resolved)) ? resolved : null,
    score: Math.round(r.score * 1000) / 1000,
    article: articleRef(article),
  };
}
