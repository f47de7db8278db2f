import { indexTerms } from '../analyse/index-terms.js';
import type { Coverage } from '../coverage/types.js';
import { articleRef } from './article-ref.js';
import { confidenceOf } from './confidence.js';
import { answerDisagreements, findDisagreements, TYPED_ANSWERS } from './disagreement.js';
import { excerptOf } from './excerpt.js';
import { readQuestion, type Question } from './read-question.js';
import type { RankerModel } from './ranker.js';
import { rerank, type Ranked } from './rerank.js';
import { retrieve } from './retrieve.js';
import { sanitizeQuestion } from './sanitize-question.js';
import { ANSWER_DEFAULTS, type AnswerSettings } from './defaults.js';
import type { Answer, ArticleRef, AskCommand, Excerpt } from './types.js';

export interface AnswerOptions {
  /** The subject (`Answer.subject`) of the asker's previous question, for follow-ups in a conversation. */
  previous?: readonly string[];
  tuning?: AnswerSettings;
  /** The ranker's model; the shipped one (ranker-weights.json) unless an evaluation measures another. */
  ranker?: RankerModel;
}

/**
 * Answers a question from the coverage with verbatim excerpts, or abstains. Every surface (CLI, REPL,
 * Discord) calls this one function, so a question gets the same answer everywhere. `raw` is the user's
 * text as typed; `hint` is the command it came with (`/when` → "when").
 */
export function answer(coverage: Coverage, raw: string, hint: AskCommand | null = null, options: AnswerOptions = {}): Answer {
  return answerRanked(coverage, raw, hint, options).answer;
}

/** `answer()` with the full reranked candidate list it chose from, for evaluation (MRR, recall@k). */
export function answerRanked(coverage: Coverage, raw: string, hint: AskCommand | null, options: AnswerOptions = {}): { answer: Answer; ranked: Ranked[] } {
  const tuning = options.tuning ?? ANSWER_DEFAULTS;
  const clean = sanitizeQuestion(raw, tuning.maxQuestionChars);
  const command = hint ?? clean.command;
  const question = readQuestion(coverage.nlp, clean.text, command, coverage.people.map((p) => p.terms), tuning, options.previous);
  const base = { question: clean.text, answerType: question.answerType, notices: clean.notices, subject: [...question.own, ...question.inherited] };

  const ranked = question.query.length > 0 ? rerank(coverage, question, retrieve(coverage.index, question.query, tuning), options.ranker) : [];
  const top = ranked[0];
  // A question with no content word of its own asks nothing the coverage could answer.
  const confidence = question.own.length > 0 ? confidenceOf(ranked, options.ranker) : 0;
  if (!top || confidence < tuning.abstainBelow) {
    return { answer: { ...base, abstained: true, excerpts: [], confidence, closest: closestArticles(ranked), disagreements: [] }, ranked };
  }
  const first = excerptOf(coverage, top, question);
  const excerpts = [first, ...supporting(coverage, question, ranked, top, tuning)];
  const disagreements = [...answerDisagreements(excerpts, question.answerType), ...findDisagreements(excerpts, coverage)];
  return { answer: { ...base, abstained: false, excerpts, confidence, closest: [], disagreements }, ranked };
}

/**
 * Up to `supportingExcerpts` more, each from another article, close enough to the top, no near-duplicates,
 * and each giving an answer: the top one's, or another of the expected type (a disagreement, which
 * answerDisagreements then states). A question with no typed answer (what, how, a bare statement) gets
 * none: a sentence that only shares the question's words supports nothing.
 */
function supporting(coverage: Coverage, question: Question, ranked: readonly Ranked[], top: Ranked, tuning: AnswerSettings): Excerpt[] {
  if (!TYPED_ANSWERS.has(question.answerType)) return [];
  const picked: Excerpt[] = [];
  const seenArticles = new Set([top.article.id]);
  const termSets = [termSet(top)];
  for (const r of ranked) {
    if (picked.length >= tuning.supportingExcerpts) break;
    if (r.score < top.score * tuning.supportingMinRatio) break;
    if (seenArticles.has(r.article.id)) continue;
    const terms = termSet(r);
    if (termSets.some((t) => overlap(t, terms) >= tuning.duplicateOverlap)) continue;
    const excerpt = excerptOf(coverage, r, question);
    if (excerpt.answer === null) continue;
    picked.push(excerpt);
    seenArticles.add(r.article.id);
    termSets.push(terms);
  }
  return picked;
}

function termSet(r: Ranked): Set<string> {
  return new Set(indexTerms(r.article.tokens, r.sentence.tokenStart, r.sentence.tokenEnd));
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
