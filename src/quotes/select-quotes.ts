import { closestSpeakers } from './closest-speakers.js';
import { quotesBy } from './quotes-by.js';
import { speakerCounts } from './speaker-counts.js';
import type { Quote, QuoteSelection } from './types.js';
import { plainTopic } from '../user-text/sanitize.js';

/** Speakers offered when a name matches no one. */
const SUGGESTED_SPEAKERS = 3;

/**
 * What /quotes shows: with a person, their quotes (or, when the name matches no speaker, the
 * closest speakers to suggest); without, every quote and the speakers by count.
 */
export function selectQuotes(quotes: readonly Quote[], person: string | null, suggestions = SUGGESTED_SPEAKERS): QuoteSelection {
  const wanted = plainTopic(person);
  if (wanted === null) return { person: null, quotes: [...quotes], speakers: speakerCounts(quotes), suggestions: [] };
  const theirs = quotesBy(quotes, wanted);
  return {
    person: wanted,
    quotes: theirs,
    speakers: speakerCounts(theirs),
    suggestions: theirs.length === 0 ? closestSpeakers(speakerCounts(quotes), wanted, suggestions) : [],
  };
}
