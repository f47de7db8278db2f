/**
 * Title Case, as headlines are written: at least `ratio` of the words of four or more letters start
 * with a capital (short words — a, of, the, to — stay lower case in headline style).
 */
export function isTitleCase(text: string, ratio: number): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => /^\p{L}{4}/u.test(w));
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= ratio;
}
