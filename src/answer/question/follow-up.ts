import { termOf } from '../../analyse/index-terms.js';
import { REGION_NAMES } from '../../analyse/gazetteer.js';
import { PLACE_PREPOSITIONS } from '../../analyse/proper-names.js';
import { FOLLOW_UP_CONNECTIVES, rateIn } from './answer-type.js';
import { NO_MEASURE, type AnswerType, type AskCommand, type AskedMeasure, type Quantity } from '../types.js';

/**
 * What a question leans on outside itself (readQuestion's step after reading the question on its own): in a conversation,
 * the question before, whose subject an elliptical question takes ("and where?", "who said that?") and whose wh-phrase a
 * fragment asks again ("and Volker?"); else, for a pronoun no name of the question resolves, the coverage's central
 * people ("when did they meet?"). Ellipsis leaves out what the context supplies (Quirk et al. 1985 §12.1); the rules and
 * their sources are beside each predicate below.
 */

/** Words that open a follow-up leaning on the question before: "and where?", "what about Putin?". */
const FOLLOW_UP_OPENERS = new RegExp(`^(?:${[...FOLLOW_UP_CONNECTIVES, 'what about', 'how about'].join('|')})\\b`, 'i');
/** "What about X?" and "how about X?" are follow-ups, not wh-questions: their wh-word asks nothing of its own. */
const ABOUT_OPENER = /^(?:and\s+)?(?:what|how)\s+about\b/i;
/** Pronouns that stand for people the question does not name. */
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'both']);
const SINGULAR_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);
const REFERRING = new Set([...PLURAL_PRONOUNS, ...SINGULAR_PRONOUNS, 'it', 'that', 'this', 'there']);
const DEMONSTRATIVES = new Set(['that', 'this']);

/**
 * Verbs of social interaction (Levin 1993, English Verb Classes and Alternations, §36: 36.1 correspond verbs, 36.2 marry
 * verbs, 36.3 meet verbs; and talk, 37.5), as lemmas. Used without their co-participant they take the reciprocal
 * intransitive, whose subject is two or more ("Anne and Cathy met", not "*Anne met": Levin §2.5.4; Huddleston & Pullum
 * 2002 on symmetric predicates).
 */
const RECIPROCAL_VERBS = new Set([
  ...['agree', 'argue', 'bargain', 'bicker', 'clash', 'collaborate', 'collude', 'communicate', 'compete', 'concur'],
  ...['confer', 'consult', 'cooperate', 'correspond', 'debate', 'differ', 'disagree', 'feud', 'fight', 'haggle'],
  ...['negotiate', 'quarrel', 'reconcile', 'spar', 'squabble', 'wrangle', 'marry', 'divorce', 'wed', 'meet', 'talk'],
]);
/** The plural pronouns that can be a clause's subject. */
const PLURAL_SUBJECTS = new Set(['they', 'both']);
/** What names a reciprocal verb's co-participant ("met with Zelensky", "talked to Putin", "fought against …"). */
const CO_PARTICIPANT = new Set(['with', 'to', 'against']);
/** Parts of speech that open a noun phrase: after a verb, its object. */
const OBJECT_OPENERS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ']);

/**
 * Whether word i is a plural pronoun subject of a verb of social interaction used reciprocally: the verb follows it
 * (adverbs and auxiliaries between, "they never met"), with no object after it and no co-participant phrase. Such a
 * subject stands for two or more ("where did they meet?"), so it cannot be the singular "they" of one person (AP
 * Stylebook 2017), as it may be with any other verb ("where were they born?").
 */
function reciprocalSubject(words: readonly string[], pos: readonly string[], lemma: readonly string[], i: number): boolean {
  if (!PLURAL_SUBJECTS.has(words[i])) return false;
  let verb = i + 1;
  while (verb < words.length && (pos[verb] === 'ADV' || pos[verb] === 'AUX' || pos[verb] === 'PART')) verb++;
  if (pos[verb] !== 'VERB' || !RECIPROCAL_VERBS.has(lemma[verb])) return false;
  return !OBJECT_OPENERS.has(pos[verb + 1] ?? '') && !words.slice(verb + 1).some((w) => CO_PARTICIPANT.has(w));
}

const SINGULAR_BE = new Set(['is', 'was', "'s"]);

/**
 * Whether the question is about one person or thing: a copular question whose only verb is a singular "be" ("who is the
 * Kremlin spokesman?", "what is Interfax?"), coordinating nothing, with no plural noun or pronoun. "Is"/"was" agrees with
 * a singular subject (Huddleston & Pullum 2002 ch. 5 §18, agreement; Quirk et al. 1985 §10.34). Any other question
 * leaves the number open: "Who did Trump speak with?" is about two people, named or not.
 */
function aboutOne(words: readonly string[], pos: readonly string[], lemma: readonly string[]): boolean {
  const verbs = pos.flatMap((p, i) => (p === 'VERB' || p === 'AUX' ? [i] : []));
  return (
    verbs.length > 0 &&
    verbs.every((i) => lemma[i] === 'be' && SINGULAR_BE.has(words[i])) &&
    !pos.some((p, i) => i > 0 && p === 'CCONJ') &&
    !pos.some((p, i) => p === 'NOUN' && lemma[i] !== words[i]) &&
    !words.some((w) => PLURAL_PRONOUNS.has(w))
  );
}
/**
 * Whether word i refers back to what was said before. A demonstrative does so only as a pronoun standing alone ("when did
 * he say that?"): before a noun it is a determiner pointing at that noun ("this week"), and "that" opening a clause is a
 * subordinator ("reported that Russia was weighing …"), neither of which refers to the question before (Quirk et al. 1985
 * §6.40-6.45, demonstratives; §14.12, "that" as a subordinator). wink tags "that" ending a question a subordinator too,
 * so one with nothing after it is the pronoun.
 */
function refersBack(words: readonly string[], pos: readonly string[], i: number): boolean {
  if (!REFERRING.has(words[i])) return false;
  if (!DEMONSTRATIVES.has(words[i])) return true;
  return pos[i] === 'PRON' || pos.slice(i + 1).every((p) => p === 'PUNCT');
}

/** Personal pronouns in the forms a name before them in the same clause may bind: subject and possessive. */
const BINDABLE = new Set(['he', 'she', 'his', 'her']);

/**
 * Whether pronoun i finds its antecedent in the question itself: a subject or possessive "he", "she", "his", "her" after
 * a name the question typed ("Which network did Clinton give her interview to?", "Who did Trump say he would
 * call?"). The search for a pronoun's antecedent begins in its own sentence, left of it, before it turns to the ones
 * before (Hobbs 1978, "Resolving pronoun references"; Lappin & Leass 1994 weigh a candidate of the same sentence
 * highest). An object pronoun is never bound by its clause's subject ("What did Putin tell him?": binding principle B,
 * Chomsky 1981), so "him", and "her" not before its noun, still refer back; so does "it", which a name of a person does
 * not stand for. A name whose capitals caseNames restored counts: the pronoun's antecedent is the coverage's name either
 * way. The first word is left out, as everywhere here: a capital there marks the sentence, not a name.
 */
function boundInQuestion(words: readonly string[], pos: readonly string[], i: number, first: number): boolean {
  if (!BINDABLE.has(words[i])) return false;
  if (words[i] === 'her' && !['NOUN', 'ADJ', 'PROPN'].includes(pos[i + 1] ?? '')) return false;
  return pos.slice(first + 1, i).includes('PROPN');
}

/** What a follow-up is told of the question before (QuestionContext's part of it; followUpOf in answer.ts writes it). */
export interface PreviousQuestion {
  /** The previous question's terms, which a follow-up keeps in view. */
  previous?: readonly string[];
  /** What the previous question asked, which a fragment follow-up asks again. */
  previousType?: AnswerType;
  /** What the previous number question counted or measured (`Question.quantity`), which a fragment follow-up asks again. */
  previousQuantity?: Quantity | null;
  /** What the previous number question asked of its quantity (its AskedMeasure), which a fragment follow-up asks again. */
  previousMeasure?: AskedMeasure;
  /** The previous question was about one person or thing (`Question.aboutOne`), for which a reciprocal "they" cannot stand. */
  previousAboutOne?: boolean;
  /** The answer the reply before showed (its bold), which a question asking who or what "else" does not take again. */
  previousAnswer?: string | null;
}

/** What readQuestion has read of the question on its own, which its reference is read from. */
export interface OwnReading {
  /** The question as asked (askedQuestion's), whose opening words say whether it follows up ("and …", "what about …"). */
  asked: string;
  /** Its tokens as written, in lower case, and their parts of speech and lemmas (the whole columns, symbols included). */
  values: readonly string[];
  words: readonly string[];
  pos: readonly string[];
  lemma: readonly string[];
  /** The first token with a letter: a capital there marks the sentence, not a name. */
  first: number;
  /** Its own content terms, as read (spelling corrected). */
  own: readonly string[];
  /** What it asks on its own words, and for a number question, what it counts or measures. */
  answerType: AnswerType;
  quantity: Quantity | null;
  command: AskCommand | null;
}

/** The question as its reference reads it: what it asks and of what, once the question before or the coverage fills it in. */
export interface FollowUpReading {
  /** What it asks: a fragment follow-up's is what the question before asked; else its own. */
  answerType: AnswerType;
  quantity: Quantity | null;
  /**
   * What a fragment follow-up asks of its number: the question before's measure with the rate it states; null when the
   * question's own words say it (readQuestion's stated measure).
   */
  measure: AskedMeasure | null;
  /** The terms searched at weight 1: its own, and the question before's when it leaves them all out or says "it". */
  own: string[];
  /** The question before's terms kept in view at the expansion weight (Question.inherited). */
  inherited: string[];
  /** Its own terms the question before did not have (Question.newTerms). */
  newTerms: string[];
  /** The central people a pronoun stands for when neither the question before nor a name of the question does. */
  people: readonly string[][];
  /** It is about one person or thing (Question.aboutOne). */
  aboutOne: boolean;
}

/**
 * Reads what the question leans on (the module's comment): `people` are the coverage's central people, most mentioned
 * first (their index terms); `context` what the question before left, empty for a question asked alone.
 */
export function readFollowUp(reading: OwnReading, people: readonly string[][], context: PreviousQuestion): FollowUpReading {
  const { asked, values, words, pos, lemma, first, command } = reading;
  const { previous = [], previousType, previousQuantity = null, previousMeasure = NO_MEASURE, previousAboutOne = false } = context;
  let own = [...reading.own];
  let answerType = reading.answerType;
  let quantity = reading.quantity;

  // In a conversation, an elliptical question takes its subject from the one before: "and where?"
  // asks about the same thing; "what did he say after that?" keeps it in view. One content word is most often such a
  // gap ("who won?"), unless that word is a name the question's own verb is said of ("Who is Putin?"): ellipsis leaves
  // out what the context supplies (Quirk et al. 1985 §12.1), and a clause with its own subject and verb leaves out none.
  // A plural pronoun that a reciprocal verb makes two or more ("where did they meet?") cannot stand for the one person or
  // thing the question before was about: it stands for whom it stands for in the question asked alone, so the clause has
  // its own subject and verb, and neither its one content word nor an opening "and" makes it leave anything out.
  const pronounApart = previousAboutOne && words.some((_, i) => reciprocalSubject(words, pos, lemma, i));
  const hasVerb = pos.some((p) => p === 'VERB' || p === 'AUX');
  const namesItsSubject = own.length === 1 && hasVerb && lemma.some((l, i) => pos[i] === 'PROPN' && termOf(l) === own[0]);
  const elliptical =
    previous.length > 0 &&
    ((!pronounApart && ((own.length <= 1 && !namesItsSubject) || FOLLOW_UP_OPENERS.test(asked))) ||
      words.some(
        (_, i) =>
          refersBack(words, pos, i) &&
          !(previousAboutOne && reciprocalSubject(words, pos, lemma, i)) &&
          !boundInQuestion(words, pos, i, first),
      ));
  const inherited = elliptical ? previous.filter((term) => !own.includes(term)) : [];
  const newTerms = elliptical ? own.filter((term) => !previous.includes(term)) : [];
  // A fragment follow-up, with no verb and no wh-word of its own ("and Kurt Volker?", "what about Putin?"), asks what
  // the question before asked, of what it names: the fragment's antecedent is that question (Ginzburg & Sag 2000,
  // short answers and bare-argument ellipsis). It leaves out the whole wh-phrase, so it asks the measure that wh-phrase
  // asked too ("And on the older keyboard?" after "How far do the keys travel?" asks a length, not any number), and what
  // it asked of it (AskedMeasure: "And the smaller model?" after "How heavy is the body?" asks a weight, not a size; "And
  // the premium plan?" after "How much is it per month?" an amount per month, after "What percentage of voters …?" a
  // percentage): ellipsis takes what it leaves out from its antecedent whole (Huddleston & Pullum 2002 ch. 17). A rate
  // the fragment states ("And per year?") it has not left out.
  const fragment = !hasVerb && (answerType === 'any' || ABOUT_OPENER.test(asked));
  const asksAgain = elliptical && previousType !== undefined && command === null && fragment;
  if (asksAgain) {
    answerType = previousType;
    quantity = answerType === 'number' ? previousQuantity : null;
  }
  const measure =
    asksAgain && answerType === 'number'
      ? { ...previousMeasure, rate: (quantity === 'money' ? rateIn(asked, false) : null) ?? previousMeasure.rate }
      : null;
  // "it" stands for what the question before asked about ("Whose channel carried the clip?" … "And on which day did it
  // come out?"): the one non-personal pronoun refers back to a thing or a fact of the preceding text (Halliday & Hasan
  // 1976 §2.3), so the follow-up asks its own words of that subject, whose words are then its own, as "and where?" takes
  // them whole. A personal pronoun ("what did he say?") may stand for the previous answer, a person the question before
  // did not name, or for the coverage's central people: its subject stays in view only.
  if (own.length === 0 || (elliptical && words.includes('it'))) {
    own = [...own, ...inherited];
    inherited.length = 0;
  }

  // A pronoun with no name in the question to refer to stands for the coverage's central people;
  // a place ("they met in Alaska") is no such name.
  const namesPerson =
    elliptical || pos.some((p, i) => p === 'PROPN' && !REGION_NAMES.has(values[i]) && !PLACE_PREPOSITIONS.has(words[i - 1] ?? ''));
  let standsFor: readonly string[][] = [];
  if (!namesPerson) {
    const plural = words.some((w) => PLURAL_PRONOUNS.has(w)) || /\bthe two\b/i.test(asked);
    const singular = words.some((w) => SINGULAR_PRONOUNS.has(w));
    standsFor = plural ? people.slice(0, 2) : singular ? people.slice(0, 1) : [];
  }

  return {
    answerType,
    quantity,
    measure,
    own,
    inherited,
    newTerms,
    people: standsFor,
    aboutOne: !elliptical && aboutOne(words, pos, lemma),
  };
}
