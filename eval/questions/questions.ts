/**
 * The question sets of eval/questions/ (written before any run; see README.md) and how an excerpt is
 * judged against them. Used by the eval sections `seed-questions` and `news-questions`.
 */
import { readFileSync } from 'node:fs';
import { answer } from '../../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import type { Excerpt } from '../../src/answer/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { isFitPage } from '../datasets.js';

export interface SeedQuestion {
  id: string;
  article: string;
  type: string;
  question: string;
  answers: string[];
}

/**
 * What a news question asks of the coverage: a body answers it, only page furniture does, nothing does (absent: no page
 * covers the topic), or its page tells the story but not the detail asked (unsaid: SQuAD 2.0's plausible unanswerable
 * question, Rajpurkar et al. 2018). Right behaviour on all but answerable: abstain. README.md says how each was written.
 */
export const NEWS_KINDS = ['answerable', 'furniture', 'absent', 'unsaid'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];
export const NEWS_PARTS = ['calibration', 'report'] as const;
export type NewsPart = (typeof NEWS_PARTS)[number];

export interface NewsQuestion {
  id: string;
  /** The article-extraction page (64-hex id) the question was written on. */
  page: string;
  part: NewsPart;
  kind: NewsKind;
  question: string;
  /** answerable: gold phrases, one of which the top excerpt must contain. */
  answers?: string[];
  /** answerable: the pages whose true body answers it (the page itself first). */
  acceptPages?: string[];
  /** furniture: the furniture line of the scrape that holds the answer (for the reader; not scored). */
  evidence?: string[];
  /** absent / unsaid: how the detail was checked to be on no page (for the reader; not scored). */
  note?: string;
}

interface NewsFile {
  calibrationPages: string[];
  reportPages: string[];
  questions: NewsQuestion[];
}

export function loadSeedQuestions(): SeedQuestion[] {
  return (JSON.parse(readFileSync(new URL('./seeds.json', import.meta.url), 'utf8')) as { questions: SeedQuestion[] }).questions;
}

/** The news questions, after checking that each is on a held-out page and in its page's part (the split is by page). */
export function loadNewsQuestions(): NewsFile {
  const file = JSON.parse(readFileSync(new URL('./news.json', import.meta.url), 'utf8')) as NewsFile;
  const partOf = new Map<string, NewsPart>([
    ...file.calibrationPages.map((p) => [p, 'calibration'] as const),
    ...file.reportPages.map((p) => [p, 'report'] as const),
  ]);
  for (const q of file.questions) {
    if (isFitPage(q.page)) throw new Error(`news.json: ${q.id} is on a page of the fit split; questions are on held-out pages only`);
    if (partOf.get(q.page) !== q.part) throw new Error(`news.json: ${q.id} is in part ${q.part} but its page ${q.page} is not`);
  }
  return file;
}

/**
 * Text compared as a reader sees it: whitespace runs as one space, typographic quotes as plain ones
 * (the cleaner repairs quotes, so "don’t" in the page may read "don't" in an excerpt), invisible
 * characters (soft hyphen, zero-width space/joiners, BOM) dropped.
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `normalise` without any whitespace: for "is this excerpt in the true body", since the benchmark's
 * bodies split some words ("Arte mis m oon") and the cleaner joins lines, spacing is not evidence.
 */
export function compact(text: string): string {
  return normalise(text).replace(/ /g, '');
}

/** A reply answers: its text comes from one of `articles` and contains one of the gold phrases (exact case). */
export function answers(articleId: string | undefined, text: string, articles: readonly string[], gold: readonly string[]): boolean {
  if (articleId === undefined || !articles.includes(articleId)) return false;
  const seen = normalise(text);
  return gold.some((g) => seen.includes(normalise(g)));
}

/** A miss, as listed in the eval JSON for developers to read. */
export interface Miss {
  id: string;
  question: string;
  expected: string;
  got: string;
}

/** What the system replied, in one line: the top excerpt with its article, or that it abstained. */
export function gotOf(abstained: boolean, excerpt: Excerpt | undefined): string {
  if (abstained || !excerpt) return '(abstained)';
  return `[${excerpt.article.id}] ${normalise(excerpt.text)}`;
}

const NEVER_ABSTAIN = { ...ANSWER_DEFAULTS, abstainBelow: 0 };

/**
 * The top excerpt `answer()` would show for a question it abstained on, were there no abstention threshold: what an
 * abstention costs is how many of those would have been right (the threshold's price on a question set).
 */
export function topWithoutThreshold(coverage: Coverage, question: string): Excerpt | undefined {
  return answer(coverage, question, null, { tuning: NEVER_ABSTAIN }).excerpts[0];
}
