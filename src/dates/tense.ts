import { REPORTING_VERBS } from '../analyse/reporting-verbs.js';
import type { Tokens } from '../analyse/types.js';

/** Which way from the report a date its words leave open lies: after it, before it, or unknown. */
export type Direction = 'forward' | 'back' | null;

/**
 * The direction the tense of a date expression's clause gives it, as HeidelTime's news domain resolves "Friday" or
 * "May 2" (Strötgen & Gertz 2013, "Multilingual and cross-domain temporal tagging", Language Resources and Evaluation
 * 47(2)): the tense of the nearest finite verb before the expression in its sentence, else of the nearest after it.
 * A modal of the future or a present tense points forward (the futurate present of timetables and plans, "The show
 * opens on Friday": Quirk et al. 1985 §4.21); a past or a perfect points back. A reporting verb in the present says
 * nothing (the reportive present of news, "Putin says …", tells of what was said: Quirk et al. §4.20), nor does a
 * verb an auxiliary or "to" governs, whose auxiliary is read instead. A finite verb right after the expression comes
 * first: a date between its clause's subject and verb is that verb's ("NASA on Monday enlisted …" in "It is for that
 * reason that …"; the AP Stylebook's "time element" stands next to the verb). The tokens [from, to) are the
 * sentence's, [at, end) the expression's.
 */
export function clauseDirection(tokens: Tokens, from: number, to: number, at: number, end: number): Direction {
  const next = end < to ? directionOf(tokens, end, from) : undefined;
  if (next !== undefined) return next;
  for (let i = at - 1; i >= from; i--) {
    const d = directionOf(tokens, i, from);
    if (d !== undefined) return d;
  }
  for (let i = end; i < to; i++) {
    const d = directionOf(tokens, i, from);
    if (d !== undefined) return d;
  }
  return null;
}

/** Auxiliaries of the future: "will", "shall", "won't" (which wink reads as "wo" + "n't"), "'ll". */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'shall', 'wo', "'ll", '’ll']);
/** Modals of what will or may come: the future's, and the modals of possibility. */
const FORWARD_MODALS = new Set([...FUTURE_AUXILIARIES, 'can', 'may', 'might', 'must', 'should']);
/** Finite auxiliaries of the past, and of the perfect, whose event lies before the present. */
const BACK_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'ve", '’ve']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'re", '’re', 'do', 'does']);
/** Present forms that are not the lemma with an -s, where wink tags them main verbs: "has", "does", and "be" as "is". */
const IRREGULAR_PRESENT = new Set(['has', 'does', 'is', 'are', 'am']);

/** The direction token i's tense gives, or undefined when it has none ("would" and "could" look both ways). */
function directionOf(tokens: Tokens, i: number, from: number): Direction | undefined {
  const pos = tokens.pos[i];
  if (pos !== 'VERB' && pos !== 'AUX') return undefined;
  const word = tokens.value[i].toLowerCase();
  if (pos === 'AUX') {
    if (FORWARD_MODALS.has(word) || PRESENT_AUXILIARIES.has(word)) return 'forward';
    if (BACK_AUXILIARIES.has(word)) return 'back';
    return undefined;
  }
  if (governed(tokens, i, from) || word.endsWith('ing')) return undefined;
  const lemma = tokens.lemma[i];
  const present =
    word === lemma || word === `${lemma}s` || word === `${lemma}es` || word === `${lemma.slice(0, -1)}ies` || IRREGULAR_PRESENT.has(word);
  if (!present) return 'back';
  return REPORTING_VERBS.has(lemma) ? undefined : 'forward';
}

/** Whether an auxiliary or the infinitive's "to" governs the verb at i, with at most one word between ("has not met"). */
function governed(tokens: Tokens, i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 2; j--) {
    const pos = tokens.pos[j];
    if (pos === 'AUX' || (pos === 'PART' && tokens.lemma[j] === 'to')) return true;
    if (pos !== 'ADV' && pos !== 'PART') return false;
  }
  return false;
}
