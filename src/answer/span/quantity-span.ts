/**
 * The span of a quantity question (how many, how much, how old, how long, how big): the number that answers it, and the
 * number shown with its unit, range, currency or counted noun.
 */
import { entitiesIn } from '../../analyse/entities-in.js';
import { isCurrencyCode, isCurrencyWord } from '../../analyse/gazetteer.js';
import { termOf, termsOf } from '../../analyse/index-terms.js';
import type { AnalysedArticle, Entity, EntityType, Sentence } from '../../analyse/types.js';
import { kindOf } from '../../lexicon/lexicon.js';
import { MAGNITUDES, NUMBER_WORDS } from '../../lexicon/number-words.js';
import { PRICE_WORDS, rateIn, TIME_UNITS } from '../question/answer-type.js';
import type { Quantity } from '../types.js';
import {
  capitalisedAfterWord,
  namedInQuestion,
  nearestToMatches,
  unnamedOfType,
  type AnswerSpan,
  type Found,
  type SpanMatch,
} from './span-match.js';

export function countedStart(text: string, sentence: Sentence, e: Entity): number {
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
export function quantityMatch(
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: Quantity,
  own: ReadonlySet<string>,
  asksPrice: boolean,
  counted: string | null,
): SpanMatch | null {
  const { types, fits } = QUANTITY_ENTITIES[quantity];
  const text = article.text;
  const candidates = unnamedOfType(article, entitiesIn(article, sentence), types, own);
  // A how-many question counts things (Li & Roth 2002, NUM:count apart from NUM:dist, NUM:size and NUM:period): a figure
  // with a unit of measure or of time right after it ("215 miles", "the 53-day-long festival") measures something and
  // counts nothing, so it is no strong match of "How many artworks …?" (session 43's probe) unless the question counts
  // that unit itself ("How many miles …?"). Session 31 left such figures out of the shown span alone; this is the ranker's.
  const countsUnits = counted !== null && (UNIT_AFTER.test(` ${counted}`) || TIME_UNITS.has(counted));
  // A flag, not a closure of the figure: under tsx every closure made is named by a defineProperty call (esbuild's
  // keepNames; nlp.ts `column`), and this one was made for every candidate of every number question.
  const mayMeasure = quantity === 'count' && !countsUnits;
  // A question asking a price (asksPrice: "How much does the laptop cost?") is answered by a sum of money only (Li & Roth
  // 2002, NUM:money apart from NUM:dist, NUM:size and NUM:perc): a figure with a unit of measure ("a 15-inch laptop") or a
  // percentage beside the thing priced is no strong match of it, as the shown span already shows no percentage for a price.
  const strong = candidates.filter((e) =>
    asksPrice
      ? isAmount(text, sentence, e) || namesCurrency(text, sentence, e)
      : fits(e, text.slice(Math.max(sentence.start, e.start - 24), e.start), text.slice(e.end, sentence.end)) &&
        !(mayMeasure && measuredBy(text.slice(e.end, sentence.end))),
  );
  const pick = nearestToMatches(article, sentence, strong.length > 0 ? strong : candidates, own);
  if (!pick) return null;
  const unit = strong.includes(pick) && pick.type === 'CARDINAL' ? UNIT_AFTER.exec(text.slice(pick.end, sentence.end)) : null;
  const evidence = { start: pick.start, end: pick.end + (unit?.[0].length ?? 0) };
  return { strength: strong.length > 0 ? 'strong' : 'weak', evidence, found: { by: 'quantity', quantity, candidates, pick, unit } };
}

/** The span shown for a quantity question's match (quantityMatch): the number with its unit, range or currency; or null. */
export function shownQuantity(
  article: AnalysedArticle,
  sentence: Sentence,
  asked: { counted: string | null; partitive: boolean; rate: string | null; asksPrice: boolean; asksWeight: boolean },
  own: ReadonlySet<string>,
  evidence: SpanMatch['evidence'],
  found: Extract<Found, { by: 'quantity' }>,
): AnswerSpan | null {
  const text = article.text;
  const { counted, partitive, rate, asksPrice } = asked;
  const { quantity, candidates, pick } = found;
  // A price question's figure with a unit of measure is only a weak match (quantityMatch), which records no unit; read here
  // as before, so that the reply shows no such figure for a price ("1,900" of "1,900 kilograms": `unasked` below).
  const unit = found.unit ?? (asksPrice && pick.type === 'CARDINAL' ? UNIT_AFTER.exec(text.slice(pick.end, sentence.end)) : null);
  // "How much does it weigh?" asks a weight (asksWeight; Li & Roth 2002's NUM:weight): a number written with a unit of mass
  // answers it ("2.1 kilograms"), never a price or a length ("15-inch" of "a 15-inch laptop"). The nearest such number is
  // shown in the pick's place, or nothing when the sentence writes none; the ranker still reads the match.
  if (asked.asksWeight && !weighs(text, sentence, pick)) {
    const mass = nearestToMatches(
      article,
      sentence,
      candidates.filter((e) => weighs(text, sentence, e)),
      own,
    );
    if (!mass) return null;
    const massUnit = mass.type === 'CARDINAL' ? UNIT_AFTER.exec(text.slice(mass.end, sentence.end)) : null;
    const massEvidence = { start: mass.start, end: mass.end + (massUnit?.[0].length ?? 0) };
    return shownQuantity(article, sentence, asked, own, massEvidence, { ...found, pick: mass, unit: massUnit });
  }
  // "In how many of the observations …?" asks the size of a part of a set (a partitive), which a number naming the whole
  // set does not give ("Out of 17 observations …, in one"): the reply shows the nearest count of no whole, or nothing.
  if (partitive && countsWhole(text, sentence, pick)) {
    const part = nearestToMatches(
      article,
      sentence,
      candidates.filter((e) => e.type === 'CARDINAL' && !countsWhole(text, sentence, e)),
      own,
    );
    return part && wholeRange(text, sentence, { start: countedStart(text, sentence, part), end: part.end, entity: part });
  }
  // "How much is it per month?" asks an amount at that rate: of the amounts the sentence writes, one written per that unit
  // of time ("$40 a month", "$9.99/month") answers it, not a one-off sum beside it ("a $25 joining fee"; ratedAmount).
  if (rate !== null && !atRate(text, sentence, pick, rate)) {
    const perRate = ratedAmount(article, sentence, rate, own);
    if (perRate) return perRate;
  }
  // The shown amount: a number with a currency sign is money ("£450,000": wink's model knows "$" only), so a how-much
  // question that would show a bare number (no unit) shows the nearest such amount instead; the ranker's evidence stays the
  // entity it was fitted with.
  // So does one asking an amount of a sum of money ("How much revenue …?") that would show a percentage, a change of it: the
  // amount nearest that sum's noun ("revenue rose 3.5 percent to $27.2 billion").
  const sum =
    quantity === 'money' && pick.type === 'PERCENT' && counted !== null && kindOf(counted, SUMS_OF_MONEY) !== null ? counted : null;
  // And one asking a price ("How much did the docks cost?", asksPrice) that would show a percentage: a price is money.
  const bare =
    sum !== null ||
    (quantity === 'money' && pick.type === 'PERCENT' && asksPrice) ||
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
  // "How much area …?": the number the noun's of-phrase states ("an area of more than 10,000 m2"; measuredValue). Not when
  // the pick is written right before the noun, quantifying it: "eighty spiders of two meters each" counts eighty, and its
  // of-phrase describes each of them (a cardinal numeral before the head gives the noun phrase's quantity, Quirk et al.
  // 1985 §5.9; the of-phrase after the head is a postmodifier, ch. 17).
  const valued =
    counted === null || countsNoun(article, sentence, pick, counted) ? null : measuredValue(article, sentence, candidates, counted, own);
  if (valued !== null && valued !== pick) return valueSpan(text, sentence, valued);
  const shown = nearestToMatches(article, sentence, amounts, sum !== null ? new Set([sum]) : own) ?? pick;
  if (shown !== pick || isAmount(text, sentence, pick)) return { ...amountBounds(text, sentence, shown), entity: shown };
  if (convertsQuestionsMeasure(article, sentence, pick, own)) return null;
  const inches = quantity === 'size' && unit === null ? inchMark(text, sentence, pick.end) : 0;
  // A conversion in parentheses restates the measure before it ("15 kilometres (9 miles)"): that one is shown (restatedMeasure).
  const restated = restatedMeasure(text, sentence, candidates, pick, own);
  const number = restated?.entity ?? pick;
  const end = restated?.end ?? evidence.end + inches;
  const span = wholeRange(text, sentence, { start: countedStart(text, sentence, number), end, entity: number });
  // Shown only when of the kind asked (Li & Roth 2002's numeric classes): an age or a count is a number ("Hours" is none),
  // a count no period ("five" of "five to ten years" for "How many countries …?"), and a price is no length or weight
  // ("517 lb-ft" for "How much does it cost?"), and no number at all is a word of a name ("Formula One", SPELLED_NUMBER).
  // The ranker still reads the match.
  const unasked =
    capitalisedAfterWord(text, pick, SPELLED_NUMBER) ||
    ((quantity === 'age' || quantity === 'count') && !HOLDS_NUMBER.test(text.slice(span.start, span.end))) ||
    // A date of no number ("Saturday", "March") names a point of time, no stretch of it ("How many days …?", NUM:period).
    (quantity === 'period' && pick.type === 'DATE' && !HOLDS_NUMBER.test(text.slice(span.start, span.end))) ||
    (quantity === 'count' && (countsTime(article, sentence, pick) || statesAge(text, sentence, pick))) ||
    (quantity === 'money' && unit !== null && PRICE_TERMS.some((term) => own.has(term)));
  return unasked ? null : (phrase ?? span);
}
/** Whether the entity is an amount written at the rate, per that unit of time ("$40 a month", "$9.99/month"; rateIn). */
function atRate(text: string, sentence: Sentence, e: Entity, rate: string): boolean {
  return isAmount(text, sentence, e) && rateIn(text.slice(amountBounds(text, sentence, e).end, sentence.end), true) === rate;
}
/**
 * Of the sentence's amounts written at `rate` (Question.rate), the one nearest the question's words, shown whole
 * (amountBounds); null when it writes none.
 */
export function ratedAmount(article: AnalysedArticle, sentence: Sentence, rate: string, own: ReadonlySet<string>): AnswerSpan | null {
  const text = article.text;
  const amounts = unnamedOfType(article, entitiesIn(article, sentence), QUANTITY_ENTITIES.money.types, own).filter((e) =>
    atRate(text, sentence, e, rate),
  );
  const e = nearestToMatches(article, sentence, amounts, own);
  return e && { ...amountBounds(text, sentence, e), entity: e };
}
/**
 * Whether the number names a whole set a part is taken from: the object of "out of" ("in one out of 17 observations") or of a
 * partitive "of" ("one of the 17 observations"; Huddleston & Pullum 2002 ch. 5, partitive noun phrases).
 */
function countsWhole(text: string, sentence: Sentence, e: Entity): boolean {
  return WHOLE_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 16), e.start));
}
const WHOLE_BEFORE = /\bof\s+(?:(?:the|all|its|their)\s+)?$/i;

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
export function wholeRange(text: string, sentence: Sentence, number: AnswerSpan): AnswerSpan {
  const span = withFraction(text, sentence, number);
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

/**
 * The number with its fraction, a whole number and a fraction being one number: "five-and-a-half" (wink tags "five"),
 * "3 1/2" (wink tags "1/2" alone): a mixed number is written so, a whole number then its fraction (Chicago Manual of
 * Style 9.16, whole numbers plus fractions; 9.15, a fraction spelled out).
 */
function withFraction(text: string, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const multiplied = withMultiplier(text, sentence, span);
  if (multiplied !== span) return multiplied;
  const after = FRACTION_AFTER.exec(text.slice(span.end, sentence.end));
  if (after) return { ...span, end: span.end + after[0].length };
  const before = /^\d+\/\d+/.test(text.slice(span.start, span.end))
    ? WHOLE_NUMBER_BEFORE.exec(text.slice(sentence.start, span.start))
    : null;
  return before ? { ...span, start: span.start - before[0].length } : span;
}
/**
 * The number with the plural numeral multiplying it through "of" ("tens of thousands", "10s of thousands", "hundreds of
 * millions"), or the one it multiplies ("hundreds" of "hundreds of thousands"): the two make one indefinite numeral
 * (Huddleston & Pullum 2002 ch. 5 §7.1, the plural numeral nouns), as wink tags only one of them.
 */
function withMultiplier(text: string, sentence: Sentence, span: AnswerSpan): AnswerSpan {
  const before = MULTIPLIER_BEFORE.exec(text.slice(sentence.start, span.start));
  if (before && PLURAL_MAGNITUDE.test(text.slice(span.start, span.end))) return { ...span, start: span.start - before[0].length };
  const after = MULTIPLIED_AFTER.exec(text.slice(span.end, sentence.end));
  return after && PLURAL_NUMERAL.test(text.slice(span.start, span.end)) ? { ...span, end: span.end + after[0].length } : span;
}
const PLURAL_NUMERAL = /^(?:tens|dozens|hundreds|thousands|millions|\d+0s)$/iu;
const PLURAL_MAGNITUDE = /^(?:hundreds|thousands|millions|billions)$/iu;
const MULTIPLIER_BEFORE = /(?<![\p{L}\d])(?:tens|dozens|hundreds|thousands|millions|\d+0s)\s+of\s+$/iu;
const MULTIPLIED_AFTER = /^\s+of\s+(?:hundreds|thousands|millions|billions)(?![\p{L}\d])/iu;
const FRACTION_AFTER = /^(?:-and-an?-|\s+and\s+an?\s+)(?:half|quarter|third)(?![\p{L}\d])/iu;
const WHOLE_NUMBER_BEFORE = /(?<![\p{L}\d.,/])\d+\s+$/u;

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
/**
 * The kind of number a question's measure noun (Question.measureNoun) asks for, as a test of an entity (Li & Roth 2002's
 * numeric classes, read from the question's head noun): an amount of money (isAmount) for a noun whose first WordNet sense,
 * the most frequent, is a kind of cost or of a sum of money ("price", "fee", "revenue"; "rate", a charge only in its second
 * sense, asks a ratio); a length of time (a DURATION) for one whose first two senses hold a kind of time period
 * ("duration"; "time", whose first sense is an occasion); null for a noun of neither kind.
 */
export function measureOf(text: string, sentence: Sentence, noun: string): ((e: Entity) => boolean) | null {
  if (kindOf(noun, MONEY_KINDS, { maxSenses: 1 }) !== null) return (e) => isAmount(text, sentence, e);
  if (kindOf(noun, ['time period'], { maxSenses: 2 }) !== null) return (e) => e.type === 'DURATION';
  return null;
}
const MONEY_KINDS = ['cost', ...SUMS_OF_MONEY];
/**
 * A number word alone ("one"): written capitalised right after a word it is a word of a name ("Formula One", "Channel
 * Four"), no number, as news style spells out small numbers in lower case inside a sentence (AP Stylebook, "numerals").
 */
const SPELLED_NUMBER = new RegExp(`^(?:${NUMBER_WORDS})$`, 'u');
/** A digit or a number word. */
const HOLDS_NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORDS}|${MAGNITUDES}|dozen|half|quarter)s?\\b`, 'iu');
/** The words that make a how-much question ask a price (PRICE_WORDS), as index terms. */
const PRICE_TERMS = [...PRICE_WORDS].map(termOf);

/**
 * Whether the number quantifies a noun phrase headed by the noun `counted` names: written before it ("eighty spiders") or
 * before its premodifiers ("seven classic rock tracks", "113 research centers"; countedHead).
 */
function countsNoun(article: AnalysedArticle, sentence: Sentence, e: Entity, counted: string): boolean {
  return countedHead(article, sentence, e, counted) >= 0;
}

/**
 * The token of the noun `counted` names that heads the noun phrase the number quantifies, or -1: a cardinal numeral
 * stands before the premodifiers of the head it quantifies (Quirk et al. 1985 §5.9, §17.97 ff.: "seven classic rock
 * tracks" counts tracks), so up to COUNT_PREMODIFIERS of them may stand between; the noun must end the phrase (no noun
 * after it: "5 student councils" counts councils).
 */
function countedHead(article: AnalysedArticle, sentence: Sentence, e: Entity, counted: string): number {
  const t = article.tokens;
  const terms = termsOf(t);
  const noun = pastPremodifiers(t, terms, sentence, e.tokenEnd, counted);
  return headsPhrase(t, terms, sentence, noun, counted) ? noun : -1;
}

/**
 * Whether the number counts the noun `counted` names through the next conjunct, its own head left out: "1,130 British and
 * 650 European oil paintings" counts paintings twice (Quirk et al. 1985 ch. 13, coordination with ellipsis: the head of
 * the second noun phrase is understood in the first). Its premodifiers hold no plural noun, which would be its own head
 * ("50 academic majors and 28 minors": a noun premodifying another is normally singular, Quirk et al. 1985 §17.108), and
 * end at the conjunction, and a number follows it, whose phrase the noun heads ("14 junior and 22 senior soccer teams").
 */
function countsElided(article: AnalysedArticle, sentence: Sentence, e: Entity, counted: string): boolean {
  const t = article.tokens;
  const terms = termsOf(t);
  const and = pastPremodifiers(t, terms, sentence, e.tokenEnd, counted);
  for (let k = e.tokenEnd; k < and; k++) if (t.pos[k] === 'NOUN' && t.lemma[k].toLowerCase() !== t.value[k].toLowerCase()) return false;
  if (t.pos[and] !== 'CCONJ' || t.pos[and + 1] !== 'NUM') return false;
  const noun = pastPremodifiers(t, terms, sentence, and + 2, counted);
  return headsPhrase(t, terms, sentence, noun, counted);
}

/** Whether token `noun` is the noun `counted` names and no noun follows it: the head of its noun phrase. */
function headsPhrase(t: AnalysedArticle['tokens'], terms: ReturnType<typeof termsOf>, sentence: Sentence, noun: number, counted: string) {
  return noun < sentence.tokenEnd && terms[noun] === counted && t.pos[noun] === 'NOUN' && t.pos[noun + 1] !== 'NOUN';
}

/**
 * The token after the premodifiers opening at token `from` (right after a number), up to COUNT_PREMODIFIERS of them that
 * are not the noun `counted` names: an adjective or a noun, or the "of" inside a name ("5 University of California
 * campuses").
 */
function pastPremodifiers(
  t: AnalysedArticle['tokens'],
  terms: ReturnType<typeof termsOf>,
  sentence: Sentence,
  from: number,
  counted: string,
): number {
  const premodifier = (k: number) =>
    PREMODIFIER.has(t.pos[k]) || (t.value[k] === 'of' && t.pos[k - 1] === 'PROPN' && t.pos[k + 1] === 'PROPN');
  let noun = from;
  while (noun < sentence.tokenEnd && noun - from < COUNT_PREMODIFIERS && terms[noun] !== counted && premodifier(noun)) noun++;
  return noun;
}

/**
 * For "how many / how much <noun>", the number quantifying the noun it counts (countsNoun), with that noun ("335
 * horsepower" for "How much horsepower …?", "seven classic rock tracks" for "How many tracks …?"), when the pick quantifies
 * no such noun: the question's head noun names what is counted (Li & Roth 2002 read the numeric class from it), and a
 * number with another unit ("517 lb-ft", "256kps MP3s") counts something else. The nearest such number; null when there
 * is none. Shown span only.
 */
function countedNoun(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  pick: Entity,
  counted: string,
  own: ReadonlySet<string>,
): AnswerSpan | null {
  if (countsNoun(article, sentence, pick, counted) || countsElided(article, sentence, pick, counted)) return null;
  return nearestCounting(article, sentence, candidates, counted, own);
}

/** Of the candidates, the cardinal nearest the question's words that counts the noun (countsNoun), with that noun; or null. */
function nearestCounting(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  counted: string,
  own: ReadonlySet<string>,
): AnswerSpan | null {
  const number = nearestToMatches(
    article,
    sentence,
    candidates.filter((e) => e.type === 'CARDINAL' && countsNoun(article, sentence, e, counted)),
    own,
  );
  return number && countedSpan(article, sentence, number, countedHead(article, sentence, number, counted));
}

/**
 * For "how many <noun>", the sentence's number counting that noun (countsNoun: "seven classic rock tracks"), with it, or
 * null; `counting` is true also when a number counts it through the next conjunct (countsElided), or when a number's
 * premodifiers hold another of the question's words ("eight General Education categories" for "how many general education
 * classes"): the question's words in a number's own phrase say it counts what the question restricts, whatever noun heads
 * it (Pasca & Harabagiu 2001; countInPhrase). For an excerpt of several sentences whose ranked one counts no such noun
 * (excerpt.ts countAcross). Shown span only.
 */
export function countingIn(
  article: AnalysedArticle,
  sentence: Sentence,
  counted: string,
  own: ReadonlySet<string>,
): { counting: boolean; span: AnswerSpan | null } {
  const t = article.tokens;
  const terms = termsOf(t);
  const candidates = unnamedOfType(article, entitiesIn(article, sentence), QUANTITY_ENTITIES.count.types, own);
  const span = nearestCounting(article, sentence, candidates, counted, own);
  const restricted = (e: Entity) => {
    const end = pastPremodifiers(t, terms, sentence, e.tokenEnd, counted);
    for (let k = e.tokenEnd; k < end; k++) if (terms[k] !== null && terms[k] !== counted && own.has(terms[k]!)) return true;
    return false;
  };
  const counting =
    span !== null || candidates.some((e) => e.type === 'CARDINAL' && (countsElided(article, sentence, e, counted) || restricted(e)));
  return { counting, span };
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
  const phrases = new Map<Entity, { noun: number; held: number }>();
  for (const e of candidates) {
    if (e.type !== 'CARDINAL') continue;
    const noun = pastPremodifiers(t, terms, sentence, e.tokenEnd, counted);
    // "1,130 British and 650 European paintings": the pick's noun may be the next conjunct's, left out (Quirk et al. 1985
    // ch. 13, coordination with ellipsis), so which of them counts what the question restricts is not read.
    if (e === pick && t.pos[noun] === 'CCONJ') return null;
    if (!headsPhrase(t, terms, sentence, noun, counted)) continue;
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

/**
 * Whether the entity is an amount of money: a MONEY, or a number with a currency sign before it or a currency sign or code
 * after it (currencyAfter).
 */
function isAmount(text: string, sentence: Sentence, e: Entity): boolean {
  return (
    e.type === 'MONEY' ||
    (e.type === 'CARDINAL' &&
      (CURRENCY_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 2), e.start)) || currencyAfter(text, sentence, e.end) > 0))
  );
}
/**
 * The length of a currency written after an amount's figure, 0 when there is none: a currency sign (Unicode's category Sc,
 * "60,000₩", as several locales place it after the figure: CLDR's currency formats) or an ISO 4217 code ("49.95 EUR",
 * "25 CHF"; isCurrencyCode), which wink tags no money.
 */
function currencyAfter(text: string, sentence: Sentence, end: number): number {
  const after = CURRENCY_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 6)));
  return after && (after[1] === undefined || isCurrencyCode(after[1])) ? after[0].length : 0;
}
const CURRENCY_AFTER = /^(?:\s?\p{Sc}|\s(\p{Lu}{3}))(?![\p{L}\d])/u;

/** A currency's name after a number, after at most one capitalised word: "200,000 Danish krone", "5 million euros". */
const NAME_AFTER = /^\s+(?:\p{Lu}\p{L}*\s+)?(\p{L}+)/u;

function namesCurrency(text: string, sentence: Sentence, e: Entity): boolean {
  const word = NAME_AFTER.exec(text.slice(e.end, Math.min(sentence.end, e.end + 40)))?.[1];
  return word !== undefined && isCurrencyWord(word.toLowerCase());
}

/** An amount's whole extent: its currency sign or code and the magnitude written onto it ("$12.9bn", not "$12.9"; "25 CHF"). */
function amountBounds(text: string, sentence: Sentence, e: Entity): { start: number; end: number } {
  const sign = CURRENCY_BEFORE.exec(text.slice(Math.max(sentence.start, e.start - 2), e.start));
  const magnitude = MAGNITUDE_AFTER.exec(text.slice(e.end, sentence.end));
  const end = e.end + (magnitude?.[0].length ?? 0);
  return { start: e.start - (sign?.[0].length ?? 0), end: end + currencyAfter(text, sentence, end) };
}

/** Whether the number is written with a unit of mass after it ("2.1 kilograms", "4.3-pound"; an entity such as "4.3 pounds"). */
export function weighs(text: string, sentence: Sentence, e: Entity): boolean {
  return MASS_AFTER.test(text.slice(e.end, sentence.end)) || MASS_END.test(text.slice(e.start, e.end));
}
/** Units of mass, SI and US customary (NIST Special Publication 811, Appendix B). */
const MASS_UNITS = 'grams?|g|kilograms?|kg|tonnes?|tons?|pounds?|lbs?\\.?|ounces?|oz';
const MASS_AFTER = new RegExp(`^(?:\\s+|-)(?:${MASS_UNITS})(?![\\p{L}\\d])`, 'iu');
const MASS_END = new RegExp(`\\d(?:\\s+|-)(?:${MASS_UNITS})$`, 'iu');
/**
 * Units of measurement written after a number: SI and US customary units of length, area, volume, mass,
 * speed and temperature (NIST Special Publication 811, "Guide for the Use of the International System of
 * Units", and its Appendix B), with the storeys that measure a building's height.
 */
export const UNIT_AFTER = new RegExp(
  '^(?:°[CF]?(?![\\p{L}\\d])|(?:\\s+|-)(?:(?:square|cubic|sq\\.?)\\s+)?(?:' +
    'millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cm|met(?:er|re)s?|m|kilomet(?:er|re)s?|km|inch(?:es)?|in\\.|feet|foot|ft\\.?|' +
    'yards?|yd|miles?|mi|nautical miles?|light[- ]years?|acres?|hectares?|ha|lit(?:er|re)s?|gallons?|barrels?|' +
    `${MASS_UNITS}|mph|km/h|kph|knots?|degrees?|kelvin|` +
    'stor(?:ey|ie)s|storey|story|floors)(?![\\p{L}\\d]))',
  'iu',
);
/** A unit of time written after a number, apart or hyphened ("3 hours", "the 53-day-long festival"): TIME_UNITS, plural or not. */
const TIME_UNIT_AFTER = new RegExp(`^(?:\\s+|-)(?:${[...TIME_UNITS].join('|')}|centuries)s?(?![\\p{L}\\d])`, 'iu');
/** Whether the words right after a number give it a unit of measure or of time, so that it measures rather than counts. */
function measuredBy(after: string): boolean {
  return UNIT_AFTER.test(after) || TIME_UNIT_AFTER.test(after);
}
/**
 * The number a measure noun's of-phrase states as its value ("a height of 599 m", "a population of approximately 45
 * million", "an area of more than 10,000 m2"; Quirk et al. 1985 ch. 17, postmodification by an of-phrase), `noun` an index
 * term: a number of `candidates` starting within three words after the "of", with no noun, verb or punctuation between.
 * Of several, those whose measure noun the question's own words premodify ("a read speed of 3,150" for "What is the read
 * speed …?", beside "a write speed of 2,890"): a premodifier restricts what its head names (Quirk et al. 1985 §17.97 ff.),
 * as countInPhrase reads for counts; the nearest to the question's words of them. Null when the sentence writes none.
 */
export function measuredValue(
  article: AnalysedArticle,
  sentence: Sentence,
  candidates: readonly Entity[],
  noun: string,
  own: ReadonlySet<string>,
): Entity | null {
  const t = article.tokens;
  const terms = termsOf(t);
  const valued = candidates.filter((e) => {
    if (e.type !== 'CARDINAL' && e.type !== 'MONEY' && e.type !== 'PERCENT') return false;
    let of = e.tokenStart - 1;
    while (of > sentence.tokenStart && e.tokenStart - of <= VALUE_LEAD && !VALUE_BREAK.has(t.pos[of]) && t.value[of] !== 'of') of--;
    return t.value[of] === 'of' && of - 1 >= sentence.tokenStart && terms[of - 1] === noun;
  });
  // How many of the question's words premodify the value's measure noun: the words before it back to a determiner.
  const restricted = (e: Entity) => {
    let k = t.value.lastIndexOf('of', e.tokenStart) - 2;
    let held = 0;
    for (; k >= sentence.tokenStart && VALUE_PREMODIFIER.has(t.pos[k]); k--) if (terms[k] !== null && own.has(terms[k] as string)) held++;
    return held;
  };
  const most = Math.max(0, ...valued.map(restricted));
  return nearestToMatches(
    article,
    sentence,
    valued.filter((e) => restricted(e) === most),
    own,
  );
}
/** What may premodify a measure noun: adjectives, nouns, names, and the verbs wink tags some of them as ("write speed"). */
const VALUE_PREMODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
/** The span shown for a measure's value (measuredValue): the number with the unit written after it and the range it ends. */
export function valueSpan(text: string, sentence: Sentence, value: Entity): AnswerSpan {
  const end = value.end + (UNIT_AFTER.exec(text.slice(value.end, sentence.end))?.[0].length ?? 0);
  return wholeRange(text, sentence, { start: countedStart(text, sentence, value), end, entity: value });
}
/**
 * For a follow-up asking a figure of something the question before did not name ("And how fast did it read?" after "How
 * fast did the drive write?"; Question.newTerms), the figure of the shown one's type that the follow-up's new word governs in
 * the sentence: the first after a use of that word, within GOVERNED_REACH words and no punctuation between ("a read speed
 * of 3,150 MB/s", "read at 3,150 MB/s"). What a follow-up adds to the question before is its new information, the focus of
 * what it asks (Halliday 1967; Quirk et al. 1985 §18.8 ff.); the figure near the words it keeps answers the question before.
 * Shown as valueSpan shows a value. Null when there is none, or it is the figure `shown`. Shown span only.
 */
export function governedFigure(
  article: AnalysedArticle,
  sentence: Sentence,
  shown: Entity,
  newTerms: readonly string[],
): AnswerSpan | null {
  const t = article.tokens;
  const terms = termsOf(t);
  const figures = new Map(entitiesIn(article, sentence).flatMap((e) => (e.type === shown.type ? [[e.tokenStart, e]] : [])));
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (!newTerms.includes(terms[k] ?? '')) continue;
    for (let j = k + 1; j < sentence.tokenEnd && j - k <= GOVERNED_REACH + 1 && t.pos[j] !== 'PUNCT'; j++) {
      const figure = figures.get(j);
      if (figure === undefined) continue;
      return figure.start === shown.start ? null : valueSpan(article.text, sentence, figure);
    }
  }
  return null;
}
/** How many words may stand between a word and the figure it governs: a measure noun and "of" ("read speed of"), "at". */
const GOVERNED_REACH = 3;

/** How many words may stand between the "of" and the number ("of more than 10,000"), and what may not. */
const VALUE_LEAD = 3;
const VALUE_BREAK = new Set(['NOUN', 'PROPN', 'VERB', 'AUX', 'PUNCT']);

/**
 * A degree Celsius or Fahrenheit written after a space, as SI style writes it ("30 °C": NIST Special Publication 811 §7.2,
 * a space between a value and its unit symbol, the plane-angle degree alone closed up), which UNIT_AFTER, read by the
 * ranker's match, takes only closed up ("30°C"). Read for the shown number only.
 */
export const SPACED_DEGREE = /^\s°[CF](?![\p{L}\d])/u;
/**
 * The measure that a number with its unit in parentheses right after it restates ("About 15 kilometres (9 miles) from …",
 * "26,000 square kilometres (10,000 sq mi)"), with the end of its unit: a conversion into other units, which style guides
 * write in parentheses after the measure stated (Wikipedia Manual of Style, "Unit conversions"; AP Stylebook, "metric
 * system"), so the measure stated is the one before. Null when the pick is no such conversion, or the question names a
 * unit ("How many miles …?", whichever of the two measures it is in).
 */
export function restatedMeasure(
  text: string,
  sentence: Sentence,
  candidates: readonly Entity[],
  pick: Entity,
  own: ReadonlySet<string>,
): { entity: Entity; end: number } | null {
  if ([...own].some((term) => UNIT_AFTER.test(` ${term}`))) return null;
  return conversionOf(text, sentence, candidates, pick);
}
/** The measure of `entities` that the pick, a number with its unit in parentheses right after it, converts (restatedMeasure). */
function conversionOf(text: string, sentence: Sentence, entities: readonly Entity[], pick: Entity): { entity: Entity; end: number } | null {
  const unit = UNIT_AFTER.exec(text.slice(pick.end, sentence.end));
  const open = text.lastIndexOf('(', pick.start);
  if (unit === null || open < sentence.start || !/^\(\s*$/.test(text.slice(open, pick.start))) return null;
  for (const e of entities) {
    if (e.type !== 'CARDINAL' || e.end > open) continue;
    const stated = UNIT_AFTER.exec(text.slice(e.end, sentence.end));
    if (stated && /^\s*$/.test(text.slice(e.end + stated[0].length, open))) return { entity: e, end: e.end + stated[0].length };
  }
  return null;
}
/**
 * Whether the pick converts a measure whose figure the question itself states ("62 mph" of "100 kph (62 mph)" for "How much
 * quicker to 100 kph …?"): a conversion restates the measure before it (restatedMeasure), so it is what the question names,
 * which is no answer (Abney, Collins & Singhal 2000: answer candidates that appear in the question are excluded).
 */
export function convertsQuestionsMeasure(article: AnalysedArticle, sentence: Sentence, pick: Entity, own: ReadonlySet<string>): boolean {
  const converted = conversionOf(article.text, sentence, entitiesIn(article, sentence), pick);
  return converted !== null && namedInQuestion(article, converted.entity, own);
}
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
 * The score the sentence writes, as news writes one: figures joined by a hyphen or an en dash, the winner's first (AP
 * Stylebook, "scores": "The Reds defeated the Red Sox 4-1"; Chicago Manual of Style 6.78), a set's tiebreak in parentheses
 * after it and the sets of one match one after another ("7-6 (5), 6-4"); the first such run. wink makes no number of "7-6"
 * (and two of "24–10"), so the nearest entity would show one figure of it, or a tiebreak's. Null when the sentence writes
 * none. Shown span only.
 */
export function scoreIn(text: string, sentence: Sentence): AnswerSpan | null {
  const found = SCORE.exec(text.slice(sentence.start, sentence.end));
  return found && { start: sentence.start + found.index, end: sentence.start + found.index + found[0].length, entity: null };
}
const SET_SCORE = '\\d{1,3}[-–]\\d{1,3}(?:\\s?\\(\\d{1,2}\\))?';
const SCORE = new RegExp(`(?<![\\d.,/–-])${SET_SCORE}(?:,\\s${SET_SCORE})*(?![\\d/–-])`, 'u');
