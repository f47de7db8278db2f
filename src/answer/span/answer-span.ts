import { entitiesIn } from '../../analyse/entities-in.js';
import { namesEventOrWork } from '../../analyse/proper-names.js';
import { isReportingVerb, REPORTING_VERBS } from '../../analyse/reporting-verbs.js';
import { beforePublication, entityDate } from '../../dates/resolve-date.js';
import { isTitleWord, roleForReply, shownDescription } from './description-span.js';
import { termOf, termsOf } from '../../analyse/index-terms.js';
import { NAME_ENTITY_TYPES, type AnalysedArticle, type Entity, type Sentence } from '../../analyse/types.js';
import { MAGNITUDES, NUMBER_WORDS } from '../../lexicon/number-words.js';
import { EXPECTED_ENTITIES, TIME_UNITS } from '../question/answer-type.js';
import {
  activeSubjects,
  agentsOfNamedSubject,
  commonNounSubject,
  governedBy,
  governing,
  isSource,
  isSpeaker,
  objectInFrame,
  passiveAgents,
} from './clause-roles.js';
import { headAfter, statedInstances, verbsPlace } from './instance-name.js';
import { PATTERN_SPANS, shownPredicate, shownReason, statedCause } from './pattern-spans.js';
import {
  SPACED_DEGREE,
  UNIT_AFTER,
  countedStart,
  measureOf,
  measuredValue,
  quantityMatch,
  restatedMeasure,
  scoreIn,
  convertsQuestionsMeasure,
  shownQuantity,
  weighs,
  wholeRange,
} from './quantity-span.js';
import { PERIOD_UNITS, type Question } from '../question/read-question.js';
import { capitalisedAfterWord, namedInQuestion, nearestToMatches, unnamedOfType } from './span-match.js';
import type { AnswerSpan, Found, SpanMatch } from './span-match.js';
import type { AnswerType } from '../types.js';

/** What of the question decides its answer span. */
type Asked = Pick<
  Question,
  | 'answerType'
  | 'quantity'
  | 'counted'
  | 'partitive'
  | 'rate'
  | 'asksPrice'
  | 'asksWeight'
  | 'past'
  | 'future'
  | 'names'
  | 'asksSpeaker'
  | 'asksWhere'
  | 'asksPossessor'
  | 'asksPercentage'
  | 'asksPassiveSubject'
  | 'askedNoun'
  | 'copularNoun'
  | 'measureNoun'
  | 'timePreposition'
  | 'presentPeriod'
  | 'elseThan'
  | 'subjectVerb'
  | 'preposition'
  | 'nounsOnly'
>;

/** The span found in one sentence, how well its type fits, and the span shown: answerSpanIn's. */
export interface AnswerMatch {
  /** What the reply shows; null for a number of another kind than the question asks for, which the ranker still reads. */
  span: AnswerSpan | null;
  strength: SpanMatch['strength'];
  /** SpanMatch's; null for a span found for the reply only, where the ranker was fitted seeing none. */
  evidence: { start: number; end: number } | null;
}

/**
 * The answer span of one sentence for a question of `answerType` whose own terms are `own`: for a
 * why-question the reason clause; otherwise the entity of the expected type that the question does not
 * itself name, nearest to the words the question shares with the sentence (a weaker type when no
 * strong one is there). Null when the sentence holds none. The ranker's part (spanMatchIn) and the span shown (shownSpanIn).
 */
export function answerSpanIn(article: AnalysedArticle, sentence: Sentence, asked: Asked, own: ReadonlySet<string>): AnswerMatch | null {
  const match = spanMatchIn(article, sentence, asked, own);
  const span = shownSpanIn(article, sentence, asked, own, match);
  if (match) return { span, strength: match.strength, evidence: match.evidence };
  // A role found for the reply only: no evidence, as the ranker was fitted seeing none.
  return span && { span, strength: 'strong', evidence: null };
}

/**
 * The span the reply shows for a sentence's match (spanMatchIn), in whole words and without a closing ellipsis; for a
 * description with no match, a role for the reply only (roleForReply). rerank leaves it to the candidates shown (Ranked.span).
 */
export function shownSpanIn(
  article: AnalysedArticle,
  sentence: Sentence,
  asked: Asked,
  own: ReadonlySet<string>,
  match: SpanMatch | null,
): AnswerSpan | null {
  // "What was the score?" asks a score (askedNoun or copularNoun "score"), shown as the sentence writes it (scoreIn) whatever
  // the ranker matched: a figure of it, a tiebreak's, or nothing.
  const score = (asked.askedNoun ?? asked.copularNoun) === 'score' ? scoreIn(article.text, sentence) : null;
  const span =
    score ??
    (match
      ? shownOf(article, sentence, asked, own, match)
      : asked.answerType === 'description'
        ? roleForReply(article, sentence, own)
        : asked.asksWhere && asked.preposition === null
          ? placeForReply(article, sentence, own)
          : null);
  return span && withoutClosingComma(article.text, withoutEllipsis(article.text, wholeWords(article.text, span)));
}

function shownOf(
  article: AnalysedArticle,
  sentence: Sentence,
  asked: Asked,
  own: ReadonlySet<string>,
  match: SpanMatch,
): AnswerSpan | null {
  const { found } = match;
  if (found.by === 'quantity') return shownQuantity(article, sentence, asked, own, match.evidence, found);
  if (found.by === 'entity') return shownEntity(article, sentence, asked, own, found);
  // The shown role takes in its titles (shownDescription), the shown predicate the verb governing it; the ranker's
  // evidence stays the span it was fitted with.
  return asked.answerType === 'description'
    ? shownDescription(article, sentence, found.span, own)
    : asked.answerType === 'polarity'
      ? shownPredicate(article, sentence, asked.nounsOnly, own)
      : asked.answerType === 'reason'
        ? reasonShown(article, sentence)
        : found.span;
}

/**
 * The reason clause the reply shows for a why-question's sentence (shownReason; with `causeOnly`, the clause of a connective
 * of cause alone, statedCause), without its reporting clause; or null.
 */
export function reasonShown(article: AnalysedArticle, sentence: Sentence, causeOnly = false): AnswerSpan | null {
  const reason = causeOnly ? statedCause(article, sentence) : shownReason(article, sentence);
  return reason && withoutReportingClause(article, reason);
}

/**
 * A reason clause without the reporting clause that ends its sentence ("because of heavy rain, officials said", "…, said
 * the club's manager"): the reporting clause attributes the whole report (Quirk et al. 1985 §14.3, a final reporting clause:
 * a subject and a reporting verb in either order, set off by a comma), no part of the reason. Shown span only.
 */
function withoutReportingClause(article: AnalysedArticle, span: AnswerSpan): AnswerSpan {
  const t = article.tokens;
  let last = 0;
  while (last < t.start.length && t.start[last] < span.end) last++;
  let verbs = 0;
  let cut = span.end;
  // Back from the end over the clause's words; a comma before them, once they hold one reporting verb, may open it, and so
  // may an earlier one when a subject set off by commas precedes the verb ("Jo Roe, the club's manager, told reporters").
  for (let i = last - 1; i >= 0 && t.start[i] > span.start && last - i <= REPORTING_CLAUSE_MAX; i--) {
    if (t.value[i] === ',') {
      // A comma after the verb closes a medial reporting clause ("because fuel, the airline said, cost more"): none ends it.
      if (verbs === 0) break;
      if (verbs === 1) cut = t.start[i];
    } else if (isReportingVerb(t, i)) verbs++;
    else if (!REPORTER.has(t.pos[i])) break;
  }
  return cut === span.end ? span : { ...span, end: cut };
}
/** The words of a reporting clause's subject ("officials", "the club's manager", "a spokeswoman for the ministry"). */
const REPORTER = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON', 'ADP', 'PART', 'ADV', 'AUX']);
/** The most tokens a final reporting clause is taken to run to: a subject of a few words (an appositive's commas included) and its verb. */
const REPORTING_CLAUSE_MAX = 12;

/**
 * The span widened to whole words where it cuts one: wink's tokenizer splits a word at a letter it does not take for one
 * (readText gives it the base letters of Latin Extended, but "Contrecœur" is still "Contrec" "œ" "ur"), between a digit
 * and a letter ("4Motion"), and at the hyphen of a compound, which is one word (Chicago Manual of Style 7.85; Quirk et al.
 * 1985 App. I.12): "madame-procurer", "lb-ft", "Hungarian-American". Only a span opening or ending in a word written in
 * lower case, or opening after a capitalised word, crosses it: a name before "-based" or after "pro-" is the name it is, and a
 * number word before a hyphen ("three-day", "million-year-old") is joined to what it counts (countedStart). Shown span only.
 */
function wholeWords(text: string, span: AnswerSpan): AnswerSpan {
  let { start, end } = span;
  if (start > 0 && joined(text[start - 1], text[start])) while (start > 0 && WORD.test(text[start - 1])) start--;
  while (
    start > 1 &&
    text[start - 1] === '-' &&
    LETTER.test(text[start - 2]) &&
    (LOWER.test(text[start]) || capitalisedBefore(text, start - 1))
  ) {
    start--;
    while (start > 0 && WORD.test(text[start - 1])) start--;
  }
  if (end > start && joined(text[end - 1], text[end] ?? '')) while (end < text.length && WORD.test(text[end])) end++;
  while (
    text[end] === '-' &&
    LETTER.test(text[end + 1] ?? '') &&
    LOWER_WORD_END.test(text.slice(start, end)) &&
    !NUMBER_END.test(text.slice(start, end))
  ) {
    end++;
    while (end < text.length && WORD.test(text[end])) end++;
  }
  return start === span.start && end === span.end ? span : { ...span, start, end };
}
const LETTER = /^[\p{L}\p{M}]$/u;
const LOWER = /^\p{Ll}$/u;
/** A span ending in a word written in lower case: a common word, not a name ("Nelson-directed", "Saudi-based"). */
const LOWER_WORD_END = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*$/u;
/** A span ending in a number word, which a hyphen joins to what it counts ("three-day", "million-year-old"). */
const NUMBER_END = new RegExp(`(?<!\\p{L})(?:${NUMBER_WORDS}|${MAGNITUDES}|trillion|dozen|half)$`, 'iu');
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether the word ending at `end` is capitalised: "Hungarian" of "Hungarian-American", not "pro" of "pro-Morales". */
function capitalisedBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  return /^\p{Lu}/u.test(text.slice(start, end));
}
/** Two characters of one word: two letters, or a digit and a letter either way round ("4Motion", "5km"). */
function joined(a: string, b: string): boolean {
  return (LETTER.test(a) && WORD.test(b)) || (WORD.test(a) && LETTER.test(b));
}

/**
 * The span without the dots of an ellipsis it ends in ("… Big Machine) .." of "… Big Machine) ... and"): an ellipsis
 * marks words left out (Chicago Manual of Style 13.50), no part of the answer; a single full stop (an abbreviation's) stays.
 */
function withoutEllipsis(text: string, span: AnswerSpan): AnswerSpan {
  const dots = ELLIPSIS_END.exec(text.slice(span.start, span.end));
  return dots && dots.index > 0 ? { ...span, end: span.start + dots.index } : span;
}
const ELLIPSIS_END = /\s*(?:\.{2,}|…)$/u;

/**
 * The span without a comma, semicolon or colon it ends in ("due to the change in the wind," of "… in the wind," the analyst
 * said): such a mark separates the parts of the sentence (Chicago Manual of Style 6.16, 6.54, 6.59), so it belongs to
 * none of them, the answer included; in American style a comma closing a quotation stands inside the marks (CMOS 6.9).
 */
function withoutClosingComma(text: string, span: AnswerSpan): AnswerSpan {
  const mark = CLOSING_COMMA.exec(text.slice(span.start, span.end));
  return mark && mark.index > 0 ? { ...span, end: span.start + mark.index } : span;
}
const CLOSING_COMMA = /\s*[,;:]$/u;

/**
 * The ranker's part of answerSpanIn: the match's strength and evidence, with what it was found from (SpanMatch.found). A
 * description's role found for the reply only (roleForReply) is none to the ranker, as it was fitted: null.
 */
export function spanMatchIn(article: AnalysedArticle, sentence: Sentence, asked: Asked, own: ReadonlySet<string>): SpanMatch | null {
  const { answerType, quantity } = asked;
  const patterned = PATTERN_SPANS.get(answerType);
  if (patterned) {
    const span = patterned(article, sentence, own);
    return span && { strength: 'strong', evidence: span, found: { by: 'pattern', span } };
  }
  if (quantity) return quantityMatch(article, sentence, quantity, own, asked.asksPrice, asked.counted);
  const expected = EXPECTED_ENTITIES[answerType];
  if (expected.strong.length === 0) return null;
  const entities = entitiesIn(article, sentence);
  let strong = unnamedOfType(article, entities, expected.strong, own);
  let weak: Entity[] | null = null;
  // A stretch placed after the report ("in the next few days") answers when something will happen, never when something
  // happened: a past-tense question's event lies before the report (Reichenbach 1947: event time before speech time).
  if (answerType === 'date') {
    weak = unnamedOfType(article, entities, expected.weak, own);
    if (asked.past) weak = weak.filter((e) => !upcomingStretch(article, sentence, e));
    else strong = [...strong, ...weak.filter((e) => upcomingStretch(article, sentence, e))];
    // Nor does a date the report places before its own publication answer when something will happen: it was past when
    // written, and a future's event lies after the time of speech (Reichenbach 1947), the report's time standing for it.
    const published = article.meta.published;
    if (asked.future && published !== null) strong = strong.filter((e) => !wasPastWhenPublished(article, sentence, e, published));
  }
  const pool = strong.length > 0 ? strong : (weak ?? unnamedOfType(article, entities, expected.weak, own));
  const nearest = nearestToMatches(article, sentence, pool, own);
  if (!nearest) return null;
  const evidence = { start: spanStart(article, sentence, nearest), end: nearest.end };
  return { strength: strong.length > 0 ? 'strong' : 'weak', evidence, found: { by: 'entity', entities, pool, nearest } };
}

/**
 * Whether the entity is a stretch placed after the report ("in the next few days"). A function of the module, not a closure
 * of spanMatchIn: under tsx every closure made is named by a defineProperty call (esbuild's keepNames; nlp.ts `column`),
 * and spanMatchIn runs for every candidate of every question.
 */
function upcomingStretch(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  return e.type === 'DURATION' && isUpcoming(article.text, sentence.start, e.start);
}

/** Whether a DATE entity names a day, month or year wholly before the article's publication date. */
function wasPastWhenPublished(article: AnalysedArticle, sentence: Sentence, e: Entity, published: string): boolean {
  if (e.type !== 'DATE') return false;
  const date = entityDate(article, sentence, e);
  return date !== null && beforePublication(date, published);
}

/** The span shown for a match of the expected type's entities: the nearest one fit to answer, or null (an age for a date). */
function shownEntity(
  article: AnalysedArticle,
  sentence: Sentence,
  asked: Asked,
  own: ReadonlySet<string>,
  { entities, pool, nearest }: Extract<Found, { by: 'entity' }>,
): AnswerSpan | null {
  const { answerType } = asked;
  // What the question mentions is what it asks about, not its answer (Abney, Collins & Singhal 2000: answer candidates
  // that appear in the question are excluded): "Who did Putin meet?" is not answered by "Vladimir Putin" while the
  // sentence names another. Nor is a date on the other side of the report from the question's event (Reichenbach
  // 1947): "When will NASA land cargo?" is not answered by "a year ago" beside "next year". Looked for only when the
  // nearest is such an entity, as it seldom is. Nor is any when-question answered by an offset whose anchor lies outside
  // it ("10 minutes before" convicting him, beside "in September"): TimeML reads such an expression as a point only with
  // the event it hangs on (Pustejovsky et al. 2003, TIMEX3 anchorTimeID).
  const against = answerType === 'date' ? (asked.future ? POINTS_BACK : asked.past ? POINTS_FORWARD : null) : undefined;
  // Nor is a who-question answered by a name whose head is a noun of an event or a work ("the Riverside Lantern Festival",
  // "Nova Wars heroes like Kel Varro"): it names no one (namesEventOrWork), whatever the tagger typed it.
  const noOne = (e: Entity) => answerType === 'person' && namesEventOrWork(article.tokens, e);
  // Nor is a when-question placing its event in the present period ("the first call this year") answered by a date the
  // report places in another period of that unit or a larger one ("last year", "next year", "a year ago"): deictic dates
  // are anchored to the time of the report (TimeML, Pustejovsky et al. 2003), and such a date lies wholly outside the
  // period the question names ("last month" may lie within this year, so it stays).
  const outside = (e: Entity) => asked.presentPeriod !== null && outsidePresent(article.text.slice(e.start, e.end), asked.presentPeriod);
  // Nor is "who else …?" answered by the answer the reply before gave (Question.elseThan): "else" asks for another.
  const given = asked.elseThan.length > 0 ? new Set(asked.elseThan) : null;
  const again = (e: Entity) => given !== null && namedInQuestion(article, e, given);
  const fit = (e: Entity) => !unfit(article, e, asked.names, against) && !noOne(e) && !outside(e) && !again(e);
  let pick = answerType === 'person' ? (designated(article, sentence, pool, own) ?? nearest) : nearest;
  // The nearest fit entity of `candidates` that passes `test`; the pick as it stands when there is none.
  const nearestFit = (candidates: readonly Entity[], test: (e: Entity) => boolean = () => true): Entity =>
    nearestToMatches(
      article,
      sentence,
      candidates.filter((e) => test(e) && fit(e)),
      own,
    ) ?? pick;
  // Every entity of the type's strong and weak kinds the question does not name, for the rules that look past the
  // match's pool (a DURATION "since 1933", a passive's agent): made once, when first asked for.
  let typedPool: Entity[] | undefined;
  const typed = (): Entity[] => {
    const { strong, weak } = EXPECTED_ENTITIES[answerType];
    return (typedPool ??= unnamedOfType(article, entities, [...strong, ...weak], own));
  };
  if (!fit(pick)) pick = nearestFit(pool);
  if (again(pick)) return null;
  // "For what railroad did Kell build a locomotive?", "What organization did she serve as vice president of?" ask the object
  // of the question's preposition: the entity that preposition governs after the question's words in the sentence ("served
  // as a vice president of the Northfield Institute of …"; objectInFrame), not one nearer other words of the question ("the
  // modern-day NIME"). Names only: a number, a date or a length of time has frame readers of its own (quantityMatch,
  // measureOf, timePreposition), "In what year …?" is answered by a date written with no "in" ("from 1731"), and a number's
  // weak kinds hold dates, no answer to "What distance did it come back in?" ("in the 2012 through 2015 models").
  const preposition = asked.preposition;
  if (preposition !== null && NAMED_TYPES.has(answerType) && !objectInFrame(article, sentence, pick, preposition, own)) {
    pick = nearestFit(typed(), (e) => objectInFrame(article, sentence, e, preposition, own));
  }
  if (noOne(pick)) return null;
  // A bare part of the day ("in the morning trade on November 20") says less of when than the date beside it: TimeML
  // anchors such a time to a date (Pustejovsky et al. 2003, TIMEX3 anchorTimeID).
  if (answerType === 'date' && pick.type === 'TIME' && BARE_TIME.test(article.text.slice(pick.start, pick.end))) {
    pick = nearestFit(pool, (e) => e.type === 'DATE');
  }
  // "Since what year …?" asks for the object of its preposition ("has offered it since 1933", which wink tags a DURATION),
  // not the date nearer the question's words: the question's frame (Hermjakob 2001; Quirk et al. 1985 ch. 9, prepositions
  // of time), read for the shown date only (Question.timePreposition).
  const opening = asked.timePreposition;
  if (answerType === 'date' && opening !== null && !governedBy(article, sentence, pick, opening)) {
    pick = nearestFit(typed(), (e) => governedBy(article, sentence, e, opening));
  }
  // "What percentage …?" asks a percentage (Li & Roth 2002, NUM:perc), not the count or the year nearer its words.
  if (asked.asksPercentage && pick.type !== 'PERCENT') pick = nearestFit(pool, (e) => e.type === 'PERCENT');
  // A figure that ends a range whose other end is a date ("the 2012 through 2015 style", which wink tags DATE and CARDINAL)
  // is a year as that end is: the ends of a range are of one kind, as coordinates are (Huddleston & Pullum 2002 ch. 15).
  // A number question shows another number, or none.
  if (answerType === 'number' && yearOfRange(article, entities, pick)) {
    pick = nearestFit(pool, (e) => !yearOfRange(article, entities, e));
    if (yearOfRange(article, entities, pick)) return null;
  }
  // "At what price …?" and "… in what amount of time?" ask a number of the kind their measure noun names (measureOf):
  // an amount of money, a length of time; not the share or the count nearer the question's words.
  const measured = asked.measureNoun === null ? null : measureOf(article.text, sentence, asked.measureNoun);
  if (measured !== null && !measured(pick)) pick = nearestFit(typed(), measured);
  // "What is the height of …?": the number the sentence gives as that measure's value ("a height of 599 m"; measuredValue).
  if (asked.measureNoun !== null) pick = measuredValue(article, sentence, typed().filter(fit), termOf(asked.measureNoun), own) ?? pick;
  // "What is the weight of …?" and "What does it weigh?" ask a weight (asksWeight; Li & Roth 2002's NUM:weight): a number
  // written with a unit of mass answers them, not a length or a price nearer their words ("26-inch", "$1,850"): the nearest
  // such number, or nothing when the sentence writes none, as shownQuantity shows for "how much … weigh".
  if (asked.asksWeight && !weighs(article.text, sentence, pick)) {
    const mass = nearestToMatches(
      article,
      sentence,
      typed().filter((e) => fit(e) && weighs(article.text, sentence, e)),
      own,
    );
    if (!mass) return null;
    pick = mass;
  }
  // "Where …?" asks at what place: a position adjunct answers it ("at a meeting in Porto"), not a place named as a source
  // or a partner ("a proposal from Lisbon", "talks with Spain"; Quirk et al. 1985 §9.15-9.17, prepositions of place).
  // A question's own stranded or pied-piped preposition already says which frame it asks.
  if (asked.asksWhere && asked.preposition === null && governing(article, sentence, pick) === 'other') {
    pick = nearestFit(pool, (e) => governing(article, sentence, e) === 'position');
  }
  // "Where will the car debut?" asks the place of its own verb's event: that verb's adjunct of position ("will debut at the
  // Northfield Motor Show in November"; verbsPlace) answers, not a place of another event in the sentence ("built in Germany,
  // the car will debut at …"). The entity it is is picked; a phrase naming none ("was filmed in a disused warehouse") is
  // shown itself.
  if (asked.asksWhere && asked.preposition === null) {
    const place = verbsPlaceAmong(article, sentence, own, entities);
    if (place !== null) {
      const t = article.tokens;
      const last = place.end - 1;
      // A name set off by a comma after a phrase headed by a common noun is in apposition to it ("in the capital, Varsby"),
      // naming its referent (Quirk et al. 1985 §17.65); after a name it is the place that one lies in ("Fort Worth, Texas").
      const appositive = t.pos[last] === 'NOUN' && t.value[place.end] === ',' ? place.end + 1 : -1;
      const named = typed().find(
        (e) => ((e.tokenStart === place.first && e.tokenEnd === place.end) || e.tokenStart === appositive) && fit(e),
      );
      if (named === undefined) return placeSpan(article, place);
      pick = named;
    }
  }
  // "Who said …?" asks for the speaker: the person a reporting verb has speaking (Quirk et al. 1985 §14.3, the
  // reporting clause; its subject is the first cue of quote attribution, Pareti 2016, Muzny et al. 2017), not the
  // person of what was said nearer the question's words.
  if (asked.asksSpeaker && pick.type === 'PERSON' && !isSpeaker(article, sentence, pick)) {
    pick = nearestFit(pool, (e) => e.type === 'PERSON' && isSpeaker(article, sentence, e));
  }
  // "Which newspaper reported …?" asks for the source of the report, as "who said" does for the speaker: the organisation the
  // sentence attributes it to (isSource: Pareti 2016), not a name of what was reported nearer the question's words ("US" of
  // "Bloomberg reported that US and European guarantees …"). Any reporting verb attributes it ("said", "according to").
  if (
    answerType === 'organization' &&
    asked.subjectVerb !== null &&
    REPORTING_VERBS.has(asked.subjectVerb) &&
    !isSource(article, sentence, pick)
  ) {
    pick = nearestFit(typed(), (e) => isSource(article, sentence, e));
  }
  // "Who wrote the eulogy?" asks for the doer, which a passive states in its by-phrase ("a eulogy written by the author Jane
  // Roe"): the agent of a passive is the subject of the active clause (Quirk et al. 1985 §3.63-3.67), whatever entity
  // stands nearer the question's words.
  // "Which commission was censured …?" asks the passive's subject, not its agent.
  if ((answerType === 'person' || answerType === 'organization') && !asked.asksPassiveSubject) {
    const candidates = typed();
    const agents = passiveAgents(article, sentence, candidates, own).filter(fit);
    if (agents.length > 0) pick = nearestToMatches(article, sentence, agentsOfNamedSubject(article, sentence, agents, own), own)!;
    // "Who formulated the theory?" asks for the subject of the question's verb ("Jane Roe, inspired by …, formulated the
    // theory"), the active counterpart of the agent (activeSubjects), whatever entity stands nearer the question's words.
    const subjects =
      asked.subjectVerb === null || agents.length > 0
        ? []
        : activeSubjects(article, sentence, candidates, asked.subjectVerb, own).filter(fit);
    if (subjects.length > 0 && !subjects.includes(pick)) pick = nearestToMatches(article, sentence, subjects, own)!;
    // When that subject is a common noun phrase ("The Russian leader described fears of Moscow …"), a name after the verb
    // stands in its complement, not in the subject the question asks for (declarative order, Quirk et al. 1985 ch. 10): the
    // reply shows the noun phrase. A reporting verb's speaker may follow it ("said Peskov"), as isSpeaker reads.
    const common =
      asked.subjectVerb === null || agents.length > 0 || subjects.length > 0 || (asked.asksSpeaker && isSpeaker(article, sentence, pick))
        ? null
        : commonNounSubject(article, sentence, asked.subjectVerb, own);
    if (common !== null && pick.tokenStart > common.verb) return { start: common.start, end: common.end, entity: null };
  }
  // A name in the genitive determines the noun phrase it opens ("Mara Quill's co-writers Jo Penn and Ada Roe"), whose
  // referent is its head's, named by the name in apposition after it: that name answers "who", the genitive only "whose"
  // (genitiveHeadName).
  const appositive =
    answerType === 'person' && !asked.asksPossessor ? genitiveHeadName(article, sentence, typed().filter(fit), pick) : null;
  if (appositive !== null) pick = appositive;
  // "What city is the capital?" asks for a name the sentence says is a city ("Perth is the largest city", "its capital
  // and largest city, Perth"), not a nearer name of the type that it does not (statedInstances, Hearst 1992; answer type
  // checking, Schlobach et al. 2004); of any name's type, as the sentence's own words type it better than the tagger.
  // So does "What is the largest city …?": its copula's complement specifies what is asked (copularNoun).
  // A name written with the noun as its head after it ("the Vistula River") is shown with that head (headAfter).
  const noun = asked.askedNoun ?? asked.copularNoun;
  let headEnd: number | null = null;
  if (noun !== null && NAMED_TYPES.has(answerType)) {
    const instances = statedInstances(article, sentence, entities, noun, own).filter(fit);
    if (instances.length > 0 && !instances.includes(pick)) pick = nearestToMatches(article, sentence, instances, own)!;
    headEnd = headAfter(article, sentence, entities, pick, noun);
  }
  // An age ("the nearly 60-year-old brother") is no time (AP Stylebook, "ages"): a when-question shows none.
  // Nor a name's day word ("USA Today") or an offset with no anchor ("a month after …") when no other date is fit (unfit).
  if (
    answerType === 'date' &&
    (AGE_AT.test(article.text.slice(pick.start, pick.end + 5)) || namesDay(article, pick) || unanchoredOffset(article, pick))
  )
    return null;
  // "How long …?" asks a length of time (Li & Roth 2002, NUM:period), which a date placed by the time of writing is not:
  // "last month", "next week", "yesterday" name one point or unit of time (TimeML's deictic expressions, anchored to the
  // document's time, Pustejovsky et al. 2003), so no such date is shown for it. A date after "until" or "since" bounds a
  // stretch ("until next week") and stays.
  if (answerType === 'duration' && pick.type === 'DATE' && pointOfTime(article, sentence, pick)) return null;
  // Nor a length of time measuring a comparative ("in 4.2 seconds, three seconds quicker than the old model"): it is the
  // difference between two times, the length of nothing asked (Huddleston & Pullum 2002 ch. 13, a measure phrase
  // modifying a comparative); another length of time in the sentence answers, or none does.
  if (answerType === 'duration' && measuresComparative(article, sentence, pick)) {
    pick = nearestFit(typed(), (e) => e.type === 'DURATION' && !measuresComparative(article, sentence, e));
    if (measuresComparative(article, sentence, pick)) return null;
  }
  // A conversion in parentheses restates the measure before it ("15 kilometres (9 miles)"): that one is shown.
  // Nor is one converting a measure the question states ("How much quicker to 100 kph …?" is not answered by "62 mph").
  if (answerType === 'number' && convertsQuestionsMeasure(article, sentence, pick, own)) return null;
  if (answerType === 'number') pick = restatedMeasure(article.text, sentence, entities, pick, own)?.entity ?? pick;
  const span = withNameWords(article, sentence, entities, shownSpan(article, sentence, entities, pick));
  // A name coordinated with others ("either Jane Roe or John Kay would start") shares its role with them: the conjoined
  // names answer together (Huddleston & Pullum 2002 ch. 15, coordination), so the reply shows them all, before the head
  // after a stated instance ("SBI and ICICI Bank" for "which banks"). So do dates ("in February or March"): the list is no
  // one date, so no date is read from it.
  const list =
    NAMED_TYPES.has(answerType) || answerType === 'date' ? coordinatedList(article, sentence, entities, pick, own, asked.askedNoun) : null;
  if (list !== null) return { ...list, entity: answerType === 'date' ? null : pick };
  if (headEnd !== null) return { ...span, end: headEnd };
  // A number shows the unit of measure written after it ("109 mph"), as a size does; so does one answering "How long …?",
  // which asks a length as well as a period (Li & Roth 2002: NUM:distance or NUM:period, told by the unit): "86 km".
  const unit =
    (answerType === 'number' || answerType === 'duration') && pick.type === 'CARDINAL' && span.end === pick.end
      ? (UNIT_AFTER.exec(article.text.slice(pick.end, sentence.end)) ?? SPACED_DEGREE.exec(article.text.slice(pick.end, sentence.end)))
      : null;
  // "How long does it take …?" asks a stretch of time only: "take" states the time a thing requires (WordNet 3.1 take,
  // v02272834: "It took three hours to get to work"; Li & Roth 2002, NUM:period), and a length (NUM:distance) is none.
  if (unit !== null && answerType === 'duration' && own.has(TAKE)) return null;
  const withUnit = unit ? { ...span, end: span.end + unit[0].length } : span;
  // A number that is one end of a range ("80% to 90%", "41 percent to 55 percent") is shown with the other end, as a quantity
  // question's number is (wholeRange; Chicago Manual of Style 9.58-9.62, inclusive numbers): the range is the one value the
  // sentence states, and either end alone states another.
  return answerType === 'number' ? wholeRange(article.text, sentence, withUnit) : withUnit;
}
const TAKE = termOf('take');
/** Whether a comparative and "than" follow the entity ("three seconds quicker than", "20 minutes more than"). */
function measuresComparative(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  const { value, pos } = article.tokens;
  const at = e.tokenEnd;
  return (
    at + 1 < sentence.tokenEnd &&
    (pos[at] === 'ADJ' || pos[at] === 'ADV') &&
    COMPARATIVE.test(value[at].toLowerCase()) &&
    value[at + 1].toLowerCase() === 'than'
  );
}
/** A comparative: "more", "less", "fewer", or an adjective or adverb inflected in -er (Huddleston & Pullum 2002 ch. 13). */
const COMPARATIVE = /^(?:more|less|fewer|\p{L}{2,}er)$/u;
/** Whether the date is a deictic point of time ("last month", "yesterday") that no "until", "till" or "since" bounds. */
function pointOfTime(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  const before = article.text.slice(Math.max(sentence.start, e.start - 8), e.start);
  return DEICTIC_POINT.test(article.text.slice(e.start, e.end)) && !BOUNDS_STRETCH.test(before);
}
/** The words that name a day by the time of writing (namesDay reads them too). */
const DEICTIC_DAY_WORDS = 'today|tonight|tomorrow|yesterday';
const DEICTIC_POINT = new RegExp(`^(?:(?:last|next|this)\\s+\\p{L}+|${DEICTIC_DAY_WORDS})$`, 'iu');
const BOUNDS_STRETCH = /\b(?:until|till|since)\s+$/i;
/** Whether the entity is a figure written as a year that a range word joins to a DATE written as one ("2012 through 2015"). */
function yearOfRange(article: AnalysedArticle, entities: readonly Entity[], e: Entity): boolean {
  const text = (x: Entity) => article.text.slice(x.start, x.end);
  const between = (a: Entity, b: Entity) => article.text.slice(a.end, b.start);
  return (
    e.type === 'CARDINAL' &&
    YEAR.test(text(e)) &&
    entities.some(
      (d) =>
        d.type === 'DATE' &&
        YEAR.test(text(d)) &&
        (d.end <= e.start ? RANGE_JOIN.test(between(d, e)) : e.end <= d.start && RANGE_JOIN.test(between(e, d))),
    )
  );
}
const YEAR = /^(?:1\d|20)\d\d$/;
/** What joins the two ends of a range: "through", "to", "and" (of "between … and"), a hyphen or a dash. */
const RANGE_JOIN = /^\s*(?:through|thru|to|until|and|[-–—])\s*$/i;
/**
 * The name in apposition to the head of the noun phrase the genitive name `e` determines, among `candidates`: "Jo Penn" of
 * "Mara Quill's co-writers Jo Penn and Ada Roe". A genitive is a determiner, not the head of its noun phrase (Quirk et al.
 * 1985 §5.115 ff.), and a name right after the head (at most three words, adjectives and nouns, a noun last) is in
 * apposition to it (§17.65 ff.), naming the phrase's referent. Null when the entity is no genitive or no name follows.
 */
function genitiveHeadName(article: AnalysedArticle, sentence: Sentence, candidates: readonly Entity[], e: Entity): Entity | null {
  const t = article.tokens;
  if (e.tokenEnd >= sentence.tokenEnd || !GENITIVE.has(t.value[e.tokenEnd])) return null;
  const head = e.tokenEnd + 1;
  let k = head;
  while (k < sentence.tokenEnd && k - head < GENITIVE_HEAD_WORDS && HEAD_WORDS.has(t.pos[k])) k++;
  if (k === head || t.pos[k - 1] !== 'NOUN') return null;
  return candidates.find((c) => c.tokenStart === k) ?? null;
}
const GENITIVE = new Set(["'s", '’s', "'", '’']);
const GENITIVE_HEAD_WORDS = 3;
const HEAD_WORDS = new Set(['ADJ', 'NOUN']);
/** The answer types whose answers are names. */
const NAMED_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'place', 'organization']);

/**
 * The list of names or dates the entity is coordinated in, as one span: entities of one type (a name of no type the tagger
 * knew, PROPER, goes with any) joined by commas and a last "and" or "or" ("A, B and C", "A or B"). Null when it stands in none;
 * when a comma alone joins two names, which is apposition, not coordination ("Fort Worth, Texas": the place it lies in,
 * Quirk et al. 1985 §17.65); and when the question shares a word with one of them, as it then asks which of them, other
 * than the noun it asks for one of (askedNoun: "which banks" of "SBI and ICICI Bank"), which names the kind the answers are
 * (Quirk et al. 1985 §6.36, the selective "which"), none of them. A name
 * in the genitive right before another ("Spain's Ana Lopez and Britain's Mark Rowe") is the determiner of that conjunct,
 * whose head is the name after it (Quirk §5.115 ff.): the conjunct runs from the genitive to its head and takes its head's
 * type, and a genitive name is in no list of its own.
 */
function coordinatedList(
  article: AnalysedArticle,
  sentence: Sentence,
  entities: readonly Entity[],
  pick: Entity,
  own: ReadonlySet<string>,
  askedNoun: string | null,
): { start: number; end: number } | null {
  const conjuncts: { start: number; head: Entity }[] = [];
  for (let i = 0; i < entities.length; i++) {
    const determines = i + 1 < entities.length && GENITIVE_JOIN.test(article.text.slice(entities[i].end, entities[i + 1].start));
    if (determines && entities[i] === pick) return null;
    conjuncts.push({ start: entities[i].start, head: determines ? entities[++i] : entities[i] });
  }
  const joins = (a: (typeof conjuncts)[number] | undefined, b: (typeof conjuncts)[number] | undefined): boolean =>
    a !== undefined &&
    b !== undefined &&
    a.start >= sentence.start &&
    b.head.end <= sentence.end &&
    (a.head.type === b.head.type || a.head.type === 'PROPER' || b.head.type === 'PROPER') &&
    LIST_GAP.test(article.text.slice(a.head.end, b.start));
  let first = conjuncts.findIndex((c) => c.head === pick);
  let last = first;
  if (first < 0) return null;
  while (joins(conjuncts[first - 1], conjuncts[first])) first--;
  while (joins(conjuncts[last], conjuncts[last + 1])) last++;
  if (first === last) return null;
  const chain = conjuncts.slice(first, last + 1);
  const gaps = chain.slice(1).map((c, i) => article.text.slice(chain[i].head.end, c.start));
  if (!CONJUNCTION_GAP.test(gaps[gaps.length - 1]) || gaps.slice(0, -1).some((g) => CONJUNCTION_GAP.test(g))) return null;
  const terms = termsOf(article.tokens);
  const kind = askedNoun === null ? null : termOf(askedNoun);
  for (let i = chain[0].head.tokenStart; i < chain[chain.length - 1].head.tokenEnd; i++)
    if (terms[i] !== null && terms[i] !== kind && own.has(terms[i] as string)) return null;
  return { start: chain[0].start, end: chain[chain.length - 1].head.end };
}
/** What joins a name in the genitive to the name it determines: the genitive ending, then a space ("Spain's Ana Lopez"). */
const GENITIVE_JOIN = /^['’]s?\s+$/u;
/** What stands between two names of a list: a comma, a comma and a conjunction, or a conjunction; then "the" of a name. */
const LIST_GAP = /^(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/i;
/** The gap before a list's last name, holding its conjunction. */
const CONJUNCTION_GAP = /\b(?:and|or)\s+$/;
/** A part of the day with no number, in lower case: "morning", "the evening"; "Opening Night" is a name's. */
const BARE_TIME = /^[^\d\p{Lu}]+$/u;
const AGE_AT = /years?(?:-|\s+)old\b/i;
/**
 * For a where-question whose sentence holds no entity of the place types (no match), the place its own verb's adjunct of
 * position names ("were built in hilly country"; verbsPlace), as shownEntity shows one that is no entity; for the reply
 * only, as roleForReply's role: the ranker reads no span there.
 */
function placeForReply(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const place = verbsPlaceAmong(article, sentence, own, entitiesIn(article, sentence));
  return place && placeSpan(article, place);
}
/** verbsPlace given the sentence's entities, of which it passes over the time expressions. */
function verbsPlaceAmong(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>, entities: readonly Entity[]) {
  return verbsPlace(
    article,
    sentence,
    own,
    entities.filter((e) => TIME_ENTITIES.has(e.type)),
  );
}
/** The span of verbsPlace's phrase, which names no entity. */
function placeSpan(article: AnalysedArticle, place: { first: number; end: number }): AnswerSpan {
  const t = article.tokens;
  const last = place.end - 1;
  return { start: t.start[place.first], end: t.start[last] + t.value[last].length, entity: null };
}
/** The entities of a time expression, which an adjunct of time holds (verbsPlace passes it over). */
const TIME_ENTITIES: ReadonlySet<Entity['type']> = new Set(['DATE', 'TIME', 'DURATION']);

/**
 * The span shown for the picked entity: its own, or, for a date and the part of the day right after it ("Thursday
 * night", which wink tags DATE and TIME), the whole expression as the DATE it is: TimeML marks such a phrase as one
 * TIMEX3 ("Friday night", TimeML Annotation Guidelines 1.2.1, Saurí et al. 2006), and the excerpt's date is read from it.
 * So is a length of time written in several units ("4 minutes and 15 seconds", which wink tags as two DURATIONs in
 * figures and as one spelled out): one TIMEX3 of type DURATION (value PT4M15S; ISO 8601 writes one duration in several
 * units, the larger first), so the reply shows the whole of it (wholeDuration).
 */
function shownSpan(article: AnalysedArticle, sentence: Sentence, entities: readonly Entity[], pick: Entity): AnswerSpan {
  const at = entities.indexOf(pick);
  const duration = pick.type === 'DURATION' ? wholeDuration(article, entities, at) : null;
  if (duration !== null)
    return { start: shownStart(article, sentence, entities[duration.first]), end: entities[duration.last].end, entity: pick };
  const joined = (a: Entity | undefined, b: Entity | undefined) =>
    a !== undefined && b !== undefined && a.type === 'DATE' && b.type === 'TIME' && /^\s+$/.test(article.text.slice(a.end, b.start));
  if (joined(entities[at - 1], pick)) {
    const date = entities[at - 1];
    return { start: shownStart(article, sentence, date), end: pick.end, entity: date };
  }
  const end = joined(pick, entities[at + 1]) ? entities[at + 1].end : pick.end;
  return { start: shownStart(article, sentence, pick), end, entity: pick };
}

/**
 * The first and last of the DURATIONs joined to the one at `at` by "and", those before it in larger units of time and those
 * after it in smaller ones; null when none is.
 */
function wholeDuration(article: AnalysedArticle, entities: readonly Entity[], at: number): { first: number; last: number } | null {
  const joins = (a: Entity | undefined, b: Entity | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.type === 'DURATION' &&
    b.type === 'DURATION' &&
    DURATION_JOIN.test(article.text.slice(a.end, b.start)) &&
    unitRank(article, b) >= 0 &&
    unitRank(article, a) > unitRank(article, b);
  let first = at;
  while (joins(entities[first - 1], entities[first])) first--;
  let last = at;
  while (joins(entities[last], entities[last + 1])) last++;
  return first === at && last === at ? null : { first, last };
}
const DURATION_JOIN = /^,?\s+and\s+$/;
/** The rank of the unit of time a duration ends in, smallest first (TIME_UNITS' order); -1 for none. */
function unitRank(article: AnalysedArticle, e: Entity): number {
  const unit = /(\p{L}+?)s?$/u.exec(article.text.slice(e.start, e.end))?.[1].toLowerCase() ?? '';
  return [...TIME_UNITS].indexOf(unit);
}

/**
 * The shown name with the capitalised words the tagger split off it: wink tags some words of names as other parts of speech
 * ("Ted" of "actor Ted Holloway" a verb, "City" of "Music City" a common noun), which the name's run of proper nouns
 * (properNames) then leaves out. The words of a proper name are capitalised (Chicago Manual of Style 8.1), so a capitalised
 * word next to the name, a space between, in no entity and not tagged a proper noun (those the run left out on purpose), is
 * taken in; up to NAME_WORDS_REACH words each side. Not a title before it ("former President Jane Roe": isTitleWord), not
 * "I", not the sentence's first word nor one after punctuation (a sentence or a quotation opens with a capital), and not in
 * a sentence written in headline style, whose every major word is capitalised (Chicago Manual of Style 8.159). Shown span only.
 */
function withNameWords(article: AnalysedArticle, sentence: Sentence, entities: readonly Entity[], span: AnswerSpan): AnswerSpan {
  const e = span.entity;
  if (e === null || !NAME_ENTITY_TYPES.has(e.type) || span.start !== e.start || span.end !== e.end || headlineStyle(article, sentence))
    return span;
  const t = article.tokens;
  const nameWord = (k: number) =>
    CAPITALISED_WORD.test(t.value[k]) &&
    !NO_NAME_WORD.has(t.pos[k]) &&
    !isTitleWord(t, k) &&
    !entities.some((x) => x.tokenStart <= k && k < x.tokenEnd);
  const spaced = (a: number) => article.text.slice(t.start[a] + t.value[a].length, t.start[a + 1]) === ' ';
  let first = e.tokenStart;
  while (
    e.tokenStart - first < NAME_WORDS_REACH &&
    first - 1 > sentence.tokenStart &&
    t.pos[first - 2] !== 'PUNCT' &&
    nameWord(first - 1) &&
    spaced(first - 1)
  )
    first--;
  let last = e.tokenEnd - 1;
  while (last - e.tokenEnd + 1 < NAME_WORDS_REACH && last + 1 < sentence.tokenEnd && nameWord(last + 1) && spaced(last)) last++;
  if (first === e.tokenStart && last === e.tokenEnd - 1) return span;
  return { start: t.start[first], end: t.start[last] + t.value[last].length, entity: e };
}
const NAME_WORDS_REACH = 2;
/** A word written with a capital and then lower-case letters ("City"), not "I" nor an acronym. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Tags of no word a name's run would leave out: proper nouns it left out on purpose, function words, numbers. */
const NO_NAME_WORD: ReadonlySet<string> = new Set(['PROPN', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM']);

/**
 * Whether most of the sentence's words of four letters or more are capitalised, as in a headline (Chicago 8.159). Read
 * once per sentence and kept while the sentence is: a sentence is shown for many questions, and two Unicode regex tests
 * of each of its words for every shown name were half of withNameWords' cost (profile of SQuAD 1x, warm, session 51).
 */
function headlineStyle(article: AnalysedArticle, sentence: Sentence): boolean {
  let found = HEADLINE_STYLE.get(sentence);
  if (found === undefined) {
    const t = article.tokens;
    let words = 0;
    let capitalised = 0;
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (!LONG_WORD.test(t.value[k])) continue;
      words++;
      if (/^\p{Lu}/u.test(t.value[k])) capitalised++;
    }
    HEADLINE_STYLE.set(sentence, (found = 2 * capitalised > words));
  }
  return found;
}
const LONG_WORD = /^\p{L}{4,}$/u;
const HEADLINE_STYLE = new WeakMap<Sentence, boolean>();

/**
 * Whether the entity is what the question names, or, for a when-question (`against` not undefined), a date on the other
 * side of the report (`against` its words) or an offset with no anchor in it.
 */
function unfit(article: AnalysedArticle, e: Entity, names: readonly string[], against: RegExp | null | undefined): boolean {
  if (names.length > 0 && namesQuestionsPerson(article, e, names)) return true;
  if (against === undefined) return false;
  const words = article.text.slice(e.start, e.end);
  return (against !== null && against.test(words)) || unanchoredOffset(article, e) || namesDay(article, e);
}

/**
 * Whether the entity is a length of time placed by an event outside it ("10 minutes before", UNANCHORED_OFFSET), read with
 * the word right after it: wink tags "month" alone in "came a month after she announced it". TimeML reads such an
 * expression as a point only with the event it hangs on (Pustejovsky et al. 2003, TIMEX3 anchorTimeID).
 */
function unanchoredOffset(article: AnalysedArticle, e: Entity): boolean {
  const words = article.text.slice(e.start, e.end);
  if (UNANCHORED_OFFSET.test(words)) return true;
  const next = /^\s+\p{L}+/u.exec(article.text.slice(e.end, e.end + 16));
  return next !== null && UNANCHORED_OFFSET.test(words + next[0]);
}

/**
 * Whether the entity is a deictic day word written with a capital right after a word ("USA Today", "Lou Dobbs Tonight"):
 * a name's word, as news style capitalises these words only opening a sentence (AP Stylebook, "today, tonight").
 */
function namesDay(article: AnalysedArticle, e: Entity): boolean {
  return capitalisedAfterWord(article.text, e, DEICTIC_DAY);
}
const DEICTIC_DAY = new RegExp(`^(?:${DEICTIC_DAY_WORDS})$`, 'u');

/**
 * Whether a date's words place it in a period wholly before or after the present one of the unit `unit`: "last", "next"
 * or "previous" with that unit or a larger one ("last year" for "this year" or "this month"), "yesterday" or "tomorrow" for
 * "today", a number of such units "ago".
 */
function outsidePresent(words: string, unit: string): boolean {
  const other = OTHER_PERIOD.exec(words);
  if (other === null) return false;
  const otherUnit = (other[1] ?? other[2] ?? 'day').toLowerCase().replace(/s$/, '');
  return PERIOD_UNITS.indexOf(otherUnit) >= PERIOD_UNITS.indexOf(unit);
}
const OTHER_PERIOD =
  /^(?:(?:last|next|previous)\s+(day|week|month|year)|(?:\S+\s+)?(days?|weeks?|months?|years?)\s+ago|yesterday|tomorrow)$/iu;
/** Words that place a date before the report ("a year ago", "last week") or after it ("next year", "tomorrow"). */
const POINTS_BACK = /\b(?:ago|last|yesterday|earlier|previous|past)\b/i;
const POINTS_FORWARD = /\b(?:next|coming|tomorrow|upcoming|following)\b/i;
/** A length of time, then the side of an event it lies on, and nothing after: "10 minutes before", "two days later". */
const UNANCHORED_OFFSET =
  /\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))\s+(?:before|after|later|earlier)$/i;

/** Where an entity's answer span starts: a date or duration with the words placing it ("over the next …"). */
function spanStart(article: AnalysedArticle, sentence: Sentence, e: Entity): number {
  return e.type === 'DATE' || e.type === 'DURATION' ? withRelativeLead(article.text, sentence.start, e.start) : e.start;
}

/**
 * Where the shown span of an entity starts: spanStart's, and for a duration the number hyphenated to its unit, as
 * compound modifiers are written ("a two-week trip", "an 18-month term"), where wink tags the unit alone.
 */
function shownStart(article: AnalysedArticle, sentence: Sentence, e: Entity): number {
  const counted = countedStart(article.text, sentence, e);
  return counted < e.start ? counted : spanStart(article, sentence, e);
}

/**
 * wink-nlp tags "few days" in "in the next few days" and "week" in "over the past week": the words
 * before it that place the stretch relative to the report belong to the answer (and its date).
 */
const RELATIVE_LEAD = /(?:\b(?:in|over|within|during|for)\s+)?(?:the\s+)?(?:next|coming|past|last|following)\s+$/i;

function isUpcoming(text: string, sentenceStart: number, start: number): boolean {
  return /\b(?:next|coming|following)\s+$/i.test(text.slice(Math.max(sentenceStart, start - 12), start));
}

function withRelativeLead(text: string, sentenceStart: number, start: number): number {
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  const m = RELATIVE_LEAD.exec(before);
  return m ? start - m[0].length : start;
}

/**
 * Whether the entity is a person the question names: a PERSON whose last word, the surname, is a name the question typed
 * ("Vladimir Putin" for "Who did Putin meet?"): the proper-head-word match of name coreference (Raghunathan et al. 2010;
 * Lee et al. 2013). An organisation or a place holding a typed name is another thing ("Bank of England", "England").
 */
function namesQuestionsPerson(article: AnalysedArticle, e: Entity, names: readonly string[]): boolean {
  const surname = e.type === 'PERSON' ? termsOf(article.tokens)[e.tokenEnd - 1] : null;
  return surname !== null && names.includes(surname);
}

/**
 * Of the names, the one whose designation holds the most distinct terms of the question, the nearest to the question's words
 * among ties; null when no designation holds one. A name's designation is the run of nouns, adjectives, numbers and
 * determiners written right before it ("Costa Rican President Ana Roe", "the harbor's chief pilot John Kay"): a pseudo-title
 * or premodifying appositive describing that name (Quirk et al. 1985 §17.89-17.91), each name's own in a list of them; a
 * verb, a preposition, a conjunction or punctuation ends it.
 */
function designated(article: AnalysedArticle, sentence: Sentence, entities: Entity[], own: ReadonlySet<string>): Entity | null {
  const t = article.tokens;
  const terms = termsOf(t);
  const counts = entities.map((e) => {
    const found = new Set<string>();
    for (let i = e.tokenStart - 1; i >= sentence.tokenStart && (PSEUDO_TITLE.has(t.pos[i]) || TITLE_JOINS.has(t.value[i])); i--) {
      const term = terms[i];
      if (term !== null && own.has(term)) found.add(term);
    }
    return found.size;
  });
  const most = Math.max(0, ...counts);
  return most === 0
    ? null
    : nearestToMatches(
        article,
        sentence,
        entities.filter((_, k) => counts[k] === most),
        own,
      );
}
/** The words of a pseudo-title or a premodifying appositive before a name (Quirk et al. 1985 §17.89-17.91). */
const PSEUDO_TITLE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** What joins its words: a hyphen ("Slovene-American"), a possessive ("the harbor's chief pilot"). */
const TITLE_JOINS = new Set(['-', "'s", '’s']);
