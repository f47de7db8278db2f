import { termOf, termsOf } from '../analyse/index-terms.js';
import type { AnalysedArticle } from '../analyse/types.js';
import type { CentralPerson, Coverage } from '../coverage/types.js';
import { EVENTS_DEFAULTS } from '../news-events/defaults.js';
import { USER_MESSAGES } from '../user-messages.js';
import { sharedContent } from '../news-events/events.js';
import { articleRef } from './article-ref.js';
import { confidenceOf, unmentionedNames } from './confidence.js';
import { disagreementsIn, TYPED_ANSWERS } from './disagreement.js';
import { inDisplayCapitals } from './display-capitals.js';
import { excerptOf } from './excerpt.js';
import { synonymsOf } from './question/related-words.js';
import { askedMeasureOf, caseNames, readQuestion, type Question, type QuestionContext } from './question/read-question.js';
import { isHypothetical, rerank, type Ranked } from './rank/rerank.js';
import { retrieve } from './rank/retrieve.js';
import { sanitizeQuestion } from './question/sanitize-question.js';
import { correctionNotices } from './question/spelling.js';
import { ANSWER_DEFAULTS, type AnswerSettings } from './defaults.js';
import type { Answer, ArticleRef, AskCommand, Excerpt } from './types.js';

/**
 * What answer() is told besides the question: for a follow-up in a conversation, the asker's previous answer as followUpOf
 * reads it (what readQuestion is told of the question before, and that answer's top excerpt); the tuning.
 */
export interface AnswerOptions extends Pick<
  QuestionContext,
  'previous' | 'previousType' | 'previousQuantity' | 'previousMeasure' | 'previousAboutOne'
> {
  /** The top excerpt of the asker's previous answer (topicOf), which a follow-up may be answered from (topicalAnswer). */
  previousExcerpt?: TopicExcerpt | null;
  tuning?: AnswerSettings;
}

/** What the next question of a conversation is asked with: what the answer to the one before says a follow-up reads. */
export type FollowUp = Omit<AnswerOptions, 'tuning'>;

/**
 * The top excerpt of an answer as the topic of the next question: where it lies in its article, where its answer lies there
 * (null when it showed none) and how sure the answer was.
 */
export interface TopicExcerpt {
  articleId: string;
  start: number;
  end: number;
  answerStart: number | null;
  answerEnd: number | null;
  confidence: number;
}

export function followUpOf(a: Answer): FollowUp {
  return {
    previous: a.subject,
    previousType: a.answerType,
    previousQuantity: a.quantity,
    previousMeasure: a.measure,
    previousAboutOne: a.aboutOne,
    previousExcerpt: topicOf(a),
  };
}

/** The text of the answer a topic excerpt showed (its bold); null when it showed none or its article left the coverage. */
function answerOf(coverage: Coverage, topic: TopicExcerpt | null | undefined): string | null {
  if (!topic || topic.answerStart === null || topic.answerEnd === null) return null;
  return coverage.byId.get(topic.articleId)?.text.slice(topic.answerStart, topic.answerEnd) ?? null;
}

/** The answer's top excerpt as the next question's topic (TopicExcerpt); null for an abstention. */
export function topicOf(a: Answer): TopicExcerpt | null {
  const top = a.excerpts[0];
  if (!top) return null;
  const inArticle = (offset: number | null) => (offset === null ? null : top.start + offset);
  return {
    articleId: top.article.id,
    start: top.start,
    end: top.end,
    answerStart: inArticle(top.answerStart),
    answerEnd: inArticle(top.answerEnd),
    confidence: a.confidence,
  };
}

/**
 * Answers a question from the coverage with verbatim excerpts, or abstains. Every surface (CLI, REPL,
 * Discord) calls this one function, so a question gets the same answer everywhere. `raw` is the user's
 * text as typed; `hint` is the command it came with (`/when` → "when").
 */
export function answer(coverage: Coverage, raw: string, hint: AskCommand | null = null, options: AnswerOptions = {}): Answer {
  return answerRanked(coverage, raw, hint, options).answer;
}

/** `answer()` with the question as read and the full reranked candidate list it chose from, for evaluation (MRR, recall@k). */
export function answerRanked(
  coverage: Coverage,
  raw: string,
  hint: AskCommand | null,
  options: AnswerOptions = {},
): { answer: Answer; ranked: Ranked[]; question: Question } {
  const tuning = options.tuning ?? ANSWER_DEFAULTS;
  const clean = sanitizeQuestion(raw, tuning.maxQuestionChars);
  // A question in another alphabet is not read (inOtherAlphabet), so it follows nothing up either: read as a follow-up
  // with no word of its own, it would be given the answer before's topic as its answer.
  const context: AnswerOptions = inOtherAlphabet(clean.text) ? {} : options;
  const command = hint ?? clean.command;
  const cased = caseNames(clean.text, coverage.people, (term) => coverage.index.sentences.df(term));
  const question = readQuestion(coverage.nlp, cased, command, peopleTerms(coverage.people), tuning, {
    previous: context.previous,
    previousType: context.previousType,
    previousQuantity: context.previousQuantity,
    previousMeasure: context.previousMeasure,
    previousAboutOne: context.previousAboutOne,
    previousAnswer: answerOf(coverage, context.previousExcerpt),
    casedByCoverage: cased !== clean.text,
    vocabulary: coverage.index.sentences,
  });
  const ranked =
    question.query.length > 0 ? rerank(coverage, question, retrieve(coverage.index, question.query, tuning), tuning.ranker) : [];
  // What may be shown: no sentence in display capitals (a headline or teaser reports nothing, inDisplayCapitals). The
  // ranked list returned, which the fit reads, keeps them.
  const shown = ranked.some((r) => inDisplayCapitals(r.article, r.sentence))
    ? ranked.filter((r) => !inDisplayCapitals(r.article, r.sentence))
    : ranked;
  // A question with no content word of its own asks nothing the coverage could answer.
  const rankedConfidence = question.own.length > 0 ? confidenceOf(coverage, question, shown, tuning.ranker) : 0;
  // A follow-up none of whose own words the coverage holds ("And what was the score?" after "Who beat Jo Penn?") asks about
  // what the answer before was about: that excerpt is the focus of the discourse (Grosz & Sidner 1986) and its centre what
  // the next question is most likely about (Grosz, Joshi & Weinstein 1995), so an answer of the asked type it holds answers
  // the follow-up (topicalAnswer), as sure as the excerpt was. Retrieval had none of the question's own words to go on.
  const topical = rankedConfidence < tuning.abstainBelow ? topicalAnswer(coverage, question, shown, context.previousExcerpt) : null;
  const top = topical ?? shown[0];
  const confidence = topical && context.previousExcerpt ? context.previousExcerpt.confidence : rankedConfidence;
  if (!top || confidence < tuning.abstainBelow) {
    // A correction that found no answer is not claimed: the reply speaks of the names as typed. A name the coverage lacks
    // is often near some other word of it (fit news pages: "Seoul" as "soul", "Sony" as "song"); said as typed, it is
    // "No article in the coverage mentions Seoul."
    const answer = answerTo(clean.text, question, {
      // A question with no word of its own, and none inherited from a question before (readQuestion fills `own` from it),
      // asks nothing: the reply says so, not only that the coverage does not answer it ("And when?" asked first).
      notices: question.own.length === 0 ? [...clean.notices, nothingAskedNotice(clean.text)] : clean.notices,
      unmentioned: unmentionedNames(coverage, question, true),
      abstained: true,
      excerpts: [],
      confidence,
      closest: closestArticles(ranked),
      disagreements: [],
    });
    return { answer, ranked, question };
  }
  const notices = [...clean.notices, ...correctionNotices(question.corrected)];
  const unmentioned = unmentionedNames(coverage, question);
  const first = excerptOf(coverage, top, question, shown);
  const excerpts = [first, ...supporting(coverage, question, shown, top, first, tuning)];
  const disagreements = disagreementsIn(excerpts, question.answerType, coverage);
  const answer = answerTo(clean.text, question, {
    notices,
    unmentioned,
    abstained: false,
    excerpts,
    confidence,
    closest: [],
    disagreements,
  });
  return { answer, ranked, question };
}

/**
 * Whether a question is written in another alphabet: letters, none of them Latin (Cyrillic, Han, Arabic …). The English
 * model (wink-eng-lite-web-model) reads none of its words.
 */
function inOtherAlphabet(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text);
}

/**
 * Why a question with no word of its own asks nothing: written in another alphabet, it is one the reader cannot read, and
 * the reply says so rather than that it names nothing; otherwise it names nothing and follows nothing up ("And when?"
 * asked first).
 */
function nothingAskedNotice(text: string): string {
  return inOtherAlphabet(text) ? USER_MESSAGES.englishOnly : USER_MESSAGES.nothingAsked;
}

/** What an answer holds beside what the question asked: what was found, or that nothing was. */
type Findings = Pick<Answer, 'notices' | 'unmentioned' | 'abstained' | 'excerpts' | 'confidence' | 'closest' | 'disagreements'>;

/**
 * The answer to the question `text` as read (`question`): what it asked, which a follow-up inherits, and what was found.
 * The fields are written out, not spread: on Node 20 an object literal that spreads one object and then adds fields took
 * ~10 µs to build against ~0.1 µs written out (a micro-benchmark of session 11, not kept), about 1.5% of answer()'s CPU per
 * SQuAD question.
 */
function answerTo(text: string, question: Question, found: Findings): Answer {
  return {
    question: text,
    answerType: question.answerType,
    quantity: question.quantity,
    measure: askedMeasureOf(question),
    subject: [...question.own, ...question.inherited],
    aboutOne: question.aboutOne,
    notices: found.notices,
    unmentioned: found.unmentioned,
    abstained: found.abstained,
    excerpts: found.excerpts,
    confidence: found.confidence,
    closest: found.closest,
    disagreements: found.disagreements,
  };
}

const PEOPLE_TERMS = new WeakMap<readonly CentralPerson[], readonly string[][]>();

/** The people's index terms, made once per coverage: a coverage names thousands of people, and each question read them all. */
function peopleTerms(people: readonly CentralPerson[]): readonly string[][] {
  let terms = PEOPLE_TERMS.get(people);
  if (!terms) PEOPLE_TERMS.set(people, (terms = people.map((p) => p.terms)));
  return terms;
}

/**
 * Up to `supportingExcerpts` more, each from another article, close enough to the top, no near-duplicates,
 * and each giving an answer about the same event: the top one's, or another of the expected type (a
 * disagreement, which disagreementsIn then states). A question with no typed answer (what, how, a
 * bare statement) gets none: a sentence that only shares the question's words supports nothing.
 * Near-duplicates are judged on the excerpts as shown, all their sentences: the top excerpt can hold
 * the sentences next to the top one (excerpt.ts), and a syndicated copy of one of those is no support.
 */
function supporting(
  coverage: Coverage,
  question: Question,
  ranked: readonly Ranked[],
  top: Ranked,
  first: Excerpt,
  tuning: AnswerSettings,
): Excerpt[] {
  if (!TYPED_ANSWERS.has(question.answerType)) return [];
  const picked: Excerpt[] = [];
  const seenArticles = new Set([top.article.id]);
  const topContext = contextTerms(top);
  const shown = [excerptTerms(top.article, first)];
  for (const r of ranked) {
    if (picked.length >= tuning.supportingExcerpts) break;
    if (r.score < top.score * tuning.supportingMinRatio) break;
    if (seenArticles.has(r.article.id)) continue;
    if (!statesQuestionTerm(question, sentenceTerms(r)) || !sameEvent(coverage, top, topContext, r)) continue;
    const excerpt = excerptOf(coverage, r, question);
    if (excerpt.answer === null) continue;
    const terms = excerptTerms(r.article, excerpt);
    if (shown.some((t) => overlap(t, terms) >= tuning.duplicateOverlap)) continue;
    picked.push(excerpt);
    seenArticles.add(r.article.id);
    shown.push(terms);
  }
  return picked;
}

/**
 * Whether two sentences report one event, so that one's answer supports (or contradicts) the other's:
 * both state it as fact or both as a possibility ("talks were held" is not "a meeting could take
 * place"), and, their answers set aside, they share as much content as the timeline asks of two
 * reports of one event (EVENTS_DEFAULTS.sameEventOverlap). Sentences that share only the question's
 * names ("Trump", "Putin") are about other events.
 */
function sameEvent(coverage: Coverage, top: Ranked, topContext: Set<string>, r: Ranked): boolean {
  if (isHypothetical(top.article, top.sentence) !== isHypothetical(r.article, r.sentence)) return false;
  const idf = (t: string) => coverage.index.sentences.idf(t);
  return sharedContent(topContext, contextTerms(r), idf) >= EVENTS_DEFAULTS.sameEventOverlap;
}

/**
 * Whether a sentence states one of the question's own terms, itself or by a synonym: a sentence found
 * only through the question's pronouns ("they" → the coverage's central people) supports nothing.
 */
function statesQuestionTerm(question: Question, terms: ReadonlySet<string>): boolean {
  return question.own.some((term) => terms.has(term) || [...synonymsOf(term)].some((s) => terms.has(termOf(s))));
}

/**
 * The candidate of the previous answer's top excerpt (`topic`) whose shown answer answers a follow-up none of whose own
 * words any sentence of the coverage holds; null when the question keeps nothing of the one before, a word of its own is
 * in the coverage, or no such candidate shows an answer of the asked type that is new: not the answer before, nor a span
 * naming what the question or the one before named (answer candidates the question mentions are excluded: Abney, Collins
 * & Singhal 2000), so "Who was the umpire?" after "Who beat Jo Penn?" is not answered with a player.
 */
function topicalAnswer(
  coverage: Coverage,
  question: Question,
  shown: readonly Ranked[],
  topic: TopicExcerpt | null | undefined,
): Ranked | null {
  if (!topic || question.inherited.length === 0 || question.own.length === 0) return null;
  if (question.own.some((term) => coverage.index.sentences.df(term) > 0)) return null;
  const named = new Set([...question.own, ...question.inherited]);
  const answers = (r: Ranked): boolean => {
    const span = r.span;
    if (span === null) return false;
    if (topic.answerStart !== null && topic.answerEnd !== null && span.start < topic.answerEnd && span.end > topic.answerStart)
      return false;
    const { tokens } = r.article;
    const terms = termsOf(tokens);
    for (let i = r.sentence.tokenStart; i < r.sentence.tokenEnd; i++) {
      const term = terms[i];
      if (tokens.start[i] >= span.start && tokens.start[i] < span.end && term !== null && named.has(term)) return false;
    }
    return true;
  };
  const inTopic = (r: Ranked) => r.article.id === topic.articleId && r.sentence.start >= topic.start && r.sentence.end <= topic.end;
  return shown.find((r) => inTopic(r) && answers(r)) ?? null;
}

/** The sentence's index terms outside its answer span: what it says about the answer. */
function contextTerms(r: Ranked): Set<string> {
  const { tokens } = r.article;
  const terms = termsOf(tokens);
  const context = new Set<string>();
  for (let i = r.sentence.tokenStart; i < r.sentence.tokenEnd; i++) {
    if (r.span && tokens.start[i] >= r.span.start && tokens.start[i] < r.span.end) continue;
    const term = terms[i];
    if (term !== null) context.add(term);
  }
  return context;
}

function sentenceTerms(r: Ranked): Set<string> {
  return termsBetween(r.article, r.sentence.tokenStart, r.sentence.tokenEnd);
}

/** The index terms of an excerpt's sentences (an excerpt is whole sentences of one article). */
function excerptTerms(article: AnalysedArticle, excerpt: Excerpt): Set<string> {
  const inside = article.sentences.filter((s) => s.start >= excerpt.start && s.end <= excerpt.end);
  return termsBetween(article, inside[0].tokenStart, inside[inside.length - 1].tokenEnd);
}

function termsBetween(article: AnalysedArticle, tokenStart: number, tokenEnd: number): Set<string> {
  const terms = termsOf(article.tokens);
  const set = new Set<string>();
  for (let i = tokenStart; i < tokenEnd; i++) if (terms[i] !== null) set.add(terms[i] as string);
  return set;
}

/** Share of the smaller set found in the other: syndicated copies and light rewrites score near 1. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

/** The articles whose sentences came closest, best first, at most three. */
function closestArticles(ranked: readonly Ranked[]): ArticleRef[] {
  const out = new Map<string, ArticleRef>();
  for (const r of ranked) {
    if (!out.has(r.article.id)) out.set(r.article.id, articleRef(r.article));
    if (out.size === 3) break;
  }
  return [...out.values()];
}
