import type { EntityType } from '../../analyse/types.js';
import { kindOf } from '../../lexicon/lexicon.js';
import type { AnswerType, AskCommand, Quantity } from '../types.js';

/**
 * Head nouns that narrow a what/which question ("what year", "which country"), after the answer-type
 * taxonomies of TREC QA systems (Li & Roth 2002, coarse classes).
 */
const HEAD_NOUN_TYPES = new Map<string, AnswerType>();
const HEADS: [AnswerType, string[]][] = [
  ['date', ['year', 'date', 'day', 'month', 'century', 'decade', 'time', 'period', 'era', 'season', 'week', 'weekday']],
  [
    'place',
    [
      'country',
      'city',
      'state',
      'place',
      'region',
      'town',
      'continent',
      'location',
      'area',
      'province',
      'nation',
      'island',
      'capital',
      'village',
      'venue',
      'site',
      'river',
      'county',
    ],
  ],
  [
    'number',
    [
      'number',
      'percentage',
      'percent',
      'amount',
      'population',
      'size',
      'temperature',
      'distance',
      'price',
      'cost',
      'rate',
      'total',
      'length',
      'height',
      'weight',
      'speed',
      'sum',
      // "At what age did he retire?": Li & Roth's NUM:age, as "how old" (quantityOf).
      'age',
    ],
  ],
  [
    'organization',
    [
      'company',
      'firm',
      'organization',
      'organisation',
      'agency',
      'newspaper',
      'paper',
      'broadcaster',
      'network',
      'channel',
      'outlet',
      'magazine',
      'publication',
      'party',
      'group',
      'team',
      'club',
      'university',
      'institution',
      'band',
      'corporation',
      'bank',
      'ministry',
      'committee',
      'body',
      'association',
    ],
  ],
  [
    'person',
    [
      'person',
      'man',
      'woman',
      'president',
      'leader',
      'king',
      'queen',
      'player',
      'author',
      'writer',
      'scientist',
      'artist',
      'spokesman',
      'official',
      'minister',
      'politician',
      'people',
      'actor',
      'composer',
      'general',
      'emperor',
      'individual',
      'journalist',
      'reporter',
      'founder',
      'inventor',
      'coach',
      'ruler',
    ],
  ],
];
for (const [type, nouns] of HEADS) for (const n of nouns) HEAD_NOUN_TYPES.set(n, type);

/**
 * A head noun missing from HEAD_NOUN_TYPES is typed by its WordNet hypernyms (the classic way: Harabagiu
 * et al. 2000, FALCON; Li & Roth 2002 use WordNet for their "related words"): its most frequent sense,
 * when that is a kind of one of these synsets. "which militia" → organization. Measured on SQuAD v1.1
 * dev (questions whose type changes, P@1 of the reranked top sentence): so, person 133 questions 91 → 91,
 * organization 85 questions 67 → 68. With the three most frequent senses, 485 questions became person
 * questions and lost 19 (a person sense of "type", "figure", …); locations (123 questions, −2), time
 * periods (29, −3) and measures (70, −1) lost too, so they are not used.
 */
const HYPERNYM_TYPES = new Map<string, AnswerType>([
  ['person', 'person'],
  ['organization', 'organization'],
]);
const HYPERNYM_KINDS = [...HYPERNYM_TYPES.keys()];

function headNounType(noun: string): AnswerType | null {
  const kind = kindOf(noun, HYPERNYM_KINDS, { maxSenses: 1 });
  return kind ? (HYPERNYM_TYPES.get(kind) ?? null) : null;
}

/** "How …" + one of these asks for a quantity (how many, how much, how old…), and which kind. */
const HOW_QUANTITY = new Map<string, Quantity>([
  ['many', 'count'],
  ['much', 'money'],
  ['old', 'age'],
  ['far', 'size'],
  ['big', 'size'],
  ['large', 'size'],
  ['tall', 'size'],
  ['high', 'size'],
  ['deep', 'size'],
  ['wide', 'size'],
  ['fast', 'size'],
  ['heavy', 'size'],
]);
/** Time units: "how many years…" counts a stretch of time. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
/**
 * The unit of time an amount is asked or written per: a rate, written "per month", "a month", "/month" or "monthly"
 * (Chicago Manual of Style 9.20 ff., money and rates: "$9.99/month", "$40 a month"; Li & Roth 2002, NUM:money). `after`
 * reads the words right after an amount; otherwise the rate may stand anywhere in the text, as a question states it ("How
 * much is it per month?"). "A year ago" is a time, no rate. Null when none is written.
 */
export function rateIn(text: string, after: boolean): string | null {
  const found = (after ? RATE_AFTER : RATE_ANYWHERE).exec(text);
  if (!found) return null;
  const unit = (found[1] ?? found[2]).toLowerCase();
  return RATE_ADJECTIVES[unit] ?? unit;
}
const RATE_UNIT = '(hour|day|week|month|year)(?!\\p{L})(?!\\s+(?:ago|earlier|old)(?!\\p{L}))';
const RATE_WORD = '(hourly|daily|weekly|monthly|yearly|annual|annually)(?!\\p{L})';
const RATE_ANYWHERE = new RegExp(`(?:(?<!\\p{L})(?:per|a|an|each|every)\\s+|/\\s*)${RATE_UNIT}|(?<!\\p{L})${RATE_WORD}`, 'iu');
const RATE_AFTER = new RegExp(`^(?:\\s+(?:per|a|an|each|every)\\s+|\\s*/\\s*)${RATE_UNIT}|^\\s+${RATE_WORD}`, 'iu');
const RATE_ADJECTIVES: Readonly<Record<string, string>> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};
/**
 * Whether a how-much question asks a price (Li & Roth 2002's NUM:money, not NUM:perc): a word of paying (PRICE_WORDS) is its
 * verb or the noun its "be" asks, "How much did the docks cost?", "How much is the fee of the club?", and not the head of
 * a subject a verb of its own follows, "How much did costs rise?" or "How much did the price of oil go up?", which ask the
 * change (a percentage answers them). In a question with do-support the lexical verb comes after the subject (Quirk et al.
 * 1985 §3.21, §11.5), so the last word of paying is read as the verb when the question ends after it or goes on only with
 * a preposition, an object or a to-infinitive, and no verb of another follows it. `words` are its lemmas, `pos` their tags
 * (wink tags "rise" of "did costs rise" a noun: the position decides, not the tag of the word after).
 */
export function asksPrice(words: readonly string[], pos: readonly string[]): boolean {
  let at = words.length - 1;
  while (at >= 0 && !PRICE_WORDS.has(words[at])) at--;
  if (at < 0) return false;
  const next = at + 1;
  return (
    (next >= words.length || AFTER_PRICE_VERB.has(pos[next])) &&
    words.every((w, i) => i <= next || pos[i] !== 'VERB' || words[i - 1] === 'to')
  );
}
/**
 * Whether a number question asks a weight (Li & Roth 2002's NUM:weight, a class of its own beside NUM:money and NUM:dist):
 * "how heavy", or a how-much question whose verb is "weigh" or whose noun is "weight" ("How much does the laptop weigh?",
 * "How much weight can the shelf hold?"); or a what-question whose measure noun is "weight" ("What is the weight of the
 * bike?", "What does the bike weigh?": measureNoun). A figure with a unit of mass answers it, not a price or a length.
 * `words` are its lemmas, `pos` their tags.
 */
export function asksWeight(words: readonly string[], pos: readonly string[], command: AskCommand | null): boolean {
  const { w } = withCommand(words, pos, command);
  const how = w.indexOf('how');
  if (how >= 0) return w[how + 1] === 'heavy' || (w[how + 1] === 'much' && w.some((x) => WEIGHT_WORDS.has(x)));
  return measureNoun(words, pos, command) === 'weight';
}
const WEIGHT_WORDS = new Set(['weigh', 'weight']);
/**
 * The verbs whose object a what-question asks as a measure, each with the measure noun asking the same: "What does the bike
 * weigh?" asks what "What is the weight of the bike?" asks, a mass (Li & Roth 2002, NUM:weight), and "What will the car
 * cost?" what "What is the cost of the car?" asks, a sum of money (NUM:money).
 */
const MEASURE_VERBS = new Map([
  ['weigh', 'weight'],
  ['cost', 'cost'],
]);
/**
 * The measure noun of the what-question opening at `at` when it asks what something weighs or costs (MEASURE_VERBS): "what",
 * an operator other than "be" (do-support, a modal, the perfect's "have"), its subject, then the lexical verb, no
 * preposition stranded at its end ("What does the bike weigh?", "What will the car cost in Spain?"); else null. After such
 * an operator the wh-word is not the subject but the verb's object (Quirk et al. 1985 §11.14-11.16), which of "weigh" is a
 * measure of mass and of "cost" a sum of money; "What weighed on the shares?" (the wh-word its subject) and "What did the
 * recall weigh on?" (the object of "on") ask none. wink tags "cost" there a noun, so, as for asksPrice, the position
 * decides: a measure verb after the subject that ends the question or is followed by what may follow a verb of paying.
 */
function whatMeasures(w: readonly string[], p: readonly string[], at: number): string | null {
  if (w[at] !== 'what' || p[at + 1] !== 'AUX' || w[at + 1] === 'be') return null;
  for (let verb = at + 3; verb < w.length; verb++) {
    if (p[verb] !== 'VERB' && !(MEASURE_VERBS.has(w[verb]) && AFTER_PRICE_VERB.has(p[verb + 1] ?? 'PUNCT'))) continue;
    return p[lastWordAfter(p, verb)] === 'ADP' ? null : (MEASURE_VERBS.get(w[verb]) ?? null);
  }
  return null;
}
/** Where the question's last word stands, its closing punctuation left out, but not before `floor`. */
function lastWordAfter(p: readonly string[], floor: number): number {
  let last = p.length - 1;
  while (last > floor && p[last] === 'PUNCT') last--;
  return last;
}
/** What may follow a question's verb of paying: its end, a preposition, an object, a to-infinitive's "to". */
const AFTER_PRICE_VERB = new Set(['PUNCT', 'ADP', 'PART', 'DET', 'PRON']);
/** The words of paying that make a how-much question ask a price, as lemmas. */
export const PRICE_WORDS: ReadonlySet<string> = new Set(['cost', 'price', 'pay', 'charge', 'spend', 'fee', 'worth']);
/** "How recently" asks for a time. */
const HOW_TIME = new Set(['recently', 'early', 'late']);
/** "How long", "how soon", "how quickly" ask for a stretch of time ("within days", "in the next few days"). */
const HOW_DURATION = new Set(['long', 'soon', 'quickly', 'quick']);
/**
 * Auxiliaries opening a yes/no question: "Will Trump…", "Did the Kremlin confirm…"; the operators that follow a wh-word
 * whose question inverts (Quirk et al. 1985 §11.14).
 */
export const YES_NO_OPENERS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'did',
  'do',
  'does',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'can',
  'could',
  'should',
  'may',
  'might',
]);
/** Nouns naming a part of a whole: "what share of …" asks how large a part. */
const PART_NOUNS = new Set(['share', 'proportion', 'fraction']);
/** "How many", "how much": the wh-phrase then takes the noun phrase after them (Quirk et al. 1985 §11.14). */
export const HOW_QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'much']);
/**
 * The connectives that open a follow-up leaning on the question before ("and where?", "so when did they meet?"): the
 * additive, resultive and temporal conjuncts (Quirk et al. 1985, ch. 8, conjuncts).
 */
export const FOLLOW_UP_CONNECTIVES: readonly string[] = ['and', 'but', 'also', 'so', 'then'];
/** The wh-words that open a question. */
export const WH_WORDS: ReadonlySet<string> = new Set(['when', 'who', 'whom', 'whose', 'where', 'why', 'how', 'what', 'which']);
/**
 * The wh-words that are subordinators too: "when" and "where" open an adverbial clause of time or place (Quirk et al. 1985
 * §14.12, §15.25, §15.32: "When the law is the target of the protest, …") or a relative clause after a noun ("cells where the
 * receptor has …", §17.12), as well as a question.
 */
const SUBORDINATING_WH: ReadonlySet<string> = new Set(['when', 'where']);
/** The tags a clause's subject opens with (a noun phrase: Universal Dependencies' tags). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * Where the question's own wh-word stands in `words` (lower case or lemmas; `pos`, their tags), −1 when there is none: the
 * first wh-word, unless it is "when" or "where" opening a clause and a later wh-word asks. In a wh-question the operator
 * follows the wh-element ("When did …", "Where is …": subject–operator inversion, Quirk et al. 1985 §11.14); "when" or
 * "where" followed by a subject opens a subordinate clause (SUBORDINATING_WH), and the main clause's wh-word says what is
 * asked: "When the law is a direct target of the protest, what is this called?" asks a thing, "… occurred when the
 * contractor did what?" too. With no later wh-word the first stays the question's: chat drops the operator ("when they met").
 */
export function questionWhAt(words: readonly string[], pos: readonly string[]): number {
  let first = -1;
  for (let i = 0; i < words.length; i++) {
    if (!WH_WORDS.has(words[i])) continue;
    if (first < 0) first = i;
    if (!SUBORDINATING_WH.has(words[i])) return i;
    let next = i + 1;
    while (pos[next] === 'ADV') next++;
    if (!SUBJECT_OPENERS.has(pos[next] ?? '') && (pos[next] === 'AUX' || !closedByComma(words, i))) return i;
  }
  return first;
}
/**
 * Whether a comma stands after the wh-word at `at` and a wh-word after that comma: an initial adverbial clause is closed by a
 * comma before the main clause (Quirk et al. 1985 §15.25, "When the law is the target of the protest, …"), so a "when" or
 * "where" not followed by an operator (no inversion, §11.14) whose clause a comma closes is a subordinator even when the
 * tagger reads its subject as a verb ("When people take on debt, it leads … to what?": wink tags "people" VERB).
 */
function closedByComma(words: readonly string[], at: number): boolean {
  const comma = words.indexOf(',', at + 1);
  return comma > at && words.some((word, i) => i > comma && WH_WORDS.has(word));
}
const DIRECT = new Map<string, AnswerType>([
  ['when', 'date'],
  ['who', 'person'],
  ['whom', 'person'],
  ['whose', 'person'],
  ['where', 'place'],
  ['why', 'reason'],
]);

/**
 * The word completing "how" in a question ("soon" in "how soon will…"), or null: it names what is
 * asked, not something the answer sentence repeats, so it is not searched for.
 */
export function howComplement(words: readonly string[]): string | null {
  const at = words.indexOf('how');
  const next = at >= 0 ? words[at + 1] : undefined;
  return next && (HOW_QUANTITY.has(next) || next === 'often' || HOW_TIME.has(next) || HOW_DURATION.has(next)) ? next : null;
}

/**
 * What a number question counts ("how old", "at what age" → age), from its lemmas; null for other questions and for
 * "what number…", whose head noun says nothing of the kind.
 */
export function quantityOf(lemmas: readonly string[]): Quantity | null {
  const at = lemmas.indexOf('how');
  const kind = at >= 0 ? HOW_QUANTITY.get(lemmas[at + 1] ?? '') : undefined;
  if (kind === 'count' && TIME_UNITS.has(lemmas[at + 2] ?? '')) return 'period';
  if (!kind && lemmas.some((l, i) => (l === 'what' || l === 'which') && lemmas[i + 1] === 'age')) return 'age';
  return kind ?? null;
}

/**
 * Whether the question asks a percentage (Li & Roth 2002's numeric class NUM:perc, read from the head noun of its wh-phrase
 * as the coarse classes are): "what percentage of …", "what is the percentage …", "what share of …". `words` are its
 * lemmas, `pos` their tags.
 */
export function asksPercentage(words: readonly string[], pos: readonly string[]): boolean {
  const at = words.findIndex((x) => x === 'what' || x === 'which');
  if (at < 0) return false;
  let i = at + 1;
  while (i < words.length && (pos[i] === 'DET' || pos[i] === 'ADJ' || words[i] === 'be')) i++;
  return PERCENT_NOUNS.has(words[i] ?? '') || (PART_NOUNS.has(words[i] ?? '') && words[i + 1] === 'of');
}
const PERCENT_NOUNS = new Set(['percentage', 'percent']);

/**
 * The expected answer type, from the command name or else the first wh-word of the question and the
 * words after it. `words` are the question's lemmas (so "countries" reads as "country"), `pos` their
 * POS tags.
 */
export function answerTypeOf(words: readonly string[], pos: readonly string[], command: AskCommand | null): AnswerType {
  // "/who is Peskov" asks what "who is Peskov?" asks: a description, not a person.
  if (command === 'who') {
    const asked = words[0] === 'who' ? { w: words, p: pos } : { w: ['who', ...words], p: ['PRON', ...pos] };
    if (isDefinitional(asked.w, asked.p, 0)) return 'description';
  }
  if (command && command !== 'ask' && command !== 'how' && command !== 'what') return DIRECT.get(command)!;
  const { w, p } = withCommand(words, pos, command);
  const at = questionWhAt(w, p);
  if (at < 0) return command === null && YES_NO_OPENERS.has(w[0] ?? '') && p[0] === 'AUX' ? 'polarity' : 'any';
  const wh = w[at];
  if (isDefinitional(w, p, at)) return 'description';
  const direct = DIRECT.get(wh);
  if (direct) return direct;
  if (wh === 'how') {
    const next = w[at + 1] ?? '';
    if (HOW_DURATION.has(next)) return 'duration';
    if (next === 'often') return 'frequency';
    return HOW_QUANTITY.has(next) ? 'number' : HOW_TIME.has(next) ? 'date' : 'manner';
  }
  if (whatMeasures(w, p, at) !== null) return 'number';
  // "What share / proportion / fraction of …" asks for a percentage (Li & Roth's NUM:perc); only right after the
  // wh-word and before "of", where "share" is no verb ("what did the leaders share").
  if (PART_NOUNS.has(w[at + 1] ?? '') && w[at + 2] === 'of') return 'number';
  // what / which: the head noun after it (headNounAt); WordNet only for a common noun right after the wh-word ("which
  // tabloid"), not for the subject of "what did Putin call…".
  const found = headNounAt(w, p, at);
  if (!found) return 'thing';
  const type = typeOfHead(w, p, found.head, found.lookUp) ?? typeOfHead(w, p, found.first, found.lookUp) ?? 'thing';
  return type !== 'number' && opensWithSubject(w, p, at) ? 'thing' : type;
}

/**
 * The answer type word x names as a head noun: by the head-noun table, or by WordNet when `lookUp` and it is a common noun.
 * A function of the module, not a closure of answerTypeOf: under tsx every closure made is named by a defineProperty call
 * (esbuild's keepNames; nlp.ts `column`).
 */
function typeOfHead(w: readonly string[], p: readonly string[], x: number, lookUp: boolean): AnswerType | null {
  return HEAD_NOUN_TYPES.get(w[x]) ?? (lookUp && p[x] === 'NOUN' ? headNounType(w[x]) : null);
}

/**
 * Whether the noun phrase after the what/which at `at` is the subject of its question, not the head of its wh-phrase: an
 * operator other than "be" comes between them (do-support, a modal, the perfect's "have"), and no "be" follows as the
 * verb. The wh-element then stands alone as the object or complement of the lexical verb (subject-operator inversion,
 * Quirk et al. 1985 §11.14-11.16): "What did the Kremlin spokesman say?" asks what was said, not a person, and "What do
 * counties offer?" no place. A measure noun heading the subject still types it (number): its verb of change or comparison
 * takes a value of that measure ("What had the number of people declined to?", "What does the average temperature
 * exceed?": 2 of the 3 such questions of SQuAD's fold B).
 */
function opensWithSubject(w: readonly string[], p: readonly string[], at: number): boolean {
  return p[at + 1] === 'AUX' && w[at + 1] !== 'be' && !w.includes('be', at + 2);
}

/**
 * The noun a what/which question opening at `at` asks about: the first noun after the wh-word, skipping determiners,
 * adjectives and a copula ("what is the largest city"); in "what is the name of the …" the noun after "of". `head` is the
 * last noun of its compound ("Kremlin spokesman" is a spokesman), `lookUp` whether only determiners, adjectives and
 * hyphenated compound modifiers stand between the wh-word and the noun ("which state-run newspaper"). Null when a verb
 * comes first.
 */
function headNounAt(w: readonly string[], p: readonly string[], at: number): { first: number; head: number; lookUp: boolean } | null {
  // Words of a hyphenated compound modifier before the head ("state-run", "Moscow-based": AP Stylebook, "hyphen";
  // Chicago Manual of Style 7.81): a noun joined by a hyphen to the next word modifies the noun after them.
  let compound = 0;
  for (let i = at + 1; i < Math.min(w.length, at + 8); i++) {
    if (p[i] === 'NOUN' || p[i] === 'PROPN') {
      if (w[i] === 'name' && w[i + 1] === 'of') continue;
      if (w[i + 1] === '-' && MODIFIED.has(p[i + 3] ?? '')) {
        compound += 3;
        i += 2;
        continue;
      }
      let head = i;
      while (p[head + 1] === 'NOUN' || p[head + 1] === 'PROPN') head++;
      const lookUp = p.slice(at + 1, i).filter((tag) => tag === 'DET' || tag === 'ADJ').length + compound === i - at - 1;
      return { first: i, head, lookUp };
    }
    if (p[i] === 'VERB' || (p[i] === 'AUX' && i > at + 1)) break;
  }
  return null;
}
/** "/how many calls…" and "/what year…": the command word is the question's first word. */
function withCommand(words: readonly string[], pos: readonly string[], command: AskCommand | null) {
  return command === 'how' || command === 'what' ? { w: [command, ...words], p: ['ADV', ...pos] } : { w: words, p: pos };
}

/**
 * The common noun a what/which question asks for one of, as its lemma: "defenseman" of "Which Wild defenseman was hurt?",
 * when only determiners, adjectives and modifiers stand between the wh-word and it (headNounAt's `lookUp`); else null.
 * A which-phrase asks to identify a member of the set its noun names (Quirk et al. 1985 ch. 6, the selective interrogative
 * determiner which).
 */
export function askedNoun(words: readonly string[], pos: readonly string[], command: AskCommand | null): string | null {
  if (command !== null && command !== 'ask' && command !== 'what') return null;
  const { w, p } = withCommand(words, pos, command);
  const at = questionWhAt(w, p);
  if (at < 0 || (w[at] !== 'what' && w[at] !== 'which')) return null;
  const found = headNounAt(w, p, at);
  return found?.lookUp && p[found.head] === 'NOUN' ? w[found.head] : null;
}

/**
 * The common noun heading the complement of a question "who/what/which + be + noun phrase", as its lemma: "president" of
 * "Who was the first elected president of Tarvik?", "city" of "What is the name of the largest city?" (headNounAt); else
 * null. Such a question asks for the referent the noun phrase specifies (specifying "be", Huddleston & Pullum 2002 ch. 4):
 * one of what the noun names, as a which-phrase does.
 */
export function copularNoun(words: readonly string[], pos: readonly string[], command: AskCommand | null): string | null {
  if (command !== null && command !== 'ask' && command !== 'what') return null;
  const { w, p } = withCommand(words, pos, command);
  const at = questionWhAt(w, p);
  if (at < 0 || (w[at] !== 'who' && w[at] !== 'what' && w[at] !== 'which') || w[at + 1] !== 'be') return null;
  const found = headNounAt(w, p, at);
  return found && p[found.head] === 'NOUN' ? w[found.head] : null;
}

/**
 * The common noun heading X of a definitional question "What is/are/was X?" whose X is a noun phrase and nothing else
 * (copularNoun's noun; its words determiners, adjectives, nouns, names, numerals and prepositions, the last a noun): such a
 * question asks what the sentence predicates of X, the complement of a copula X is the subject of or an appositive to X
 * (Quirk et al. 1985 §10.8, §16.21 ff., §17.65 ff.). Not "What is the name of …", which namingNoun and statedInstances
 * read. Read for the shown answer only (instance-name.ts definedAs).
 */
export function definedNoun(words: readonly string[], pos: readonly string[], command: AskCommand | null): string | null {
  const noun = copularNoun(words, pos, command);
  if (noun === null) return null;
  const { w, p } = withCommand(words, pos, command);
  const at = questionWhAt(w, p);
  const last = lastWordAfter(p, at);
  if (w[at] !== 'what' || (p[last] !== 'NOUN' && p[last] !== 'PROPN')) return null;
  for (let i = at + 2; i <= last; i++) {
    if (!(NOUN_PHRASE_TAGS.has(p[i]) || p[i] === 'ADP') || (w[i] === 'name' && w[i + 1] === 'of')) return null;
  }
  return noun;
}

/**
 * The common noun heading the subject of a question asking what something is called, as its lemma: "wife" of "What is Jane
 * Roe's wife called?", "base" of "What was the naval base called?"; else null. The wh-word is the subject complement of a
 * passive verb of naming (the object complement of "call X Y", complex-transitive: Quirk et al. 1985 §16.44), so the
 * question asks the name given to the thing the noun phrase names. The noun phrase is determiners, adjectives, nouns and a
 * genitive before its head, the last word before the verb (the genitive as a determiner, Quirk et al. 1985 §5.115).
 * Read for the shown answer only.
 */
export function namingNoun(words: readonly string[], pos: readonly string[], command: AskCommand | null): string | null {
  if (command !== null && command !== 'ask' && command !== 'what') return null;
  const { w, p } = withCommand(words, pos, command);
  const at = questionWhAt(w, p);
  if (at < 0 || w[at] !== 'what' || w[at + 1] !== 'be') return null;
  let verb = w.length - 1;
  while (verb > at && p[verb] === 'PUNCT') verb--;
  const head = verb - 1;
  if (!NAMING_VERBS.has(w[verb]) || p[verb] !== 'VERB' || head <= at + 1 || p[head] !== 'NOUN') return null;
  return p.slice(at + 2, head).every((tag) => NOUN_PHRASE_TAGS.has(tag)) ? w[head] : null;
}
/** Verbs of naming whose passive takes the name as its subject complement ("is called", "was named"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'name', 'title', 'dub']);
/** Verbs of naming whose object complement is the name ("call the unit a brigade", "term it a crisis": Quirk et al. 1985 §16.44). */
export const NAMING_OBJECT_COMPLEMENT: ReadonlySet<string> = new Set([...NAMING_VERBS, 'term', 'label', 'nickname']);
/** Verbs of naming whose object complement "as" opens ("know it as", "refer to it as": Quirk et al. 1985 §16.44 ff.). */
export const NAMING_AS: ReadonlySet<string> = new Set(['know', 'refer']);
/** The words of a noun phrase before its head: determiners, possessives, adjectives, nouns, names and the genitive "'s". */
const NOUN_PHRASE_TAGS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/**
 * The noun a number question asks a measure of, as its lemma: askedNoun's or copularNoun's ("price" of "At what price …?",
 * "What was the price of oil?"), or the one its measure verb asks (whatMeasures: "cost" of "What will the car cost?");
 * after a quantity noun, the noun its of-phrase names ("time" of "in what amount of time?": a quantity noun's of-phrase
 * names what is measured, Quirk et al. 1985 §5.25); else null. Read for the shown answer only.
 */
export function measureNoun(words: readonly string[], pos: readonly string[], command: AskCommand | null): string | null {
  const { w, p } = withCommand(words, pos, command);
  const at = questionWhAt(w, p);
  const noun = askedNoun(words, pos, command) ?? copularNoun(words, pos, command) ?? (at < 0 ? null : whatMeasures(w, p, at));
  if (noun === null || !QUANTITY_NOUNS.has(noun)) return noun;
  const of = w.indexOf(noun) + 1;
  if (w[of] !== 'of') return noun;
  const found = headNounAt(w, p, of);
  return found && p[found.head] === 'NOUN' ? w[found.head] : null;
}
/** The nouns of quantity that take an of-phrase naming what is measured ("an amount of time"; Quirk et al. 1985 §5.25). */
const QUANTITY_NOUNS = new Set(['amount', 'quantity']);

/** What may follow a hyphenated compound modifier: the noun it modifies, or an adjective before that noun. */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "Who is Peskov?", "What is YouGov?": who/what, a form of "be", then only a name (proper nouns, an
 * article): the question asks what the name is, answered by a role or appositive phrase. "Who is the
 * Kremlin spokesman?" names no one and asks for a person.
 */
function isDefinitional(w: readonly string[], p: readonly string[], at: number): boolean {
  if ((w[at] !== 'who' && w[at] !== 'what') || w[at + 1] !== 'be') return false;
  // A given name after a family name may be two syllables joined by a hyphen, the second in lower case ("Tsai Ing-wen",
  // "Ban Ki-moon": Wade-Giles and the romanisations of Korean names write them so), which wink tags a common noun: it is part of
  // the name. Only after two proper nouns: "What is a D-loop?" names no one.
  const inName = (i: number) => p[i] === 'PROPN' || p[i] === 'DET' || (w[i - 1] === '-' && p[i - 2] === 'PROPN' && p[i - 3] === 'PROPN');
  const rest = [...p.keys()].slice(at + 2).filter((i) => p[i] !== 'PUNCT');
  return rest.some((i) => p[i] === 'PROPN') && rest.every(inName);
}

/** Entity types that answer each question type; `strong` ones count fully, `weak` ones a little. */
export const EXPECTED_ENTITIES: Record<AnswerType, { strong: EntityType[]; weak: EntityType[] }> = {
  date: { strong: ['DATE', 'TIME'], weak: ['DURATION'] },
  person: { strong: ['PERSON'], weak: ['PROPER', 'ORG'] },
  organization: { strong: ['ORG'], weak: ['PROPER'] },
  place: { strong: ['PLACE'], weak: ['PROPER', 'ORG'] },
  number: { strong: ['CARDINAL', 'MONEY', 'PERCENT'], weak: ['DURATION', 'ORDINAL', 'DATE'] },
  duration: { strong: ['DURATION'], weak: ['DATE', 'CARDINAL'] },
  // Found by pattern (answer-span.ts), as reasons, descriptions and polarity are.
  frequency: { strong: [], weak: [] },
  reason: { strong: [], weak: [] },
  manner: { strong: [], weak: [] },
  description: { strong: [], weak: [] },
  polarity: { strong: [], weak: [] },
  thing: { strong: [], weak: [] },
  any: { strong: [], weak: [] },
};
