import type { EntityType } from '../analyse/types.js';
import type { AnswerType, AskCommand } from './types.js';

/**
 * Head nouns that narrow a what/which question ("what year", "which country"), after the answer-type
 * taxonomies of TREC QA systems (Li & Roth 2002, coarse classes).
 */
const HEADS: [AnswerType, string[]][] = [
  ['date', ['year', 'date', 'day', 'month', 'century', 'decade', 'time', 'period', 'era', 'season', 'week', 'weekday', 'age']],
  ['place', ['country', 'city', 'state', 'place', 'region', 'town', 'continent', 'location', 'area', 'province', 'nation', 'island', 'capital', 'village', 'venue', 'site', 'river', 'county']],
  ['number', ['number', 'percentage', 'percent', 'amount', 'population', 'size', 'temperature', 'distance', 'price', 'cost', 'rate', 'total', 'length', 'height', 'weight', 'speed', 'sum']],
  ['organization', ['company', 'firm', 'organization', 'organisation', 'agency', 'newspaper', 'paper', 'broadcaster', 'network', 'channel', 'outlet', 'magazine', 'publication', 'party', 'group', 'team', 'club', 'university', 'institution', 'band', 'corporation', 'bank', 'ministry', 'committee', 'body', 'association']],
  ['person', ['person', 'man', 'woman', 'name', 'president', 'leader', 'king', 'queen', 'player', 'author', 'writer', 'scientist', 'artist', 'spokesman', 'official', 'minister', 'politician', 'people', 'actor', 'composer', 'general', 'emperor', 'individual', 'journalist', 'reporter', 'founder', 'inventor', 'coach', 'ruler']],
];
/** A Map, not an object: the key is a user's word, and "constructor" must not find Object.prototype's. */
const HEAD_NOUN_TYPES = new Map(HEADS.flatMap(([type, nouns]) => nouns.map((n) => [n, type] as const)));

/** "How …" + one of these asks for a quantity: how many, how much, how long, how old… */
const HOW_QUANTITY = new Set(['many', 'much', 'long', 'old', 'far', 'big', 'large', 'tall', 'high', 'often', 'deep', 'wide', 'fast', 'heavy']);
/** "How soon", "how recently" ask for a time. */
const HOW_TIME = new Set(['soon', 'recently', 'early', 'late']);
const WH = new Set(['when', 'who', 'whom', 'whose', 'where', 'why', 'how', 'what', 'which']);
const DIRECT = new Map<string, AnswerType>([
  ['when', 'date'], ['who', 'person'], ['whom', 'person'], ['whose', 'person'], ['where', 'place'], ['why', 'reason'],
]);

/**
 * The word completing "how" in a question ("soon" in "how soon will…"), or null: it names what is
 * asked, not something the answer sentence repeats, so it is not searched for.
 */
export function howComplement(words: readonly string[]): string | null {
  const at = words.indexOf('how');
  const next = at >= 0 ? words[at + 1] : undefined;
  return next && (HOW_QUANTITY.has(next) || HOW_TIME.has(next)) ? next : null;
}

/**
 * The expected answer type, from the command name or else the first wh-word of the question and the
 * words after it. `words` are the question's lemmas (so "countries" reads as "country"), `pos` their
 * POS tags.
 */
export function answerTypeOf(words: readonly string[], pos: readonly string[], command: AskCommand | null): AnswerType {
  if (command && command !== 'ask' && command !== 'how' && command !== 'what') return DIRECT.get(command)!;
  // "/how many calls…" and "/what year…": the command word is the question's first word.
  const w = command === 'how' || command === 'what' ? [command, ...words] : words;
  const p = command === 'how' || command === 'what' ? ['ADV', ...pos] : pos;
  const at = w.findIndex((x) => WH.has(x));
  if (at < 0) return 'any';
  const wh = w[at];
  const direct = DIRECT.get(wh);
  if (direct) return direct;
  if (wh === 'how') {
    const next = w[at + 1] ?? '';
    if (next === 'long') return 'duration';
    return HOW_QUANTITY.has(next) ? 'number' : HOW_TIME.has(next) ? 'date' : 'manner';
  }
  // what / which: the first noun after it, skipping determiners, adjectives and a copula ("what is
  // the largest city"); in "what is the name of the …" the noun after "of" decides.
  for (let i = at + 1; i < Math.min(w.length, at + 8); i++) {
    if (p[i] === 'NOUN' || p[i] === 'PROPN') {
      if (w[i] === 'name' && w[i + 1] === 'of') continue;
      // The head of a compound is its last noun: "Kremlin spokesman" is a spokesman.
      let head = i;
      while (p[head + 1] === 'NOUN' || p[head + 1] === 'PROPN') head++;
      return HEAD_NOUN_TYPES.get(w[head]) ?? HEAD_NOUN_TYPES.get(w[i]) ?? 'thing';
    }
    if (p[i] === 'VERB' || (p[i] === 'AUX' && i > at + 1)) break;
  }
  return 'thing';
}

/** Entity types that answer each question type; `strong` ones count fully, `weak` ones a little. */
export const EXPECTED_ENTITIES: Record<AnswerType, { strong: EntityType[]; weak: EntityType[] }> = {
  date: { strong: ['DATE', 'TIME'], weak: ['DURATION'] },
  person: { strong: ['PERSON'], weak: ['PROPER', 'ORG'] },
  organization: { strong: ['ORG'], weak: ['PROPER'] },
  place: { strong: ['PLACE'], weak: ['PROPER', 'ORG'] },
  number: { strong: ['CARDINAL', 'MONEY', 'PERCENT'], weak: ['DURATION', 'ORDINAL', 'DATE'] },
  duration: { strong: ['DURATION'], weak: ['DATE', 'CARDINAL'] },
  reason: { strong: [], weak: [] },
  manner: { strong: [], weak: [] },
  thing: { strong: [], weak: [] },
  any: { strong: [], weak: [] },
};
