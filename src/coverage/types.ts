import type { Nlp } from '../analyse/nlp.js';
import type { AnalysedArticle } from '../analyse/types.js';
import type { SentenceIndex } from '../index/sentence-index.js';

/** A person the coverage is about, by how often the articles name them. */
export interface CentralPerson {
  /** The fullest form the articles use: "Vladimir Putin". */
  name: string;
  /** The index terms a question's pronoun expands to: the surname's. */
  terms: string[];
  mentions: number;
}

/**
 * The indexed coverage: everything `answer()` needs, immutable once built. A re-index builds a new
 * Coverage beside the old one and swaps the reference, so questions in flight keep the old one.
 */
export interface Coverage {
  /** Changes whenever any article or the pipeline changes; keys the answer cache. */
  version: string;
  articles: readonly AnalysedArticle[];
  byId: ReadonlyMap<string, AnalysedArticle>;
  index: SentenceIndex;
  /** Most mentioned first. */
  people: readonly CentralPerson[];
  /** The process's one wink-nlp instance: questions are read with the analysis the articles had. */
  nlp: Nlp;
}
