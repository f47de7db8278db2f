import { firstTokenAt } from '../analyse/entities-in.js';
import type { AnalysedArticle, TextRange } from '../analyse/types.js';
import type { PersonNamer } from './person-namer.js';
import { quoteSpans, type QuoteSpan } from './quote-spans.js';

/** A person named outside quotation marks. */
export interface Mention {
  tokenStart: number;
  tokenEnd: number;
  name: string;
  /** Ordinal of the sentence it is in. */
  sentence: number;
}

/** An article as quote attribution reads it: where the quotations are, whose names appear, which sentence holds each token. */
export interface ArticleView {
  article: AnalysedArticle;
  spans: QuoteSpan[];
  /** 1 for the tokens of a quotation, its marks included. */
  inQuote: Uint8Array;
  /** Sentence ordinal of each token; −1 between sentences. */
  sentenceOf: Int32Array;
  /** Text order. */
  mentions: Mention[];
  mentionStartingAt: Map<number, Mention>;
  mentionEndingAt: Map<number, Mention>;
}

/** Reads an article's quotations (paragraph by paragraph) and the people it names outside them. */
export function articleView(article: AnalysedArticle, namer: PersonNamer): ArticleView {
  const { tokens, sentences } = article;
  const paragraphs: (TextRange & { passage: number })[] = [];
  for (const s of sentences) {
    const last = paragraphs.at(-1);
    if (last && last.passage === s.passage) last.end = s.end;
    else paragraphs.push({ start: s.start, end: s.end, passage: s.passage });
  }
  const spans = quoteSpans(article.text, paragraphs);

  const inQuote = new Uint8Array(tokens.value.length);
  for (const span of spans) {
    const last = span.close ?? span.end - 1;
    for (let t = firstTokenAt(tokens.start, span.open); t < tokens.start.length && tokens.start[t] <= last; t++) inQuote[t] = 1;
  }
  const sentenceOf = new Int32Array(tokens.value.length).fill(-1);
  sentences.forEach((s, ordinal) => sentenceOf.fill(ordinal, s.tokenStart, s.tokenEnd));

  const mentions: Mention[] = [];
  for (const entity of article.entities) {
    if (inQuote[entity.tokenStart] || sentenceOf[entity.tokenStart] < 0) continue;
    const name = namer(article, entity);
    if (name !== null)
      mentions.push({ tokenStart: entity.tokenStart, tokenEnd: entity.tokenEnd, name, sentence: sentenceOf[entity.tokenStart] });
  }
  return {
    article,
    spans,
    inQuote,
    sentenceOf,
    mentions,
    mentionStartingAt: new Map(mentions.map((m) => [m.tokenStart, m])),
    mentionEndingAt: new Map(mentions.map((m) => [m.tokenEnd, m])),
  };
}
