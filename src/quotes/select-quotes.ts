/**
 * Choosing quotes for /quotes and its autocomplete: the quotes of a coverage (found once), the quotes of
 * the person asked for, speakers by count, the closest names for "did you mean", the speakers offered while
 * a name is typed (as Discord's choices: speakerChoices in src/discord/format/pages.ts).
 */
import { foldAccents } from '../analyse/index-terms.js';
import type { Coverage } from '../coverage/types.js';
import { plainText, plainTopic } from '../user-text/sanitize.js';
import { QUOTES_DEFAULTS } from './defaults.js';
import { findQuotes } from './find-quotes.js';
import type { Quote, QuoteSelection, SpeakerCount } from './types.js';

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

/**
 * What /quotes shows: with a person, their quotes (or, when the name matches no speaker, the
 * closest speakers to suggest); without, every quote and the speakers by count.
 */
export function selectQuotes(
  quotes: readonly Quote[],
  person: string | null,
  suggestions = QUOTES_DEFAULTS.suggestedSpeakers,
): QuoteSelection {
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

/**
 * The quotes of the person asked for: every word of `person` is a word of the speaker's name, case
 * and accents aside ("Peskov", "dmitry peskov" → Dmitry Peskov). Empty when `person` has no word.
 */
export function quotesBy(quotes: readonly Quote[], person: string): Quote[] {
  const wanted = nameWords(person);
  if (wanted.length === 0) return [];
  return quotes.filter((q) => {
    const words = nameWords(q.speaker);
    return wanted.every((w) => words.includes(w));
  });
}

/** Lower-case words of a name without accents: "Zelenskyy" and "zelenskyy", "Lévy" and "levy" meet. */
export function nameWords(name: string): string[] {
  return foldAccents(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Each speaker once with their number of quotes, most quoted first, ties alphabetically. */
export function speakerCounts(quotes: readonly Quote[]): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts]
    .map(([speaker, count]) => ({ speaker, count }))
    .sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
}

/**
 * Speakers whose names come closest to what was typed, for "did you mean": the smallest edit
 * distance (Levenshtein) between the typed text and the full name or any word of it, relative to
 * the longer of the two, so "Peskof" finds Dmitry Peskov; ties go to the more quoted speaker.
 */
export function closestSpeakers(speakers: readonly SpeakerCount[], typed: string, limit: number): string[] {
  const t = nameWords(typed).join(' ');
  if (t === '') return speakers.slice(0, limit).map((s) => s.speaker);
  const scored = speakers.map((s, order) => {
    const words = nameWords(s.speaker);
    const distance = Math.min(...[words.join(' '), ...words].map((w) => editDistance(t, w) / Math.max(t.length, w.length)));
    return { speaker: s.speaker, distance, order };
  });
  return scored
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.speaker);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The speakers to offer while a name is typed: those with a word starting with each typed word
 * ("pes" → Dmitry Peskov), most quoted first; every speaker, most quoted first, before anything is typed.
 */
export function speakersTyped(quotes: readonly Quote[], typed: string): SpeakerCount[] {
  const wanted = nameWords(plainText(typed));
  return speakerCounts(quotes).filter(({ speaker }) => {
    const words = nameWords(speaker);
    return wanted.every((w) => words.some((x) => x.startsWith(w)));
  });
}
