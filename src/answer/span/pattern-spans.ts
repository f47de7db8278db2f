/**
 * The spans found by their shape rather than by an entity type: a why-question's reason clause, a how-often question's
 * frequency, a description's role (description-span.ts), and the predicate whose polarity a yes/no question asks.
 */
import { termOf } from '../../analyse/index-terms.js';
import { isReportingVerb } from '../../analyse/reporting-verbs.js';
import type { AnalysedArticle, Sentence } from '../../analyse/types.js';
import { wordNetSynonymsOf } from '../../lexicon/lexicon.js';
import { descriptionSpan } from './description-span.js';
import { ARTICLES, POSSESSIVES } from '../question/read-question.js';
import type { AnswerSpan } from './span-match.js';
import type { AnswerType } from '../types.js';

/**
 * Connectives that introduce the answer to a why-question: Penn Discourse Treebank's "cause" senses,
 * then its "condition" sense ("if"), which news reports use for what would bring an event about.
 */
const CAUSAL = [
  'because',
  'due to',
  'since',
  'so that',
  'in order to',
  'as a result of',
  'owing to',
  'thanks to',
  'aimed at',
  'aiming to',
  'to avoid',
  'in response to',
  'if',
];
/** Each connective as a whole-word pattern, compiled once. */
const CAUSAL_PATTERNS = CAUSAL.map((cue) => new RegExp(`\\b${cue}\\b`));
/** Penn Discourse Treebank's "condition" sense among CAUSAL: what would bring an event about, no cause stated of it. */
const CONDITION: ReadonlySet<string> = new Set(['if']);

/**
 * Answer types whose span is found by its shape rather than by an entity type. Each takes the sentence
 * and the question's own terms and returns the span or null.
 */
export const PATTERN_SPANS = new Map<
  AnswerType,
  (article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>) => AnswerSpan | null
>([
  ['reason', (article, sentence) => reasonSpan(article, sentence)],
  ['frequency', (article, sentence) => frequencySpan(article.text.slice(sentence.start, sentence.end), sentence.start)],
  ['description', descriptionSpan],
  ['polarity', polaritySpan],
]);

/**
 * How often: "every week", "twice a month", "three times a year", "daily", "weekly", "regularly"
 * (the frequency adverbs and adverbials of English grammars, e.g. Quirk et al. 1985 §8.64).
 */
const FREQUENCY = new RegExp(
  '\\b(?:(?:every|each)\\s+(?:other\\s+|few\\s+|\\w+\\s+)?(?:day|week|month|year|hour|minute|morning|evening|night|weekend|time)s?' +
    '|(?:once|twice|thrice|(?:\\w+|\\d+)\\s+times)(?:\\s+(?:a|an|per|each|every)\\s+\\w+)?' +
    '|daily|weekly|monthly|annually|yearly|hourly|nightly|regularly|frequently|repeatedly|occasionally|rarely|constantly)\\b',
  'i',
);

function frequencySpan(text: string, offset: number): AnswerSpan | null {
  const m = FREQUENCY.exec(text);
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length, entity: null } : null;
}

/** Words that deny: negation and the verbs of denial (Penn Discourse Treebank's and NegEx's cues, abridged). */
const DENIAL = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'deny', 'denied', 'denies', 'reject', 'rejected', 'dismissed']);

/**
 * The predicate a yes/no question asks about, as the sentence states it: from the auxiliaries and
 * negation before the first verb the question names to that verb ("neither confirmed nor denied",
 * "would not initiate"): the answer states the sentence's polarity. `shown`: the reply's, where a word premodifying a noun
 * is no verb (premodifies).
 */
const PREDICATE_LEAD = new Set(['AUX', 'PART', 'CCONJ', 'ADV']);

function polaritySpan(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>, shown = false): AnswerSpan | null {
  const t = article.tokens;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (t.pos[i] !== 'VERB' || !own.has(termOf(t.lemma[i])) || (shown && premodifies(t, sentence, i))) continue;
    let from = i;
    while (from > sentence.tokenStart && (PREDICATE_LEAD.has(t.pos[from - 1]) || DENIAL.has(t.value[from - 1].toLowerCase()))) from--;
    let to = i + 1;
    // "neither confirmed nor denied": the paired verb belongs to the predicate.
    if ((t.value[to] ?? '').toLowerCase() === 'nor' && t.pos[to + 1] === 'VERB') to += 2;
    return { start: t.start[from], end: t.start[to - 1] + t.value[to - 1].length, entity: null };
  }
  return null;
}

/**
 * The predicate shown for a yes/no question, with the verb governing it: no verb matching only a noun the question opens
 * with a determiner or a possessive ("his talk with Zelenskyy" ~ "mentioned talking with Zelenskyy"), which states nothing
 * of what is asked: a polar question asks the polarity of its own predicate (Huddleston & Pullum 2002 ch. 10 §4).
 */
export function shownPredicate(
  article: AnalysedArticle,
  sentence: Sentence,
  nounsOnly: readonly string[],
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const asked = nounsOnly.length === 0 ? own : new Set([...own].filter((t) => !nounsOnly.includes(t)));
  const span = polaritySpan(article, sentence, asked, true);
  return span && withGoverningVerb(article, sentence, span);
}

/**
 * The predicate shown for a yes/no question of its verb or, where the sentence has none of the question's verbs, of a verb
 * sharing a WordNet 3.1 verb synset with one ("has spoken with leaders" for "did Trump talk to …": talk.v and speak.v are one
 * synset): the answering clause restates the proposition in its own words as often as in the question's. For the excerpt's
 * choice among its sentences (excerpt.ts statedPredicate); the ranker's span reads the question's own verbs only.
 */
export function shownPredicateOrSynonym(
  article: AnalysedArticle,
  sentence: Sentence,
  nounsOnly: readonly string[],
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const span = shownPredicate(article, sentence, nounsOnly, own);
  if (span !== null) return span;
  const synonyms = new Set<string>();
  for (const term of own) {
    if (nounsOnly.includes(term)) continue;
    for (const word of wordNetSynonymsOf(term, { pos: ['v'] })) if (!word.includes(' ')) synonyms.add(termOf(word));
  }
  return synonyms.size === 0 ? null : shownPredicate(article, sentence, [], synonyms);
}

/**
 * Whether the word tagged a verb stands between an article or a possessive and a noun, with only adjectives and adverbs
 * before it: a premodifier of that noun ("A fast travel option", where wink tags "travel" a verb), not a predicate. Between
 * a determiner and its head stand adjectives, participles, nouns and genitives (Quirk et al. 1985 §17.97-17.108); no verb
 * follows "the" or "his" (§5.10). Read for the shown predicate only: the ranker's span was fitted without it.
 */
function premodifies(t: AnalysedArticle['tokens'], sentence: Sentence, i: number): boolean {
  if (i + 1 >= sentence.tokenEnd || t.pos[i + 1] !== 'NOUN') return false;
  let j = i - 1;
  while (j >= sentence.tokenStart && (t.pos[j] === 'ADJ' || t.pos[j] === 'ADV')) j--;
  return j >= sentence.tokenStart && OPENS_NOUN_PHRASE.has(t.value[j].toLowerCase());
}
/** The articles, the possessive determiners and the genitive ending: a noun phrase follows them. */
const OPENS_NOUN_PHRASE: ReadonlySet<string> = new Set([...ARTICLES, "'s", '’s', ...POSSESSIVES]);

/**
 * The shown predicate with the verb that governs it through "to" and that verb's own auxiliaries and negation: "declined
 * to comment", "did not want to say", not "to comment" (catenative verbs, Quirk et al. 1985 §16.38: the governing verb
 * carries the polarity the reader asks about); or the adjective that does, with its copula: "is unlikely to agree"
 * (adjectives taking a to-infinitive, §16.75).
 */
function withGoverningVerb(article: AnalysedArticle, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const t = article.tokens;
  let from = sentence.tokenStart;
  while (from < sentence.tokenEnd && t.start[from] < span.start) from++;
  if (t.start[from] !== span.start || t.value[from].toLowerCase() !== 'to' || t.pos[from] !== 'PART') return span;
  if (from - 1 < sentence.tokenStart || (t.pos[from - 1] !== 'VERB' && t.pos[from - 1] !== 'ADJ')) return span;
  from--;
  while (from > sentence.tokenStart && (PREDICATE_LEAD.has(t.pos[from - 1]) || DENIAL.has(t.value[from - 1].toLowerCase()))) from--;
  return { ...span, start: t.start[from] };
}

/**
 * From a causal connective to the end of its clause. "since" before no verb is the preposition, which is temporal only
 * ("since resumption", "since 2010"); the causal "since" is a subordinator and takes a clause (Quirk et al. 1985 §9.7,
 * §14.12). With no connective, the that-clause a specifying "be" identifies as the reason ("A big reason the air has cleared
 * is that …"), or a participle clause of reason closing the sentence (reasonClauseAt). `shown`: the reply's, where a
 * participle clause a subordinator opens is none (reasonClauseAt). `causeOnly`: a connective of cause only, no condition
 * ("if"), no specified that-clause and no participle clause, as statedCause reads it.
 */
function reasonSpan(article: AnalysedArticle, sentence: Sentence, shown = false, causeOnly = false): AnswerSpan | null {
  const offset = sentence.start;
  const text = article.text.slice(offset, sentence.end);
  const lower = text.toLowerCase();
  for (const [k, pattern] of CAUSAL_PATTERNS.entries()) {
    if (causeOnly && CONDITION.has(CAUSAL[k])) continue;
    let at = lower.search(pattern);
    while (at >= 0 && CAUSAL[k] === 'since' && beforeNoVerb(article, sentence, offset + at)) {
      const next = lower.slice(at + 1).search(pattern);
      at = next < 0 ? -1 : at + 1 + next;
    }
    if (at >= 0) return clauseFrom(text, offset, at);
  }
  if (causeOnly) return null;
  // "The reason … is that …": "be" specifying its subject, the reason, by the that-clause after it (Quirk et al. 1985 §18.28,
  // specifying "be"; the reason named by a noun, §15.60).
  const specified = SPECIFIED_REASON.exec(lower);
  if (specified) return clauseFrom(text, offset, specified.index + specified[0].length - 'that'.length);
  const participle = reasonClauseAt(article, sentence, shown);
  return participle === null ? null : clauseFrom(text, offset, participle - offset);
}

/** The reason clause the reply shows for a why-question's sentence (reasonSpan, `shown`); null for none. */
export function shownReason(article: AnalysedArticle, sentence: Sentence): AnswerSpan | null {
  return reasonSpan(article, sentence, true);
}

/**
 * The clause a connective of cause opens in the sentence ("because it has more flavor than sugar"; Penn Discourse
 * Treebank's "cause" senses, CAUSAL without the condition "if"), the explicit statement of a reason; null for none. For the
 * excerpt's other sentences (excerpt.ts reasonAcross): a condition or a participle clause there is no reason stated for
 * the ranked sentence's event.
 */
export function statedCause(article: AnalysedArticle, sentence: Sentence): AnswerSpan | null {
  return reasonSpan(article, sentence, true, true);
}
/** The clause of reason opening at `at` in the sentence's text, to the end of its clause. */
function clauseFrom(text: string, offset: number, at: number): AnswerSpan {
  const rest = text.slice(at);
  const end = rest.search(/[;:.!?”"](?:\s|$)|,\s(?:but|while|and)\s/);
  return { start: offset + at, end: offset + at + (end < 0 ? rest.length : end), entity: null };
}
/** "reason(s)", words of its noun phrase, a form of "be", then "that" (the specified that-clause). */
const SPECIFIED_REASON = /\breasons?\b[^.;:!?]*?\b(?:is|was|are|were)\s+that\b/;

/**
 * Where an -ing participle clause closing the sentence after a comma starts, an adverb before its verb included
 * ("…, consistently treating the crossing as a luxury"): a supplementive clause, whose relation to its matrix clause the
 * reader infers and which is often one of reason (Quirk et al. 1985 §15.60; §15.58 on supplementive clauses); null for
 * none. Not a participle that is a preposition ("according to", "including": Quirk et al. 1985 §9.10) nor a reporting
 * verb ("…, saying …"), which attributes what was said, giving no reason. `shown`: the reply's, where a participle clause
 * a subordinator opens ("…, when substituting honey for sugar …", which wink tags an adverb) is none: a supplementive
 * clause has no subordinator (Quirk et al. 1985 §15.58), and the one it has states the relation, here time (§14.12, the
 * subordinators that open non-finite clauses). The ranker's span was fitted without it.
 */
function reasonClauseAt(article: AnalysedArticle, sentence: Sentence, shown: boolean): number | null {
  const t = article.tokens;
  for (let i = sentence.tokenEnd - 1; i > sentence.tokenStart; i--) {
    if (t.value[i] !== ',') continue;
    let verb = i + 1;
    while (verb < sentence.tokenEnd && t.pos[verb] === 'ADV') verb++;
    const word = (t.value[verb] ?? '').toLowerCase();
    const participle = t.pos[verb] === 'VERB' && word.endsWith('ing') && t.lemma[verb] !== word;
    if (!participle || PARTICIPLE_PREPOSITIONS.has(word) || isReportingVerb(t, verb)) return null;
    if (shown && t.value.slice(i + 1, verb).some((w) => NON_FINITE_SUBORDINATORS.has(w.toLowerCase()))) return null;
    return t.start[i + 1];
  }
  return null;
}
/** Subordinators that open a participle clause ("when substituting", "once having", "while waiting"; Quirk et al. 1985 §14.12). */
const NON_FINITE_SUBORDINATORS: ReadonlySet<string> = new Set([
  'although',
  'though',
  'if',
  'once',
  'unless',
  'until',
  'till',
  'when',
  'whenever',
  'where',
  'wherever',
  'whether',
  'while',
  'whilst',
]);
/** Participles that are prepositions (Quirk et al. 1985 §9.10, marginal prepositions; "according to", §9.11). */
const PARTICIPLE_PREPOSITIONS = new Set([
  ...['according', 'barring', 'concerning', 'considering', 'excepting', 'excluding', 'failing', 'following', 'including'],
  ...['pending', 'regarding', 'respecting', 'touching'],
]);

/** Whether no verb or auxiliary follows the word at character `start` before the sentence's next punctuation mark. */
function beforeNoVerb(article: AnalysedArticle, sentence: Sentence, start: number): boolean {
  const t = article.tokens;
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && t.start[i] < start) i++;
  for (i++; i < sentence.tokenEnd && t.pos[i] !== 'PUNCT'; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return false;
  return true;
}
