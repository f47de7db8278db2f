/**
 * Dates as pages write them: written dates with a year in the forms news templates print (and chrono-node's locales),
 * a dateline's labelled publication and update, AP style's dates without the current year, the copyright year, and a
 * publication date inferred from the dates an article mentions. What the metadata readers (text-metadata.ts,
 * html-meta.ts, clean-article.ts) read dates with.
 */
import * as chrono from 'chrono-node';
import escapeStringRegexp from 'escape-string-regexp';
import { countWords, endsSentenceAnyScript } from '../boilerplate/line-features.js';
import { monthIndex, normalizeDate } from '../../corpus/normalize-date.js';

export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
/** The weekdays' full names, as a pattern to build on (WEEKDAY takes their abbreviations too). */
export const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/**
 * A numeric date written with dots and the year last: day first, as every such pattern of the Unicode CLDR data is (of the
 * short and medium date patterns Intl carries for 90 locales, 40 written with dots are day-month-year, de "05.04.2019", fi
 * "5.4.2019", cs "5. 4. 2019", 4 year-month-day, hu "2019. 04. 05.", and none month-day-year), where chrono-node's English
 * parser reads it month first ("05.04.2019" as May 4). One whose middle number is above 12 fits no such pattern: it is
 * left to chrono-node, whose month-first reading is then the only one ("12.30.2019"). Not inside a longer run of dotted
 * numbers (a version "1.05.04.2019").
 */
const DAY_FIRST_DOTTED = /(?<![\d.])(\d{1,2})\. ?(\d{1,2})\. ?((?:19|20)\d{2})(?!\d|\.\d)/g;
const dottedIso = (m: RegExpExecArray) => `${m[3]}-${m[2]}-${m[1]}`;
/** The first day-first dotted date of the text (DAY_FIRST_DOTTED), as `YYYY-MM-DD`; null when there is none or it is no date. */
export function dayFirstDottedDate(text: string): string | null {
  const m = new RegExp(DAY_FIRST_DOTTED.source).exec(text);
  return m && normalizeDate(dottedIso(m));
}
/** Written dates with a year, as news templates print them; each capture is rebuilt for normalizeDate. */
const DATE_FORMS: { re: RegExp; iso: (m: RegExpExecArray) => string }[] = [
  // 2019-11-18, 2019-11-18T20:51:19Z, 2019/11/18, and Korean's standard "2019. 11. 18"
  { re: /\b((?:19|20)\d{2})(?:[-/]|\. ?)(\d{1,2})(?:[-/]|\. ?)(\d{1,2})(?![\d])/g, iso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // 18.11.2019, 5.4.2019, 5. 4. 2019: a numeric date written with dots and the year last is day first (DAY_FIRST_DOTTED)
  { re: DAY_FIRST_DOTTED, iso: (m) => dottedIso(m) },
  // Japanese and Chinese 2019年11月18日, Korean 2019년 11월 18일
  { re: /(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g, iso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // November 19, 2019 · Nov. 19 2019 · Nov 19th, 2019
  {
    re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    iso: (m) => `${m[1]} ${m[2]}, ${m[3]}`,
  },
  // 20 Jan 2020 · 19 November, 2019
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    iso: (m) => `${m[1]} ${m[2]} ${m[3]}`,
  },
];

/** The dates with a year in `text`, with where each starts, in text order. */
export function datesIn(text: string): { date: string; index: number; length: number }[] {
  const out: { date: string; index: number; length: number }[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const date = normalizeDate(form.iso(m as RegExpExecArray));
      if (date !== null) out.push({ date, index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * chrono-node's parsers, English first (a US "11/19/19" is month first), then the languages of the pages
 * the bot reads ("22 de outubro de 2010", "24 сентября 2018", "Maret 30, 2015", "18.11.2019").
 */
const CHRONO_LOCALES = [chrono.en, chrono.pt, chrono.es, chrono.fr, chrono.de, chrono.it, chrono.nl, chrono.ru, chrono.id];

/**
 * The year is written in the date itself ("2019", or "11/19/19"): chrono also counts as certain the year
 * of "1 day ago" and, in Spanish, reads "Nov 19" as November 2019.
 */
const YEAR_SHOWN = /(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;

/** A scrape runs the next word into the year ("21:17 18.11.2019Get short URL"): a space put back after the year. */
const unglued = (written: string) => written.replace(/(?<!\d)((?:19|20)\d{2})(?=\p{Lu})/gu, '$1 ');

/** A date chrono-node read with day, month and year all stated, the year written (YEAR_SHOWN), as `YYYY-MM-DD`; else null. */
function completeDate(r: chrono.ParsedResult): string | null {
  if (!(r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year') && YEAR_SHOWN.test(r.text))) return null;
  return normalizeDate(`${r.start.get('year')}-${r.start.get('month')}-${r.start.get('day')}`);
}

/**
 * Whether a line ends a sentence, a clock time in AP style's "5:36 p.m." (AP Stylebook, "a.m., p.m.": lower case, with
 * periods) aside: "Nov. 19, 2019 5:36 p.m." is a dateline, not a sentence.
 */
export function endsSentenceNotClock(line: string): boolean {
  return endsSentenceAnyScript(line) && !/\d\s*[ap]\.\s?m\.$/i.test(line.trimEnd());
}

/** A chrono-node locale's parser (chrono.en, chrono.pt, …). */
type Locale = { parse: (text: string, ref: Date, option: chrono.ParsingOption) => chrono.ParsedResult[] };
const parseDates = (locale: Locale, line: string) => locale.parse(line, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });

/**
 * The first complete written date (day, month and year all stated) of a byline or dateline, in any of
 * CHRONO_LOCALES, as `YYYY-MM-DD`; relative dates ("1 day ago") and dates without a year are not read.
 */
export function writtenDate(written: string): string | null {
  const line = unglued(written);
  const own = datesIn(line)[0]?.date;
  if (own !== undefined) return own;
  // Every date chrono-node could give must show its year in digits (completeDate), so a line without a digit is not
  // parsed six times: most lines of a page hold none, and they were most of the cleaner's time in date parsing.
  if (!/\d/.test(line)) return null;
  for (const locale of CHRONO_LOCALES) {
    const found = parseDates(locale, line).find((r) => completeDate(r) !== null);
    if (found) return completeDate(found);
  }
  return null;
}

/**
 * Every locale chrono-node has: CHRONO_LOCALES, then Ukrainian, Swedish, Finnish, Vietnamese, Japanese, Chinese and
 * Arabic, for the dates a page of any language writes (everyWrittenDate).
 */
const EVERY_LOCALE = [...CHRONO_LOCALES, chrono.uk, chrono.sv, chrono.fi, chrono.vi, chrono.ja, chrono.zh, chrono.ar];

/**
 * Languages chrono-node has no parser for: the other official languages of the European Union (Bulgarian, Czech, Danish,
 * Estonian, Greek, Croatian, Hungarian, Irish, Lithuanian, Latvian, Maltese, Polish, Romanian, Slovak, Slovenian) and
 * further languages of the web's content (W3Techs, "Usage statistics of content languages for websites": Turkish,
 * Norwegian, Serbian, Hebrew, Hindi, Catalan, Malay, Albanian, Macedonian, Icelandic).
 */
const CLDR_LOCALES = 'bg cs da et el hr hu ga lt lv mt pl ro sk sl tr nb sr he hi ca ms sq mk is'.split(' ');

/**
 * Dates written with the month's name in CLDR_LOCALES, in each language's order of day, month and year ("19. listopadu
 * 2019", "2019. november 19.", "2019 m. lapkričio 19 d.", "19 בנובמבר 2019"): the month names as a full date writes
 * them (the genitive of the Slavic languages and Greek) and as they stand alone, from the Unicode CLDR data the
 * JavaScript Intl API carries. A name two languages give to different months is left out (Croatian "listopad" is
 * October, Polish November).
 */
const CLDR_DATES = (() => {
  const months = new Map<string, number>();
  const orders = new Set<string>();
  for (const locale of CLDR_LOCALES) {
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2019, month, 19));
      const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .formatToParts(date)
        .filter((part) => part.type !== 'literal');
      orders.add(parts.map((part) => part.type).join(' '));
      const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date);
      for (const name of [parts.find((part) => part.type === 'month')?.value ?? alone, alone].map((n) => n.toLowerCase())) {
        months.set(name, months.has(name) && months.get(name) !== month ? -1 : month);
      }
    }
  }
  const names = [...months.keys()].filter((n) => months.get(n)! >= 0).sort((a, b) => b.length - a.length);
  const part: Record<string, string> = {
    day: '(?<day>\\d{1,2})',
    month: `(?<month>${names.map(escapeStringRegexp).join('|')})`,
    year: '(?<year>(?:19|20)\\d{2})',
  };
  // Between the parts, what the languages write there: a dot, a comma, "de", "m.", "gada", the Hebrew "ב".
  const forms = [...orders].map((order) =>
    order
      .split(' ')
      .map((type) => part[type])
      .join('[^\\p{N}\\n]{0,8}?'),
  );
  return { months, forms: forms.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${f}(?![\\p{L}\\p{N}])`, 'giu')) };
})();

/** The dates of a line written with a month's name in a language of CLDR_LOCALES. */
function cldrDates(line: string): { date: string; index: number; length: number }[] {
  const out: { date: string; index: number; length: number }[] = [];
  for (const m of CLDR_DATES.forms.flatMap((re) => [...line.matchAll(re)])) {
    const g = m.groups!;
    const month = CLDR_DATES.months.get(g.month.toLowerCase())!;
    const date = normalizeDate(`${g.year}-${month + 1}-${g.day}`);
    if (date !== null) out.push({ date, index: m.index, length: m[0].length });
  }
  return out;
}

/**
 * Every complete written date of a line (day, month and year all stated) in the forms of DATE_FORMS and of every
 * chrono-node locale, in line order, each with the text before and after it on the line: the candidates the date
 * chooser (date-chooser.ts) weighs.
 */
export function everyWrittenDate(written: string): { date: string; before: string; after: string }[] {
  const line = unglued(written);
  if (!YEAR_SHOWN.test(line)) return [];
  const found = datesIn(line);
  for (const d of cldrDates(line)) if (!found.some((o) => d.index < o.index + o.length && o.index < d.index + d.length)) found.push(d);
  for (const locale of EVERY_LOCALE) {
    for (const r of parseDates(locale, line)) {
      const date = completeDate(r);
      const end = r.index + r.text.length;
      if (date !== null && !found.some((d) => r.index < d.index + d.length && d.index < end))
        found.push({ date, index: r.index, length: r.text.length });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((d) => ({ date: d.date, before: line.slice(0, d.index), after: line.slice(d.index + d.length) }));
}

/**
 * A dateline that shows the page's date without its year: relative to when it is read ("Published 1 day ago", "Updated
 * 22 hours ago", "vor 3 Stunden"), a weekday and a time ("Monday 5:30PM") or a month and a day ("Posted Nov 19, 6:51
 * AM"), in any chrono-node locale: a number in the date, its day or weekday stated, no year written, and beside it at most
 * two words (a label: "First published", "Updated on"). News templates print a story's age so (Reuters' "Updated 14
 * hours ago"); a headline's "on Monday at 3 p.m." has more words around it.
 */
export function dateWithoutYear(line: string): boolean {
  // A date without its year has a number in it (below): a line with no digit is not parsed in every locale.
  if (YEAR_SHOWN.test(line) || !/\d/.test(line)) return false;
  return EVERY_LOCALE.some((locale) =>
    parseDates(locale, line).some(
      (r) => /\d/.test(r.text) && (r.start.isCertain('day') || r.start.isCertain('weekday')) && countWords(line.replace(r.text, ' ')) <= 2,
    ),
  );
}

/**
 * A dateline's labels, in English and the languages CHRONO_LOCALES reads. A change: "Updated", "Last modified" (WordPress
 * themes print "Last modified", the Guardian "Last modified on …"), and the same labels of the other languages' papers
 * ("Mis à jour", "Aktualisiert", "Atualizado", "Actualizado", "Aggiornato", "Diperbarui", "Обновлено", "Bijgewerkt").
 * The publication: "Published", "Posted", "Originally published", "Publicado", "Publié", "Veröffentlicht", "Pubblicato",
 * "Diterbitkan", "Опубликовано", "Gepubliceerd". Matched as whole words in any script (\b is ASCII only: "Publié").
 */
export const UPDATE_LABEL =
  '(?:last\\s+)?(?:updated|modified)|mis\\s+à\\s+jour|aktualisiert|atualizad[oa]|actualizad[oa]|aggiornat[oa]|diperbarui|обновлено|bijgewerkt';
export const PUBLISH_LABEL =
  '(?:(?:first|originally)\\s+)?(?:published|posted)|publicad[oa]|publié|veröffentlicht|pubblicat[oa]|diterbitkan|опубликовано|gepubliceerd';
export const labelled = (label: string, flags = 'iu') => new RegExp(`^(?:${label})(?![\\p{L}\\p{N}])`, flags);
const UPDATED = labelled(UPDATE_LABEL);
export const PUBLISHED = labelled(PUBLISH_LABEL);

/**
 * The dates of a dateline, told apart by their labels: "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "Published
 * Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019", "Updated 1:39 am EST, Wednesday, November 20,
 * 2019", "Mis à jour le 20/11/2019 Publié le 19/11/2019": a date after a change's label (UPDATE_LABEL) is the last
 * change's, any other the publication's (the first of each is taken).
 */
export function datelineDates(line: string): { published: string | null; updated: string | null; yearless: string | null } {
  let published: string | null = null;
  let updated: string | null = null;
  let yearless: string | null = null;
  for (const part of line.split(new RegExp(`(?<![\\p{L}\\p{N}])(?=(?:${UPDATE_LABEL}|${PUBLISH_LABEL})(?![\\p{L}\\p{N}]))`, 'iu'))) {
    const date = writtenDate(part);
    const isUpdate = UPDATED.test(part);
    if (date === null) {
      // "Posted Nov 18, 8:19 PM", "Nov. 19, 5:36 PM": month and day, the year left out, labelled or alone on the line.
      const m = isUpdate ? null : YEARLESS.exec(part);
      if (m !== null && (PUBLISHED.test(part) || DATE_ONLY.test(part.trim()))) {
        yearless ??= monthDay(m);
      }
    } else if (isUpdate) updated ??= date;
    else published ??= date;
  }
  return { published, updated, yearless };
}

/**
 * A line of nothing but a month and day, a weekday or a time beside them: a dateline without its year ("Nov. 19, 5:36
 * PM", "Tuesday, Nov. 19"), as AP style prints dates of the current year.
 */
const DATE_ONLY = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:${MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH}\.?)(?:st|nd|rd|th)?` +
    String.raw`(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?)?$`,
  'u',
);
/** A month and day with no year after them ("Nov 18, 8:19 PM", "Nov. 18"). */
export const YEARLESS = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`, 'i');

/** A YEARLESS match as `MM-DD`. */
export function monthDay(m: RegExpExecArray): string {
  return `${String(monthIndex(m[1]) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\d)/gi;
/** The latest year of the page's copyright lines ("© 2019 Advance Local Media LLC", "Copyright 2000-2019"). */
export function copyrightYear(page: string): number | null {
  const years = [...page.matchAll(COPYRIGHT_YEAR)].map((m) => Number(m[2] ?? m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** "Friday (September 5)", "Friday, Sept. 5", "Friday 5 September" — a weekday beside a date without a year. */
const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAY})\\s*[,(]?\\s*(?:(${MONTH})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH}))(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`,
  'gi',
);
/** A date after these words is a deadline or a forecast ("by March 2026"), not a past event. */
const FORWARD =
  /\b(?:by|until|till|before|through|next|from|expected|scheduled|planned|due|in the next|will)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;
const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+((?:19|20)\\d{2})\\b`, 'gi');

/**
 * A publication date the article implies when it states none:
 * - a weekday written beside a date without a year ("on Friday (September 5)") fixes the year: the
 *   year in which that date is that weekday, nearest the latest year the article mentions (weekdays
 *   repeat on a date every 5, 6 or 11 years, so the nearest fit is unique within ±5 years);
 *   and not before the latest past date the article mentions (a lower bound: full dates, month and
 *   year, a year after "in"/"since" or before "book"/"election"; dates after "by", "until", "next" …
 *   are forecasts and do not count).
 * Returns `YYYY-MM` (the report is from the month of the anchor), or null. A lower bound alone is
 * no date: a photo caption from 2018 does not date a report of 2024. `anchorYears`: how many years either side of the
 * latest year mentioned the anchor may fall (CLEAN_DEFAULTS.weekdayAnchorYears).
 */
export function inferPublished(text: string, anchorYears: number): string | null {
  const mentioned = [...datesIn(text).filter((d) => !FORWARD.test(text.slice(Math.max(0, d.index - 30), d.index)))];
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (FORWARD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const month = monthIndex(m[1]) + 1;
    mentioned.push({ date: `${m[2]}-${String(month).padStart(2, '0')}`, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(
    /\b(?:in|since|of|from|during|early|late|mid-?)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:book|election|campaign|report|interview|season)\b/gi,
  )) {
    mentioned.push({ date: m[1] ?? m[2], index: m.index, length: m[0].length });
  }
  const latestPast =
    mentioned
      .map((d) => d.date)
      .sort()
      .at(-1) ?? null;
  const years = [...text.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const reference = years.length > 0 ? Math.max(...years) : null;
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    if (reference === null) break;
    const weekday = WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase());
    const month = monthIndex(m[2] ?? m[5]);
    const day = Number(m[3] ?? m[4]);
    const floor = latestPast !== null ? Number(latestPast.slice(0, 4)) : reference - anchorYears;
    let best: number | null = null;
    for (let y = reference - anchorYears; y <= reference + anchorYears; y++) {
      const date = new Date(Date.UTC(y, month, day));
      if (date.getUTCDate() !== day || date.getUTCDay() !== weekday || y < floor) continue;
      if (best === null || Math.abs(y - reference) < Math.abs(best - reference)) best = y;
    }
    if (best !== null) return `${best}-${String(month + 1).padStart(2, '0')}`;
  }
  return null;
}
