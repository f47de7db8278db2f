import type { Tokens } from '../analyse/types.js';
import { WEEKDAY_NAME } from '../clean/metadata/written-dates.js';

/**
 * The capitalised words that make a weekday a named day: the church year's (Book of Common Prayer: Ash Wednesday,
 * Maundy Thursday, Good Friday, Easter, Palm, Whit, Trinity, Low and Mothering Sunday, Shrove and Fat Tuesday, Clean
 * Monday), the US retail calendar's (National Retail Federation: Black Friday, Small Business Saturday, Cyber Monday;
 * Giving Tuesday) and Super Tuesday of the US primaries. Any other name before a weekday is the AP form of a date
 * after an object ("told the Senate Tuesday"), which stays a weekday.
 */
const DAY_NAMING = new Set([
  'ash',
  'black',
  'business',
  'clean',
  'cyber',
  'easter',
  'fat',
  'giving',
  'good',
  'holy',
  'low',
  'maundy',
  'mothering',
  'palm',
  'pentecost',
  'remembrance',
  'shrove',
  'super',
  'trinity',
  'whit',
]);
const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$`, 'i');

/**
 * Where a named day starts whose last word is the weekday at token `at`, or -1 ("Black Friday", "Good Friday": the AP
 * Stylebook capitalises holidays and holy days): its date is not that weekday's nearest. [from, at) are the sentence's
 * tokens before it.
 */
export function namedDayStart(tokens: Tokens, from: number, at: number): number {
  const before = at - 1;
  if (before < from || !WEEKDAY.test(tokens.value[at])) return -1;
  const word = tokens.value[before];
  return /^\p{Lu}/u.test(word) && DAY_NAMING.has(word.toLowerCase()) ? before : -1;
}
