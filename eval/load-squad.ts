import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../src/analyse/analyse-article.js';
import type { Nlp } from '../src/analyse/nlp.js';
import type { AnalysedArticle } from '../src/analyse/types.js';
import { wordsOf } from '../src/clean/boilerplate/line-features.js';
import { foldLine } from '../src/corpus/shared-lines.js';
import { datasetAt, DEFAULT_DATASETS } from './datasets.js';

export interface SquadQuestion {
  id: string;
  article: string;
  question: string;
  answers: string[];
}

/** SQuAD v1.1 dev's file in a datasets folder (eval/datasets.ts). */
export function squadIn(datasets: string): string {
  return join(datasets, 'squad-v1.1-dev.json');
}

export const DEFAULT_SQUAD = squadIn(DEFAULT_DATASETS);

/** SQuAD v1.1's JSON, the parts read here and by the bench. */
export interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[] }[];
}

/** The SQuAD file at `path` (a DatasetsMissingError when it is not there). */
export function readSquadFile(path: string): SquadFile {
  return JSON.parse(readFileSync(datasetAt(path), 'utf8')) as SquadFile;
}

/**
 * SQuAD v1.1 as a coverage: each Wikipedia article one document whose paragraphs are the passages.
 * The text is clean prose, so it enters the pipeline at analysis (the cleaner is for scraped pages).
 */
export function loadSquad(nlp: Nlp, path: string): { articles: AnalysedArticle[]; questions: SquadQuestion[] } {
  const file = readSquadFile(path);
  const articles: AnalysedArticle[] = [];
  const questions: SquadQuestion[] = [];
  for (const doc of file.data) {
    const text = doc.paragraphs.map((p) => foldLine(p.context)).join('\n\n');
    const meta = {
      title: doc.title.replace(/_/g, ' '),
      outlet: 'Wikipedia',
      published: null,
      publishedInferred: false,
      url: null,
      byline: null,
    };
    articles.push(analyseArticle(nlp, { id: doc.title, hash: doc.title, text, meta }));
    for (const p of doc.paragraphs) {
      for (const qa of p.qas)
        questions.push({ id: qa.id, article: doc.title, question: qa.question, answers: qa.answers.map((a) => a.text) });
    }
  }
  return { articles, questions };
}

/** Separates an article's id from the copy number of a replica of it (`Super_Bowl_50#3`); never in a SQuAD title. */
const REPLICA = '#';

/**
 * Copy number `copy` (≥ 1) of an analysed article, under its own id and hash, for corpora grown by
 * replication (the benchmark's 10× and 100×): text and analysis are shared with the original, so the
 * postings grow as with new articles while no analysis is repeated.
 */
export function replicaOf(article: AnalysedArticle, copy: number): AnalysedArticle {
  const id = `${article.id}${REPLICA}${copy}`;
  const sentences = article.sentences.map((s, i) => ({ ...s, id: `${id}:${i}` }));
  return { ...article, id, hash: `${article.hash}${REPLICA}${copy}`, sentences };
}

/**
 * The answer a reply marks is right: its words and a gold answer's, lower-cased, hold one another as a run of whole
 * words ("Denver Broncos" for gold "Broncos", "the Denver Broncos" or "Broncos" for gold "Denver Broncos"). Lenient, as
 * a bold answer inside a right excerpt reads; SQuAD's exact match would call all but one of those wrong.
 */
export function isAnswerSpan(q: SquadQuestion, span: string): boolean {
  const marked = wordRun(span);
  if (marked === '  ') return false;
  return q.answers.some((a) => {
    const gold = wordRun(a);
    return gold !== '  ' && (marked.includes(gold) || gold.includes(marked));
  });
}

/** The words of a text, lower-cased, joined by single spaces and with a space at either end (whole-word containment). */
function wordRun(text: string): string {
  return ` ${wordsOf(text).join(' ')} `;
}

/** A hit: the sentence is from the question's article (or a replica of it) and contains a gold answer (case-insensitive). */
export function isHit(q: SquadQuestion, articleId: string, text: string): boolean {
  const at = articleId.indexOf(REPLICA);
  if ((at < 0 ? articleId : articleId.slice(0, at)) !== q.article) return false;
  const lower = text.toLowerCase();
  return q.answers.some((a) => lower.includes(a.toLowerCase()));
}
