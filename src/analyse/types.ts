import type { CleanArticle } from '../corpus/types.js';

/**
 * Entity types: wink-nlp's own (DATE, CARDINAL, …) plus the ones derived from proper-noun sequences:
 * PERSON, PLACE, ORG, NORP (nationalities, as OntoNotes calls them: "Russian") and PROPER (a name of
 * no known kind).
 */
export const ENTITY_TYPES = [
  'DATE',
  'TIME',
  'DURATION',
  'CARDINAL',
  'ORDINAL',
  'MONEY',
  'PERCENT',
  'PERSON',
  'PLACE',
  'ORG',
  'NORP',
  'PROPER',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** The entity types that are names (NORP, "Russian", is an adjective of one). */
export const NAME_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'PLACE', 'ORG', 'PROPER']);

/** Character offsets into the cleaned article text: `text.slice(start, end)` is the entity, sentence or paragraph. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where an entity or a sentence stands in its article. */
interface ArticleRange extends TextRange {
  /** Token range [tokenStart, tokenEnd) into the article's token columns. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Entity extends ArticleRange {
  type: EntityType;
}

export interface Sentence extends ArticleRange {
  /** Stable id `<articleId>:<ordinal>`; unchanged while the article is unchanged. */
  id: string;
  /** Ordinal of the passage (paragraph) the sentence belongs to. */
  passage: number;
  /** True when the sentence contains a negation ("not", "never", "n't"). */
  negated: boolean;
}

/**
 * Token columns of one article, index-aligned (column layout keeps 100k-sentence corpora compact and
 * serialises to JSON for the analysis cache).
 */
export interface Tokens {
  /** Start offset of each token in the cleaned text; the token is `text.slice(start[i], start[i] + value[i].length)`. */
  start: number[];
  value: string[];
  /** Lower-case lemma (wink-nlp), used for matching. */
  lemma: string[];
  /** Universal POS tag (wink-nlp). */
  pos: string[];
}

/** A cleaned article with what the analysis found in its text. */
export interface AnalysedArticle extends CleanArticle {
  /** An article read from the analysis cache makes these on first read (src/store/records/analysis-record.ts). */
  tokens: Tokens;
  sentences: Sentence[];
  entities: Entity[];
  /**
   * The sentences as columns, where the article holds them so (one read from the analysis cache): a warm start checks
   * and lays out the saved index over every sentence of the coverage, and making the Sentence objects for that took
   * about a tenth of it. Absent on an article analysed in this process; sentenceColumnsOf gives either's.
   */
  sentenceColumns?(): SentenceColumns;
}

/** What indexing reads of each sentence: its token range and its passage, sentence by sentence. */
export interface SentenceColumns {
  count: number;
  tokenStart: ArrayLike<number>;
  tokenEnd: ArrayLike<number>;
  passage: ArrayLike<number>;
}

export function sentenceColumnsOf(article: AnalysedArticle): SentenceColumns {
  if (article.sentenceColumns) return article.sentenceColumns();
  const { sentences } = article;
  return {
    count: sentences.length,
    tokenStart: sentences.map((s) => s.tokenStart),
    tokenEnd: sentences.map((s) => s.tokenEnd),
    passage: sentences.map((s) => s.passage),
  };
}
