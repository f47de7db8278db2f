import { indexTerms } from '../analyse/index-terms.js';
import type { Coverage } from '../coverage/types.js';
import { resolveDate } from '../dates/resolve-date.js';
import { articleRef } from './article-ref.js';
import { confidenceOf } from './confidence.js';
import { findDisagreements } from './disagreement.js';
import { readQuestion } from './read-question.js';
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
  const confidence = confidenceOf(ranked, options.ranker);
  if (!top || confidence < tuning.abstainBelow) {
    return { answer: { ...base, abstained: true, excerpts: [], confidence, closest: closestArticles(ranked), disagreements: [] }, ranked };
  }
  const chosen = [top, ...supporting(ranked, top, tuning)];
  const excerpts = chosen.map(excerptOf);
  return { answer: { ...base, abstained: false, excerpts, confidence, closest: [], disagreements: findDisagreements(excerpts, coverage) }, ranked };
}

/** Up to `supportingExcerpts` more, each from another article, close enough to the top, no near-duplicates. */
function supporting(ranked: readonly Ranked[], top: Ranked, tuning: AnswerSettings): Ranked[] {
  const picked = [top];
  const seenArticles = new Set([top.article.id]);
  const termSets = [termSet(top)];
  for (const r of ranked) {
    if (picked.length > tuning.supportingExcerpts) break;
    if (r.score < top.score * tuning.supportingMinRatio) break;
    if (seenArticles.has(r.article.id)) continue;
    const terms = termSet(r);
    if (termSets.some((t) => overlap(t, terms) >= tuning.duplicateOverlap)) continue;
    picked.push(r);
    seenArticles.add(r.article.id);
    termSets.push(terms);
  }
  return picked.slice(1);
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

function excerptOf(r: Ranked): Excerpt {
  const { article, sentence, span } = r;
  const answerText = span ? article.text.slice(span.start, span.end) : null;
  const isDate = span?.entity?.type === 'DATE';
  const date = isDate && answerText ? resolveDate(answerText, article.meta.published) : null;
  return {
    text: article.text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    sentenceId: sentence.id,
    answer: answerText,
    answerStart: span ? span.start - sentence.start : null,
    answerEnd: span ? span.end - sentence.start : null,
    // Excerpts carry day or month precision; a bare year stays in the answer text.
    date: date && date.length >= 7 ? date : null,
    score: Math.round(r.score * 1000) / 1000,
    article: articleRef(article),
  };
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
