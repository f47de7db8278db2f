import type { ArticleRef } from '../../src/answer/types.js';
import type { Quote } from '../../src/quotes/types.js';

const ARTICLE: ArticleRef = {
  id: 'hp',
  title: 'Port authority warns tariff dispute is costing jobs',
  outlet: 'Harbour Post',
  published: null,
  url: null,
};

/** A quote as findQuotes makes them, offsets into an article that begins with its text. */
export function sampleQuote(speaker: string, text: string, kind: Quote['kind'] = 'direct', article: ArticleRef = ARTICLE): Quote {
  return { speaker, text, kind, start: 0, end: text.length, article };
}

export const QUOTES: Quote[] = [
  sampleQuote('Hanna Lutz', 'Every week without a deal, ships go elsewhere'),
  sampleQuote('Oskar Brenner', 'We have waited long enough'),
  sampleQuote('Hanna Lutz', 'Negotiators met in Geneva last week but reached no agreement, according to Lutz.', 'reported'),
  sampleQuote('Volodymyr Zelenskyy', 'We need air defence now'),
];
