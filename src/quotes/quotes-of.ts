import type { Coverage } from '../coverage/types.js';
import { findQuotes } from './find-quotes.js';
import type { Quote } from './types.js';

/**
 * findQuotes once per coverage: a coverage never changes once built, and Discord asks for the
 * speakers on every keystroke of the autocomplete. Weakly held, so a replaced coverage's quotes go with it.
 */
const cache = new WeakMap<Coverage, readonly Quote[]>();

export function quotesOf(coverage: Coverage): readonly Quote[] {
  let quotes = cache.get(coverage);
  if (!quotes) {
    quotes = findQuotes(coverage);
    cache.set(coverage, quotes);
  }
  return quotes;
}
