import type { QuoteSelection } from './types.js';

/** What to tell the user when a selection is empty, with names to try; null when it is not. */
export function quotesNotice(selection: QuoteSelection): string | null {
  if (selection.quotes.length > 0) return null;
  if (selection.person === null) return 'No one is quoted in the coverage.';
  const tries = selection.suggestions.length > 0 ? ` Closest speakers: ${selection.suggestions.join(', ')}.` : '';
  return `Nothing in the coverage is quoted from "${selection.person}".${tries}`;
}
