import * as chrono from 'chrono-node';
import { DATES_DEFAULTS } from './defaults.js';
import { dayFirstDottedDate, WEEKDAY_NAME } from '../clean/metadata/written-dates.js';
import { DAY_MS } from '../corpus/normalize-date.js';
import type { AnalysedArticle, Entity, Sentence } from '../analyse/types.js';
import { namedDayStart } from './named-day.js';
import { clauseDirection, type Direction } from './tense.js';

/** A week or weekend without a day named in it is no date ("next week", "this weekend"). */
const VAGUE_WEEK = /\bweek(?:end)?s?\b/i;
const NAMES_DAY = new RegExp(`\\b${WEEKDAY_NAME}\\b|\\d`, 'i');
const BARE_YEAR = /^(?:(?:in|by|since|until|from|during)\s+)?((?:1[5-9]|20)\d{2})$/i;
const HAS_YEAR = /\b(?:1[5-9]|20)\d{2}\b/;

/**
 * Resolves a date expression found in an article against the article's publication date, with
 * chrono-node: "last month" in an article of 2025-09-08 → `2025-08`; "September 5" → `2025-09-05`;
 * "in 2022" → `2022`. Returns the finest granularity the expression states (`YYYY-MM-DD`, `YYYY-MM`
 * or `YYYY`), or null when it names no date ("this week", "soon") or needs a reference date the
 * article lacks. A date whose year or week is only implied lies the way its clause's tense points (`direction`,
 * tense.ts clauseDirection): "opens on Friday" is the next Friday, "met on Friday" the last. Without a tense to go by,
 * news reports mostly look back, so such a date that would fall well after publication is read as the previous one
 * (the past bias of news date-normalisers such as HeidelTime's news domain).
 */
export function resolveDate(expression: string, published: string | null, direction: Direction = null): string | null {
  const text = expression.trim();
  const bare = BARE_YEAR.exec(text);
  if (bare) return bare[1];

  // A numeric date with dots and the year last is day first (DAY_FIRST_DOTTED), which chrono's English reads month first.
  const dotted = dayFirstDottedDate(text);
  if (dotted !== null) return dotted;
  if (VAGUE_WEEK.test(text) && !NAMES_DAY.test(text)) return null;
  const ref = published ? parsePublished(published) : null;
  if (!ref && !HAS_YEAR.test(text)) return null;
  const [result] = chrono.parse(text, { instant: ref ?? new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' });
  if (!result) return null;
  const c = result.start;
  const dayKnown = c.isCertain('day') || c.isCertain('weekday');
  const monthKnown = c.isCertain('month');
  const yearKnown = c.isCertain('year');
  if (!dayKnown && !monthKnown && !yearKnown) return null;

  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  // A weekday names a day within a week of the reference: a reference known only to the month or
  // year ("~2025-09", inferred) cannot place it.
  if (weekdayOnly && published !== null && !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  let date = c.date();
  if (ref && direction === 'forward') {
    // The next such day from publication on; a month and day without a year no earlier than a month before it.
    if (weekdayOnly && date.getTime() < ref.getTime() - DAY_MS / 2) date = new Date(date.getTime() + 7 * DAY_MS);
    else if (weekdayOnly && date.getTime() - ref.getTime() > 7 * DAY_MS) date = new Date(date.getTime() - 7 * DAY_MS);
    else if (!yearKnown && !weekdayOnly && ref.getTime() - date.getTime() > DATES_DEFAULTS.futureSlackDays * DAY_MS) {
      date = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
    }
  } else if (ref && date.getTime() - ref.getTime() > DATES_DEFAULTS.futureSlackDays * DAY_MS) {
    if (!yearKnown && (monthKnown || c.isCertain('day'))) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    } else if (weekdayOnly) date = new Date(date.getTime() - 7 * DAY_MS);
  } else if (ref && weekdayOnly && date.getTime() > ref.getTime()) {
    // "on Friday" in a report is the last Friday, not the next.
    date = new Date(date.getTime() - 7 * DAY_MS);
  }
  const iso = date.toISOString();
  if (dayKnown) return iso.slice(0, 10);
  if (monthKnown) return iso.slice(0, 7);
  return iso.slice(0, 4);
}

/**
 * The date an article's DATE entity names, placed the way the tense of its clause in `sentence` points (clauseDirection);
 * null for a named day ("Black Friday"), which is no weekday's nearest. `text` is what is read: the entity's own words
 * unless the caller shows more of them.
 */
export function entityDate(
  article: AnalysedArticle,
  sentence: Sentence,
  e: Entity,
  text: string = article.text.slice(e.start, e.end),
): string | null {
  if (namedDayStart(article.tokens, sentence.tokenStart, e.tokenStart) >= 0) return null;
  const direction = clauseDirection(article.tokens, sentence.tokenStart, sentence.tokenEnd, e.tokenStart, e.tokenEnd);
  return resolveDate(text, article.meta.published, direction);
}

/**
 * Whether a resolved date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) lies wholly before the publication date, compared at the
 * coarser of the two precisions: "2025-08-15" is before "2025-09-08"; "2025-09" is not.
 */
export function beforePublication(date: string, published: string): boolean {
  return date < published.slice(0, date.length);
}

function parsePublished(published: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), 12));
}

/** How many days "a few", "a couple of", "several" stand for when a span of them is placed on a calendar. */
const VAGUE_COUNTS = new Map<string, number>([
  ['couple of', 2],
  ['few', 3],
  ['several', 7],
]);
const COUNT_WORDS = new Map<string, number>([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['ten', 10],
]);
const UNIT_DAYS = new Map<string, number>([
  ['day', 1],
  ['week', 7],
]);
const NEXT_SPAN = new RegExp(
  '\\b(?:next|coming|following)\\s+(?:(couple of|few|several|two|three|four|five|six|seven|ten|\\d+)\\s+)?(day|week|month|year)s?\\b',
  'i',
);

let parserLoaded = false;

/**
 * Has chrono-node read one date now: its first parse compiles the patterns of every parser it runs (0.2 s in a fresh
 * process, session 53), which a question's first date would otherwise pay. The warm-up before a surface says it is ready
 * (src/answer/warm-up.ts).
 */
export function loadDateParser(): void {
  if (parserLoaded) return;
  resolveDate('on Friday, September 5', '2025-09-08');
  parserLoaded = true;
}

/** Whether loadDateParser has run. */
export function dateParserLoaded(): boolean {
  return parserLoaded;
}

/**
 * A relative stretch of time after publication, as the ISO 8601 interval it covers: "in the next few
 * days" in an article of 2025-09-08 → `2025-09-08/2025-09-11`; "next week" → the Monday-to-Sunday
 * week after; "next month" → `2025-10`; "next year" → `2026`. Null for anything else or without a
 * publication date. Answers to when-questions about plans are mostly such spans.
 */
export function resolveUpcoming(expression: string, published: string | null): string | null {
  const ref = published ? parsePublished(published) : null;
  const m = NEXT_SPAN.exec(expression);
  if (!ref || !m) return null;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const plus = (days: number) => new Date(ref.getTime() + days * DAY_MS);
  const unit = m[2].toLowerCase();
  const count = m[1] ? (VAGUE_COUNTS.get(m[1].toLowerCase()) ?? COUNT_WORDS.get(m[1].toLowerCase()) ?? Number(m[1])) : null;
  if (unit === 'month' && count === null) return day(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + 1, 1))).slice(0, 7);
  if (unit === 'year' && count === null) return String(ref.getUTCFullYear() + 1);
  const unitDays = UNIT_DAYS.get(unit);
  if (unitDays === undefined) return null;
  if (count === null && unit === 'week') {
    // The week after the one published in, Monday to Sunday (ISO 8601 weeks).
    const monday = plus(7 - ((ref.getUTCDay() + 6) % 7));
    return `${day(monday)}/${day(new Date(monday.getTime() + 6 * DAY_MS))}`;
  }
  if (count === null) return day(plus(1));
  return `${day(ref)}/${day(plus(count * unitDays))}`;
}
