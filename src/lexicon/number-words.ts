/**
 * The English cardinal number words up to twenty, the tens and "hundred", with their values: the one list of them for every
 * step that reads a number written in words (the answer spans of quantity questions, the figures outlets disagree on).
 * Prototype-less: looked up with words from text, where "constructor" must find nothing.
 */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = Object.assign(Object.create(null), {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
});

/** The number words as a regular expression's alternation, in the order above ("one|two|…|hundred"). */
export const NUMBER_WORDS = Object.keys(NUMBER_WORD_VALUES).join('|');
/** The words of magnitude that follow a number word ("two million"), as an alternation. */
export const MAGNITUDES = 'thousand|million|billion';
