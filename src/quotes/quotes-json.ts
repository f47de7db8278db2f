import { quotesNotice } from './quotes-notice.js';
import type { QuoteSelection } from './types.js';

/**
 * The `ask --json "/quotes [person]"` contract: `{ quotes: [{ speaker, text, article: { id, outlet,
 * published } }] }` in coverage order; without a person it adds `speakers: [{ speaker, count }]`, and
 * an empty result adds `message` and `suggestions`.
 */
export function quotesJson(selection: QuoteSelection) {
  const json = {
    quotes: selection.quotes.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      article: { id: q.article.id, outlet: q.article.outlet, published: q.article.published },
    })),
  };
  const notice = quotesNotice(selection);
  if (notice !== null) return { ...json, message: notice, suggestions: selection.suggestions };
  return selection.person === null ? { ...json, speakers: selection.speakers } : json;
}
