import { indexTerms, termOf } from '../../analyse/index-terms.js';
import { readWords, type Nlp } from '../../analyse/nlp.js';
import { isReportingVerb } from '../../analyse/reporting-verbs.js';
import type { Tokens } from '../../analyse/types.js';
import { STOP_WORDS } from '../../lexicon/stop-words.js';
import type { CentralPerson } from '../../coverage/types.js';
import { FUTURE_AUXILIARIES } from '../../dates/tense.js';
import { inLexicon, isVerb } from '../../lexicon/lexicon.js';
import type { Bm25Index, QueryTerm } from '../../index/bm25-index.js';
import {
  answerTypeOf,
  askedNoun,
  asksPercentage,
  asksPrice,
  asksWeight,
  rateIn,
  copularNoun,
  definedNoun,
  namingNoun,
  NAMING_AS,
  NAMING_OBJECT_COMPLEMENT,
  howComplement,
  HOW_QUANTIFIERS,
  measureNoun,
  quantityOf,
  questionWhAt,
  WH_WORDS,
} from './answer-type.js';
import { readFollowUp, type PreviousQuestion } from './follow-up.js';
import { askedQuestion, withoutDiscourse } from './request.js';
import { synonymsOf } from './related-words.js';
import { correctionOf, transliterationVariants, withContractionApostrophes, withWhWordSpelt, type Correction } from './spelling.js';
import type { AnswerSettings } from '../defaults.js';
import type { AnswerType, AskCommand, AskedMeasure, Quantity } from '../types.js';

export interface Question extends AskedMeasure {
  text: string;
  answerType: AnswerType;
  /** For a number question, what it counts ("how old" → age), which decides the numbers that answer it; else null. */
  quantity: Quantity | null;
  /**
   * For "how many / how much <noun>", the term of the noun it counts ("horsepower" in "How much horsepower does it
   * have?", "student" in "how many New Zealand students"); else null.
   */
  counted: string | null;
  /**
   * A count question asking how many of a set ("In how many of the observations …?"): the partitive, whose answer is the
   * size of a part of that set, not of the whole (partitiveCount).
   */
  partitive: boolean;
  /** The question's own content terms (lemmas), weight 1. */
  own: string[];
  /**
   * The own terms of the words wink tags as proper nouns, the first word aside (its capital is the sentence's, and wink
   * tags "Silicates", "Recent", "Name" opening a question PROPN): what the question names, which the confidence checks
   * the top's article holds.
   */
  names: string[];
  /** Each name's word as the writer typed it and its token's position, by name term: what a reply quotes back. */
  typed: ReadonlyMap<string, NameWord>;
  /**
   * The coverage's other spellings of a name (transliterationVariants: "zelenskyy" for "zelensky"), by own term, for the
   * terms it writes so: one name, which the query searches under each spelling at full weight, the ranker reads as the
   * name wherever it is written so, and the confidence does not count missing from an article writing it so.
   */
  variants: ReadonlyMap<string, readonly string[]>;
  /** The words read as another term of the coverage's vocabulary (spelling.ts), in the question's order. */
  corrected: readonly Correction[];
  /** What is searched: the own terms plus expansions at a reduced weight. */
  query: QueryTerm[];
  /** Asks about what happened ("when did…", "where was…"): reports of what may happen answer it less well. */
  past: boolean;
  /** Asks about what will happen ("when will…"). */
  future: boolean;
  /** Asks who spoke: "who" and then a reporting verb ("Who said…", "Who has confirmed…"). */
  asksSpeaker: boolean;
  /**
   * The preposition whose object the question asks for, lower case: stranded at its end ("Which broadcaster did Trump
   * speak to?") or opening it before the wh-word ("In which city…"); null when none.
   */
  preposition: string | null;
  /**
   * The own terms the question uses only as nouns, a determiner or a possessive before them ("his talk"): no predicate
   * of it, whose polarity a yes/no question asks. wink's noun tag alone is no proof: it tags "graduate" of "Did Tesla
   * graduate …?" a noun, but no verb follows "the" or "his" (Quirk et al. 1985 §5.10).
   */
  nounsOnly: string[];
  /**
   * For a when-question, the preposition of time it opens with before its wh-word ("since" of "Since what year …?",
   * "until" of "Until when …?"; timePreposition); else null. Read for the shown answer only.
   */
  timePreposition: string | null;
  /**
   * For a when-question placing its event in the period of the time of speech ("this year", "this month", "this week",
   * "today", "tonight"; presentPeriod), that period's unit ("year", "month", "week", "day"); else null. Read for the shown
   * answer only.
   */
  presentPeriod: string | null;
  /**
   * For a question asking who, what, where or when "else" in a conversation (elseThan), the index terms of the answer the
   * reply before showed, which this one is asked besides; else empty. Read for the shown answer only.
   */
  elseThan: string[];
  /** Asks "where" (its first wh-word, or the /where command): at what place, which a position adjunct answers. */
  asksWhere: boolean;
  /** Asks "whose" (its first wh-word): the possessor, which a genitive names ("Mara Quill's" of "Mara Quill's co-writers"). */
  asksPossessor: boolean;
  /**
   * Asks "which" (its first wh-word): the selective wh-word, which asks for a choice among a set the context or the question
   * gives (Quirk et al. 1985 §6.36), as alternatives a question closes with do. Read for the shown answer only.
   */
  asksWhich: boolean;
  /**
   * The common noun a what/which question asks for one of ("defenseman" of "Which Wild defenseman was hurt?"), as its
   * lemma; null for other questions (askedNoun). Read for the shown answer only (instance-name.ts).
   */
  askedNoun: string | null;
  /**
   * The common noun heading the complement of "who/what/which + be" ("president" of "Who was the first president of …?"),
   * as its lemma; null for other questions (copularNoun). Read for the shown answer only (instance-name.ts statedInstances).
   */
  copularNoun: string | null;
  /**
   * The common noun heading X of "What is X?", X a noun phrase alone ("species" of "What is a cryptic species?"), as its
   * lemma; null for other questions (definedNoun). Read for the shown answer only (instance-name.ts definedAs).
   */
  definedNoun: string | null;
  /**
   * The common noun heading the subject of "what + be + noun phrase + called/named?" ("wife" of "What is his wife
   * called?"), as its lemma; null for other questions (namingNoun). Read for the shown answer only (instance-name.ts).
   */
  namingNoun: string | null;
  /**
   * For a number question with no quantity word, the noun it asks a measure of ("price" of "At what price did it
   * settle?", "time" of "in what amount of time?"; measureNoun); else null. Read for the shown answer only.
   */
  measureNoun: string | null;
  /**
   * The own terms of each alternative a wh-question closes with ("sales" and "profit" of "Which rose more, sales or
   * profits?"; alternativesOf); empty for other questions. Read for the excerpt only.
   */
  alternatives: string[][];
  /**
   * The own terms of each alternative an alternative question offers ("high" and "low" of "Is the risk high or low?",
   * "rise" and "fall" of "Did sales rise or fall?"; offeredAlternatives); null for other questions. Read for the shown
   * answer only.
   */
  offered: string[][] | null;
  /**
   * The wh-phrase is the subject of a passive ("Which commission was censured by the parliament?", "Who was born there?"):
   * it asks for the one the verb was done to, not for its doer.
   */
  asksPassiveSubject: boolean;
  /**
   * The index term of the active lexical verb whose subject the wh-phrase is ("formulate" of "Who first formulated the
   * theory?"; activeSubjectVerb); null for other questions. Read for the shown answer only.
   */
  subjectVerb: string | null;
  /**
   * The index term of the lexical verb whose object, or whose preposition's object, the wh-phrase of a what-question is
   * ("develop" of "What did the lab develop?", "replace" and "with" of "What did the lab replace it with?"; objectVerb; and
   * of "What was developed by the lab?", whose passive's subject is the active's object: passiveObject), with the index terms
   * of its subject ("lab", the agent's in the passive) and the preposition (`preposition`, or null); null for other
   * questions. Read for the shown answer only.
   */
  objectVerb: { verb: string; subject: string[]; preposition: string | null } | null;
  /**
   * For a question asking the name or term a thing goes by ("What is the mayor called?", "What are rotors also known as?",
   * "The largest projects are called what?", "What is another term for rotors?"; namedThing), the index term of that
   * thing's head noun and the index terms of its noun phrase; null for other questions. Read for the shown answer only.
   */
  namedThing: { head: string; terms: string[] } | null;
  /**
   * For a what-question whose wh-phrase is the object of a preposition it strands after "be", its subject and a predicate
   * ("What is the town a member of?", "What are the pumps connected to?"; predicateFrame), the index term of the
   * predicate's word before the preposition and the index terms of the subject; null for other questions. Read for the
   * shown answer only.
   */
  predicateFrame: { predicate: string; subject: string[] } | null;
  /**
   * For a declarative question whose "what" stands in situ at its end ("The league is a member of what?"; gapFrame), the
   * words right before it, back to and including a content word (each its index term, or the word itself where it has
   * none), and the index terms of the words before those; null for other questions. Read for the shown answer only.
   */
  gapFrame: { before: { term: string | null; word: string }[]; subject: string[] } | null;
  /** The previous question's terms kept in view by a follow-up (searched at the expansion weight). */
  inherited: string[];
  /**
   * For a follow-up (a question keeping the one before in view), its own terms the question before did not have ("read" of
   * "And how fast did it read?" after "How fast did the drive write?"): what it asks anew. Empty for other questions. Read
   * for the shown answer only.
   */
  newTerms: string[];
  /**
   * The question is about one person or thing (a copular question with a singular "be", nothing coordinated) and keeps
   * nothing from the one before: what a follow-up's reciprocal "they" ("where did they meet?") cannot stand for.
   */
  aboutOne: boolean;
}

/** A name as the writer typed it, and the question's tokens it spans (`to` exclusive). */
export interface NameWord {
  word: string;
  from: number;
  to: number;
}

/**
 * The index terms (as `read`) of the question's tokens whose tag passes `test`, in order. A function of the module, not a
 * closure of readQuestion: under tsx every closure made is named by a defineProperty call (esbuild's keepNames; nlp.ts
 * `column`). A loop, not flatMap: the arrays flatMap made for every token were 0.7% of answer()'s CPU (profile of SQuAD 1x,
 * session 52).
 */
function termsWhere(tokens: Tokens, read: (term: string) => string, test: (p: string, i: number) => boolean): Set<string> {
  const terms = new Set<string>();
  for (let i = 0; i < tokens.pos.length; i++) {
    if (test(tokens.pos[i], i)) for (const term of indexTerms(tokens, i, i + 1)) terms.add(read(term));
  }
  return terms;
}

/**
 * Adds an expansion of the query at `weight`, unless the query has the term already. A function of the module, not a
 * closure of readQuestion: under tsx every closure made is named by a defineProperty call (esbuild's keepNames; nlp.ts
 * `column`), and readQuestion runs for every question.
 */
function expand(weights: Map<string, number>, term: string, weight: number): void {
  if (!weights.has(term)) weights.set(term, weight);
}

/**
 * The whole word token i is part of: wink splits some names at a letter it does not know ("Erdoğan" → "Erdo" + "ğan"), so
 * letter tokens with no space between them are joined back; a possessive ("Logan's") is no part of the name.
 */
function wordAround(values: readonly string[], spaces: readonly string[], i: number): NameWord {
  let from = i;
  while (from > 0 && spaces[from] === '' && LETTERS.test(values[from - 1])) from--;
  let to = i + 1;
  while (to < values.length && spaces[to] === '' && LETTERS.test(values[to])) to++;
  return { word: values.slice(from, to).join(''), from, to };
}
/** A token of letters only: a pattern of the module, not a closure of wordAround, which tsx names at every call (nlp.ts `column`). */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Restores the capitals of the coverage's people's names in a question typed in lower case ("who is peskov"), so that
 * it is read as the same question typed with them: the POS tagger knows a name by its capital, and "who is X" asks
 * for a description only when X is a name. This is truecasing (Lita et al. 2003, "tRuEcasing") with the coverage's own
 * names as the lexicon. A question with a capital after its first letter was cased by its writer and is left alone, but
 * for the capitals of what chat adds around it (withoutDiscourse: "OK,", "xD", ":P"), which say nothing of how its
 * names were typed; stop words are never names ("will", "may"). `sentencesHolding` counts the coverage's sentences
 * holding an index term.
 */
export function caseNames(text: string, people: readonly CentralPerson[], sentencesHolding: (term: string) => number): string {
  if (/\p{Lu}/u.test(text.slice(1)) && /\p{Lu}/u.test(withoutDiscourse(text).slice(1))) return text;
  const names = nameForms(people, sentencesHolding);
  return text.replace(/\p{L}+/gu, (word) => (STOP_WORDS.has(word) ? word : (names.get(word) ?? word)));
}

const NAME_FORMS = new WeakMap<readonly CentralPerson[], ReadonlyMap<string, string>>();

/**
 * Each capitalised word of the people's names, by its lower-case form: "peskov" → "Peskov"; built once per coverage. Not
 * a word the coverage mostly uses otherwise: a truecaser gives a word its most frequent form in the text it learnt from
 * (Lita et al. 2003), and a name's mentions lie in at most as many sentences as it has, so a word held by more than twice
 * as many sentences is used outside the name in most of them ("bar" of a keyboard's "Touch Bar" tagged a person, in a
 * coverage that writes "oxygen bar" ten times).
 */
function nameForms(people: readonly CentralPerson[], sentencesHolding: (term: string) => number): ReadonlyMap<string, string> {
  let forms = NAME_FORMS.get(people);
  if (!forms) {
    const map = new Map<string, string>();
    for (const person of people)
      for (const [word] of person.name.matchAll(/\p{L}+/gu)) {
        const lower = word.toLowerCase();
        if (/^\p{Lu}/u.test(word) && sentencesHolding(termOf(lower)) <= 2 * person.mentions) map.set(lower, word);
      }
    forms = map;
    NAME_FORMS.set(people, forms);
  }
  return forms;
}

/** Auxiliaries that put a question in the past: "when did they meet", "where were the talks held". */
const PAST_AUXILIARIES = new Set(['did', 'was', 'were', 'had']);

/**
 * A token column without the symbols' entries (readQuestion: a symbol says nothing of what is asked). A function of the
 * module, not a closure of readQuestion: under tsx every closure made is named by a defineProperty call (nlp.ts `column`).
 */
function worded(column: readonly string[], pos: readonly string[]): string[] {
  return column.filter((_, i) => pos[i] !== 'SYM');
}

/**
 * What readQuestion is told besides the text: what the question before left (PreviousQuestion, follow-up.ts), whose
 * capitals the text has, and the coverage's vocabulary.
 */
export interface QuestionContext extends PreviousQuestion {
  /**
   * The text's capitals were restored by caseNames: they are the coverage's guesses (its people's names, noisy on SQuAD:
   * "league", "oil"), not names the writer typed, so the question names nothing (`names` and `typed` empty): the
   * confidence's nameMissing counts only the writer's.
   */
  casedByCoverage?: boolean;
  /**
   * The coverage's vocabulary: a term it lacks is read as its closest term (spelling.ts), the names only or every term
   * as AnswerSettings.correctSpelling says, and a term it also writes in another romanization is searched under each
   * (Question.variants). Without it, every term is read as typed.
   */
  vocabulary?: Bm25Index;
}

/**
 * Reads a sanitised question with the same analysis the articles had, so its terms meet theirs.
 * `people` are the coverage's central people, most mentioned first (their index terms), standing
 * in for pronouns the question does not resolve itself ("when did they meet").
 */
export function readQuestion(
  nlp: Nlp,
  text: string,
  command: AskCommand | null,
  people: readonly string[][],
  tuning: AnswerSettings,
  context: QuestionContext = {},
): Question {
  const { casedByCoverage = false, vocabulary } = context;
  // Read with the apostrophes chat leaves out of a wh-word's contraction ("whats"), which the tokenizer needs to find the
  // wh-word, as the question the message asks (askedQuestion: no "hi," or "please", an embedded or concealed question as the
  // direct one), and its opening wh-word spelt ("wen did …"); the question is kept as typed.
  const whSpelt = withWhWordSpelt(askedQuestion(nlp, withContractionApostrophes(text)), vocabulary);
  const asked = whSpelt.text;
  const { value: values, precedingSpaces: spaces, lemma, pos } = readWords(nlp, asked);
  const tokens: Tokens = { start: [], value: values, lemma, pos };
  const words = values.map((v) => v.toLowerCase());
  // What is asked is read from the words: a symbol (Universal Dependencies' SYM: emoji, emoticons, $, %) says nothing of
  // it wherever the writer put it, and one after the question mark made "Who is Noem? 🤔" no longer ask who she is.
  const wordLemmas = worded(lemma, pos);
  const wordPos = worded(pos, pos);
  const ownType = answerTypeOf(wordLemmas, wordPos, command);
  const ownQuantity = ownType === 'number' ? quantityOf(command === 'how' ? ['how', ...wordLemmas] : wordLemmas) : null;
  const counted = ownQuantity === 'count' || ownQuantity === 'money' ? countedTerm(tokens, words, command) : null;
  const partitive = ownQuantity === 'count' && partitiveCount(words, command);
  const complement = howComplement(command === 'how' ? ['how', ...words] : words);
  const first = values.findIndex((v) => /\p{L}/u.test(v));
  // Per token, whether it is a name the writer typed (a proper noun, not the first word, capitals not caseNames').
  const isName = values.map((_, i) => !casedByCoverage && i > first && tokens.pos[i] === 'PROPN');
  const typedTerms = [...new Set(indexTerms(tokens, 0, values.length))].filter((term) => term !== complement);
  const { read, corrected: termsCorrected } = corrections(typedTerms, tokens, spaces, isName, vocabulary, tuning);
  const corrected = whSpelt.corrected ? [whSpelt.corrected, ...termsCorrected] : termsCorrected;
  const ownTerms = [...new Set(typedTerms.map(read))];

  // What the question leans on outside itself (follow-up.ts): the question before, which may give it its subject and, to
  // a fragment, what it asks; else, for a pronoun, the coverage's central people.
  const leaning = readFollowUp(
    { asked, values, words, pos, lemma, first, own: ownTerms, answerType: ownType, quantity: ownQuantity, command },
    people,
    context,
  );
  const { answerType, quantity, own, inherited } = leaning;

  const weights = new Map<string, number>(own.map((term) => [term, 1]));
  for (const term of inherited) weights.set(term, tuning.expansionWeight);
  for (const term of own) for (const synonym of synonymsOf(term)) expand(weights, termOf(synonym), tuning.expansionWeight);
  for (const name of leaning.people) for (const term of name) expand(weights, term, tuning.expansionWeight);

  const past = words.some((w, i) => PAST_AUXILIARIES.has(w) && tokens.pos[i] === 'AUX');
  const future = words.some((w, i) => FUTURE_AUXILIARIES.has(w) && tokens.pos[i] === 'AUX');
  // "/who said …" is "who said …?": the command is the question's first word.
  const who = command === 'who' && !words.includes('who') ? -1 : words.indexOf('who');
  let verb = who + 1;
  while (verb < words.length && tokens.pos[verb] === 'AUX') verb++;
  const asksSpeaker = (who >= 0 || command === 'who') && verb < words.length && isReportingVerb(tokens, verb);
  const preposition = askedPreposition(words);
  const asksWhere = command === 'where' || words[questionWhAt(words, tokens.pos)] === 'where';
  const asksPossessor = words[questionWhAt(words, tokens.pos)] === 'whose';
  const asksWhich = words[questionWhAt(words, tokens.pos)] === 'which';
  const stated: AskedMeasure = {
    asksWeight: answerType === 'number' && asksWeight(wordLemmas, wordPos, command),
    asksPrice: quantity === 'money' && asksPrice(wordLemmas, wordPos),
    rate: quantity === 'money' ? rateIn(asked, false) : null,
    asksPercentage: answerType === 'number' && asksPercentage(wordLemmas, wordPos),
  };
  const measure = leaning.measure ?? stated;
  const participle = passiveVerb(tokens, words);
  const asksPassiveSubject = participle !== null;
  const subjectVerb = activeSubjectVerb(tokens, words);
  const verbOfObject = objectVerb(tokens, words) ?? (participle === null ? null : passiveObject(tokens, words, participle));
  const named = namedThing(tokens, words);
  const framed = preposition === null ? null : predicateFrame(tokens, words);
  const typed = new Map<string, NameWord>();
  values.forEach((_, i) => {
    if (!isName[i]) return;
    for (const term of indexTerms(tokens, i, i + 1).map(read))
      if (own.includes(term) && !typed.has(term)) typed.set(term, wordAround(values, spaces, i));
  });
  const names = [...typed.keys()];
  // Of every own term, not of the tagged names only: a name typed in lower case ("zelensky") is no PROPN, or its capital
  // is caseNames' (names is then empty), and the endings are romanized names' (transliterationVariants). Not when every
  // term is read as typed (correctSpelling 'none').
  const variants = new Map<string, string[]>();
  for (const term of own) {
    const readAsTyped = !vocabulary || tuning.correctSpelling === 'none';
    const spellings = readAsTyped ? [] : transliterationVariants(vocabulary, term).filter((v) => !own.includes(v));
    if (spellings.length === 0) continue;
    variants.set(term, spellings);
    for (const v of spellings) weights.set(v, 1);
  }
  const verbs = termsWhere(tokens, read, (p) => p === 'VERB');
  const determined = termsWhere(tokens, read, (p, i) => p === 'NOUN' && (pos[i - 1] === 'DET' || POSSESSIVES.has(words[i - 1] ?? '')));
  const nounsOnly = [...determined].filter((term) => !verbs.has(term));
  return {
    text,
    answerType,
    quantity,
    counted: counted && read(counted),
    partitive,
    own,
    names,
    typed,
    variants,
    corrected,
    query: [...weights].map(([term, weight]) => ({ term, weight })),
    past,
    future,
    asksSpeaker,
    preposition,
    timePreposition: answerType === 'date' ? timePreposition(words) : null,
    presentPeriod: answerType === 'date' ? presentPeriod(words) : null,
    elseThan: elseThan(nlp, words, tokens.pos, context.previousAnswer),
    asksWhere,
    asksPossessor,
    asksWhich,
    askedNoun: askedNoun(wordLemmas, wordPos, command),
    copularNoun: copularNoun(wordLemmas, wordPos, command),
    definedNoun: definedNoun(wordLemmas, wordPos, command),
    namingNoun: namingNoun(wordLemmas, wordPos, command),
    measureNoun: answerType === 'number' && quantity === null ? measureNoun(wordLemmas, wordPos, command) : null,
    asksWeight: measure.asksWeight,
    asksPrice: measure.asksPrice,
    rate: measure.rate,
    asksPercentage: measure.asksPercentage,
    alternatives: alternativesOf(tokens, words).map((terms) => terms.map(read)),
    offered: offeredAlternatives(tokens, words)?.map((terms) => terms.map(read)) ?? null,
    asksPassiveSubject,
    subjectVerb: subjectVerb === null ? null : (indexTerms(tokens, subjectVerb, subjectVerb + 1).map(read)[0] ?? null),
    objectVerb: verbOfObject && {
      verb: indexTerms(tokens, verbOfObject.verb, verbOfObject.verb + 1).map(read)[0] ?? '',
      subject: indexTerms(tokens, verbOfObject.subject, verbOfObject.end).map(read),
      preposition,
    },
    namedThing: named && {
      head: indexTerms(tokens, named.head, named.head + 1).map(read)[0] ?? '',
      terms: indexTerms(tokens, named.start, named.end).map(read),
    },
    predicateFrame: framed && {
      predicate: indexTerms(tokens, framed.predicate, framed.predicate + 1).map(read)[0] ?? '',
      subject: indexTerms(tokens, framed.subject, framed.end).map(read),
    },
    gapFrame: gapFrame(tokens, words, read),
    nounsOnly,
    inherited,
    newTerms: leaning.newTerms,
    aboutOne: leaning.aboutOne,
  };
}

/** What the question asks of its quantity (AskedMeasure), apart from the rest of it: what an answer remembers. */
export function askedMeasureOf(question: Question): AskedMeasure {
  return { asksWeight: question.asksWeight, asksPrice: question.asksPrice, rate: question.rate, asksPercentage: question.asksPercentage };
}

/**
 * Where the participle stands when the question's wh-phrase is the subject of a passive: the wh-word and the words of its
 * noun phrase, the auxiliaries ending with a form of "be", adverbs, then the past participle ("Which commission was
 * censured …?", "Who was born …?", "Who has been elected …?", "Who will be named …?"). The passive's "be" comes last of
 * the auxiliaries, after a modal and the perfect's "have" (Quirk et al. 1985 §3.54), and takes a past participle: "be" with
 * an -ing participle is the progressive, an active whose subject is asked ("Who is leading the talks?"; §3.52, §3.63-3.67).
 * A subject standing between "be" and the participle ("Who was Tesla influenced by?") makes the wh-phrase the agent the
 * by-phrase strands. Null for any other question.
 */
function passiveVerb(tokens: Tokens, words: readonly string[]): number | null {
  const wh = questionWhAt(words, tokens.pos);
  if (wh < 0) return null;
  let i = afterWhPhrase(tokens, words, wh);
  // The progressive passive's "being" ("Who is being considered?") is a form of "be" too, which wink leaves its own lemma.
  let be = false;
  for (; i < words.length && (tokens.pos[i] === 'ADV' || negation(tokens, i) || (tokens.pos[i] === 'AUX' && tokens.lemma[i] !== 'do')); i++)
    if (tokens.pos[i] === 'AUX') be = tokens.lemma[i] === 'be' || words[i] === 'being';
  return be && tokens.pos[i] === 'VERB' && !ingParticiple(tokens, i) ? i : null;
}
/** An -ing participle ("leading"), told by its ending: wink tags it VERB as it does a past participle. */
function ingParticiple(tokens: Tokens, i: number): boolean {
  return /ing$/i.test(tokens.value[i]) && !/ing$/i.test(tokens.lemma[i]);
}
/**
 * A what-question asking a passive's subject as the object of its verb ("What was developed by the lab?" asks what the lab
 * developed): the passive's subject is the active's object and its agent the active's subject (Quirk et al. 1985
 * §3.63-3.67), the words of the by-phrase right after the participle, if it has one, read as that subject.
 */
function passiveObject(
  tokens: Tokens,
  words: readonly string[],
  participle: number,
): { verb: number; subject: number; end: number } | null {
  const at = questionWhAt(words, tokens.pos);
  if (words[at] !== 'what' && words[at] !== 'which') return null;
  if (words[participle + 1] !== 'by') return { verb: participle, subject: participle, end: participle };
  let end = participle + 2;
  while (end < words.length && QUESTION_SUBJECT.has(tokens.pos[end]) && tokens.pos[end] !== 'PUNCT') end++;
  return { verb: participle, subject: participle + 2, end };
}
/**
 * Where the active lexical verb stands whose subject is the question's wh-phrase: the wh-word and the words of its noun
 * phrase, adverbs, then the verb ("Who first formulated …?", "Which agency considers …?"; Quirk et al. 1985 §11.14-11.16, a
 * wh-element as subject takes the declarative order). Operators before the verb stay there with no inversion ("Who will
 * play the lead?", "Who has signed the deal?"; Quirk §3.21 ff.), except "be", which makes a passive (passiveVerb) or a
 * progressive (not read here), and "do", which stands before the verb only where a subject inverts with it
 * ("What does pumping water do?") or where it carries the negation: a wh-subject question takes do-support only to be
 * negated or emphatic (Quirk et al. 1985 §3.37, §11.14), so "Who did not confirm the call?" and "Which group didn't change?"
 * ask the subject of "confirm" and "change" as "Who confirmed the call?" does of "confirmed". The negation itself follows
 * the operator (§10.54) and is passed over like an adverb. Null for any other question: "Who did Roe meet?" asks the object
 * (a subject stands between operator and verb), "Who was born …?" the subject of a passive.
 */
function activeSubjectVerb(tokens: Tokens, words: readonly string[]): number | null {
  const wh = questionWhAt(words, tokens.pos);
  if (wh < 0) return null;
  let i = afterWhPhrase(tokens, words, wh);
  const operator = (k: number) =>
    tokens.pos[k] === 'AUX' && (!INVERTING_OPERATORS.has(tokens.lemma[k]) || (tokens.lemma[k] === 'do' && negation(tokens, k + 1)));
  while (i < words.length && (tokens.pos[i] === 'ADV' || negation(tokens, i) || operator(i))) i++;
  return tokens.pos[i] === 'VERB' ? i : null;
}
/** Whether the words from `start` to `end` (exclusive) are a negation, with adverbs only beside it ("not", "never not"). */
function negatedOnly(tokens: Tokens, start: number, end: number): boolean {
  let negated = false;
  for (let k = start; k < end; k++) {
    if (negation(tokens, k)) negated = true;
    else if (tokens.pos[k] !== 'ADV') return false;
  }
  return negated;
}
/** Whether the word at `i` is the negation "not" or "n't" (wink's lemma "not" for both, and for chat's "nt" of "didnt"). */
function negation(tokens: Tokens, i: number): boolean {
  return tokens.lemma[i] === 'not';
}
/**
 * Where the lexical verb stands whose object is a what-question's wh-phrase: "what" and the words of its noun phrase, an
 * operator (an auxiliary other than "be"), the subject, then the verb ("What did the lab develop?", "What can the new
 * engine not burn?"): a wh-element as object comes first and the subject and operator invert (Quirk et al. 1985 §11.14),
 * a subject standing between them ("What will ensure …?" has none: its wh-phrase is the subject),
 * so the answer is what stands as that verb's object in a declarative sentence. Not the pro-form "do" ("What did he do
 * …?" asks for a predicate). Null for any other question.
 */
function objectVerb(tokens: Tokens, words: readonly string[]): { verb: number; subject: number; end: number } | null {
  const wh = questionWhAt(words, tokens.pos);
  if (wh < 0 || (words[wh] !== 'what' && words[wh] !== 'which')) return null;
  const i = afterWhPhrase(tokens, words, wh);
  if (tokens.pos[i] !== 'AUX' || tokens.lemma[i] === 'be') return null;
  let j = i + 1;
  for (; j < words.length && j - i <= OBJECT_QUESTION_SUBJECT; j++) {
    // Only a negation between the operator and the verb is no subject: "What did not change?" asks the subject of "change"
    // (activeSubjectVerb), its "did" the do-support of the negation (Quirk et al. 1985 §3.37), not an inverted operator.
    if (tokens.pos[j] === 'VERB')
      return tokens.lemma[j] === 'do' || j === i + 1 || negatedOnly(tokens, i + 1, j) ? null : { verb: j, subject: i + 1, end: j };
    if (!QUESTION_SUBJECT.has(tokens.pos[j])) break;
  }
  // "do" and the modals take a bare infinitive (Quirk et al. 1985 §3.37 ff., §3.39 ff.): after the subject, the word right
  // before a preposition or the question's end is that verb where the tagger read a noun or adjective ("What did Stiglitz
  // present in 2009?", "What does the wing house?"), if WordNet has it as a verb. Not after "have", which takes a participle.
  let last = j - 1;
  while (last > i && tokens.pos[last] === 'PUNCT') last--;
  const bare = tokens.lemma[i] !== 'have' && last > i + 1 && BARE_INFINITIVE_TAGS.has(tokens.pos[last]) && isVerb(tokens.lemma[last]);
  return bare && (j === words.length || tokens.pos[j] === 'ADP') ? { verb: last, subject: i + 1, end: last } : null;
}
/** The tags a tagger gives a bare infinitive it misreads after "did" and its subject. */
const BARE_INFINITIVE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);
/**
 * Where the noun phrase X stands (its tokens from `start` to `end`, exclusive, and its head) of a question asking the name or term X
 * goes by: the wh-word as the object complement of a verb of naming in the passive ("What is the mayor of Tarvik called?",
 * "What are rotors also known as?", "The largest projects are called what?"; "call X Y", "know X as Y": complex-transitive
 * verbs whose object complement is the name, Quirk et al. 1985 §16.44 ff.), or as the subject of "be" whose complement is
 * "another name/term/word for X" ("What is another term for rotors?"). X's head is the last noun of its first run of
 * noun-phrase words ("mayor" of "the mayor of Tarvik"); with the wh-word last, the run right before "be" ("The largest
 * projects"). Null for any other question.
 */
function namedThing(tokens: Tokens, words: readonly string[]): { head: number; start: number; end: number } | null {
  const at = questionWhAt(words, tokens.pos);
  if (words[at] !== 'what') return null;
  let last = words.length - 1;
  while (last > at && tokens.pos[last] === 'PUNCT') last--;
  // The verb of naming, for a question whose last word is it or the "as" it takes: where it stands, else -1.
  const namingAt = (end: number) => {
    if (NAMING_OBJECT_COMPLEMENT.has(tokens.lemma[end]) && tokens.pos[end] === 'VERB') return end;
    if (words[end] !== 'as') return -1;
    const verb = words[end - 1] === 'to' ? end - 2 : end - 1;
    return NAMING_AS.has(tokens.lemma[verb]) && tokens.pos[verb] === 'VERB' ? verb : -1;
  };
  const run = (start: number, end: number) => {
    let head = -1;
    for (let i = start; i < end && (NAMED_PHRASE.has(tokens.pos[i]) || POSSESSIVES.has(words[i])); i++)
      if (tokens.pos[i] === 'NOUN' || tokens.pos[i] === 'PROPN') head = i;
    return head < 0 ? null : { head, start, end };
  };
  if (last === at) {
    // "X is (also) called what?": the wh-word in situ as the complement.
    const verb = namingAt(at - 1);
    let be = verb - 1;
    while (be > 0 && tokens.pos[be] === 'ADV') be--;
    if (verb < 0 || tokens.lemma[be] !== 'be') return null;
    let start = be;
    while (start > 0 && (NAMED_PHRASE.has(tokens.pos[start - 1]) || POSSESSIVES.has(words[start - 1]))) start--;
    const found = run(start, be);
    return found && found.head === be - 1 ? found : null;
  }
  if (tokens.lemma[at + 1] !== 'be') return null;
  if (OTHER_NAME_NOUNS.has(words[at + 3]) && words[at + 4] === 'for' && (words[at + 2] === 'another' || ARTICLES.has(words[at + 2])))
    return run(at + 5, last + 1);
  let verb = namingAt(last);
  if (verb < 0) return null;
  while (verb > at + 2 && tokens.pos[verb - 1] === 'ADV') verb--;
  return run(at + 2, verb);
}
/** The nouns of "another name for X" (Quirk et al. 1985 §17.72, reformulation: another name for the same referent). */
const OTHER_NAME_NOUNS: ReadonlySet<string> = new Set(['name', 'term', 'word']);
/** The articles (Quirk et al. 1985 §5.12 ff.). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** The words of a noun phrase's run up to its head, the possessives aside: determiners, adjectives, nouns, names, numerals. */
const NAMED_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * Where the predicate and the subject stand of a what-question that strands a preposition after "be", its subject and a
 * predicate ending in the word the preposition follows ("What is the town a member of?", "What are the pumps connected
 * to?", "What is the rate proportional to?"): the wh-element is the object of that preposition, whose frame the predicate
 * sets (a participle, adjective or noun with its prepositional complement: Quirk et al. 1985 §16.69 ff., §17.52; the
 * question's frame, Hermjakob 2001). The subject is the noun phrase right after "be", up to a determiner or adjective
 * after its head, which opens the predicate. Null for any other question.
 */
function predicateFrame(tokens: Tokens, words: readonly string[]): { predicate: number; subject: number; end: number } | null {
  const wh = questionWhAt(words, tokens.pos);
  if (words[wh] !== 'what' && words[wh] !== 'which') return null;
  const i = afterWhPhrase(tokens, words, wh);
  if (tokens.lemma[i] !== 'be') return null;
  let last = words.length - 1;
  while (last > i && tokens.pos[last] === 'PUNCT') last--;
  const predicate = last - 1;
  if (!PREDICATE_WORDS.has(tokens.pos[predicate])) return null;
  const subject = i + 1;
  let end = subject;
  let noun = false;
  for (; end < predicate && WH_PHRASE.has(tokens.pos[end]) && !(noun && tokens.pos[end] !== 'NOUN' && tokens.pos[end] !== 'PROPN'); end++)
    noun ||= tokens.pos[end] === 'NOUN' || tokens.pos[end] === 'PROPN';
  return noun ? { predicate, subject, end } : null;
}
/** What the word a stranded preposition follows may be: a participle, an adjective or a noun heading the predicate. */
const PREDICATE_WORDS = new Set(['VERB', 'ADJ', 'NOUN']);

/**
 * The words before an in-situ "what" that ends a declarative question ("The pumps are connected to what?", "Warsaw lacks
 * what?"), back to and including the nearest content word, at most GAP_FRAME words, with the index terms of the words
 * before them: the wh-element stands where the answer stands in the statement it questions (Huddleston & Pullum 2002
 * ch. 10, in-situ interrogatives), so the words before it frame the answer as the sentence writes it (the question's
 * frame, Hermjakob 2001). Null for any other question, and when no content word stands within reach.
 */
function gapFrame(
  tokens: Tokens,
  words: readonly string[],
  read: (term: string) => string,
): { before: { term: string | null; word: string }[]; subject: string[] } | null {
  let last = words.length - 1;
  while (last > 0 && tokens.pos[last] === 'PUNCT') last--;
  if (!IN_SITU_WH.has(words[last]) || questionWhAt(words, tokens.pos) !== last) return null;
  for (let first = last - 1; first >= 0 && last - first <= GAP_FRAME; first--) {
    const term = indexTerms(tokens, first, first + 1).map(read)[0];
    if (term === undefined) continue;
    const before = words
      .slice(first, last)
      .map((word, i) => ({ term: indexTerms(tokens, first + i, first + i + 1).map(read)[0] ?? null, word }));
    const subject = indexTerms(tokens, 0, first).map(read);
    return subject.length === 0 ? null : { before, subject };
  }
  return null;
}
/**
 * The wh-words read in situ at a question's end: "what" for a thing, "who"/"whom" for a person ("The owner awards the contract
 * to whom?"). Any wh-element may stay in situ in a declarative question (Huddleston & Pullum 2002 ch. 10, §4.7).
 */
const IN_SITU_WH: ReadonlySet<string> = new Set(['what', 'who', 'whom']);
/** How many words before an in-situ "what" its frame may take ("are some examples of"). */
const GAP_FRAME = 3;

/** Operators that do not stand alone before a wh-subject question's verb (activeSubjectVerb). */
const INVERTING_OPERATORS = new Set(['be', 'do']);
/** The words of an inverted question's subject and the negation or adverb before its verb ("the lab's new engine not"). */
const QUESTION_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'ADV', 'PUNCT']);
/** How many words the subject may take before the verb. */
const OBJECT_QUESTION_SUBJECT = 10;
/** What may follow the wh-word in its phrase: "which European commission", "how many people". */
const WH_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** The first word after the phrase of the wh-word at `wh` (WH_PHRASE): where the rest of the question starts. */
function afterWhPhrase(tokens: Tokens, words: readonly string[], wh: number): number {
  let i = wh + 1;
  while (i < words.length && WH_PHRASE.has(tokens.pos[i])) i++;
  return i;
}

/** The possessive determiners (Quirk et al. 1985 §6.27), which wink tags as pronouns. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * The index terms of each alternative when a wh-question closes with an elliptical alternative question: after a comma,
 * two or more noun phrases separated by commas, the last joined by "or", to the question's end ("Which is louder, the old
 * model or the new one?"). Its answer is one of them (Quirk et al. 1985 §11.20, wh-questions followed by alternatives),
 * found by comparing what the text says of each. Empty for any other question.
 */
function alternativesOf(tokens: Tokens, words: readonly string[]): string[][] {
  const wh = questionWhAt(words, tokens.pos);
  const or = words.lastIndexOf('or');
  if (wh < 0 || or < 0 || words.indexOf(',', or) >= 0) return [];
  const opening = words.indexOf(',', wh);
  if (opening < 0 || opening > or) return [];
  let end = words.length;
  while (end > or && tokens.pos[end - 1] === 'PUNCT') end--;
  const bounds = [opening, ...words.flatMap((w, i) => (i > opening && i < or && w === ',' ? [i] : [])), or, end];
  // A serial comma before "or" ("A, B, or C") bounds no alternative of its own.
  const out = bounds
    .slice(1)
    .map((to, k) => indexTerms(tokens, bounds[k] + 1, to))
    .filter((terms) => terms.length > 0);
  return out.length >= 2 ? out : [];
}

/**
 * The index terms of each alternative of an alternative question: a question opening with its operator, as a yes-no
 * question does, whose "or" joins single words, the first of them maybe the last of a list ("Is the risk high or low?",
 * "Are the cells round, flat or spiky?", "Were the tests high-voltage or low-voltage?"). It expects as its answer one of the
 * alternatives, not yes or no (Quirk et al. 1985 §11.20; Huddleston & Pullum 2002 ch. 10 §4.5, alternative questions).
 * A word of the same phrase or clause after the last alternative ("alter existing treaties or replace them", "adults or
 * juveniles secretions") shows that "or" joins phrases or clauses, whose alternatives are not read: null, as for any other
 * question. A word may be hyphenated ("low-voltage").
 */
function offeredAlternatives(tokens: Tokens, words: readonly string[]): string[][] | null {
  const or = words.indexOf('or');
  if (tokens.pos[0] !== 'AUX' || or < 0 || words.indexOf('or', or + 1) >= 0) return null;
  // The word ending at token `last` (exclusive of what follows): its first token; -1 when no open-class word ends there.
  const wordStart = (last: number) => {
    let first = last;
    while (first >= 2 && words[first - 1] === '-' && OFFERED_WORD.has(tokens.pos[first - 2])) first -= 2;
    return OFFERED_WORD.has(tokens.pos[last]) ? first : -1;
  };
  let end = or + 2;
  while (end + 1 < words.length && words[end] === '-' && OFFERED_WORD.has(tokens.pos[end + 1])) end += 2;
  if (!OFFERED_WORD.has(tokens.pos[or + 1]) || OFFERED_WORD.has(tokens.pos[end]) || tokens.pos[end] === 'PRON') return null;
  const bounds: [number, number][] = [[or + 1, end]];
  let last = or - 1;
  for (;;) {
    const first = wordStart(last);
    if (first < 0) return null;
    bounds.unshift([first, last + 1]);
    if (words[first - 1] !== ',') break;
    last = first - 2;
  }
  // An alternative WordNet lacks may be a typo for the word a sentence writes ("internal or exeternal"): the sentence naming
  // only the other would seem to say which it is.
  const known = bounds.every(([from, to]) => tokens.lemma.slice(from, to).every((w) => w === '-' || inLexicon(w.toLowerCase())));
  const out = bounds.map(([from, to]) => indexTerms(tokens, from, to));
  return known && out.every((terms) => terms.length > 0) ? out : null;
}
/** The open word classes an alternative word is of (a verb's participle, an adjective, a noun, an adverb). */
const OFFERED_WORD: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'ADV', 'VERB']);

/**
 * Whether "how many" is followed by "of" ("How many of the voters …?"): a partitive, which asks the size of a part of the set
 * its of-phrase names (Huddleston & Pullum 2002 ch. 5, partitive noun phrases: "two of the students").
 */
function partitiveCount(words: readonly string[], command: AskCommand | null): boolean {
  const how = command === 'how' && !words.includes('how') ? -1 : words.indexOf('how');
  return words[how + 1] === 'many' && words[how + 2] === 'of';
}

/**
 * The head of the noun phrase right after "how many" / "how much": the last common noun of its run of nouns, proper nouns,
 * adjectives and numbers ("how many New Zealand students" → "student"), as an index term; null when a verb follows
 * ("how much is …").
 */
function countedTerm(tokens: Tokens, words: readonly string[], command: AskCommand | null): string | null {
  const how = command === 'how' && !words.includes('how') ? -1 : words.indexOf('how');
  if (!HOW_QUANTIFIERS.has(words[how + 1] ?? '')) return null;
  let head = -1;
  for (let i = how + 2; i < words.length && NOUN_PHRASE_POS.has(tokens.pos[i]); i++) if (tokens.pos[i] === 'NOUN') head = i;
  return head < 0 ? null : (indexTerms(tokens, head, head + 1)[0] ?? null);
}
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Prepositions a wh-question strands or pied-pipes (Huddleston & Pullum 2002, ch. 10, "preposition stranding"): the
 * simple prepositions of English grammars (Quirk et al. 1985 §9.7) that take a noun phrase naming a who, where or what.
 */
const ASKED_PREPOSITIONS = new Set([
  'about',
  'after',
  'against',
  'at',
  'before',
  'between',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'over',
  'to',
  'under',
  'with',
]);
/** The wh-words that can stand for a preposition's object: all but "why", an adjunct that is no preposition's object. */
const OBJECT_WH_WORDS = new Set([...WH_WORDS].filter((w) => w !== 'why'));

/**
 * The preposition whose object a question asks for: its last word ("…warn of a rough situation to?") when the question
 * opens with a wh-word, or its first when a wh-word follows it ("To which broadcaster…", "In what year…"). The answer
 * is that preposition's object in the text ("remarked to Fox News"): the question's syntactic frame, which answer
 * extraction matches against the candidate's (Hermjakob 2001; Echihabi & Marcu 2003).
 */
function askedPreposition(words: readonly string[]): string | null {
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.length < 3) return null;
  const [first, second] = letters;
  const last = letters[letters.length - 1];
  if (ASKED_PREPOSITIONS.has(first) && OBJECT_WH_WORDS.has(second)) return first;
  if (OBJECT_WH_WORDS.has(first) && ASKED_PREPOSITIONS.has(last)) return last;
  return null;
}

/**
 * The preposition of time a question opens with before its wh-word ("Since what year …?", "Until when …?"): those of
 * English grammars that state a relation of their own (Quirk et al. 1985 ch. 9: a start, an end, a deadline, a side, a
 * span), "since", "until" and "during" among them, which ASKED_PREPOSITIONS, read by the ranker, lacks; the date asked is
 * its object (Hermjakob 2001, the question's frame). Not "at", "on", "in" of time position: "In what year …?" is answered
 * by a date written with none ("from 1731", "(1185–1226)").
 */
function timePreposition(words: readonly string[]): string | null {
  const [first, second] = words.filter((w) => /\p{L}/u.test(w));
  return TIME_PREPOSITIONS.has(first) && OBJECT_WH_WORDS.has(second) ? first : null;
}
const TIME_PREPOSITIONS = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'during', 'from']);

/**
 * The unit of the period a question places its event in when that period holds the time of speech: "this" with a unit
 * of time ("this year", "this week"), or "today" and "tonight" (a day): deictic expressions, anchored to the time of
 * speech (TimeML, Pustejovsky et al. 2003: "this year" is the year of the document's time); null when it names none.
 */
function presentPeriod(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'today' || words[i] === 'tonight') return 'day';
    if (words[i] === 'this' && PERIOD_UNITS.includes(words[i + 1] ?? '')) return words[i + 1];
  }
  return null;
}

/**
 * The index terms of the answer before (`previousAnswer`, the bold of the reply before in a conversation) when the question
 * asks for someone or something "else": "else" after a wh-word means other than what has been mentioned (Huddleston &
 * Pullum 2002 ch. 5, "else" as the postmodifier of interrogative and compound pronouns: "who else" is "what other person"),
 * and in a conversation what has just been mentioned is that answer ("who wrote it?" … "who else worked on it?"). Empty
 * when the question says no "else" right after its wh-word, or no answer was shown before.
 */
function elseThan(nlp: Nlp, words: readonly string[], pos: readonly string[], previousAnswer: string | null | undefined): string[] {
  const at = questionWhAt(words, pos);
  if (at < 0 || words[at + 1] !== 'else' || !previousAnswer) return [];
  const { value, lemma, pos: answerPos } = readWords(nlp, previousAnswer);
  return indexTerms({ start: [], value, lemma, pos: answerPos }, 0, value.length);
}

/** The units of a period that "this", "last" or "next" places, smallest first. */
export const PERIOD_UNITS: readonly string[] = ['day', 'week', 'month', 'year'];

/**
 * The question's terms the vocabulary lacks read as its closest terms (spelling.ts): the names' only or all of them, as
 * `tuning.correctSpelling` says; each correction with the word as typed (a name's whole word, wordAround).
 */
function corrections(
  terms: readonly string[],
  tokens: Tokens,
  spaces: readonly string[],
  isName: readonly boolean[],
  vocabulary: Bm25Index | undefined,
  tuning: AnswerSettings,
): { read: (term: string) => string; corrected: Correction[] } {
  const found = new Map<string, string>();
  const corrected: Correction[] = [];
  if (vocabulary && tuning.correctSpelling !== 'none') {
    const pending = new Set(terms.filter((term) => vocabulary.termId(term) < 0));
    tokens.value.forEach((_, i) => {
      if (pending.size === 0 || (tuning.correctSpelling === 'names' && !isName[i])) return;
      for (const term of indexTerms(tokens, i, i + 1)) {
        if (!pending.delete(term)) continue;
        const correction = correctionOf(vocabulary, term, tuning.spellingFuzziness);
        if (correction === null) continue;
        found.set(term, correction);
        corrected.push({ typed: wordAround(tokens.value, spaces, i).word, term, read: correction });
      }
    });
  }
  // The question's terms as typed when none is corrected, as most are: a function of the module, where a closure would be
  // named by a defineProperty call at every question (tsx's keepNames; nlp.ts `column`).
  return { read: found.size === 0 ? asTyped : (term) => found.get(term) ?? term, corrected };
}
function asTyped(term: string): string {
  return term;
}
