import type { AnalysedArticle, Sentence } from '../../analyse/types.js';
import type { Coverage } from '../../coverage/types.js';
import { RecentWeakMap } from '../../index/recent-weak-map.js';
import { shownSpanIn, spanMatchIn } from '../span/answer-span.js';
import type { AnswerSpan, SpanMatch } from '../span/span-match.js';
import {
  articleCoverageOf,
  candidateFeatures,
  FEATURE_COUNT,
  isModal,
  localIdfOf,
  passageCoverageOf,
  localPassageCoverageOf,
  questionTerms,
  relativeFeatures,
  termsMet,
  windowFeatures,
  type QuestionTerms,
  type SpanFacts,
} from './ranker-features.js';
import { candidateScores, scorerOf, type RankerModel } from './ranker-model.js';
import type { Question } from '../question/read-question.js';
import type { Candidate } from './retrieve.js';

export interface Ranked {
  doc: number;
  /** The ranker's probability that this is the candidate answering, if one does: its share of exp(logit) over all candidates. */
  score: number;
  /** The ranker's score, weights · features + its trees' for the best candidates (ranker-model.ts candidateScores). */
  logit: number;
  article: AnalysedArticle;
  sentence: Sentence;
  /**
   * The answer span shown: an entity of the expected type, or a reason clause; null when none was found. Made at its first
   * read (answer-span.ts shownSpanIn): the ranker reads the sentence's match alone (spanMatchIn), and only the top and the
   * few candidates supporting() weighs are shown. Made for every candidate, it cost 5% of answer()'s CPU per SQuAD 1x
   * question (median of per-question ratios 0.947-0.956 in each of 5 pairs; in-process A/B against 29bc54b, 10,570
   * questions, alternated; an A/A run 0.996-1.000; session 20).
   */
  readonly span: AnswerSpan | null;
  /** The ranker's features (ranker-features.ts), kept for fitting and evaluation. */
  features: Float64Array;
}

/**
 * Second stage: describes each candidate, a question sentence aside, by the ranker's features (retrieval scores, how much of the
 * question it and its paragraph cover, the answer span's type and distance from the question's words,
 * modality, position, …) and orders them by the fitted model (ranker-model.ts).
 */
export function rerank(coverage: Coverage, question: Question, retrieved: readonly Candidate[], model: RankerModel): Ranked[] {
  // A sentence that is itself a question requests, it asserts nothing (Searle 1969, speech acts): in news a rhetorical
  // question, a teaser headline or a reporter's question, never the answer. SQuAD's prose has too few for a fit to weigh
  // one, so it is not offered at all (it was a fixed prior of -3 before: a question repeating the asked one word for word
  // could still outrank the sentence answering it).
  const candidates = retrieved.filter((c) => !isQuestionSentence(coverage, c.doc));
  const scorer = scorerOf(model);
  const { index } = coverage;
  const own = new Set(question.own);
  const { own: terms, past, answerType, preposition, variants } = question;
  const q = questionTerms(index, terms, past, answerType, preposition, variants);
  // Per paragraph its coverage and local coverage, per article its coverage and local idf: computed at its first candidate.
  const passageFacts = new Map<number, { coverage: number; local: number }>();
  const articleFacts = new Map<number, { coverage: number; local: Float64Array }>();
  const n = q.terms.length;
  // Which question terms each candidate holds (row c), then its paragraph neighbours' (rows after the candidates'), for
  // the window features: rowOf gives a sentence number's row.
  const met = metRows(3 * candidates.length * n);
  const rowOf = new Map<number, number>();
  const pool = featurePool(candidates.length);
  const ranked = candidates.map((candidate, c): Ranked => {
    const { doc } = candidate;
    const at = index.article[doc];
    const article = coverage.articles[at];
    const ordinal = index.sentence[doc];
    const sentence = article.sentences[ordinal];
    const passage = index.passageOf[doc];
    let inArticle = articleFacts.get(at);
    if (inArticle === undefined) {
      const local = localIdfOf(q, index, doc - ordinal, article.sentences.length);
      articleFacts.set(at, (inArticle = { coverage: articleCoverageOf(q, index, at), local }));
    }
    let inPassage = passageFacts.get(passage);
    if (inPassage === undefined) {
      const local = localPassageCoverageOf(q, index, passage, inArticle.local);
      passageFacts.set(passage, (inPassage = { coverage: passageCoverageOf(q, index, passage), local }));
    }
    rowOf.set(doc, c);
    const match = spanMatchIn(article, sentence, question, own);
    const facts = match ? { strength: match.strength, start: match.evidence.start, end: match.evidence.end } : NO_SPAN;
    const x = new Float64Array(pool.buffer, pool.byteOffset + c * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT, FEATURE_COUNT);
    const features = candidateFeatures(
      q,
      article,
      sentence,
      ordinal,
      // Its sentence, passage and article BM25 are the retrieval scores.
      candidate,
      facts,
      inPassage.coverage,
      inArticle.coverage,
      doc === index.passageStart[passage],
      inArticle.local,
      inPassage.local,
      met,
      c * n,
      x,
    );
    return new RankedSentence(doc, article, sentence, features, match, question, own);
  });
  const rows = { rowOf, used: candidates.length };
  ranked.forEach((r, c) => {
    const passage = index.passageOf[r.doc];
    const previous = r.doc > index.passageStart[passage] ? neighbourRow(coverage, q, met, rows, r.doc - 1) : -1;
    const next = r.doc + 1 < index.passageStart[passage + 1] ? neighbourRow(coverage, q, met, rows, r.doc + 1) : -1;
    windowFeatures(q, r.features, met, c, previous, next);
  });
  relativeFeatures(ranked.map((r) => r.features));
  const logits = candidateScores(
    scorer,
    ranked.map((r) => r.features),
    ranked.map((r) => r.doc),
  );
  let best = -Infinity;
  ranked.forEach((r, i) => {
    r.logit = logits[i];
    if (r.logit > best) best = r.logit;
  });
  let total = 0;
  for (const r of ranked) total += Math.exp(r.logit - best);
  for (const r of ranked) r.score = Math.exp(r.logit - best) / total;
  return bestFirst(ranked);
}

/**
 * The window row of sentence number `doc` (rerank's `met`): a candidate's own, or a neighbour's, whose question terms are
 * read into the next free row at its first need. A function of the module, not a closure of rerank: under tsx every
 * closure made is named by a defineProperty call (esbuild's keepNames; nlp.ts `column`).
 */
function neighbourRow(
  coverage: Coverage,
  q: QuestionTerms,
  met: Uint8Array,
  rows: { rowOf: Map<number, number>; used: number },
  doc: number,
): number {
  let row = rows.rowOf.get(doc);
  if (row === undefined) {
    const { index } = coverage;
    const article = coverage.articles[index.article[doc]];
    const n = q.terms.length;
    row = rows.used++;
    termsMet(q, article, article.sentences[index.sentence[doc]], met, row * n);
    rows.rowOf.set(doc, row);
  }
  return row;
}

/**
 * A candidate as ranked, its span shown made at the first read of `span`. A class with the getter on its prototype, as
 * PackedArticle (analysis-record.ts): an object literal with a getter of its own takes V8's slow path.
 */
class RankedSentence implements Ranked {
  logit = 0;
  score = 0;
  readonly #match: SpanMatch | null;
  readonly #question: Question;
  readonly #own: ReadonlySet<string>;
  #span: AnswerSpan | null | undefined;

  constructor(
    readonly doc: number,
    readonly article: AnalysedArticle,
    readonly sentence: Sentence,
    readonly features: Float64Array,
    match: SpanMatch | null,
    question: Question,
    own: ReadonlySet<string>,
  ) {
    this.#match = match;
    this.#question = question;
    this.#own = own;
  }

  get span(): AnswerSpan | null {
    if (this.#span === undefined) this.#span = shownSpanIn(this.article, this.sentence, this.#question, this.#own, this.#match);
    return this.#span;
  }
}

/**
 * Sorts by logit, highest first, ties by the lower sentence number: a binary insertion sort whose comparison the
 * compiler inlines. Array.prototype.sort called its comparator ~400 times a question through the builtin, 1.7% of
 * answer()'s CPU (profile, SQuAD 1x). The order is a strict total one (sentence numbers differ), so any sort gives it.
 */
function bestFirst(ranked: Ranked[]): Ranked[] {
  for (let i = 1; i < ranked.length; i++) {
    const r = ranked[i];
    let low = 0;
    let high = i;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const m = ranked[mid];
      if (r.logit > m.logit || (r.logit === m.logit && r.doc < m.doc)) high = mid;
      else low = mid + 1;
    }
    for (let j = i; j > low; j--) ranked[j] = ranked[j - 1];
    ranked[low] = r;
  }
  return ranked;
}

/** The window rows of rerank, kept between questions (they never leave it) and zeroed for each. */
let metScratch = new Uint8Array(4096);

function metRows(size: number): Uint8Array {
  if (metScratch.length < size) metScratch = new Uint8Array(2 * size);
  else metScratch.fill(0, 0, size);
  return metScratch;
}

const NO_SPAN: SpanFacts = { strength: null, start: 0, end: 0 };

/**
 * Candidates' features are views of one buffer shared by the questions answered one after another, POOL_FEATURES
 * candidates' worth, replaced by a fresh (zeroed) one when full: a buffer of its own per question (27 kB for SQuAD's 67
 * candidates) was 1% of answer()'s CPU (profile of SQuAD 1x). A kept Ranked keeps its buffer alive, as its own did.
 * With the paragraph and article facts in one map each and the window rows in one array, answer() CPU per SQuAD 1x
 * question −2.1% (median of per-question ratios; in-process A/B against e6395ee, 10,570 questions × 6, alternated,
 * load 4.6-7.5; answers and every candidate's features identical; session 12's scratch harness, not kept).
 */
const POOL_FEATURES = 4096;
let poolBuffer = new ArrayBuffer(POOL_FEATURES * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT);
let poolUsed = 0;

/** Zeroed room for `count` candidates' features, as a Float64Array over it. */
function featurePool(count: number): Float64Array {
  if (poolUsed + count > POOL_FEATURES) {
    poolBuffer = new ArrayBuffer(Math.max(POOL_FEATURES, count) * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT);
    poolUsed = 0;
  }
  const room = new Float64Array(poolBuffer, poolUsed * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT, count * FEATURE_COUNT);
  poolUsed += count;
  return room;
}

/** Whether the sentence has a modal auxiliary: it reports what could or will happen, not what did (the ranker's `modal` feature). */
export function isHypothetical(article: AnalysedArticle, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (isModal(article.tokens, i)) return true;
  }
  return false;
}

/**
 * Whether the candidate sentence is itself a question (ends with "?"; a quoted question, ending ?”, is reported speech
 * and is not): it is never offered as an answer.
 */
function isQuestionSentence(coverage: Coverage, doc: number): boolean {
  const asks = questionSentences(coverage);
  if (asks[doc] === UNREAD) readArticle(coverage, doc, asks);
  return asks[doc] === ASKS;
}

/** Per sentence number of the coverage, whether it is a question (ASKS), is not (STATES) or was not read yet (UNREAD). */
const UNREAD = 0;
const STATES = 1;
const ASKS = 2;
const QUESTION_SENTENCES = new RecentWeakMap<Coverage['index'], { articles: Coverage['articles']; asks: Uint8Array }>();

/**
 * The coverage's question-sentence table (isQuestionSentence), one byte per sentence number, each article's read at its
 * first candidate and kept while the index is: reading each candidate's last characters from the article's text was a
 * cache miss per candidate, and a table per article one map lookup per candidate (1.45% of answer()'s CPU, 0.42% so;
 * profile of SQuAD 1x, session 46), where this is one per question.
 */
function questionSentences(coverage: Coverage): Uint8Array {
  const { index, articles } = coverage;
  let found = QUESTION_SENTENCES.get(index);
  // A coverage reading the same index with other articles is no coverage buildCoverage makes, but would not be misread.
  if (!found || found.articles !== articles) {
    found = { articles, asks: new Uint8Array(index.article.length) };
    QUESTION_SENTENCES.set(index, found);
  }
  return found.asks;
}

/** Reads which of the sentences of the article holding `doc` are questions into `asks`. */
function readArticle(coverage: Coverage, doc: number, asks: Uint8Array): void {
  const { index } = coverage;
  const article = coverage.articles[index.article[doc]];
  const first = doc - index.sentence[doc];
  const { sentences, text } = article;
  for (let i = 0; i < sentences.length; i++) {
    asks[first + i] = endsWithQuestionMark(text, sentences[i].start, sentences[i].end) ? ASKS : STATES;
  }
}

/** text.slice(start, end).trimEnd().endsWith('?') without the two copies. */
function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  for (let e = end; e > start; e--) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x3f) return true;
    // Printable ASCII is no white space; anything else asks the regex.
    if ((c > 0x20 && c < 0x80) || !WHITE_SPACE.test(text[e - 1])) return false;
  }
  return false;
}
/** What trimEnd removes: ECMAScript's WhiteSpace and LineTerminator, which is what \s matches. */
const WHITE_SPACE = /\s/;
