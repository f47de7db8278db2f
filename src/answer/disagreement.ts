import { entitiesIn } from '../analyse/entities-in.js';
import { termOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Sentence } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';
import { NUMBER_WORD_VALUES } from '../lexicon/number-words.js';
import { EVENTS_DEFAULTS } from '../news-events/defaults.js';
import { contentTerms, sentenceDates, sharedContent } from '../news-events/events.js';
import { synonymsOf } from './question/related-words.js';
import { ANSWER_TYPES, type AnswerType, type Disagreement, type Excerpt } from './types.js';

/** Words before a number that bound it: "more than 2", "as many as seven", "about 400". */
const BOUNDS: [RegExp, string][] = [
  [/\b(?:more than|over|above|at least)\s+$/i, '>'],
  [/\b(?:fewer than|less than|under|below|at most|up to|as (?:many|numerous|much) as)\s+$/i, '<'],
  [/\b(?:about|around|approximately|roughly|nearly|almost|some)\s+$/i, '~'],
];
/** The number words outlets count with (NUMBER_WORD_VALUES), and "dozen"; prototype-less, as that table. */
const COUNT_WORDS: Readonly<Record<string, number>> = Object.assign(Object.create(null), NUMBER_WORD_VALUES, { dozen: 12 });
/** Words that may stand between a number and what it counts: "two openly revealed telephone calls". */
const BEFORE_COUNTED = new Set(['ADJ', 'ADV', 'VERB']);
/** A count of times is a count of the event before it: "discussions as numerous as seven times". */
const FREQUENCY_NOUNS = new Set(['time']);

/** What a disagreement about dates of one event is about. */
const THE_DATE = 'the date';

/**
 * Everything the excerpts of one answer disagree on: the answer itself (answerDisagreements), then the
 * numbers and dates they state (findDisagreements). When the answer is a date, the dates' disagreement
 * would say it twice, so it is left out.
 */
export function disagreementsIn(excerpts: readonly Excerpt[], answerType: AnswerType, coverage: Coverage): Disagreement[] {
  const answers = answerDisagreements(excerpts, answerType);
  const stated = answers.length > 0 && answerType === 'date';
  return [...answers, ...findDisagreements(excerpts, coverage).filter((d) => !(stated && d.about === THE_DATE))];
}

interface Stated {
  excerpt: Excerpt;
  kind: 'number' | 'date';
  /** What is counted, as a term, and as written. */
  thing: string;
  shown: string;
  /** Comparable form: "=2", ">2", "2025-02-27". */
  key: string;
  value: string;
  terms: Set<string>;
}

/**
 * Where the excerpts of an answer, coming from several outlets (an article with no outlet counts as
 * its own), state different numbers or dates for the same thing. A number is of the thing it counts
 * (the noun after it; synonyms are the same thing, as in answering); two dates are of the same event
 * when their sentences share as much content as the timeline asks to merge them. Values that only
 * refine each other ("2025-02" and "2025-02-27") agree. Empty when the excerpts agree or come from one outlet.
 */
export function findDisagreements(excerpts: readonly Excerpt[], coverage: Coverage): Disagreement[] {
  // One source cannot disagree with itself: skip reading numbers and dates (chrono) on the answer path.
  if (new Set(excerpts.map((e) => e.article.outlet ?? e.article.id)).size < 2) return [];
  const idf = (t: string) => coverage.index.sentences.idf(t);
  const stated: Stated[] = [];
  for (const excerpt of excerpts) {
    const article = coverage.byId.get(excerpt.article.id);
    const sentence = article?.sentences.find((s) => s.id === excerpt.sentenceId);
    if (!article || !sentence) continue;
    stated.push(...numbersIn(article, sentence, excerpt), ...datesStatedIn(article, sentence, excerpt));
  }

  const groups: Stated[][] = [];
  for (const s of stated) {
    const group = groups.find(
      (g) =>
        g.every((o) => o.excerpt !== s.excerpt) &&
        g.some((o) => sameThing(o, s) && sharedContent(o.terms, s.terms, idf) >= EVENTS_DEFAULTS.sameEventOverlap),
    );
    if (group) group.push(s);
    else groups.push([s]);
  }
  return groups.filter(disagrees).map((g) => ({
    about: g[0].shown,
    values: g.map((s) => ({ value: s.value, outlet: s.excerpt.article.outlet, articleId: s.excerpt.article.id })),
  }));
}

/** Two sources state values that differ, other than a date and a finer one inside it. */
function disagrees(group: readonly Stated[]): boolean {
  const source = (s: Stated) => s.excerpt.article.outlet ?? s.excerpt.article.id;
  const agree = (a: Stated, b: Stated) =>
    a.key === b.key || (a.kind === 'date' && (a.key.startsWith(`${b.key}-`) || b.key.startsWith(`${a.key}-`)));
  return group.some((a) => group.some((b) => source(a) !== source(b) && !agree(a, b)));
}

function sameThing(a: Stated, b: Stated): boolean {
  return a.kind === b.kind && (a.thing === b.thing || synonymsOf(a.thing).has(b.thing));
}

function numbersIn(article: AnalysedArticle, sentence: Sentence, excerpt: Excerpt): Stated[] {
  const { tokens, text } = article;
  const out: Stated[] = [];
  for (const e of entitiesIn(article, sentence)) {
    if (e.type !== 'CARDINAL') continue;
    const amount = numberOf(text.slice(e.start, e.end));
    const head = headAfterNumber(article, sentence, e.tokenEnd);
    if (amount === null || head < 0) continue;
    const before = text.slice(Math.max(sentence.start, e.start - 24), e.start);
    const bound = BOUNDS.find(([re]) => re.test(before));
    const valueStart = bound ? e.start - (before.length - before.search(bound[0])) : e.start;
    let thingAt = head;
    if (FREQUENCY_NOUNS.has(tokens.lemma[head])) {
      for (let i = e.tokenStart - 1; i >= sentence.tokenStart; i--)
        if (tokens.pos[i] === 'NOUN') {
          thingAt = i;
          break;
        }
    }
    let compound = thingAt;
    while (compound - 1 >= e.tokenEnd && tokens.pos[compound - 1] === 'NOUN') compound--;
    out.push({
      excerpt,
      kind: 'number',
      thing: termOf(tokens.lemma[thingAt]),
      shown: text.slice(tokens.start[compound], tokens.start[thingAt] + tokens.value[thingAt].length),
      key: `${bound?.[1] ?? '='}${amount}`,
      value: text.slice(valueStart, e.end),
      terms: contentTerms(article, sentence, [e]),
    });
  }
  return out;
}

function datesStatedIn(article: AnalysedArticle, sentence: Sentence, excerpt: Excerpt): Stated[] {
  return sentenceDates(article, sentence)
    .filter((d): d is typeof d & { date: string } => d.date !== null)
    .map((d) => ({
      excerpt,
      kind: 'date' as const,
      thing: 'date',
      shown: THE_DATE,
      key: d.date,
      value: `${d.expression} (${d.date})`,
      terms: contentTerms(article, sentence, [d]),
    }));
}

/**
 * The last noun of the noun phrase after a number, or −1. wink tags the plural head of a compound as
 * a verb ("phone calls had …" → calls/VERB); after a noun, a verb ending in -s is taken as that head.
 */
function headAfterNumber(article: AnalysedArticle, sentence: Sentence, from: number): number {
  const { pos, value } = article.tokens;
  let head = -1;
  for (let i = from; i < sentence.tokenEnd; i++) {
    if (pos[i] === 'NOUN') head = i;
    else if (head >= 0) return pos[i] === 'VERB' && /s$/i.test(value[i]) && head === i - 1 ? i : head;
    else if (!BEFORE_COUNTED.has(pos[i])) break;
  }
  return head;
}

function numberOf(text: string): number | null {
  const digits = text.replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits);
  return COUNT_WORDS[text.toLowerCase()] ?? null;
}

/** Answer types with no span to compare: a manner, a thing, a bare statement. */
const SPANLESS: ReadonlySet<AnswerType> = new Set<AnswerType>(['manner', 'thing', 'any']);
/** Answer types whose excerpts carry an answer span that other articles' spans can be compared with. */
export const TYPED_ANSWERS: ReadonlySet<AnswerType> = new Set(ANSWER_TYPES.filter((t) => !SPANLESS.has(t)));

/**
 * Answer types where two different spans are two different answers: names, dates, and a predicate
 * stated and denied. (Numbers are compared by findDisagreements, which knows what they count; reasons
 * and descriptions are worded differently without disagreeing.)
 */
const EXCLUSIVE_ANSWERS: ReadonlySet<AnswerType> = new Set<AnswerType>(['date', 'person', 'organization', 'place', 'polarity']);
const DENIAL = /\b(?:not|never|neither|nor|no|den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b|n['’]t\b/i;

/** Whether two excerpts give the same answer: the same name (one may be the other's part), date or polarity. */
export function sameAnswer(a: Excerpt, b: Excerpt, answerType: AnswerType): boolean {
  if (a.answer === null || b.answer === null) return false;
  if (answerType === 'polarity') return DENIAL.test(a.answer) === DENIAL.test(b.answer);
  // A date and a finer one inside it agree ("2025-08" and "2025-08-15").
  if (a.date !== null && b.date !== null) return a.date === b.date || a.date.startsWith(`${b.date}-`) || b.date.startsWith(`${a.date}-`);
  const [x, y] = [wordsKey(a.answer), wordsKey(b.answer)];
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/**
 * An answer as sameAnswer compares it: lower case, its words one space apart, a possessive "'s" and an opening "the"
 * dropped, so that outlets writing "the Kremlin's" and "Kremlin" give one answer.
 */
function wordsKey(answer: string): string {
  return answer
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * Where the supporting excerpts answer with another name, or affirm what the top one denies (or the
 * reverse): one disagreement "the answer", the top excerpt's value first. Empty when all agree.
 */
function answerDisagreements(excerpts: readonly Excerpt[], answerType: AnswerType): Disagreement[] {
  const [top, ...rest] = excerpts;
  if (!top || top.answer === null || !EXCLUSIVE_ANSWERS.has(answerType)) return [];
  const differing = rest.filter((e) => e.answer !== null && !sameAnswer(top, e, answerType));
  if (differing.length === 0) return [];
  const value = (e: Excerpt) => ({ value: e.answer as string, outlet: e.article.outlet, articleId: e.article.id });
  return [{ about: 'the answer', values: [top, ...differing].map(value) }];
}
