import { entitiesIn } from '../analyse/entities-in.js';
import { isCurrencyWord } from '../analyse/gazetteer.js';
import { isReportingVerb } from '../analyse/reporting-verbs.js';
import { descriptionSpan, roleForReply, shownDescription } from './description-span.js';
import { termOf, termsOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Entity, EntityType, Sentence } from '../analyse/types.js';
import { kindOf } from '../lexicon/lexicon.js';
import { EXPECTED_ENTITIES, TIME_UNITS, type Quantity } from './answer-type.js';
import { statedInstances } from './instance-name.js';
import type { Question } from './read-question.js';
import type { AnswerType } from './types.js';

/** What of the question decides its answer span. */
type Asked = Pick<
  Question,
  | 'answerType'
  | 'quantity'
  | 'counted'
  | 'past'
  | 'future'
  | 'names'
  | 'asksSpeaker'
  | 'asksWhere'
  | 'asksPercentage'
  | 'asksPassiveSubject'
  | 'askedNoun'
  | 'copularNoun'
  | 'subjectVerb'
  | 'preposition'
  | 'nounsOnly'
>;

/** A span of the article that answers the question: an entity of the expected type, or a reason clause. */
export interface AnswerSpan {
  start: number;
  end: number;
  entity: Entity | null;
}

/**
 * What the ranker reads of one sentence's answer span, and how well its type fits: `strong` and `weak` as in
 * EXPECTED_ENTITIES; with what it was found from, of which the shown span is made (shownSpanIn) for the few candidates shown.
 */
export interface SpanMatch {
  strength: 'strong' | 'weak';
  /**
   * Where the ranker reads the answer's place from (its `proximity` and `prepositionMatch`): the nearest entity of the
   * type, whether or not the question names it, as the shipped weights were fitted. The shown span may be another.
   */
  evidence: { start: number; end: number };
  found: Found;
}

/** What a match was found from: a span of its shape (PATTERN_SPANS), a quantity's entities, or the expected type's entities. */
type Found =
  | { by: 'pattern'; span: AnswerSpan }
  | { by: 'quantity'; quantity: Quantity; candidates: Entity[]; pick: Entity; unit: RegExpExecArray | null }
  | { by: 'entity'; entities: readonly Entity[]; pool: Entity[]; nearest: Entity };

/** The span found in one sentence, how well its type fits, and the span shown: answerSpanIn's. */
export interface AnswerMatch {
  /** What the reply shows; null for a number of another kind than the question asks for, which the ranker still reads. */
  span: AnswerSpan | null;
  strength: 'strong' | 'weak';
  /** SpanMatch's; null for a span found for the reply only, where the ranker was fitted seeing none. */
  evidence: { start: number; end: number } | null;
}

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
  const span = match
    ? shownOf(article, sentence, asked, own, match)
    : asked.answerType === 'description'
      ? roleForReply(article, sentence, own)
      : null;
  return span && withoutEllipsis(article.text, wholeWords(article.text, span));
}

function shownOf(
  article: AnalysedArticle,
  sentence: Sentence,
  asked: Asked,
  own: ReadonlySet<string>,
  match: SpanMatch,
): AnswerSpan | null {
  const { found } = match;
  if (found.by === 'quantity') return shownQuantity(article, sentence, asked.counted, own, match.evidence, found);
  if (found.by === 'entity') return shownEntity(article, sentence, asked, own, found);
  // The shown role takes in its titles (shownDescription), the shown predicate the verb governing it; the ranker's
  // evidence stays the span it was fitted with.
  return asked.answerType === 'description'
    ? shownDescription(article, sentence, found.span, own)
    : asked.answerType === 'polarity'
      ? shownPredicate(article, sentence, asked.nounsOnly, own)
      : found.span;
}

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
/** The number words up to twenty, the tens and "hundred". */
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
/** The words of magnitude that follow a number word ("two million"). */
const MAGNITUDES = 'thousand|million|billion';
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
  if (quantity) return quantityMatch(article, sentence, quantity, own);
  const expected = EXPECTED_ENTITIES[answerType];
  if (expected.strong.length === 0) return null;
  const entities = entitiesIn(article, sentence);
  let strong = unnamedOfType(article, entities, expected.strong, own);
  let weak: Entity[] | null = null;
  // A stretch placed after the report ("in the next few days") answers when something will happen, never when something
  // happened: a past-tense question's event lies before the report (Reichenbach 1947: event time before speech time).
  if (answerType === 'date') {
    const upcoming = (e: Entity) => e.type === 'DURATION' && isUpcoming(article.text, sentence.start, e.start);
    weak = unnamedOfType(article, entities, expected.weak, own);
    if (asked.past) weak = weak.filter((e) => !upcoming(e));
    else strong = [...strong, ...weak.filter(upcoming)];
  }
  const pool = strong.length > 0 ? strong : (weak ?? unnamedOfType(article, entities, expected.weak, own));
  const nearest = nearestToMatches(article, sentence, pool, own);
  if (!nearest) return null;
  const evidence = { start: spanStart(article, sentence, nearest), end: nearest.end };
  return { strength: strong.length > 0 ? 'strong' : 'weak', evidence, found: { by: 'entity', entities, pool, nearest } };
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
  let pick = answerType === 'person' ? (designated(article, sentence, pool, own) ?? nearest) : nearest;
  if (unfit(article, pick, asked.names, against)) {
    const fit = pool.filter((e) => !unfit(article, e, asked.names, against));
    if (fit.length > 0) pick = nearestToMatches(article, sentence, fit, own)!;
  }
  // A bare part of the day ("in the morning trade on November 20") says less of when than the date beside it: TimeML
  // anchors such a time to a date (Pustejovsky et al. 2003, TIMEX3 anchorTimeID).
  if (answerType === 'date' && pick.type === 'TIME' && BARE_TIME.test(article.text.slice(pick.start, pick.end))) {
    const dates = pool.filter((e) => e.type === 'DATE' && !unfit(article, e, asked.names, against));
    if (dates.length > 0) pick = nearestToMatches(article, sentence, dates, own)!;
  }
  // "What percentage …?" asks a percentage (Li & Roth 2002, NUM:perc), not the count or the year nearer its words.
  if (asked.asksPercentage && pick.type !== 'PERCENT') {
    const shares = pool.filter((e) => e.type === 'PERCENT' && !unfit(article, e, asked.names, against));
    if (shares.length > 0) pick = nearestToMatches(article, sentence, shares, own)!;
  }
  // "Where …?" asks at what place: a position adjunct answers it ("at a meeting in Porto"), not a place named as a source
  // or a partner ("a proposal from Lisbon", "talks with Spain"; Quirk et al. 1985 §9.15-9.17, prepositions of place).
  // A question's own stranded or pied-piped preposition already says which frame it asks.
  if (asked.asksWhere && asked.preposition === null && governing(article, sentence, pick) === 'other') {
    const placed = pool.filter((e) => governing(article, sentence, e) === 'position' && !unfit(article, e, asked.names, against));
    if (placed.length > 0) pick = nearestToMatches(article, sentence, placed, own)!;
  }
  // "Who said …?" asks for the speaker: the person a reporting verb has speaking (Quirk et al. 1985 §14.3, the
  // reporting clause; its subject is the first cue of quote attribution, Pareti 2016, Muzny et al. 2017), not the
  // person of what was said nearer the question's words.
  if (asked.asksSpeaker && pick.type === 'PERSON' && !isSpeaker(article, sentence, pick)) {
    const speakers = pool.filter((e) => e.type === 'PERSON' && isSpeaker(article, sentence, e) && !unfit(article, e, asked.names, against));
    if (speakers.length > 0) pick = nearestToMatches(article, sentence, speakers, own)!;
  }
  // "Who wrote the eulogy?" asks for the doer, which a passive states in its by-phrase ("a eulogy written by the author Jane
  // Roe"): the agent of a passive is the subject of the active clause (Quirk et al. 1985 §3.63-3.67), whatever entity
  // stands nearer the question's words.
  // "Which commission was censured …?" asks the passive's subject, not its agent.
  if ((answerType === 'person' || answerType === 'organization') && !asked.asksPassiveSubject) {
    const { strong, weak } = EXPECTED_ENTITIES[answerType];
    const candidates = unnamedOfType(article, entities, [...strong, ...weak], own);
    const agents = passiveAgents(article, sentence, candidates, own).filter((e) => !unfit(article, e, asked.names, against));
    if (agents.length > 0) pick = nearestToMatches(article, sentence, agents, own)!;
    // "Who formulated the theory?" asks for the subject of the question's verb ("Jane Roe, inspired by …, formulated the
    // theory"), the active counterpart of the agent (activeSubjects), whatever entity stands nearer the question's words.
    const subjects =
      asked.subjectVerb === null || agents.length > 0
        ? []
        : activeSubjects(article, sentence, candidates, asked.subjectVerb, own).filter((e) => !unfit(article, e, asked.names, against));
    if (subjects.length > 0 && !subjects.includes(pick)) pick = nearestToMatches(article, sentence, subjects, own)!;
  }
  // "What city is the capital?" asks for a name the sentence says is a city ("Perth is the largest city", "its capital
  // and largest city, Perth"), not a nearer name of the type that it does not (statedInstances, Hearst 1992; answer type
  // checking, Schlobach et al. 2004); of any name's type, as the sentence's own words type it better than the tagger.
  // So does "What is the largest city …?": its copula's complement specifies what is asked (copularNoun).
  const noun = asked.askedNoun ?? asked.copularNoun;
  if (noun !== null && NAMED_TYPES.has(answerType)) {
    const instances = statedInstances(article, sentence, entities, noun, own).filter((e) => !unfit(article, e, asked.names, against));
    if (instances.length > 0 && !instances.includes(pick)) pick = nearestToMatches(article, sentence, instances, own)!;
  }
  // An age ("the nearly 60-year-old brother") is no time (AP Stylebook, "ages"): a when-question shows none.
  // Nor a name's day word ("USA Today") or an offset with no anchor ("a month after …") when no other date is fit (unfit).
  if (
    answerType === 'date' &&
    (AGE_AT.test(article.text.slice(pick.start, pick.end + 5)) || namesDay(article, pick) || unanchoredOffset(article, pick))
  )
    return null;
  const span = shownSpan(article, sentence, entities, pick);
  // A number shows the unit of measure written after it ("109 mph"), as a size does.
  const unit =
    answerType === 'number' && pick.type === 'CARDINAL' && span.end === pick.end
      ? UNIT_AFTER.exec(article.text.slice(pick.end, sentence.end))
      : null;
  return unit ? { ...span, end: span.end + unit[0].length } : span;
}
/** The answer types whose answers are names. */
const NAMED_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'place', 'organization']);
/** A part of the day with no number, in lower case: "morning", "the evening"; "Opening Night" is a name's. */
const BARE_TIME = /^[^\d\p{Lu}]+$/u;
const AGE_AT = /years?(?:-|\s+)old\b/i;

/**
 * The span shown for the picked entity: its own, or, for a date and the part of the day right after it ("Thursday
 * night", which wink tags DATE and TIME), the whole expression as the DATE it is: TimeML marks such a phrase as one
 * TIMEX3 ("Friday night", TimeML Annotation Guidelines 1.2.1, Saurí et al. 2006), and the excerpt's date is read from it.
 */
function shownSpan(article: AnalysedArticle, sentence: Sentence, entities: readonly Entity[], pick: Entity): AnswerSpan {
  const at = entities.indexOf(pick);
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
  return (
    DEICTIC_DAY.test(article.text.slice(e.start, e.end)) && /[\p{L}\p{N}] $/u.test(article.text.slice(Math.max(0, e.start - 2), e.start))
  );
}
const DEICTIC_DAY = /^(?:Today|Tonight|Tomorrow|Yesterday)$/u;

/**
 * The preposition governing the entity, a determiner aside: one of position ("in Porto", "at the town hall"), another
 * ("from Lisbon", "with Spain": a source, a partner), or none (a verb's subject or object: "visited China"). "on" with a
 * place in news mostly means "about" ("a trade deal on Spain", Quirk et al. 1985 §9.56), "around" also "about".
 */
function governing(article: AnalysedArticle, sentence: Sentence, e: Entity): 'position' | 'other' | null {
  const t = article.tokens;
  let before = e.tokenStart - 1;
  while (before > sentence.tokenStart && t.pos[before] === 'DET') before--;
  if (before < sentence.tokenStart || t.pos[before] !== 'ADP') return null;
  return POSITION_PREPOSITIONS.has(t.value[before].toLowerCase()) ? 'position' : 'other';
}
const POSITION_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout', 'across', 'off']);

/**
 * Whether a reporting verb has the person speaking: it follows the name, adverbs and auxiliaries aside ("Peskov
 * said", "Peskov has also stated"), and the name's appositive aside ("Peskov, the Kremlin's spokesman, said": Quirk et
 * al. 1985 §17.65), comes right before it ("said Peskov"), or the name follows "according to".
 */
function isSpeaker(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  const { tokens } = article;
  let after = afterAppositive(tokens, sentence, e.tokenEnd);
  while (after < sentence.tokenEnd && after - e.tokenEnd < 3 && BETWEEN_SPEAKER_AND_VERB.has(tokens.pos[after])) after++;
  if (after < sentence.tokenEnd && isReportingVerb(tokens, after)) return true;
  const before = e.tokenStart - 1;
  if (before >= sentence.tokenStart && isReportingVerb(tokens, before)) return true;
  return before - 1 >= sentence.tokenStart && tokens.value[before - 1].toLowerCase() === 'according' && tokens.lemma[before] === 'to';
}
const BETWEEN_SPEAKER_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

/** Where a verbless stretch between commas at `at` ends (after its closing comma); `at` itself when none starts there. */
function afterAppositive(tokens: AnalysedArticle['tokens'], sentence: Sentence, at: number): number {
  if (tokens.value[at] !== ',') return at;
  let to = at + 1;
  while (to < sentence.tokenEnd && !NOT_IN_APPOSITIVE.has(tokens.pos[to])) to++;
  return to > at + 1 && tokens.value[to] === ',' ? to + 1 : at;
}
const NOT_IN_APPOSITIVE = new Set(['VERB', 'AUX', 'PUNCT']);

/**
 * The entities heading the by-phrases after a verb of the question ("written by the author Jane Roe", "designed in 1762 by
 * Jane Roe", "described by Jane Roe in 1551 and by John Kay in 1629"): the agents of the passive (Quirk et al. 1985
 * §3.63-3.67). A passive participle takes no object, so the by-phrase follows it at once or after an adjunct opened by a
 * preposition or an adverb ("designed in 1762 by"); an active verb's object before a "by" ("photograph the guest lit by a
 * lamp") is no agent. The participle's form is not checked, as irregular ones are many ("made", "run", "held"); a by-phrase of
 * an active verb names a means or a measure ("won by two votes"), no entity of the question's type. The agent's entity may
 * follow a determiner, a title or a role ("by the sculptor Jane Roe"); a clause boundary (punctuation, a verb) ends either
 * search.
 */
function passiveAgents(article: AnalysedArticle, sentence: Sentence, candidates: readonly Entity[], own: ReadonlySet<string>): Entity[] {
  const agents: Entity[] = [];
  if (candidates.length === 0) return agents;
  const t = article.tokens;
  const terms = termsOf(t);
  const isBy = (k: number) => k < sentence.tokenEnd && t.value[k].toLowerCase() === 'by';
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const term = terms[i];
    if (t.pos[i] !== 'VERB' || term === null || !own.has(term)) continue;
    if (!isBy(i + 1) && t.pos[i + 1] !== 'ADP' && t.pos[i + 1] !== 'ADV') continue;
    let by = i + 1;
    while (by < sentence.tokenEnd && by - i <= AGENT_REACH && !isBy(by) && !CLAUSE_END.has(t.pos[by])) by++;
    // Each by-phrase of the clause, the coordinated ones too ("by Jane Roe in 1551 and by John Kay").
    while (isBy(by)) {
      const agent = agentAfter(t, sentence, candidates, by);
      if (!agent) break;
      agents.push(agent);
      by = agent.tokenEnd;
      while (by < sentence.tokenEnd && by - agent.tokenEnd <= AGENT_REACH && !CLAUSE_END.has(t.pos[by])) by++;
      if (t.pos[by] !== 'CCONJ' || !isBy(by + 1)) break;
      by++;
    }
  }
  return agents;
}

/**
 * The entities that are the subject of an active use of the verb `verb` (an index term) in the sentence, when its clause
 * holds another question term (complementHolds): the name right before the verb, past adverbs, auxiliaries and a negation
 * ("Jane Roe also designed"); before a parenthetical set off by two commas ("Jane Roe, inspired by …, formulated"); or the
 * antecedent of a relative pronoun that is the verb's subject ("Jane Roe, who also designed"; Quirk et al. 1985 ch. 17,
 * relative clauses). A declarative clause puts its subject before its verb (Quirk et al. 1985 ch. 10): a name governed by a
 * preposition ("the team of Jane Roe") is no subject, though it may be a relative pronoun's antecedent ("plans from Jane
 * Roe, who designed"), and a verb after "be" that is not a present participle is a passive, whose agent passiveAgents reads.
 */
function activeSubjects(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  verb: string,
  own: ReadonlySet<string>,
): Entity[] {
  const subjects: Entity[] = [];
  if (candidates.length === 0) return subjects;
  const t = article.tokens;
  const terms = termsOf(t);
  const governed = (e: Entity) =>
    e.tokenStart > sentence.tokenStart && t.pos[e.tokenStart - 1] === 'ADP' && !SUBORDINATORS.has(t.value[e.tokenStart - 1].toLowerCase());
  const endingAt = (k: number, relative = false) => candidates.find((e) => e.tokenEnd === k && (relative || !governed(e)));
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (t.pos[i] !== 'VERB' || terms[i] !== verb || !complementHolds(t, terms, sentence, i, own)) continue;
    let j = i - 1;
    let passive = false;
    while (j > sentence.tokenStart && BEFORE_VERB.has(t.pos[j])) {
      if (t.lemma[j] === 'be' && !t.value[i].toLowerCase().endsWith('ing')) passive = true;
      j--;
    }
    if (passive) continue;
    let subject = endingAt(j + 1);
    if (!subject && RELATIVE_SUBJECTS.has(t.value[j].toLowerCase()))
      subject = endingAt(j, true) ?? (t.value[j - 1] === ',' ? endingAt(j - 1, true) : undefined);
    if (!subject && t.value[j] === ',') {
      let open = j - 1;
      while (open > sentence.tokenStart && j - open <= PARENTHETICAL_REACH && t.value[open] !== ',' && !CLAUSE_MARKS.has(t.value[open]))
        open--;
      if (t.value[open] === ',') subject = endingAt(open);
    }
    if (subject) subjects.push(subject);
  }
  return subjects;
}
/**
 * Whether the words after the verb at `verb`, up to a punctuation mark, hold a question term other than the verb's: the
 * clause answers what the question asks of its verb ("Jane Roe won a second term"), not only shares the verb ("a race Jane
 * Roe won by ten points"); matching the relations of the question's terms, not its words alone (Cui et al. 2005; Shen &
 * Klakow 2006).
 */
function complementHolds(
  t: AnalysedArticle['tokens'],
  terms: readonly (string | null)[],
  sentence: Sentence,
  verb: number,
  own: ReadonlySet<string>,
): boolean {
  for (let k = verb + 1; k < sentence.tokenEnd && k - verb <= COMPLEMENT_REACH && t.pos[k] !== 'PUNCT'; k++) {
    const term = terms[k];
    if (term !== null && term !== terms[verb] && own.has(term)) return true;
  }
  return false;
}
/** How many words after the verb its complement is read in. */
const COMPLEMENT_REACH = 8;
/**
 * The subordinators a tagger may take for prepositions ("although" tagged ADP): before a subject and its verb they open a
 * clause, not a prepositional phrase (Quirk et al. 1985 §14.12).
 */
const SUBORDINATORS = new Set([
  'after',
  'although',
  'as',
  'because',
  'before',
  'once',
  'since',
  'though',
  'till',
  'until',
  'whereas',
  'while',
]);
/** What may stand between a subject and its verb: adverbs, auxiliaries, a negation ("has not yet designed"). */
const BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
/** The relative pronouns that can be a verb's subject (Quirk et al. 1985 §17.11-17.15). */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);
/** How many words a parenthetical between subject and verb may take; and the marks that end a clause inside it. */
const PARENTHETICAL_REACH = 16;
const CLAUSE_MARKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);

/** The entity of `candidates` after the "by" at `by`, past a determiner, a title or a role; null when another word comes first. */
function agentAfter(t: AnalysedArticle['tokens'], sentence: Sentence, candidates: readonly Entity[], by: number): Entity | null {
  for (let k = by + 1; k < sentence.tokenEnd && k - by <= AGENT_REACH; k++) {
    const agent = candidates.find((e) => e.tokenStart === k);
    if (agent) return agent;
    if (!AGENT_LEAD.has(t.pos[k]) && t.value[k] !== '-') return null;
  }
  return null;
}
/** How many words the by-phrase and its entity may stand after the participle and the "by". */
const AGENT_REACH = 5;
/** What ends a clause's search for the by-phrase. */
const CLAUSE_END = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ']);
/** What may stand between "by" and the agent's name: a determiner, a title or role, a nationality ("by Slovene-American author"). */
const AGENT_LEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

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

function countedStart(text: string, sentence: Sentence, e: Entity): number {
  const counted = e.type === 'DURATION' ? COUNT_HYPHEN.exec(text.slice(Math.max(sentence.start, e.start - 12), e.start)) : null;
  return counted ? e.start - counted[0].length : e.start;
}

/** The span of a number with the noun it counts, the token at `noun` ("335 horsepower"), as the count questions show it. */
function countedSpan(article: AnalysedArticle, sentence: Sentence, number: Entity, noun: number): AnswerSpan {
  const t = article.tokens;
  return { start: countedStart(article.text, sentence, number), end: t.start[noun] + t.value[noun].length, entity: number };
}

/** A number, in figures or a word up to twenty, then the ten words for tens, joined by a hyphen to what follows. */
const COUNT_HYPHEN = new RegExp(`(?<![\\p{L}\\d-])(?:\\d[\\d,.]*|${NUMBER_WORDS})-$`, 'iu');
/**
 * The number that answers a quantity question: the entities that can answer it, and among them the
 * `strong` ones whose shape fits what is counted (a unit after a size, an age written as ages are).
 * A size or an amount in units keeps its unit in the span ("3,200 miles").
 */
function quantityMatch(article: AnalysedArticle, sentence: Sentence, quantity: Quantity, own: ReadonlySet<string>): SpanMatch | null {
  const { types, fits } = QUANTITY_ENTITIES[quantity];
  const text = article.text;
  const candidates = unnamedOfType(article, entitiesIn(article, sentence), types, own);
  const strong = candidates.filter((e) =>
    fits(e, text.slice(Math.max(sentence.start, e.start - 24), e.start), text.slice(e.end, sentence.end)),
  );
  const pick = nearestToMatches(article, sentence, strong.length > 0 ? strong : candidates, own);
  if (!pick) return null;
  const unit = strong.includes(pick) && pick.type === 'CARDINAL' ? UNIT_AFTER.exec(text.slice(pick.end, sentence.end)) : null;
  const evidence = { start: pick.start, end: pick.end + (unit?.[0].length ?? 0) };
  return { strength: strong.length > 0 ? 'strong' : 'weak', evidence, found: { by: 'quantity', quantity, candidates, pick, unit } };
}

/** The span shown for a quantity question's match (quantityMatch): the number with its unit, range or currency; or null. */
function shownQuantity(
  article: AnalysedArticle,
  sentence: Sentence,
  counted: string | null,
  own: ReadonlySet<string>,
  evidence: SpanMatch['evidence'],
  { quantity, candidates, pick, unit }: Extract<Found, { by: 'quantity' }>,
): AnswerSpan | null {
  const text = article.text;
  // The shown amount: a number with a currency sign is money ("£450,000": wink's model knows "$" only), so a how-much
  // question that would show a bare number (no unit) shows the nearest such amount instead; the ranker's evidence stays the
  // entity it was fitted with.
  // So does one asking an amount of a sum of money ("How much revenue …?") that would show a percentage, a change of it: the
  // amount nearest that sum's noun ("revenue rose 3.5 percent to $27.2 billion").
  const sum =
    quantity === 'money' && pick.type === 'PERCENT' && counted !== null && kindOf(counted, SUMS_OF_MONEY) !== null ? counted : null;
  const bare =
    sum !== null ||
    (quantity === 'money' &&
      pick.type === 'CARDINAL' &&
      unit === null &&
      !isAmount(text, sentence, pick) &&
      !namesCurrency(text, sentence, pick));
  const amounts = bare ? candidates.filter((e) => isAmount(text, sentence, e)) : [];
  // Of several counts of what is asked, the one whose own noun phrase the question restricts (countInPhrase).
  const phrase = quantity === 'count' && counted !== null ? countInPhrase(article, sentence, candidates, pick, counted, own) : null;
  const before = counted === null ? null : countedNoun(article, sentence, candidates, pick, counted, own);
  if (before) return phrase ?? before;
  const shown = nearestToMatches(article, sentence, amounts, sum !== null ? new Set([sum]) : own) ?? pick;
  if (shown !== pick || isAmount(text, sentence, pick)) return { ...amountBounds(text, sentence, shown), entity: shown };
  const inches = quantity === 'size' && unit === null ? inchMark(text, sentence, pick.end) : 0;
  const span = wholeRange(text, sentence, { start: countedStart(text, sentence, pick), end: evidence.end + inches, entity: pick });
  // Shown only when of the kind asked (Li & Roth 2002's numeric classes): an age or a count is a number ("Hours" is none),
  // a count no period ("five" of "five to ten years" for "How many countries …?"), and a price is no length or weight
  // ("517 lb-ft" for "How much does it cost?"). The ranker still reads the match.
  const unasked =
    ((quantity === 'age' || quantity === 'count') && !HOLDS_NUMBER.test(text.slice(span.start, span.end))) ||
    (quantity === 'count' && (countsTime(article, sentence, pick) || statesAge(text, sentence, pick))) ||
    (quantity === 'money' && unit !== null && PRICE_TERMS.some((term) => own.has(term)));
  return unasked ? null : (phrase ?? span);
}
/**
 * Whether the number is written as an age ("aged 26", "a 26-year-old", "Jane Doe, 26,": AP Stylebook, "ages"), which
 * answers "how old", not "how many" (Li & Roth 2002: NUM:age and NUM:count are different classes).
 */
function statesAge(text: string, sentence: Sentence, e: Entity): boolean {
  return QUANTITY_ENTITIES.age.fits(e, text.slice(Math.max(sentence.start, e.start - 24), e.start), text.slice(e.end, sentence.end));
}
/**
 * Whether the entity counts a unit of time: a duration, or a number whose first word after it, past a range's "to", "or"
 * or "-" and its second number, is a unit of time ("five to ten years").
 */
function countsTime(article: AnalysedArticle, sentence: Sentence, e: Entity): boolean {
  if (e.type === 'DURATION') return true;
  const t = article.tokens;
  let at = e.tokenEnd;
  while (at < sentence.tokenEnd && (t.pos[at] === 'NUM' || RANGE_WORDS.has(t.value[at].toLowerCase()))) at++;
  return at < sentence.tokenEnd && TIME_UNITS.has(t.lemma[at].toLowerCase());
}
const RANGE_WORDS = new Set(['to', 'or', '-', '–']);
/**
 * The shown number with the rest of its range: a number written with "to" before or after it (or "between N and" before
 * it), of the same unit or of none, since a range's first number may leave its unit to the second ("five to ten years",
 * "41 percent to 55 percent"; Chicago Manual of Style 9.58-9.62, inclusive numbers); a hyphen or dash only between figures
 * (9.62: "1.6-million" is a compound modifier) whose first is no year ("1973–74" are dates, 9.64). After "from" the two
 * numbers are a change ("rose from 41 to 55 percent"), not a range.
 */
function wholeRange(text: string, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const lead = text.slice(Math.max(sentence.start, span.start - 40), span.start);
  const own = text.slice(span.start, span.end).toLowerCase();
  const before = RANGE_BEFORE.exec(lead);
  const firstUnit = before?.slice(1).find((unit) => unit !== undefined);
  const dashed = before !== null && /[-–]\s*$/.test(before[0]);
  if (
    before &&
    (firstUnit === undefined || own.includes(firstUnit.toLowerCase())) &&
    (!dashed || /^\d/.test(own)) &&
    ascending(before[0], own) &&
    !FROM_END.test(lead.slice(0, before.index))
  )
    return { ...span, start: span.start - before[0].length };
  const after = RANGE_AFTER.exec(text.slice(span.end, Math.min(sentence.end, span.end + 40)));
  const unit = UNIT_END.exec(own)?.[0];
  const fromFigure = /\d%?$/.test(own) && !YEAR_END.test(own);
  if (after && (fromFigure || !/^\s*[-–]/.test(after[0])) && ascending(own, after[0]) && !FROM_END.test(lead)) {
    // The second number's own unit word only when it is the shown number's ("41 percent to 55 percent"): a word after a
    // bare figure is what follows the range ("21–10 in").
    const other = after[2] !== undefined && after[2].toLowerCase() !== unit ? (/\s+\p{L}+$/u.exec(after[0])?.[0].length ?? 0) : 0;
    return { ...span, end: span.end + after[0].length - other };
  }
  return span;
}

/** Whether the last figure of `low` is below the first figure of `high`, or either has none (a range in words). */
function ascending(low: string, high: string): boolean {
  const a = low.match(/\d[\d,.]*/g)?.at(-1);
  const b = high.match(/\d[\d,.]*/)?.[0];
  if (a === undefined || b === undefined) return true;
  return parseFloat(a.replace(/,/g, '')) < parseFloat(b.replace(/,/g, ''));
}
/** A number in figures or words. */
const RANGE_NUMBER = `(?:\\d[\\d,.]*\\d|\\d|(?:${NUMBER_WORDS}|${MAGNITUDES})(?:[ -](?:${NUMBER_WORDS}|${MAGNITUDES}))*)`;
/** A number in figures that is no year. */
const RANGE_FIGURE = '(?!(?:1\\d|20)\\d\\d(?![\\d,.]))(?:\\d[\\d,.]*\\d|\\d)';
/** A unit after a number: a percent sign, or a word other than the "to" or "and" of a range. */
const RANGE_UNIT = '(?:\\s*(%)|\\s+(?!to\\b|and\\b)(\\p{L}+))?';
/** A range's first number, its unit if any, and "to" (or "between" … "and", or a dash between figures), right before the shown number. */
const RANGE_BEFORE = new RegExp(
  `(?<![\\p{L}\\d$£€.,])(?:between\\s+${RANGE_NUMBER}${RANGE_UNIT}\\s+and|${RANGE_NUMBER}${RANGE_UNIT}\\s+to|${RANGE_FIGURE}(?:\\s*(%))?\\s*[-–])\\s*$`,
  'iu',
);
/** "to" and a range's second number, or a dash and one in figures, with its unit if any, right after the shown number. */
const RANGE_AFTER = new RegExp(`^(?:\\s+to\\s+${RANGE_NUMBER}|\\s*[-–]\\s*(?:\\d[\\d,.]*\\d|\\d))${RANGE_UNIT}(?![\\p{L}\\d])`, 'iu');
const YEAR_END = /(?<![\d,.])(?:1\d|20)\d\d$/;
const UNIT_END = /(?:%|\p{L}+)$/u;
const FROM_END = /\bfrom\s*$/i;

/** What WordNet's nouns for sums of money are kinds of: revenue, profit, income (sum), budget (money), salary, fine (payment). */
const SUMS_OF_MONEY = ['sum', 'money', 'payment'] as const;
/** A digit or a number word. */
const HOLDS_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|${MAGNITUDES}|dozen|half|quarter)s?\\b`, 'iu');
/** The words that make a how-much question ask a price (WordNet's verbs and nouns of paying, abridged): "How much does it cost?". */
const PRICE_TERMS = ['cost', 'price', 'pay', 'charge', 'spend', 'fee', 'worth'].map(termOf);

/**
 * For "how many / how much <noun>", the number written right before the noun it counts, with that noun ("335 horsepower"
 * for "How much horsepower …?"), when the pick stands before another word: the question's head noun names what is
 * counted (Li & Roth 2002 read the numeric class from it), and a number with another unit ("517 lb-ft") counts something
 * else. The nearest such number; null when there is none. Shown span only.
 */
function countedNoun(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  pick: Entity,
  counted: string,
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  const counts = (e: Entity) => e.tokenEnd < sentence.tokenEnd && t.pos[e.tokenEnd] === 'NOUN' && terms[e.tokenEnd] === counted;
  if (counts(pick)) return null;
  const number = nearestToMatches(
    article,
    sentence,
    candidates.filter((e) => e.type === 'CARDINAL' && counts(e)),
    own,
  );
  if (!number) return null;
  const noun = number.tokenEnd;
  return countedSpan(article, sentence, number, noun);
}

/**
 * For "how many <noun>", the number quantifying a noun phrase headed by the noun ("113 research centers", "12 California
 * State University campuses": up to three premodifiers between them) whose phrase holds the most distinct question terms
 * other than the noun, in its premodifiers or its postmodifier up to punctuation, a conjunction or a verb ("3,468 students
 * in its four graduate divisions" for "… students in the graduate divisions?"), the nearest to the question's words among
 * ties; with its noun, as countedNoun shows it. The modifiers belong to the noun phrase the number quantifies (Quirk et al.
 * 1985 §17.2-17.3, the complex noun phrase), so they say which of several counts of the noun the question restricts (the
 * question's terms in the candidate's own phrase, Pasca & Harabagiu 2001). Null when no number quantifies the noun, or the
 * pick is one that holds as many terms as any.
 */
function countInPhrase(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  pick: Entity,
  counted: string,
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  // A premodifier: an adjective or a noun, or the "of" inside a name ("5 University of California campuses").
  const premodifier = (k: number) =>
    PREMODIFIER.has(t.pos[k]) || (t.value[k] === 'of' && t.pos[k - 1] === 'PROPN' && t.pos[k + 1] === 'PROPN');
  const phrases = new Map<Entity, { noun: number; held: number }>();
  for (const e of candidates) {
    if (e.type !== 'CARDINAL') continue;
    let noun = e.tokenEnd;
    while (noun < sentence.tokenEnd && noun - e.tokenEnd < COUNT_PREMODIFIERS && terms[noun] !== counted && premodifier(noun)) noun++;
    // "1,130 British and 650 European paintings": the pick's noun may be the next conjunct's, left out (Quirk et al. 1985
    // ch. 13, coordination with ellipsis), so which of them counts what the question restricts is not read.
    if (e === pick && t.pos[noun] === 'CCONJ') return null;
    if (noun >= sentence.tokenEnd || terms[noun] !== counted || t.pos[noun] !== 'NOUN' || t.pos[noun + 1] === 'NOUN') continue;
    let end = noun + 1;
    // A verb ends it unless a preposition or a determiner stands right before it: a participle premodifying a noun there
    // ("counts of aggravated assault"; Quirk et al. 1985 §17.98-17.101) is inside the phrase.
    const ends = (k: number) => PHRASE_END.has(t.pos[k]) || (t.pos[k] === 'VERB' && !BEFORE_PARTICIPLE.has(t.pos[k - 1]));
    while (end < sentence.tokenEnd && end - noun <= POSTMODIFIER_REACH && !ends(end)) end++;
    const held = new Set<string>();
    for (let k = e.tokenEnd; k < end; k++) {
      const term = terms[k];
      if (term !== null && term !== counted && own.has(term)) held.add(term);
    }
    phrases.set(e, { noun, held: held.size });
  }
  if (phrases.size === 0) return null;
  const most = Math.max(...[...phrases.values()].map((p) => p.held));
  if (phrases.get(pick)?.held === most) return null;
  const number = nearestToMatches(
    article,
    sentence,
    [...phrases].filter(([, p]) => p.held === most).map(([e]) => e),
    own,
  )!;
  const noun = phrases.get(number)!.noun;
  return countedSpan(article, sentence, number, noun);
}
/** How many premodifiers may stand between a number and the noun it counts; what they may be. */
const COUNT_PREMODIFIERS = 4;
const PREMODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How far a postmodifier is read, and what ends it. */
const POSTMODIFIER_REACH = 8;
const PHRASE_END = new Set(['PUNCT', 'CCONJ', 'AUX']);
const BEFORE_PARTICIPLE = new Set(['ADP', 'DET']);

/**
 * The length of an inch mark written right after a size ('a 70" TV', '70″': Unicode's names list glosses U+2033 DOUBLE
 * PRIME "inches", and a straight double quote stands for it in plain text): 0 when there is none, or when the
 * straight quote closes a quotation (an odd number of them before it in the sentence).
 */
function inchMark(text: string, sentence: Sentence, end: number): number {
  if (text[end] === '″') return 1;
  if (text[end] !== '"') return 0;
  const before = text.slice(sentence.start, end).split('"').length - 1;
  return before % 2 === 0 ? 1 : 0;
}

/** A currency sign right before a number (Unicode's currency symbols, category Sc): "£450,000", "€ 3". */
const CURRENCY_BEFORE = /\p{Sc}\s?$/u;
/**
 * A magnitude written onto an amount, as British and business style prints millions and billions: "£10m", "$1.5bn",
 * "€3tn" (The Guardian and Observer style guide, "millions"; The Economist Style Guide, "numbers").
 */
const MAGNITUDE_AFTER = /^(?:m|mn|bn|tn|trn|k)(?![\p{L}\d])/iu;

/** Whether the entity is an amount of money: a MONEY, or a number with a currency sign before it. */
function isAmount(text: string, sentence: Sentence, e: Entity): boolean {
  return e.type === 'MONEY' || (e.type === 'CARDINAL' && CURRENCY_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 2), e.start)));
}

/** A currency's name after a number, after at most one capitalised word: "200,000 Danish krone", "5 million euros". */
const NAME_AFTER = /^\s+(?:\p{Lu}\p{L}*\s+)?(\p{L}+)/u;

function namesCurrency(text: string, sentence: Sentence, e: Entity): boolean {
  const word = NAME_AFTER.exec(text.slice(e.end, Math.min(sentence.end, e.end + 40)))?.[1];
  return word !== undefined && isCurrencyWord(word.toLowerCase());
}

/** An amount's whole extent: its currency sign and the magnitude written onto it ("$12.9bn", not "$12.9"). */
function amountBounds(text: string, sentence: Sentence, e: Entity): { start: number; end: number } {
  const sign = CURRENCY_BEFORE.exec(text.slice(Math.max(sentence.start, e.start - 2), e.start));
  const magnitude = MAGNITUDE_AFTER.exec(text.slice(e.end, sentence.end));
  return { start: e.start - (sign?.[0].length ?? 0), end: e.end + (magnitude?.[0].length ?? 0) };
}

/**
 * Units of measurement written after a number: SI and US customary units of length, area, volume, mass,
 * speed and temperature (NIST Special Publication 811, "Guide for the Use of the International System of
 * Units", and its Appendix B), with the storeys that measure a building's height.
 */
const UNIT_AFTER = new RegExp(
  '^(?:°[CF]?(?![\\p{L}\\d])|(?:\\s+|-)(?:(?:square|cubic|sq\\.?)\\s+)?(?:' +
    'millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cm|met(?:er|re)s?|m|kilomet(?:er|re)s?|km|inch(?:es)?|in\\.|feet|foot|ft\\.?|' +
    'yards?|yd|miles?|mi|nautical miles?|light[- ]years?|acres?|hectares?|ha|lit(?:er|re)s?|gallons?|barrels?|' +
    'grams?|g|kilograms?|kg|tonnes?|tons?|pounds?|lbs?\\.?|ounces?|oz|mph|km/h|kph|knots?|degrees?|kelvin|' +
    'stor(?:ey|ie)s|storey|story|floors)(?![\\p{L}\\d]))',
  'iu',
);
/** An age as news style writes it (AP Stylebook, "ages"): "55-year-old", "55 years old", "aged 55", "Jane Doe, 55,". */
const AGE_AFTER = /^(?:-|\s+)years?(?:-|\s+)old\b|^\s+years?\b|^\s*,/i;
const AGE_BEFORE = /\b(?:aged?|at the age of)\s+$/i;
const NAME_COMMA_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s+$/u;

type QuantityFit = (e: Entity, before: string, after: string) => boolean;
const QUANTITY_ENTITIES: Record<Quantity, { types: EntityType[]; fits: QuantityFit }> = {
  count: { types: ['CARDINAL', 'PERCENT', 'MONEY', 'DURATION', 'ORDINAL'], fits: (e) => e.type === 'CARDINAL' },
  period: { types: ['DURATION', 'CARDINAL', 'DATE'], fits: (e) => e.type === 'DURATION' },
  money: {
    types: ['MONEY', 'PERCENT', 'CARDINAL'],
    fits: (e, _before, after) => e.type !== 'CARDINAL' || UNIT_AFTER.test(after),
  },
  age: {
    types: ['CARDINAL', 'DURATION', 'DATE'],
    fits: (e, before, after) =>
      e.type === 'CARDINAL' &&
      (AGE_BEFORE.test(before) || (AGE_AFTER.test(after) && (!after.trimStart().startsWith(',') || NAME_COMMA_BEFORE.test(before)))),
  },
  size: { types: ['CARDINAL', 'PERCENT', 'MONEY'], fits: (e, _before, after) => e.type === 'CARDINAL' && UNIT_AFTER.test(after) },
};

/**
 * Answer types whose span is found by its shape rather than by an entity type. Each takes the sentence
 * and the question's own terms and returns the span or null.
 */
const PATTERN_SPANS = new Map<AnswerType, (article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>) => AnswerSpan | null>([
  ['reason', reasonSpan],
  ['frequency', (article, sentence) => frequencySpan(article.text.slice(sentence.start, sentence.end), sentence.start)],
  ['description', descriptionSpan],
  ['polarity', polaritySpan],
]);

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
 * "would not initiate"): the answer states the sentence's polarity.
 */
const PREDICATE_LEAD = new Set(['AUX', 'PART', 'CCONJ', 'ADV']);

function polaritySpan(article: AnalysedArticle, sentence: Sentence, own: ReadonlySet<string>): AnswerSpan | null {
  const t = article.tokens;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (t.pos[i] !== 'VERB' || !own.has(termOf(t.lemma[i]))) continue;
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
function shownPredicate(
  article: AnalysedArticle,
  sentence: Sentence,
  nounsOnly: readonly string[],
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const span = polaritySpan(article, sentence, nounsOnly.length === 0 ? own : new Set([...own].filter((t) => !nounsOnly.includes(t))));
  return span && withGoverningVerb(article, sentence, span);
}

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

/** The entities of one of `types` that the question does not itself name; the cheap type test first. */
function unnamedOfType(
  article: AnalysedArticle,
  entities: readonly Entity[],
  types: readonly EntityType[],
  own: ReadonlySet<string>,
): Entity[] {
  return entities.filter((e) => types.includes(e.type) && !namedInQuestion(article, e, own));
}

function namedInQuestion(article: AnalysedArticle, e: Entity, own: ReadonlySet<string>): boolean {
  const terms = termsOf(article.tokens);
  for (let i = e.tokenStart; i < e.tokenEnd; i++) {
    const term = terms[i];
    if (term !== null && !own.has(term)) return false;
  }
  return true;
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

/** The entity closest to the words the question shares with the sentence; the first one on ties. */
function nearestToMatches(article: AnalysedArticle, sentence: Sentence, entities: Entity[], own: ReadonlySet<string>): Entity | null {
  if (entities.length <= 1) return entities[0] ?? null;
  const matches: number[] = [];
  // Each token's index term, cached per article (termsOf): null where the token is not indexed.
  const terms = termsOf(article.tokens);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const term = terms[i];
    if (term !== null && own.has(term)) matches.push(i);
  }
  if (matches.length === 0) return entities[0];
  let best = entities[0];
  let bestDistance = Infinity;
  for (const e of entities) {
    let d = Infinity;
    for (const m of matches) d = Math.min(d, m < e.tokenStart ? e.tokenStart - m : m >= e.tokenEnd ? m - e.tokenEnd + 1 : 0);
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * From a causal connective to the end of its clause. "since" before no verb is the preposition, which is temporal only
 * ("since resumption", "since 2010"); the causal "since" is a subordinator and takes a clause (Quirk et al. 1985 §9.7,
 * §14.12).
 */
function reasonSpan(article: AnalysedArticle, sentence: Sentence): AnswerSpan | null {
  const offset = sentence.start;
  const text = article.text.slice(offset, sentence.end);
  const lower = text.toLowerCase();
  for (const [k, pattern] of CAUSAL_PATTERNS.entries()) {
    let at = lower.search(pattern);
    while (at >= 0 && CAUSAL[k] === 'since' && beforeNoVerb(article, sentence, offset + at)) {
      const next = lower.slice(at + 1).search(pattern);
      at = next < 0 ? -1 : at + 1 + next;
    }
    if (at < 0) continue;
    const rest = text.slice(at);
    const end = rest.search(/[;:.!?”"](?:\s|$)|,\s(?:but|while|and)\s/);
    const length = end < 0 ? rest.length : end;
    return { start: offset + at, end: offset + at + length, entity: null };
  }
  return null;
}

/** Whether no verb or auxiliary follows the word at character `start` before the sentence's next punctuation mark. */
function beforeNoVerb(article: AnalysedArticle, sentence: Sentence, start: number): boolean {
  const t = article.tokens;
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && t.start[i] < start) i++;
  for (i++; i < sentence.tokenEnd && t.pos[i] !== 'PUNCT'; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return false;
  return true;
}
