import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ANSWER_TYPES, QUANTITIES, type Answer, type AskedMeasure } from '../../answer/types.js';
import { schemaRecord, type SameShape, type Store } from '../backends/store.js';
import { STORE_DEFAULTS } from '../defaults.js';

/**
 * The form two phrasings of the same question share: Unicode-normalised, lower case, single spaces, without
 * trailing punctuation. Keys the answer cache and groups questions in the feedback summary.
 */
export function normaliseQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s?!.…]+$/u, '')
    .trim();
}

const articleRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
});

/** An answer's AskedMeasure, as the answer cache and the follow-up record keep it. */
export const measureSchema = z.object({
  asksWeight: z.boolean(),
  asksPrice: z.boolean(),
  rate: z.string().nullable(),
  asksPercentage: z.boolean(),
});
true satisfies SameShape<z.infer<typeof measureSchema>, AskedMeasure>;

const answerSchema = z.object({
  question: z.string(),
  answerType: z.enum(ANSWER_TYPES),
  quantity: z.enum(QUANTITIES).nullable(),
  measure: measureSchema,
  abstained: z.boolean(),
  excerpts: z.array(
    z.object({
      text: z.string(),
      start: z.number(),
      end: z.number(),
      sentenceId: z.string(),
      answer: z.string().nullable(),
      answerStart: z.number().nullable(),
      answerEnd: z.number().nullable(),
      date: z.string().nullable(),
      score: z.number(),
      article: articleRef,
    }),
  ),
  confidence: z.number(),
  closest: z.array(articleRef),
  notices: z.array(z.string()),
  subject: z.array(z.string()),
  aboutOne: z.boolean(),
  disagreements: z.array(
    z.object({
      about: z.string(),
      values: z.array(z.object({ value: z.string(), outlet: z.string().nullable(), articleId: z.string() })),
    }),
  ),
  unmentioned: z.array(z.string()),
});
// When this fails to compile, Answer changed: update the schema and bump ANSWER_RECORD.version.
true satisfies SameShape<z.infer<typeof answerSchema>, Answer>;

// Version 3: excerpts of up to three sentences, new answer types, typed supporting excerpts (issue 11): answers
// cached before them would be served unchanged for the same corpus. Version 4: the names no article uses (unmentioned).
// Version 5 (session 16): an excerpt's date placed by the tense of its clause (src/dates/tense.ts), a when-question's
// answer on the side of the report it asks about (answer-span.ts); the corpus unchanged. Also covered by version 5:
// the shown answer's whole extent ("$1.5bn", "Thursday night", "two-week") and the type of a question with emoji.
// Version 6 (session 17): shown answers (an offset with no anchor skipped by a when-question, the speaker past an
// appositive, a name cut by the tokenizer made whole) and excerpt dates (the verb right after a date; named days).
// Version 7 (session 18): shown answers (a yes/no predicate with the verb governing it, a title inside a name entity or
// ending in an abbreviation, an inch mark after a size) and excerpts (a sentence before, whose noun a definite
// description repeats); the corpus unchanged. Version 8 (session 19): shown answers (a word cut at a hyphen or a digit
// made whole, no ellipsis dots, the number before the noun "how many/much" counts, a title with its complement,
// no number of another kind than asked, a title inside a name with the role words before it, a when-question's age or
// bare part of the day, a number's unit, a where-question's place governed by a preposition of position rather than of
// a source or partner, no yes/no predicate matched only to a noun of the question, a compound of names whole, "Head of …"
// titles, no name in a list as a role, no period for a count, no first name as a title, no name's "Today" as a date,
// a plural role before a list of names, a number's whole range). Version 9 (session 20): shown answers (the name in
// apposition to a "which N" question's noun, a passive's agent for "who", a percentage for "what percentage", the person
// a title before the name designates, no age for "how many", no offset tied to another event for "when") and top
// excerpts (no sentence in display capitals); the corpus unchanged. Version 10 (session 21): shown answers (the name a
// sentence states is the question's N, the subject of a who-question's verb, the count of the N a question restricts).
// Version 11 (session 22): shown answers (money for a price, a duration for an amount of time, the date "since" governs,
// a measure rather than its conversion in parentheses, a length's unit, a degree sign after a space, the number a measure
// noun's of-phrase states).
// Version 12 (session 25): shown answers (a name written with the asked noun as its head after it, "the Vistula River").
// Version 13 (session 26): shown answers and the ranker's weights (no plural noun before a name as its title, "This
// marks Putin's first …").
// Version 14 (session 27): the answer type of "who is" a name with a hyphenated given name, and shown answers (the common
// noun phrase subject of a who-question's verb, the part of a partitive count, no named day for a number of days).
// Version 15 (session 28): shown answers (no number word of a name, "Formula One", as a count; the name "what is N
// called?" asks; every name coordinated with the one picked).
// Version 16 (session 29): shown answers (a score for "what was the score?", every date coordinated with the one picked,
// the name a verb of naming or "the name of" gives the asked noun), the reading of a question typed in lower case (no
// capital for a name's word the coverage mostly uses otherwise) and the ranker's weights refitted for it.
// Version 17 (session 30): `aboutOne`, whether the question was about one person or thing (for a follow-up's "they").
// Version 18 (session 30): shown answers (the noun phrase before a name in parentheses as its description, no word between
// an article and its noun as a yes/no question's predicate, a whole number with its fraction, the name a thing question's
// preposition governs after its verb, no of-phrase value for a number written before the noun it counts).
// Version 19 (session 31): shown answers (a name with the capitalised words the tagger split off it, the value a measure
// noun's of-phrase states for a thing question, a length of time in several units whole, no deictic date for "how long",
// no year of a range as a number, of two values of a measure the one the question's words premodify; the mend helper's
// no name of an event or a work for "who").
// Version 20 (session 32): `quantity`, what a number question measured (for a fragment follow-up), and shown answers (the
// probe's: no round of a competition for "who", no conversion of a measure the question states, no closing comma, a
// reason without its final reporting clause, a plural numeral with the magnitude it multiplies, a passive's agent past a
// name premodifying its role; mend's: a number with a unit of mass for a weight, the subject before a dash-set
// parenthetical) and excerpt dates (a dotted numeric date with the year last read day first).
// Version 21 (session 33): `asksWeight`, whether a number question asked a weight (for a fragment follow-up), and shown
// answers (a number with a unit of mass for "what is the weight of …?" and "what does it weigh?").
// Version 22 (session 33): shown answers (the score as written for "what was the score?"); 23: reasons a participle clause
// or a specifying "the reason … is that" gives; 24: for a what-question, the noun phrase its frame points at (the object of
// its verb or of its preposition after the verb, the agent or common noun subject of its verb).
// Version 25 (session 33): shown answers (no length for "how long does it take", no difference measuring a comparative for
// "how long"), the reading of a question (a word WordNet has is not read as the coverage's closest spelling; a typed @name
// opening it addresses it and is no word of it) and excerpt dates (a year the answer does not write).
// Version 26 (session 33): shown answers (coordinated names each determined by a genitive name shown whole, a role past
// a comma of a list inside a name).
// Versions 27 and 28 (session 33): shown answers (what a copula or appositive predicates of X for "What is X?"; a
// wh-subject's verb read past its operator; Y of "Y is the X" for a specifying "What is the X?").
// Version 29 (session 34): `measure` for `asksWeight` (what a number question asked of its quantity: a weight, a price, a
// rate, a percentage, asked again by a fragment follow-up); shown answers (the name a sentence gives what a question asks
// the name of, a stranded preposition's object after "be", an in-situ "what", a passive who-question's subject); excerpts
// (the sentence next to the unit that names another alternative of a question closing with "A or B?"; a list's items with
// the sentence introducing them) and sentences (no cut inside a name written with a period); no shown answer naming
// none of the alternatives a which-question closes with; a number follow-up's figure its new word governs.
// Version 30 (session 35): shown answers (of several passives of a who-question's verb, the agent of the one whose subject
// the question names); notices (none for a plural read as its singular; one for a question asking nothing, with none before).
// Version 31 (session 36): answer types and excerpts of questions typed with a wh-word's contraction and no apostrophe ("whats")
// and of requests for a noun phrase ("give me the date of …"); shown answers (a where-question's answer is the place its own
// verb's adjunct of position names, also where the sentence holds no place entity); a message over the length read, by the
// last question it asks. Version 32: notices are only those reading the question gives (a correction), which every
// phrasing sharing the key shares; the message's own (its length) are added on each hit. Answers of questions opening with
// a misspelt wh-word ("wen did …"), read spelt, with a notice; of a message asking several questions, its first.
// Version 33 (session 37): answers of questions wrapped in chat, read as the question they ask: no greeting, vocative,
// "please" or thanks ("hi, who is …?"), an embedded question as the direct one ("tell me when they met"). Version 34:
// shown answers (the name premodifying the phrase a which-noun heads: "the Rankine cycle").
// Version 35 (session 38): answers of chat questions typed without punctuation ("hey bot who is …", "… please", "sorry who
// is …") or opening with an acknowledgement ("cool, and where …"), read as the question they ask; of a message opening with
// leave to ask ("Can I ask you something? Who …?"), its question. Version 36 (session 39): answers of questions with
// laughter or an emoticon before or after them ("lol where …", "… xD"), or with struck-through words ("~~when~~ who …"),
// read as the question they ask. Version 37 (session 40): answers of questions with an aside after them ("? asking for a
// friend", ", btw"), a list number or "Q:" before them, of a request about a topic ("tell me about …", "explain …", read as
// "what is …") and of a question put to the coverage ("do the articles say where …"). Version 38: excerpts whose sentence
// lacks the answer take it from a sentence two on when the one between leans on it as well (a chain of cohesive ties), and
// show the three; shown answers ("What will / does / did X cost?" shows money, as "What is the cost of X?"; "What will X
// weigh?" a weight) and answer types ("What will X weigh?" asks a number). Version 39 (session 41): shown answers of
// who-questions whose excerpt names no one (the doer described: "the building inspector"), of alternative questions ("Is
// the risk high or low?" shows the one the sentence names), of "What did X V?" whose verb the tagger read as a noun, and
// of an organisation question whose verb reports ("Which newspaper reported …?": the source the report is attributed to).
// Version 40: answers of questions naming someone the coverage romanizes another way ("zelensky" of "Zelenskyy"), searched
// and ranked under both spellings. Version 41: answers of price questions ("How much does X cost?"), whose strong match is
// a sum of money only, no length beside the thing priced. Version 42: answers of how-many questions ("How many artworks
// …?"), whose strong match is a figure that counts, no figure with a unit of measure or time ("the 53-day-long festival"),
// and of every question, ranked by the weights refitted with it. Version 43: answers of questions whose "when" or "where"
// opens a clause before the wh-word that asks ("When the law is broken, what is it called?" asks a thing, not a date), and
// of every question, ranked by the weights refitted with it. Version 44: the abstention of a question written in another
// alphabet says questions are read in English only, and follows no question before it up. Version 45: answers of
// questions holding a Discord timestamp (`<t:1757289600:D>`), read as the date it shows rather than dropped (the cache is
// keyed by the question as typed). Version 46: the shown answer of a question asking a preposition's object is the entity
// that preposition governs in the question's frame (objectInFrame). Version 47: answers of questions typing a person's full
// name, whose sentences naming that person by the surname alone hold the name (heldBySurname), and of every question,
// ranked by the weights refitted with it. Version 48: answers of questions whose "when" or "where" opens a clause a comma
// closes before the wh-word that asks, though the tagger reads its subject as a verb ("When people take on debt, it leads …
// to what?" asks a thing, not a date), and of every question, ranked by the weights refitted with it. Version 49:
// excerpts show the sentence next to them that holds two of the question's words, one of them a word the excerpt lacks
// (withSplitMatch). Version 50: answers of questions with a focusing "exactly" or "precisely" right after a wh-word ("and
// where exactly?"), which is no longer searched (withoutFocusingAdverb). Version 51: excerpts show the sentence next to
// them that holds one of the question's words the excerpt lacks when the ranker gives it at least SPLIT_MATCH_SHARE of the
// top's probability. Version 52: answers of what-questions whose operator other than "be" puts the subject after the
// wh-word ("What did the Russian Foreign Ministry say …?"), no longer typed by the subject's noun (an organisation there).
// Version 53: answers of messages asking two wh-questions coordinated by "and" ("who is X and what did he say"), the
// first answered (coordinatedQuestions), and of every question, ranked by the weights refitted with it. Version 54: the
// shown answers of negated questions whose wh-phrase is the subject ("Who did not confirm …?" asks the subject of "confirm",
// its "did" the negation's do-support) and of where-questions whose verb the sentence states as a light verb's eventive
// object ("making its debut at the LA Auto Show"), and of when-questions about the present period ("… this year"), which
// no longer show a date of another ("last year"). Version 55: the shown answers of number questions answered by an entity
// that is one end of a range ("80% to 90%"), shown with the other end (wholeRange). Version 56: the shown answers of
// which-questions whose list of names has one holding only the asked noun ("which banks": "SBI and ICICI Bank", not "ICICI
// Bank") and of yes/no questions whose excerpt's other sentence states the proposition by a synonym of the question's verb
// ("has spoken with leaders"). Version 57: the shown answers of "who else …?" (what, where, when else) in a conversation,
// which no longer show the answer the reply before showed (Question.elseThan). Version 58: the shown answers of "how many
// <noun>?" whose number counts that noun past premodifiers ("seven classic rock tracks"), from another sentence of the
// excerpt when the ranked one counts none (excerpt.ts countAcross). Version 59: excerpts starting or ending at a cut the
// segmenter made inside a web address ("… Moneycontrol." | "com advises …"), shown whole across it (addressWhole).
// Version 60: the shown reasons of why-questions, no participle clause a subordinator opens ("when substituting …"), and
// from another sentence of the excerpt stating a cause ("because …") when the ranked one states none (excerpt.ts
// reasonAcross).
// Hot: read while the interaction waits for its answer.
const ANSWER_RECORD = schemaRecord<Answer>({ namespace: 'answer', version: 60, use: 'hot' }, answerSchema);

export interface AnswerKey {
  question: string;
  /** The command used as an answer-type hint (`when`, `who`, …), if any. */
  hint?: string | undefined;
  /** Coverage.version: a re-indexed corpus has a new one, so its answers miss. */
  corpusVersion: string;
  /** The version of the ranker the answer is made with (AnswerSettings.ranker): new weights miss. */
  rankerVersion: string;
}

export interface AnswerCache {
  get(key: AnswerKey): Promise<Answer | undefined>;
  /** False when not saved (the store is down); the answer was computed anyway. */
  set(key: AnswerKey, answer: Answer): Promise<boolean>;
}

/** Hashed: a question can be long and hold any character, a key should be short and plain. */
function keyOf({ question, hint, corpusVersion, rankerVersion }: AnswerKey): string {
  return createHash('sha256')
    .update(JSON.stringify([corpusVersion, rankerVersion, hint ?? '', normaliseQuestion(question)]))
    .digest('hex');
}

/** Answers already given, by question, hint, corpus version and ranker, for `ttlMs` (default 1 h). */
export function createAnswerCache(store: Store, options: { ttlMs?: number } = {}): AnswerCache {
  const ttlMs = options.ttlMs ?? STORE_DEFAULTS.answerTtlMs;
  const records = store.records(ANSWER_RECORD);
  return {
    get: (key) => records.get(keyOf(key)),
    set: (key, answer) => records.set(keyOf(key), answer, ttlMs),
  };
}
