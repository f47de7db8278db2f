import { nameWords } from './quotes-by.js';
import { speakerCounts } from './speaker-counts.js';
import type { Quote } from './types.js';
import { plainText } from '../user-text/sanitize.js';

/** Discord shows at most 25 autocomplete choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const CHOICE_TEXT_MAX = 100;

/**
 * The speakers to offer while a name is typed: those with a word starting with each typed word
 * ("pes" → Dmitry Peskov), most quoted first; every speaker, most quoted first, before anything is typed.
 */
export function speakerChoices(quotes: readonly Quote[], typed: string, limit = MAX_CHOICES): { name: string; value: string }[] {
  const wanted = nameWords(plainText(typed));
  return speakerCounts(quotes)
    .filter(({ speaker }) => {
      const words = nameWords(speaker);
      return wanted.every((w) => words.some((x) => x.startsWith(w)));
    })
    .filter(({ speaker }) => speaker.length <= CHOICE_TEXT_MAX)
    .slice(0, limit)
    .map(({ speaker, count }) => ({ name: `${speaker} (${count})`.slice(0, CHOICE_TEXT_MAX), value: speaker }));
}
