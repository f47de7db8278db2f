import { entitiesIn } from '../../analyse/entities-in.js';
import { termOf, termsOf } from '../../analyse/index-terms.js';
import { NAME_ENTITY_TYPES, type AnalysedArticle, type Entity, type Sentence } from '../../analyse/types.js';
import type { AnswerSpan } from './span-match.js';
import { ARTICLES, POSSESSIVES, type Question } from '../question/read-question.js';
import { commonNounSubject, FRAME_REACH, LOWER_START, POSITION_PREPOSITIONS } from './clause-roles.js';
import { measuredValue, valueSpan } from './quantity-span.js';
import { NAMING_AS, NAMING_OBJECT_COMPLEMENT, NAMING_VERBS } from '../question/answer-type.js';
import { isCommonWord, isVerb } from '../../lexicon/lexicon.js';

/**
 * The answer shown for a what/which question whose noun gives no answer type ("Which Wild defenseman was hurt?", typed
 * `thing`) when the matched sentence shows none: the name the sentence gives one of the things the noun names
 * (instanceName). A question asking what the thing a noun phrase names is called ("What is her book called?", namingNoun)
 * asks that thing's name, which the sentence may also give in loose apposition or as a copula's subject ("her book, Jane
 * Roe's Diary,"; statedInstances). A question asking a score is answered by figures, not a name (gameScore), and one whose
 * noun names a measure by the value the sentence states for it (measuredValue). A question with no such noun is read by its
 * frame: the object or doer of its verb (verbObject, verbDoer), what the sentence predicates of X (definedAs), the name it
 * gives X (otherName), the object of a preposition after a predicate (predicateObject), or what stands where an in-situ
 * "what" stands (gapFiller). An alternative question of any type is answered by the alternative the sentence names
 * (namedAlternative), and a who-question whose excerpt names no one by the same frames (below). For the reply only: the
 * ranker reads no span for such a question, and the excerpt stays as chosen.
 */
export function shownInstance(article: AnalysedArticle, sentence: Sentence, question: Question): AnswerSpan | null {
  const chosen = question.offered === null ? null : namedAlternative(article, sentence, question.offered);
  if (chosen !== null) return chosen;
  const own = new Set(question.own);
  // "Who inspects the site?" asks for a person or a group, named or described (Li & Roth 2002's HUM:ind and HUM:gr take both),
  // and a sentence naming no one may describe the doer ("the municipal building inspector inspects the site") by a common
  // noun phrase as its verb's subject (verbDoer; a wh-subject, Quirk et al. 1985 §11.14), or state whom where an in-situ
  // "who" stands ("The owner awards the contract to whom?" → "to the lowest bidder"; gapFiller). Reached only where the excerpt
  // shows no typed answer.
  if (question.answerType === 'person') {
    if (question.subjectVerb !== null) return verbDoer(article, sentence, question.subjectVerb, own);
    return question.gapFrame === null ? null : gapFiller(article, sentence, question.gapFrame, own);
  }
  if (question.answerType !== 'thing') return null;
  const noun = question.askedNoun ?? question.copularNoun;
  const score = noun === SCORE_NOUN;
  const name = score
    ? gameScore(article, sentence)
    : question.askedNoun !== null
      ? (instanceName(article, sentence, question.askedNoun, own) ?? framedName(article, sentence, question.preposition, own))
      : null;
  if (name !== null) return name;
  // A noun naming a measure asks its value, a number (Li & Roth 2002: NUM:dist, NUM:speed, NUM:temp, … are asked by such a
  // noun, "At what altitude …?"), which the sentence states in the noun's of-phrase ("at an altitude of 1,000 feet";
  // measuredValue): shown with its unit, as a number question's measure is, whatever type the noun gave the question.
  const value = noun === null ? null : measuredValue(article, sentence, entitiesIn(article, sentence), termOf(noun), own);
  if (value !== null) return valueSpan(article.text, sentence, value);
  if (score) return null;
  const named =
    question.askedNoun === null && question.namingNoun !== null
      ? statedInstances(article, sentence, entitiesIn(article, sentence), question.namingNoun, own)[0]
      : undefined;
  if (named) return { start: named.start, end: named.end, entity: named };
  if (question.objectVerb !== null) return verbObject(article, sentence, question.objectVerb, own);
  if (question.subjectVerb !== null) return verbDoer(article, sentence, question.subjectVerb, own);
  const defined = question.definedNoun === null ? null : definedAs(article, sentence, question.definedNoun, own);
  const called = defined ?? (question.namedThing === null ? null : otherName(article, sentence, question.namedThing, own));
  if (called !== null) return called;
  const framed =
    question.predicateFrame === null || question.preposition === null
      ? null
      : predicateObject(article, sentence, question.predicateFrame, question.preposition, own);
  return framed ?? (question.gapFrame === null ? null : gapFiller(article, sentence, question.gapFrame, own));
}

/**
 * The alternative of an alternative question ("Is the risk high or low?"; Question.offered) that the sentence names, where
 * it names one of them only: the question's answer is one of its alternatives (Quirk et al. 1985 §11.20), and a sentence
 * naming two or more of them does not say which. Named by its words in their order, a hyphen between them as in the question
 * ("high-voltage"); shown as written. Null when the sentence names none, or more than one.
 */
function namedAlternative(article: AnalysedArticle, sentence: Sentence, offered: readonly string[][]): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  // Where the alternative's words run from token k, a hyphen between any two: the token after the last; -1 when they do not.
  const runEnd = (k: number, words: readonly string[]) => {
    let i = k;
    for (const [n, word] of words.entries()) {
      if (n > 0 && t.value[i] === '-') i++;
      if (i >= sentence.tokenEnd || terms[i] !== word) return -1;
      i++;
    }
    return i;
  };
  let found: AnswerSpan | null = null;
  let named = -1;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    for (const [n, words] of offered.entries()) {
      const end = runEnd(k, words);
      if (end < 0) continue;
      if (named >= 0 && named !== n) return null;
      named = n;
      found ??= { start: t.start[k], end: t.start[end - 1] + t.value[end - 1].length, entity: null };
    }
  }
  return found;
}

/**
 * What stands in the sentence where an in-situ "what" stands in the question ("The pumps are connected to what?" → "the
 * pumps are connected to a diesel generator"; Question.gapFrame): the base noun phrase right after the question's words
 * before "what", written the same way in the sentence (index terms, or the words themselves for stop words), where a word
 * of the rest of the question comes before them (the subject precedes, as verbObject reads). Shown as baseNounPhrase
 * reads it (quotation marks and a possessive aside), unless a determiner that names nothing opens it. The first such; null
 * when there is none.
 */
function gapFiller(
  article: AnalysedArticle,
  sentence: Sentence,
  { before, subject }: { before: readonly { term: string | null; word: string }[]; subject: readonly string[] },
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  const matches = (i: number) =>
    before.every(({ term, word }, n) => (term === null ? t.value[i + n]?.toLowerCase() === word : terms[i + n] === term));
  let subjectSeen = false;
  for (let k = sentence.tokenStart; k + before.length < sentence.tokenEnd; k++) {
    if (subjectSeen && matches(k)) {
      let opens = k + before.length;
      while (opens < sentence.tokenEnd && QUOTES.test(t.value[opens])) opens++;
      if (opens < sentence.tokenEnd && !NO_NAMING_DETERMINERS.has(t.value[opens].toLowerCase())) {
        const filler = baseNounPhrase(article, sentence, opens, own);
        if (filler !== null) return filler;
      }
    }
    if (terms[k] !== null && subject.includes(terms[k] as string)) subjectSeen = true;
  }
  return null;
}

/**
 * The object of the question's preposition after its predicate, for a what-question asking it ("What is the town a member
 * of?" → "the town is a member of the Coast League"; Question.predicateFrame): a use of the predicate's word (participle,
 * adjective or noun) that a word of the question's subject comes before in the sentence (the subject precedes its
 * predicate, as verbObject reads for a verb), followed within FRAME_REACH words by the preposition, with only the
 * question's own words or stop words between ("delimited in the west by", not "in the east by"): the predicate's
 * prepositional complement (Quirk et al. 1985 §16.69 ff.; the question's frame, Hermjakob 2001). Shown as baseNounPhrase
 * reads the noun phrase after the preposition (quotation marks aside), unless a determiner that names nothing opens it
 * ("several sports"). The first such; null when there is none.
 */
function predicateObject(
  article: AnalysedArticle,
  sentence: Sentence,
  { predicate, subject }: { predicate: string; subject: readonly string[] },
  preposition: string,
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  let subjectSeen = false;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (terms[k] !== null && subject.includes(terms[k] as string)) subjectSeen = true;
    if (!subjectSeen || terms[k] !== predicate) continue;
    let at = k + 1;
    while (
      at < sentence.tokenEnd &&
      at - k <= FRAME_REACH &&
      t.value[at].toLowerCase() !== preposition &&
      t.pos[at] !== 'PUNCT' &&
      (terms[at] === null || own.has(terms[at] as string))
    )
      at++;
    if (t.value[at]?.toLowerCase() !== preposition) continue;
    let opens = at + 1;
    while (opens < sentence.tokenEnd && QUOTES.test(t.value[opens])) opens++;
    if (opens >= sentence.tokenEnd || NO_NAMING_DETERMINERS.has(t.value[opens].toLowerCase())) continue;
    const object = baseNounPhrase(article, sentence, opens, own);
    if (object !== null) return object;
  }
  return null;
}

/**
 * The name or term the sentence gives X, for a question asking what X is called (Question.namedThing): after an
 * occurrence of X's head and the rest of X's words, the object complement of a verb of naming, in the passive or a reduced
 * or full relative clause ("the night ferry is called the Owl", "a pier called the finger", "a pier, which is known as the
 * finger": "call X Y", "know X as Y", Quirk et al. 1985 §16.44 ff.); a noun phrase in parentheses right after X ("a
 * supply bin (hopper)") or after a comma and "or" ("the jetty, or landing stage,"), apposition that names X again (loose
 * apposition, which commas or parentheses set off, Quirk §17.65 ff.; the "or" of reformulation, §17.72 ff.); or the noun
 * phrase X stands in parentheses after ("bollards (harbour posts)": the same apposition, the name first). Each shown as
 * baseNounPhrase reads it (not one the question has all the words of). The first such; null when the sentence names X
 * none of these ways.
 */
function otherName(
  article: AnalysedArticle,
  sentence: Sentence,
  { head, terms: thing }: { head: string; terms: readonly string[] },
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  // X's own words, and the words that join a relative clause or a verb of naming to it ("which is also", commas).
  const ofX = (i: number) => (terms[i] !== null && thing.includes(terms[i] as string)) || (terms[i] === null && t.pos[i] !== 'PUNCT');
  const joins = (i: number) => ofX(i) || t.pos[i] === 'ADV' || t.value[i] === ',';
  // The noun phrase opening at `from`, a determiner and quotation marks before it aside ("the "first oil shock"").
  const phraseAt = (from: number) => {
    let i = from;
    while (i < sentence.tokenEnd && (t.pos[i] === 'DET' || QUOTES.test(t.value[i]))) i++;
    return baseNounPhrase(article, sentence, i, own);
  };
  // Whether the parenthesis or apposition closes right after the noun phrase `span`, quotation marks aside.
  const closes = (span: AnswerSpan, marks: ReadonlySet<string>) => {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd && t.start[i] < span.end) i++;
    while (i < sentence.tokenEnd && QUOTES.test(t.value[i])) i++;
    return i >= sentence.tokenEnd || marks.has(t.value[i].toLowerCase());
  };
  // The token before the noun phrase X heads at `k`, its determiner aside; whether a preposition governs X.
  const before = (k: number) => {
    const opener = phraseFirst(article, sentence, k) - 1;
    return opener > sentence.tokenStart && t.pos[opener] === 'DET' ? opener - 1 : opener;
  };
  const governed = (k: number) => t.pos[before(k)] === 'ADP';
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (terms[k] !== head || !NOUNS.has(t.pos[k])) continue;
    // "Y (X)": X alone in the parentheses after the noun phrase Y.
    let open = k - 1;
    while (open > sentence.tokenStart && (ofX(open) || QUOTES.test(t.value[open]))) open--;
    let close = k + 1;
    while (close < sentence.tokenEnd && (ofX(close) || QUOTES.test(t.value[close]))) close++;
    if (t.value[open] === '(' && t.value[close] === ')') {
      const first = open - 1 >= sentence.tokenStart && NOUNS.has(t.pos[open - 1]) ? phraseFirst(article, sentence, open - 1) : -1;
      if (first >= 0 && !ownWords(terms, first, open, own))
        return { start: t.start[first], end: t.start[open - 1] + t.value[open - 1].length, entity: null };
    }
    for (let j = k + 1; j < sentence.tokenEnd && j - k <= PHRASE_REACH; j++) {
      const value = t.value[j].toLowerCase();
      if (value === '(') {
        const inside = phraseAt(j + 1);
        if (inside !== null && closes(inside, PARENTHESIS_ENDS)) return inside;
        continue;
      }
      // Not after a list's comma ("tea, coffee, or cocoa"): that "or" coordinates, it does not reformulate.
      if (value === ',' && t.value[j + 1]?.toLowerCase() === 'or') {
        const reformulated = t.value[before(k)] === ',' ? null : phraseAt(j + 2);
        if (reformulated !== null && closes(reformulated, APPOSITION_ENDS)) return reformulated;
        break;
      }
      if (t.pos[j] === 'VERB' && (NAMING_OBJECT_COMPLEMENT.has(t.lemma[j]) || NAMING_AS.has(t.lemma[j]))) {
        // A finite "is called" after X in a prepositional phrase names the head that phrase postmodifies ("the owner of the
        // bar is called …"); a participle or relative clause right after X names X ("a process called …", "which is known as").
        if (governed(k) && t.lemma[j - 1] === 'be' && !RELATIVES.has(t.value[j - 2]?.toLowerCase())) break;
        let from = j + 1;
        while (from < sentence.tokenEnd && t.pos[from] === 'ADV') from++;
        if (NAMING_AS.has(t.lemma[j])) {
          if (t.value[from] === 'to' && t.lemma[j] === 'refer') from++;
          if (t.value[from] !== 'as') break;
          from++;
        }
        return phraseAt(from);
      }
      if (!joins(j)) break;
    }
  }
  return null;
}

/**
 * What the sentence predicates of X, for a definitional "What is X?" (Question.definedNoun, X's head): the subject
 * complement of a copula whose subject is X ("the basic unit of division is a commune": SVC, the complement characterises
 * the subject, Quirk et al. 1985 §10.8, §16.21 ff.), or a noun phrase opened by an article in apposition right after X
 * ("the quagga, an extinct zebra,": §17.65 ff.), shown as baseNounPhrase reads it. X is the run of words right before the
 * copula or comma, back to the clause's last punctuation mark or verb, that holds every word of the question: X itself,
 * not another thing its noun names. Not a complement a verb opens (a passive or progressive "be"), nor one a pronoun or a
 * determiner that names nothing opens ("is one of", "is this": §5.10-5.22). The first such; where there is none, the
 * specifying reading's Y of "Y is the X" or "Y, the X,"; null when there is neither.
 */
function definedAs(article: AnalysedArticle, sentence: Sentence, noun: string, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  const term = termOf(noun);
  const holdsX = (from: number, to: number, step: number) => {
    const held = new Set<string | null>();
    for (let i = from; i !== to && i >= sentence.tokenStart && i < sentence.tokenEnd && !CLAUSE_BOUNDS.has(t.pos[i]); i += step)
      held.add(terms[i]);
    return held.has(term) && [...own].every((w) => held.has(w));
  };
  // The copulas and commas of the sentence, each with where the words after it open (a copula's adverbs skipped).
  const links: { at: number; copula: boolean; opens: number }[] = [];
  for (let k = sentence.tokenStart + 1; k + 1 < sentence.tokenEnd; k++) {
    const copula = t.lemma[k] === 'be' && (t.pos[k] === 'AUX' || t.pos[k] === 'VERB');
    if (!copula && t.value[k] !== ',') continue;
    let opens = k + 1;
    while (copula && opens < sentence.tokenEnd && t.pos[opens] === 'ADV') opens++;
    if (opens < sentence.tokenEnd) links.push({ at: k, copula, opens });
  }
  for (const { at, copula, opens } of links) {
    if (!holdsX(at - 1, sentence.tokenStart - 1, -1) || (!copula && !ARTICLES.has(t.value[opens].toLowerCase()))) continue;
    if (NOT_DESCRIBING.has(t.pos[opens]) || NO_NAMING_DETERMINERS.has(t.value[opens].toLowerCase())) continue;
    const complement = baseNounPhrase(article, sentence, opens, own);
    if (complement !== null) return complement;
  }
  // Else the specifying reading: "Y is X" or "Y, X," with X a definite noun phrase after the copula or comma identifies
  // what X is as Y, the copula's subject or the head X is in apposition to (specifying "be", Huddleston & Pullum 2002
  // ch. 4; Quirk §10.8), shown as baseNounPhraseBefore reads the noun phrase right before it (not one a preposition governs).
  for (const { at, opens } of links) {
    if (t.value[opens].toLowerCase() !== 'the' || !holdsX(opens, sentence.tokenEnd, 1)) continue;
    const subject = baseNounPhraseBefore(article, sentence, at, own);
    if (subject !== null) return subject;
  }
  return null;
}
/** Where X's run of words ends: a punctuation mark, a verb, a conjunction of clauses. */
const CLAUSE_BOUNDS: ReadonlySet<string> = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ', 'PRON']);
/** What opens no describing noun phrase after "be": a verb of a passive or progressive, a pronoun. */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON', 'PART', 'ADP']);

/**
 * The doer of the question's verb, for a question whose wh-phrase is that verb's subject ("What limits the engine's
 * efficiency?", Question.subjectVerb). Where the sentence states it in the passive, the noun phrase of the by-phrase right
 * after the verb's participle ("the efficiency is limited by the working fluid", "symptoms caused by increased blood
 * flow"), as the agent of a passive is the subject of the active clause (Quirk et al. 1985 §3.63-3.67; passiveAgents reads
 * the same for names), shown as baseNounPhrase reads it, and only where another word of the question comes before the verb
 * (the passive's subject is what the question's verb was done to). Else the common noun phrase subject of the verb in the
 * active (commonNounSubject, the subject before its verb: Quirk ch. 10), unless a preposition governs it ("motion along the
 * fault maintains …": the phrase postmodifies the subject's head, as activeSubjects reads for names), a determiner that
 * names nothing opens it (NO_NAMING_DETERMINERS), or the question has all its words. The first such; null when none.
 */
function verbDoer(article: AnalysedArticle, sentence: Sentence, verb: string, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  let otherSeen = false;
  for (let k = sentence.tokenStart; k + 1 < sentence.tokenEnd; k++) {
    const term = terms[k];
    if (t.pos[k] === 'VERB' && term === verb && otherSeen && t.value[k + 1].toLowerCase() === 'by') {
      const agent = baseNounPhrase(article, sentence, k + 2, own);
      if (agent !== null) return agent;
    }
    if (term !== null && term !== verb && own.has(term)) otherSeen = true;
  }
  const subject = commonNounSubject(article, sentence, verb, own);
  if (subject === null) return null;
  let open = sentence.tokenStart;
  while (t.start[open] < subject.start) open++;
  if (NO_NAMING_DETERMINERS.has(t.value[open].toLowerCase()) || (open > sentence.tokenStart && t.pos[open - 1] === 'ADP')) return null;
  let end = open;
  while (t.start[end] < subject.end) end++;
  return ownWords(terms, open, end, own) ? null : { start: subject.start, end: subject.end, entity: null };
}
/**
 * Determiners of a noun phrase that identifies no thing by its own words: demonstratives, which point back to one named
 * before, the relative and interrogative ones, and the quantifiers, which say how many of a set (Quirk et al. 1985
 * §5.10-5.22); "these situations", "some species" answer no what-question.
 */
const NO_NAMING_DETERMINERS: ReadonlySet<string> = new Set([
  'this',
  'that',
  'these',
  'those',
  'which',
  'what',
  'some',
  'any',
  'no',
  'each',
  'every',
  'all',
  'both',
  'either',
  'neither',
  'many',
  'several',
  'few',
  'most',
  'more',
  'other',
  'another',
  'such',
]);

/**
 * The object of the question's verb in the sentence, for a question whose wh-phrase is that verb's object ("What did the
 * lab develop?" → "developed a solid-state battery"; Question.objectVerb): the noun phrase right after the verb in the
 * active, as a declarative clause orders it (subject, verb, object: Quirk et al. 1985 §10.1 ff., §11.14), shown as
 * baseNounPhrase reads it. Only a verb a word of the question's subject comes before in the sentence (the subject precedes
 * its verb in a declarative clause, and a verb with none of it before is most often another's: fold B of SQuAD, 52 such
 * objects 40 right, with it 37 and 35). A use of the verb after a form of "be" is a passive, whose subject is the active's
 * object (Quirk §3.63-3.67): the base noun phrase right before "be" (baseNounPhraseBefore), where a word of the question's
 * subject, the agent, comes after the verb or the question names none (fold B: 15 such 13 right). The first such object of
 * the sentence; null when there is none.
 */
function verbObject(
  article: AnalysedArticle,
  sentence: Sentence,
  { verb, subject, preposition }: { verb: string; subject: readonly string[]; preposition: string | null },
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  let subjectSeen = false;
  const subjectAfter = (k: number) => {
    for (let i = k + 1; i < sentence.tokenEnd; i++) if (terms[i] !== null && subject.includes(terms[i] as string)) return true;
    return subject.length === 0;
  };
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (terms[k] !== null && subject.includes(terms[k] as string)) subjectSeen = true;
    if (t.pos[k] !== 'VERB' || termOf(t.lemma[k]) !== verb) continue;
    let before = k - 1;
    while (before > sentence.tokenStart && t.pos[before] === 'ADV') before--;
    if (before >= sentence.tokenStart && t.lemma[before] === 'be') {
      // A passive's subject is the active's object (Quirk et al. 1985 §3.63-3.67): the base noun phrase right before "be",
      // its agent, the active's subject, after the participle.
      const object = preposition === null && subjectAfter(k) ? baseNounPhraseBefore(article, sentence, before, own) : null;
      if (object !== null) return object;
      continue;
    }
    if (!subjectSeen) continue;
    let opens = k + 1;
    if (preposition !== null) {
      while (
        opens < sentence.tokenEnd &&
        opens - k <= FRAME_REACH &&
        t.pos[opens] !== 'PUNCT' &&
        t.value[opens].toLowerCase() !== preposition
      )
        opens++;
      if (t.value[opens]?.toLowerCase() !== preposition) continue;
      opens++;
    }
    const object = baseNounPhrase(article, sentence, opens, own);
    if (object !== null) return object;
  }
  return null;
}

/**
 * The base noun phrase opening at token `from`: its premodifiers and its head, the last noun of their run (Ramshaw & Marcus
 * 1995), shown without the determiner, which identifies no thing (Quirk et al. 1985 §5.10 ff.); not a pronoun, and not a
 * phrase all of whose words the question has (Abney, Collins & Singhal 2000). Null when none opens there.
 */
function baseNounPhrase(article: AnalysedArticle, sentence: Sentence, from: number, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  const phrase = basePhraseAt(t, sentence, from);
  if (phrase === null || ownWords(termsOf(t), phrase.first, phrase.head + 1, own)) return null;
  return { start: t.start[phrase.first], end: t.start[phrase.head] + t.value[phrase.head].length, entity: null };
}
/** The base noun phrase opening at token `from` (baseNounPhrase's): its first word past the determiner, its head; null for none. */
function basePhraseAt(t: AnalysedArticle['tokens'], sentence: Sentence, from: number): { first: number; head: number } | null {
  let first = from;
  if (first < sentence.tokenEnd && (t.pos[first] === 'DET' || POSSESSIVES.has(t.value[first].toLowerCase()))) first++;
  let head = -1;
  for (let i = first; i < sentence.tokenEnd && (BASE_PHRASE.has(t.pos[i]) || t.value[i] === '-'); i++) if (NOUNS.has(t.pos[i])) head = i;
  return head < 0 || t.value[first] === '-' ? null : { first, head };
}

/**
 * The noun phrase of the position adjunct of a verb of the question ("will debut at the Northfield Motor Show in November"
 * for "Where will the coupe debut?"), as token bounds (`end` exclusive) without its determiner, as baseNounPhrase shows one:
 * the object of a preposition of position (POSITION_PREPOSITIONS, governing's) right after a use of the verb, adverbs aside
 * ("found mainly in"); an adjunct of time before it ("debut in November at") passed over, as "in" and "at" place an event
 * in time as well as in space (Quirk et al. 1985 §9.15-9.17, place; §9.37 ff., time). The adjunct the verb takes is where its
 * event happens; another place of the sentence is another event's. The phrase is a base noun phrase with the of-phrases and
 * coordinated noun phrases that complete it ("west wing of the Hall of Records and Deeds": Quirk §17.37
 * ff., postmodification by of-phrases). Null when no verb of the question takes one, or when the question has every word of
 * it (Abney, Collins & Singhal 2000). `times` are the sentence's time expressions.
 */
export function verbsPlace(
  article: AnalysedArticle,
  sentence: Sentence,
  own: ReadonlySet<string>,
  times: readonly Entity[],
): { first: number; end: number } | null {
  const t = article.tokens;
  const terms = termsOf(t);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const term = terms[i];
    if ((t.pos[i] !== 'VERB' && !eventiveObject(t, sentence, i)) || term === null || !own.has(term)) continue;
    let k = i + 1;
    while (k < sentence.tokenEnd && t.pos[k] === 'ADV') k++;
    while (k < sentence.tokenEnd && t.pos[k] === 'ADP' && POSITION_PREPOSITIONS.has(t.value[k].toLowerCase())) {
      const phrase = basePhraseAt(t, sentence, k + 1);
      if (phrase === null) break;
      // The phrase runs on through its of-phrases and coordinated noun phrases.
      const joined = (at: number) =>
        at + 1 < sentence.tokenEnd && (t.value[at] === 'of' || t.pos[at] === 'CCONJ') ? basePhraseAt(t, sentence, at + 1) : null;
      let end = phrase.head + 1;
      for (let next = joined(end); next !== null; next = joined(end)) end = next.head + 1;
      if (times.some((e) => e.tokenStart < end && e.tokenEnd > phrase.first)) {
        k = end;
        continue;
      }
      if (!ownWords(terms, phrase.first, end, own)) return { first: phrase.first, end };
      break;
    }
  }
  return null;
}
/**
 * Whether the noun at `i` is the eventive object of a light verb ("making its debut at the show", "took a stroll in the
 * park"): a noun of the same form as a verb, opened by a determiner or possessive after "have", "make", "take" or "give",
 * names the action that verb would, the light verb adding little but tense and aspect (Quirk et al. 1985 ch. 10, the
 * eventive object: "have a swim", "make a move", "take a look"), so the clause says what the verb says ("debuted at the
 * show") and its adjuncts place that event.
 */
function eventiveObject(t: AnalysedArticle['tokens'], sentence: Sentence, i: number): boolean {
  const opener = i - 1;
  if (t.pos[i] !== 'NOUN' || opener <= sentence.tokenStart) return false;
  if (t.pos[opener] !== 'DET' && !POSSESSIVES.has(t.value[opener].toLowerCase())) return false;
  return t.pos[opener - 1] === 'VERB' && LIGHT_VERBS.has(t.lemma[opener - 1]) && isVerb(t.lemma[i]);
}
/** The light verbs that take an eventive object (Quirk et al. 1985 ch. 10). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['have', 'make', 'take', 'give']);
/**
 * The base noun phrase that ends right before token `end`, as baseNounPhrase reads one; null when none does, or when a
 * preposition governs it.
 */
function baseNounPhraseBefore(article: AnalysedArticle, sentence: Sentence, end: number, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  const head = end - 1;
  if (head < sentence.tokenStart || !NOUNS.has(t.pos[head])) return null;
  const first = phraseFirst(article, sentence, head);
  // A phrase a preposition governs postmodifies the head before it ("attitudes towards school"), which the subject is; but
  // an of-phrase after a noun of the question's names the very thing the question asks of that noun ("the technique of
  // sgraffito", "layers of sand": of-apposition and the partitive, Quirk et al. 1985 §17.70, §5.25).
  const terms = termsOf(t);
  let opener = first - 1;
  if (opener >= sentence.tokenStart && (t.pos[opener] === 'DET' || POSSESSIVES.has(t.value[opener].toLowerCase()))) opener--;
  const ofOwn = t.value[opener] === 'of' && opener > sentence.tokenStart && own.has(terms[opener - 1] ?? '');
  if (opener >= sentence.tokenStart && t.pos[opener] === 'ADP' && !ofOwn) return null;
  return ownWords(terms, first, end, own) ? null : { start: t.start[first], end: t.start[head] + t.value[head].length, entity: null };
}
/** Where the base noun phrase whose head is token `head` opens: the first of its premodifiers, its determiner left out. */
function phraseFirst(article: AnalysedArticle, sentence: Sentence, head: number): number {
  const t = article.tokens;
  let first = head;
  while (first > sentence.tokenStart && (BASE_PHRASE.has(t.pos[first - 1]) || t.value[first - 1] === '-')) first--;
  return t.value[first] === '-' ? first + 1 : first;
}
/** The words of a base noun phrase after its determiner: premodifiers and nouns (Quirk et al. 1985 §17.97 ff.). */
const BASE_PHRASE: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The score a question asks for ("What was the final score …?", "What score did she get?"), which is no name: a game's
 * score as sports reports write it, the two sides' figures joined by a hyphen ("defeated the Red Sox 4-1": AP Stylebook,
 * "scores"; an en dash in the Chicago Manual of Style, 6.78); else (shownInstance) the number the noun's of-phrase states
 * ("a score of 409.30", measuredValue). The first such score of the sentence; null when it writes none.
 */
function gameScore(article: AnalysedArticle, sentence: Sentence): AnswerSpan | null {
  const text = article.text.slice(sentence.start, sentence.end);
  const game = GAME_SCORE.exec(text);
  return game && { start: sentence.start + game.index, end: sentence.start + game.index + game[0].length, entity: null };
}
const SCORE_NOUN = 'score';
/** Two figures of one to three digits joined by a hyphen or an en dash, not part of a longer number or word ("2015-16"). */
const GAME_SCORE = /(?<![\p{L}\d.,])\d{1,3}[-–]\d{1,3}(?![\p{L}\d]|[.,]\d)/u;

/**
 * A name the sentence gives as one of what `noun` names: the name in close apposition right after the noun
 * ("defenseman Matt Dumba", "the journal JAMA Psychiatry": the noun classifies and the name identifies, Quirk et al. 1985
 * ch. 17, close apposition), a name whose last word, its head, is the noun ("Goddard Space Flight Center" is a
 * center), or a name premodifying a phrase the noun heads (premodifiesNoun: "the Rankine cycle"). Never a name all of whose
 * words the question has (`own`): what the question mentions is what it asks about, not its answer (Abney, Collins &
 * Singhal 2000). The first such name in the sentence; null when there is none.
 */
function instanceName(article: AnalysedArticle, sentence: Sentence, noun: string, own: ReadonlySet<string>): AnswerSpan | null {
  const terms = termsOf(article.tokens);
  const term = termOf(noun);
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || namedBy(terms, e, own)) continue;
    const before = e.tokenStart - 1;
    const head = e.tokenEnd - 1;
    if (
      (before >= sentence.tokenStart && terms[before] === term) ||
      (head > e.tokenStart && terms[head] === term) ||
      premodifiesNoun(article, sentence, e, term)
    ) {
      return { start: e.start, end: e.end, entity: e };
    }
  }
  return null;
}

/**
 * Whether the name premodifies a noun phrase the noun heads, written in lower case, only lower-case adjectives and nouns
 * and a parenthesis between ("the Rankine cycle", "the Harlow naval air station", "the Tarvik (Norway) summit"): a proper
 * noun before a common noun head is a classifying premodifier that picks out the one thing of that kind it names
 * (Quirk et al. 1985 ch. 17, premodification by nouns; Huddleston & Pullum 2002 ch. 5, attributive proper names: "the
 * Hubble telescope"), and a parenthesis is a supplement the phrase runs on after. The noun is the head: no noun follows
 * it ("the Tarvik city council" is a council). A one-word name opening the sentence whose lower-case form the lexicon
 * has as a common word ("Several", "Recent") is the sentence's capital, no name. Measured on SQuAD dev fold B before it
 * was written (study, shipped model): of 39 thing-typed questions whose top sentence had such a name and showed no answer,
 * 35 tops were right and the name a gold answer in 29; on the fit news questions, 1 of 1.
 */
function premodifiesNoun(article: AnalysedArticle, sentence: Sentence, e: Entity, term: string): boolean {
  const t = article.tokens;
  const terms = termsOf(t);
  if (e.tokenStart === sentence.tokenStart && e.tokenEnd - e.tokenStart === 1 && isCommonWord(t.value[e.tokenStart].toLowerCase()))
    return false;
  let k = e.tokenEnd;
  if (t.value[k] === '(') {
    while (k < sentence.tokenEnd && t.value[k] !== ')') k++;
    k++;
  }
  const lower = (i: number) => LOWER_START.test(t.value[i]);
  for (; k < sentence.tokenEnd && k - e.tokenEnd < PHRASE_REACH; k++) {
    if (terms[k] === term && t.pos[k] === 'NOUN' && lower(k)) return k + 1 >= sentence.tokenEnd || !NOUNS.has(t.pos[k + 1]);
    if (!((t.pos[k] === 'ADJ' || t.pos[k] === 'NOUN') && lower(k))) return false;
  }
  return false;
}

/**
 * The name the question's preposition governs right after a verb of the question ("On which label did the band release
 * the album?" → "released the album on Harbor Records"), when the sentence states no name to be one of N: the question's
 * frame, a verb and the preposition whose object it asks for, matched against the sentence's (Hermjakob 2001; Echihabi &
 * Marcu 2003; Question.preposition). The verb at most FRAME_REACH words before the preposition, no punctuation between
 * (its object between them: "released it on Harbor Records"). Never a name all of whose words the question has. Null otherwise.
 */
function framedName(article: AnalysedArticle, sentence: Sentence, preposition: string | null, own: ReadonlySet<string>): AnswerSpan | null {
  if (preposition === null) return null;
  const t = article.tokens;
  const terms = termsOf(t);
  for (const e of entitiesIn(article, sentence)) {
    if (!NAME_ENTITY_TYPES.has(e.type) || namedBy(terms, e, own)) continue;
    let at = e.tokenStart - 1;
    if (at > sentence.tokenStart && t.pos[at] === 'DET') at--;
    if (at < sentence.tokenStart || t.value[at].toLowerCase() !== preposition) continue;
    for (let i = at - 1; i >= sentence.tokenStart && at - i <= FRAME_REACH && t.pos[i] !== 'PUNCT'; i--) {
      if (t.pos[i] === 'VERB' && own.has(termOf(t.lemma[i]))) return { start: e.start, end: e.end, entity: e };
    }
  }
  return null;
}

/**
 * The names of the sentence (not all of whose words the question has) that it states to be one of what `noun` names: in
 * close apposition after the noun written in lower case as a common noun ("the shaman Jane Roe") or headed by it ("the Harlow
 * River"), as instanceName reads; in loose apposition with a noun phrase it heads ("its capital and largest city, Perth",
 * "Perth, the largest city on the coast": Quirk et al. 1985 §17.65-17.71, the appositive identifies the same referent); or as
 * the subject of "be" whose complement it heads ("Perth is the largest city": the copula's subject complement
 * characterizes the subject, Quirk et al. 1985 ch. 10, clause type SVC). These are the lexico-syntactic patterns of hyponymy
 * (Hearst 1992), which QA systems read to check a candidate's answer type against the question's noun (Schlobach,
 * Olsthoorn & de Rijke 2004). Any name's type: what the sentence states of a name types it better than the tagger's guess.
 */
export function statedInstances(
  article: AnalysedArticle,
  sentence: Sentence,
  entities: readonly Entity[],
  noun: string,
  own: ReadonlySet<string>,
): Entity[] {
  const t = article.tokens;
  const terms = termsOf(t);
  const term = termOf(noun);
  // Whether a noun phrase headed by the noun starts at token `from`: only its premodifiers come first (no verb, no
  // punctuation) and no noun follows the noun ("the city council" is a council).
  // A phrase that runs on, before any punctuation, into a name right after a common noun is that name's title ("…, current
  // governor of the bank Jane Roe": a pseudo-title, Quirk et al. 1985 §17.89-17.91), not an appositive of the name before
  // it; a name after a preposition ("the largest city in Tarvik") is the phrase's own postmodifier.
  const nameStarts = new Set(entities.filter((e) => NAME_ENTITY_TYPES.has(e.type)).map((e) => e.tokenStart));
  const headedBy = (from: number) => {
    for (let k = from; k < sentence.tokenEnd && k - from < PHRASE_REACH; k++) {
      if (terms[k] === term) {
        if (k + 1 < sentence.tokenEnd && NOUNS.has(t.pos[k + 1])) return false;
        for (let m = k + 1; m < sentence.tokenEnd && m - k <= PHRASE_REACH && t.pos[m] !== 'PUNCT'; m++)
          if (nameStarts.has(m) && t.pos[m - 1] === 'NOUN') return false;
        return true;
      }
      if (!PREMODIFIERS.has(t.pos[k]) && !POSSESSIVE.has(t.value[k])) return false;
    }
    return false;
  };
  // The noun as a common noun, written in lower case: "City" of "Tarvik City Council" or "Harbor City" is a name's word.
  const common = (k: number) => k >= sentence.tokenStart && terms[k] === term && t.pos[k] === 'NOUN' && LOWER_START.test(t.value[k]);
  // A name a verb of naming gives to a phrase the noun heads, in the passive or as a reduced relative after it ("the bar is
  // called X", "a bar called X": the complex-transitive "call the bar X", whose object complement the name is, Quirk et al.
  // 1985 §16.44), or the name "the name of" such a phrase is ("the name of the bar is X", specifying "be"); quotation
  // marks around the name aside. Not a phrase inside a prepositional phrase ("the owner of the bar is called X").
  const phraseBefore = (head: number) => {
    let k = head - 1;
    while (k > sentence.tokenStart && PREMODIFIERS.has(t.pos[k])) k--;
    return k;
  };
  const named = (e: Entity) => {
    let k = e.tokenStart - 1;
    while (k > sentence.tokenStart && QUOTES.test(t.value[k])) k--;
    if (k <= sentence.tokenStart) return false;
    if (NAMING_VERBS.has(t.lemma[k]) && t.pos[k] === 'VERB') {
      const head = t.lemma[k - 1] === 'be' ? k - 2 : k - 1;
      return common(head) && t.pos[phraseBefore(head)] !== 'ADP';
    }
    if (t.lemma[k] !== 'be' || !common(k - 1)) return false;
    const of = phraseBefore(k - 1);
    return t.value[of] === 'of' && t.lemma[of - 1] === 'name';
  };
  return entities.filter((e) => {
    if (!NAME_ENTITY_TYPES.has(e.type) || namedBy(terms, e, own)) return false;
    const before = e.tokenStart - 1;
    if (common(before) || (before > sentence.tokenStart && t.value[before] === ',' && common(before - 1))) return true;
    if (named(e)) return true;
    if (e.tokenEnd - 1 > e.tokenStart && terms[e.tokenEnd - 1] === term) return true;
    if (headAfter(article, sentence, entities, e, noun) !== null) return true;
    const after = e.tokenEnd;
    if (after + 1 >= sentence.tokenEnd) return false;
    if (t.value[after] === ',') return headedBy(after + 1);
    // A singular copula, written out ("'s" is read as the genitive it mostly is: "the county's largest city"): one name alone
    // is its subject; a plural one has coordinated names as the subject ("Jane Roe and John Kay are alumni"), which do not
    // say which of them the question asks for (concord, Quirk et al. 1985 §10.34-10.35).
    return SINGULAR_BE.has(t.value[after].toLowerCase()) && headedBy(after + 1);
  });
}
/**
 * Where the name's head ends when the name is written with the noun itself as its head right after it, outside the tagged
 * entity ("the Vistula River", "the Rhine-Ruhr region", where wink tags "Vistula" alone): a proper name whose head is a
 * common noun, as proper names with the definite article are (Quirk et al. 1985 ch. 5: "the Hudson River"), one of what
 * the noun names as much as a name ending in it ("Goddard Space Flight Center"). The same word as the question's noun,
 * singular: a name before a plural ("Western countries") premodifies a set, it names none of them. Null otherwise, and when
 * one of the sentence's names (`entities`) follows the noun: "the Tangut city Lingzhou" has the noun in close apposition to
 * the name after it.
 */
export function headAfter(
  article: AnalysedArticle,
  sentence: Sentence,
  entities: readonly Entity[],
  e: Entity,
  noun: string,
): number | null {
  const t = article.tokens;
  const head = e.tokenEnd;
  if (!NAME_ENTITY_TYPES.has(e.type) || head >= sentence.tokenEnd || t.pos[head] !== 'NOUN' || t.value[head].toLowerCase() !== noun)
    return null;
  if (entities.some((x) => NAME_ENTITY_TYPES.has(x.type) && x.tokenStart === head + 1)) return null;
  return t.start[head] + t.value[head].length;
}

/** How many words a noun phrase's premodifiers and its head noun may take ("the most industrially developed country"). */
const PHRASE_REACH = 6;
const PREMODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN']);
/** A genitive within the premodifiers ("the region's largest city"). */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Quotation marks a name may be set in. */
const QUOTES = /^['"‘’“”]$/;
const SINGULAR_BE: ReadonlySet<string> = new Set(['is', 'was']);
/** The relative pronouns that open a relative clause on the noun before them. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who']);
/** What may follow a name in parentheses: their close, or another name ("(bunker or hopper)"). */
const PARENTHESIS_ENDS: ReadonlySet<string> = new Set([')', 'or', ',']);
/** What closes a loose appositive: a comma, a parenthesis, or the sentence's end (Quirk et al. 1985 §17.66). */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', '.', ')', ';', ':']);

function namedBy(terms: readonly (string | null)[], e: Entity, own: ReadonlySet<string>): boolean {
  return ownWords(terms, e.tokenStart, e.tokenEnd, own);
}
/** Whether every index term of the tokens from `start` to `end` (exclusive) is one of the question's own terms. */
function ownWords(terms: readonly (string | null)[], start: number, end: number, own: ReadonlySet<string>): boolean {
  for (let i = start; i < end; i++) if (terms[i] !== null && !own.has(terms[i] as string)) return false;
  return true;
}
