/**
 * Abbreviations that end in a period without ending the sentence: month names, personal and
 * military titles, `No.`/`Vol.`/`St.` — the usual abbreviation lists of news style guides (AP
 * Stylebook). `etc.` and `Inc.` are left out on purpose: they often do end a sentence.
 */
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'pres',
  'supt',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vol',
  'vs',
  'ft',
  'mt',
  'approx',
  'dept',
  'est',
  'fig',
]);

/** How much of a line's end is read for its last word: room for an initialism after a quote or a dash ("Russia-U.S."). */
const TAIL = 40;

/** The line ends in an abbreviation or an initialism (`Feb.`, `Mr.`, `U.S.`, `Russia-U.S.`, `e.g.`, `John F.`). */
export function endsWithAbbreviation(line: string): boolean {
  // Only the tail matters; bounding it keeps the check linear on pathological lines.
  const word = /(?:^|[\s([“"'‘-])([\p{L}.]+)\.$/u.exec(line.trimEnd().slice(-TAIL));
  if (word === null) return false;
  const stem = word[1];
  if (ABBREVIATIONS.has(stem.toLowerCase())) return true;
  // An initialism: single letters each followed by a period (U.S., e.g., a.m.), or one capital initial.
  return /^(?:\p{L}\.)+\p{L}$/u.test(stem) || /^\p{Lu}$/u.test(stem);
}

/** Terminal punctuation, optionally followed by closing quotes or brackets. */
const TERMINAL = /[.!?…]["'”’)\]]*$/;

/** The line ends a sentence: terminal punctuation that is not an abbreviation's period. */
export function endsSentence(line: string): boolean {
  const trimmed = line.trimEnd().slice(-TAIL);
  return TERMINAL.test(trimmed) && !(trimmed.endsWith('.') && endsWithAbbreviation(trimmed));
}
