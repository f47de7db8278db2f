import type { Quote } from './types.js';

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
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
