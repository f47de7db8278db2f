/**
 * Metadata a text scrape states about itself, read around the article the classifier kept: the
 * headline, a byline and a dateline, a URL printed on the page, the outlet (a copyright line, else
 * the domain of the page's URL or of an e-mail address on it), and — when no date is stated — a
 * publication date inferred from the dates the article mentions, marked as inferred. Nothing is
 * invented: a field the text does not support stays unset.
 */
import * as chrono from 'chrono-node';
import { CLEAN_DEFAULTS } from './defaults.js';
import { normalizeDate } from '../corpus/normalize-date.js';
import { countWords, densestRun, endsInCredit, endsSentenceAnyScript, headlineOf, isProseLine, terms } from './line-features.js';
import { hostOf } from './metadata.js';
import { PARTICLE } from './byline.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

/** Written dates with a year, as news templates print them; each capture is rebuilt for normalizeDate. */
const DATE_FORMS: { re: RegExp; iso: (m: RegExpExecArray) => string }[] = [
  // 2019-11-18, 2019-11-18T20:51:19Z, 2019/11/18, and Korean's standard "2019. 11. 18"
  { re: /\b((?:19|20)\d{2})(?:[-/]|\. ?)(\d{1,2})(?:[-/]|\. ?)(\d{1,2})(?![\d])/g, iso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
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

/**
 * The first complete written date (day, month and year all stated) of a byline or dateline, in any of
 * CHRONO_LOCALES, as `YYYY-MM-DD`; relative dates ("1 day ago") and dates without a year are not read.
 */
export function writtenDate(written: string): string | null {
  // A scrape runs the next word into the year ("21:17 18.11.2019Get short URL").
  const line = written.replace(/(?<!\d)((?:19|20)\d{2})(?=\p{Lu})/gu, '$1 ');
  const own = datesIn(line)[0]?.date;
  if (own !== undefined) return own;
  for (const locale of CHRONO_LOCALES) {
    const found = locale
      .parse(line, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
      .find((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year') && YEAR_SHOWN.test(r.text));
    if (found) return normalizeDate(`${found.start.get('year')}-${found.start.get('month')}-${found.start.get('day')}`);
  }
  return null;
}

/**
 * A dateline's labels, in English and the languages CHRONO_LOCALES reads. A change: "Updated", "Last modified" (WordPress
 * themes print "Last modified", the Guardian "Last modified on …"), and the same labels of the other languages' papers
 * ("Mis à jour", "Aktualisiert", "Atualizado", "Actualizado", "Aggiornato", "Diperbarui", "Обновлено", "Bijgewerkt").
 * The publication: "Published", "Posted", "Originally published", "Publicado", "Publié", "Veröffentlicht", "Pubblicato",
 * "Diterbitkan", "Опубликовано", "Gepubliceerd". Matched as whole words in any script (\b is ASCII only: "Publié").
 */
const UPDATE_LABEL =
  '(?:last\\s+)?(?:updated|modified)|mis\\s+à\\s+jour|aktualisiert|atualizad[oa]|actualizad[oa]|aggiornat[oa]|diperbarui|обновлено|bijgewerkt';
const PUBLISH_LABEL =
  '(?:(?:first|originally)\\s+)?(?:published|posted)|publicad[oa]|publié|veröffentlicht|pubblicat[oa]|diterbitkan|опубликовано|gepubliceerd';
const labelled = (label: string, flags = 'iu') => new RegExp(`^(?:${label})(?![\\p{L}\\p{N}])`, flags);
const UPDATED = labelled(UPDATE_LABEL);
const PUBLISHED = labelled(PUBLISH_LABEL);

/**
 * The dates of a dateline, told apart by their labels: "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "Published
 * Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019", "Updated 1:39 am EST, Wednesday, November 20,
 * 2019", "Mis à jour le 20/11/2019 Publié le 19/11/2019": a date after a change's label (UPDATE_LABEL) is the last
 * change's, any other the publication's (the first of each is taken).
 */
function datelineDates(line: string): { published: string | null; updated: string | null; yearless: string | null } {
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
        yearless ??= `${String(MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
      }
    } else if (isUpdate) updated ??= date;
    else published ??= date;
  }
  return { published, updated, yearless };
}

/**
 * Whether a line ends a sentence, a clock time in AP style's "5:36 p.m." (AP Stylebook, "a.m., p.m.": lower case, with
 * periods) aside: "Nov. 19, 2019 5:36 p.m." is a dateline, not a sentence.
 */
function endsSentence(line: string): boolean {
  return endsSentenceAnyScript(line) && !/\d\s*[ap]\.\s?m\.$/i.test(line.trimEnd());
}

/** The publication date of the first of the two non-empty lines after `line` on the page that is a short dateline. */
function datelineNextTo(line: string, page: string, settings: MetadataSettings): string | undefined {
  const lines = page.split('\n').map((l) => l.trim());
  const at = lines.indexOf(line.trim());
  if (at < 0) return undefined;
  const after = lines.slice(at + 1).filter((l) => l !== '');
  for (const next of after.slice(0, 2)) {
    if (countWords(next) > settings.datelineMaxWords || (endsSentence(next) && !DATELINE_LABEL.test(next))) continue;
    const date = datelineDates(next).published;
    if (date !== null) return date;
  }
  return undefined;
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
const YEARLESS = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`, 'i');

const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\d)/gi;
/** The latest year of the page's copyright lines ("© 2019 Advance Local Media LLC", "Copyright 2000-2019"). */
function copyrightYear(page: string): number | null {
  const years = [...page.matchAll(COPYRIGHT_YEAR)].map((m) => Number(m[2] ?? m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * "By Jane Doe", "By: Jane Doe", "Posted by Jane Doe on …", "Written by …", "Analysis by …", "Text and photos by …", Reuters'
 * "Reporting by Jane Doe; Editing by …" (the reporter, not the editor): the name (two to five capitalised words).
 */
const BYLINE =
  /^(?:(?:posted|written|published|reported|reporting|words|story|text|analysis|opinion|commentary|review|column|interview)\s+)?(?:and\s+(?:photos?|pictures|photography)\s+)?by:?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|al|bin|la|le)\s+)?\p{Lu}[\p{L}'’.-]*){1,4})/iu;
/**
 * A credit by its label, as magazines and blogs print it: "Author: …", "Text: …", "Reporter: …" (and the labels of the languages
 * CHRONO_LOCALES reads: Texto, Autor, Testo, Autore, Penulis, Текст, Автор).
 */
const CREDIT_LABEL =
  /^(?:author|text|words|reporter|writer|correspondent|columnist|texto|autor|autore|testo|penulis|текст|автор)\s*:\s*(.+)$/iu;
/** The name a labelled credit gives, up to a separator, a date or the next label glued on ("Author:The Water CoolestPublish date:…"). */
function labelledCredit(line: string): string | undefined {
  const credited = CREDIT_LABEL.exec(line)?.[1];
  const name = credited === undefined ? undefined : tidyByline(credited.split(/\s*[·|–—]\s*/u)[0]);
  return name !== undefined && NAME_ONLY_OR_SITE.test(name) ? name : undefined;
}
/**
 * A staff credit, the byline of a story no one person signs (the labels' "Staff Reports", AP's "Associated Press staff"):
 * "Detroit News wire services", "New Delhi, News Nation Bureau | Updated : 19 November 2019" (a place before it).
 */
const STAFF_CREDIT =
  /(?:^|,\s*)((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:[Ss]taff(?:\s+[Rr]eports?)?|[Bb]ureau|[Ww]ire [Ss]ervices|[Nn]ews [Ss]ervice))\s*(?:$|[|·])/u;
/** What a dateline prints after the author's name: "By Umair Irfan Updated Nov 13, 2019" → "Umair Irfan". */
const LABEL_AFTER_NAME = /(?:\s+(?:on|at|in|and|updated|published|posted))+$/i;
/**
 * "By" that credits someone other than the author: a photo, an illustration or a video (AP style's "Photo by Jane Doe"),
 * the editing (Reuters' "Editing by"), a translation or a sponsor ("Sponsored by", "Powered by").
 */
const notCredit = (by: string) =>
  String.raw`(?<!\b(?:[Pp]hotos?|[Pp]hotograph(?:s|ed)?|[Pp]ictures?|[Ii]mages?|[Ii]llustrat(?:ion|ions|ed)|[Gg]raphics?|[Vv]ideos?|` +
  String.raw`[Ee]dit(?:ed|ing)|[Pp]roduced|[Dd]esigned|[Rr]eviewed|[Ff]act-checked|[Tt]ranslated|[Ss]ponsored|[Pp]owered|[Cc]ourtesy)\s)${by}`;
/**
 * The author's user name on a dated line, as blog templates print it (WordPress's default "Posted on <date> by <author>"):
 * "By admin - 2018-09-16", "Posted on Maret 30, 2015 by Admin", "October 12, 2018/0 Comments/in … /by jdadmin".
 */
const HANDLE_BYLINE = new RegExp(String.raw`(?:^|\s|\/)${notCredit('by')}\s+([\p{L}\p{N}_.-]{2,30})(?=\s*(?:[-–—|·,]|$))`, 'iu');
/**
 * A credit of a user name alone, WordPress's default author line ("Posted by admin", "By admin"); a wire agency or the
 * staff is no author's name.
 */
const HANDLE_ONLY = /^(?:(?:posted|written)\s+)?by\s+(?!(?:reuters|ap|afp|staff|the|us|me)$)([\p{L}\p{N}_.-]{2,30})$/iu;
/**
 * A dateline ending in the author: "Monday November 18, 2019 7:45 am PST by Joe Rossignol"; a view counter may follow
 * ("… Get short URL by Finian Cunningham 4553").
 */
const TRAILING_BYLINE = new RegExp(
  String.raw`\b${notCredit('by')}\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+\d+)?\s*$`,
  'u',
);
/**
 * A person's name: two to four capitalised words, a middle initial allowed ("Sarah E. Needleman"), name particles in lower
 * case before a word ("Luis de la Cruz", "Jana van der Berg") and a generational suffix ("John Roe Jr.", "John Roe III").
 */
const PERSON_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:${PARTICLE}\s+)*\p{Lu}[\p{L}'’-]+){1,3}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![\p{L}\p{N}]))?`;
const PERSON = `(${PERSON_WORDS})`;
/** A line of a name alone. */
const NAME_ONLY = new RegExp(`^${PERSON}$`, 'u');
/** A line of several names alone: "Jane Doe and John Roe", "Jane Doe, John Roe and Max Moe", "Jane Doe & John Roe". */
const NAMES_ONLY = new RegExp(String.raw`^${PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${PERSON})+$`, 'u');
/** A name and the author's social handle after it, as columns credit their writer: "Nishant Kumar @Nishantopines", "Jane Doe (@jdoe)". */
const NAME_HANDLE = new RegExp(String.raw`^${PERSON}\s+\(?@[\p{L}\p{N}_.]{2,30}\)?$`, 'u');
/**
 * A weekday or a dateline's label: words of a dateline, never of a name ("Updated Wednesday 1:39 am EST Nov 20, 2019");
 * month names are not among them, being first names too (April, May, June).
 */
const DATE_WORD = /\b(?:published|posted|updated|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/**
 * A name, then a date on the same line: "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Jane Doe / November 19, 2019", "Jane
 * Doe, 19 November 2019" (a comma right before the date: "New Delhi, News Nation Bureau | Updated : …" is a place), or with
 * only a space before a date written in numbers ("Carlos Nadalim 27/09/2018 Comente!").
 */
const NAME_THEN_DATE = new RegExp(String.raw`^${PERSON}(?:\s*[-–—|·•/]\s*|\s+(?=\d)|,\s*(?=\d|${MONTH}|${WEEKDAY}))(.+)$`, 'u');
/**
 * A name, then a dateline's label: CMS headers print the author, then "Published 3 hours ago" or "Updated Nov. 19, 2019".
 * Tried before NAME_THEN_DATE, whose name would take the capitalised label in.
 */
const NAME_THEN_LABEL = new RegExp(
  String.raw`^${PERSON}\s+((?:Published|Posted|Updated|Last [Uu]pdated|Modified)(?![\p{L}\p{N}]).*)$`,
  'u',
);
/** A reading time where a byline's date stands (Medium's and many templates' "Jane Doe · 5 min read"). */
const READING_TIME = /^\d{1,3}\s*min(?:ute)?s?\s+read\b/i;

/**
 * "By" in the languages CHRONO_LOCALES reads, as their papers print a byline line: "Por Jane Doe" (Portuguese, Spanish),
 * "Von Jane Doe" (German), "Par Jane Doe" (French), "Oleh Jane Doe" (Indonesian), "Door Jane Doe" (Dutch); the name alone
 * on the line or before a separator ("Von Jane Doe | 19.11.2019"); several names joined as the language joins them ("Por Ana
 * Silva e João Souza", "Von Jana Roth und Max Moe").
 */
const FOREIGN_BYLINE = new RegExp(
  String.raw`^(?:Por|por|Von|von|Par|par|Oleh|oleh|Door|door):?\s+(${PERSON_WORDS}(?:\s*(?:,|&|\s(?:e|y|und|et|dan|en)\s)\s*${PERSON_WORDS})*)` +
    String.raw`\s*(?:[|·–—].{0,60})?$`,
  'u',
);
/**
 * A dateline that starts with the date and ends with the author, as blog templates print an entry's meta (WordPress's
 * "<date> by <author>" and its themes' "<date> <author>"): "November 19, 2019 Jane Doe", "21/06/2014 | Jane Doe". A time
 * and its zone after the date are the date's ("Nov 19, 2019, 10:30 PM IST").
 */
const DATE_THEN_NAME = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
    String.raw`\d{1,2}\s+${MONTH}\.?,?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{1,4})?)?\s*(?:[|·–—-]\s*|\s+)(?:by\s+)?` +
    String.raw`(?![AaPp]\.?[Mm]\b)${PERSON}\s*(?:[|·–—].*)?$`,
  'u',
);
/**
 * The byline Korean papers print at the end of every story: the writer's name (two to four Hangul syllables), the role
 * (기자 reporter, 칼럼니스트 columnist, 특파원 correspondent, 논설위원 editorial writer) and often an e-mail address.
 */
const KOREAN_BYLINE = /^\s*(\p{Script=Hangul}{2,4})\s*(?:기자|칼럼니스트|특파원|논설위원)(?:\s+[\w.+-]+@[\w.-]+)?\s*$/u;

/**
 * An author box's one-line bio, which names the author first: "Meg James is a corporate media reporter for …", "Dallas
 * Robinson is a freelance writer living in …".
 */
const AUTHOR_BIO = new RegExp(
  String.raw`^${PERSON}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?` +
    String.raw`(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)\b`,
  'u',
);

/**
 * An author box's contact line, as papers end a story or fill the box under it: "Jane Doe can be reached at …", "Contact
 * Jane Doe at …", "Reach Jane Doe at …", "Follow Jane Doe on Twitter …" (a person's name: not "The …").
 */
const AUTHOR_CONTACT = [
  new RegExp(String.raw`^(?!The\s)${PERSON}\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\b`, 'u'),
  new RegExp(String.raw`^(?:Contact|Reach|Email|E-mail)\s+(?!The\s)${PERSON}\s+(?:at|via|on)\b`, 'u'),
  new RegExp(String.raw`^Follow\s+(?!The\s)${PERSON}\s+on\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|LinkedIn)\b`, 'u'),
];

/** A role or outlet the scrape glued onto a byline's name: three lower-case letters, then a capital inside the word. */
const GLUED_AFTER_NAME = /(\p{Ll}{3,})(\p{Lu}.*)$/u;

/**
 * A role after the name without a comma: AP style prints its writers' titles so ("By JOSH BOAK AP Economics Writer"),
 * papers their staff's ("Jane Doe Staff Writer", "Jane Doe Senior Correspondent"), magazines a lone role ("Jane Doe
 * Contributor").
 */
const AP_ROLE = /\s+(?:AP|Associated Press)(?:\s+\p{Lu}[\p{L}-]*){0,3}?\s+(?:Writer|Reporter|Correspondent|Editor|Photographer)s?$/u;
const ROLE_AFTER_NAME =
  /\s+(?:(?:Staff|Senior|Contributing|Special|Chief|Associate|Deputy|Managing|Executive)\s+)+(?:Writer|Reporter|Correspondent|Editor|Columnist)s?$|\s+(?:Contributor|Correspondent|Columnist|Reporter)$/iu;
/** A credit's label before the name without its colon ("Author Jane Doe"), the labels of CREDIT_LABEL. */
const LABEL_BEFORE_NAME = /^(?:Author|Reporter|Writer|Autor|Autore|Penulis)\s+(?=\p{Lu})/u;
/** Where the writer files from, after the name: the Guardian's bylines of its correspondents ("Jane Doe in Washington"). */
const PLACE_AFTER_NAME = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/**
 * An outlet after the name: AP style credits a writer who is not on staff "By Jane Doe For The Associated Press", papers
 * their own "By Jane Doe, The Washington Post" (a person's name never starts with "The").
 */
const OUTLET_AFTER_NAME = /\s+(?:For|FOR)\s+(?:The\s+|THE\s+)?\p{Lu}.*$|,\s*(?:The|THE)\s+\p{Lu}[^,]*$/u;
/** A wire agency after the name ("By Jane Doe, Associated Press"): the labels credit the agency as an outlet, not a byline. */
const AGENCY_AFTER_NAME = /(?:,\s*|\s+)(?:The\s+)?(?:Associated Press|Reuters|AFP)$/u;

/**
 * A byline as the name(s) alone: a date run on after the name ("Regan September 15, 2014"), a role or
 * outlet glued on by the scrape ("Meg JamesStaff Writer", "Jonathan GarberFOXBusiness": three lower-case
 * letters then a capital inside a word, which names like McDonald or DeArdo do not have) or after a comma
 * ("Eric Song, IGN Staff", "Tom Krisher, AP Auto Writer") goes.
 */
export function tidyByline(name: string, line?: string): string {
  // A month name right before a day number on the byline's line is the date's, not a surname ("by Regan September 15,
  // 2014" → "Regan"); a surname May or June stays when no day follows it.
  const month = new RegExp(`\\s+${MONTH}$`, 'u').exec(name);
  const dated =
    month !== null && line !== undefined && line.includes(`${name} `) && /^\s*\d/.test(line.slice(line.indexOf(name) + name.length));
  return (dated ? name.slice(0, month.index) : name)
    .replace(LABEL_BEFORE_NAME, '')
    .replace(new RegExp(`\\s+${MONTH}\\.?\\s+\\d.*$|\\s+\\d.*$`, 'u'), '')
    .replace(GLUED_AFTER_NAME, '$1')
    .replace(/(?:,|\s[-–—|]\s)[^,]*\b(?:staff|writer|reporter|correspondent|editor|contributor)s?\b.*$/iu, '')
    .replace(PLACE_AFTER_NAME, '')
    .replace(AP_ROLE, '')
    .replace(ROLE_AFTER_NAME, '')
    .replace(AGENCY_AFTER_NAME, '')
    .replace(OUTLET_AFTER_NAME, '')
    .trim();
}

/**
 * "All rights reserved" in English and the languages CHRONO_LOCALES reads, as footers print it after the owner (Spanish,
 * Portuguese, French, German, Italian, Indonesian, Russian, Dutch): it ends the owner's name and is none itself.
 */
const RIGHTS_RESERVED =
  'all rights reserved|todos (?:los derechos reservados|os direitos reservados)|tous droits réservés|alle rechte vorbehalten|' +
  'tutti i diritti riservati|hak cipta dilindungi|все права защищены|alle rechten voorbehouden';
/**
 * A byline without the page's outlet credited as its last item ("By Jane Doe, Example Gazette", "By Jane Doe and John Roe,
 * Example Gazette"): a comma list of credits ends in the outlet as staff bylines do (AFFILIATION), never in an author.
 */
export function withoutOutlet(byline: string, outlet: string | undefined): string {
  const comma = byline.lastIndexOf(',');
  const last = byline.slice(comma + 1).trim();
  return comma > 0 && outlet !== undefined && last.toLowerCase() === outlet.toLowerCase() ? byline.slice(0, comma).trim() : byline;
}

/**
 * A copyright line: "© 2019 Fox News Network, LLC. All rights reserved.", "Copyright 2019 The Hill", "© Copyright 2019, The
 * Hill"; the owner ends at a full stop, a separator (| , ; · •) or "All rights reserved".
 */
const COPYRIGHT = new RegExp(
  String.raw`(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?,?\s*(?:by\s+)?` +
    String.raw`(?!${RIGHTS_RESERVED})([\p{Lu}\p{N}][^.|,;©·•]{1,60}?)(?:\s*(?:[.|,;·•]|${RIGHTS_RESERVED}|$))`,
  'iu',
);
/** A notice that names the owner before the sign and the year, as many footers do: "Example Gazette © 2019. All rights reserved." */
const OWNER_BEFORE_SIGN = /^\s*(?![Cc]opyright\b|COPYRIGHT\b)(\p{Lu}[^.|,;©]{1,60}?)\s*(?:©|\(c\))\s*(?:19|20)\d{2}(?!\d)/u;
/**
 * The name a copyright line gives, without what is not the name: a leading year range ("2000- MacRumors"),
 * a trailing ISSN or " - …" tail, a second "Copyright", and the legal form (Inc, LLC, Ltd, Pty, GmbH,
 * S.A., plc, Corp, Company: the company-name suffixes of the jurisdictions the pages come from).
 */
function ownerName(captured: string): string {
  return captured
    .replace(/^(?:(?:19|20)\d{2}\s*[-–]\s*)+/, '')
    .replace(/^copyright\s+/i, '')
    .replace(/\s+(?:(?:19|20)\d{2}\b.*|[-–—](?:\s.*)?|issn\b.*)$/i, '')
    .replace(/(?:,?\s+(?:inc|llc|ltd|limited|gmbh|s\.?a|plc|pty|corp|corporation|company|co)\.?)+$/i, '')
    .trim();
}

/**
 * The part of a line a copyright notice may be: the whole line, or in a long one (a disclaimer) its last sentence when
 * that starts with the © sign ("… Amazon.com and affiliated sites. ©The Anti-June Cleaver 2011-2019").
 */
function copyrightNotice(line: string): string {
  const sign = line.lastIndexOf('©');
  return sign > 0 && /[.!?]\s*$/.test(line.slice(0, sign)) ? line.slice(sign) : line;
}

/**
 * A photo credit's owner, never the site's: an agency and a photographer ("© Reuters / David Mercado", AP style's "AP
 * Photo/Evan Vucci"), or a stock picture agency ("© Getty Images").
 */
const PHOTO_CREDIT = /\/|\b(?:photos?|images)\b/i;
/**
 * What a notice covers, written before its sign: a part of the page, credited to its provider ("Sports data © STATS",
 * "Map data ©", "Photo ©", "Image ©", "Video ©"), not the site.
 */
const PART_CREDIT = /\b(?:data|photos?|images?|maps?|videos?|graphics?|illustrations?)\s*:?\s*$/i;
/** A copyright notice as a site's footer prints it: with a year, "All rights reserved" or the owner's legal form. */
const FOOTER_NOTICE = /(?<!\d)(?:19|20)\d{2}(?!\d)|\ball rights reserved\b|\b(?:inc|llc|ltd|limited|gmbh|plc|pty|corp)\b/i;

/**
 * The owner the page's copyright notices name: notices sit at the bottom of the page, so the last one. A photo credit is
 * none (PHOTO_CREDIT), and a bare "© Name", a credit's shape, gives way to a notice as footers print it (FOOTER_NOTICE).
 */
export function copyrightOwner(lines: readonly string[]): string | undefined {
  const notices = lines
    .map(copyrightNotice)
    .flatMap((notice) => {
      const c = countWords(notice) <= 30 ? COPYRIGHT.exec(notice) : null;
      const signed = /©|\(c\)/i.test(notice);
      const before = signed && (c === null || !/\p{L}/u.test(ownerName(c[1]))) ? OWNER_BEFORE_SIGN.exec(notice) : null;
      const name = before !== null ? ownerName(before[1]) : c === null ? '' : ownerName(c[1]);
      const credit = c !== null && PART_CREDIT.test(notice.slice(0, c.index));
      return /\p{L}/u.test(name) && countWords(name) <= 8 && !PHOTO_CREDIT.test(name) && !credit ? [{ notice, name }] : [];
    })
    .reverse();
  return (notices.find((n) => FOOTER_NOTICE.test(n.notice)) ?? notices[0])?.name;
}

/** Words that make a name a company's rather than a publication's ("CBS Interactive", "Al Jazeera Media Network"). */
const CORPORATE = /\s+(?:interactive|media|network|newspapers|publishing|group|services|holdings|communications|broadcasting)\b.*$/i;

/**
 * The publication a parent company's copyright line stands for: the owner's name without its corporate words
 * ("CBS Interactive" → "CBS"), and when the page names one brand of it at least `brandMinCount` times ("CBS News",
 * "CBS Sports"), that brand — the name the site prints in its own furniture and text. A name that is no company's
 * stays as it is.
 */
function publicationOf(owner: string, page: string, brandMinCount: number): string {
  const head = owner.replace(CORPORATE, '');
  if (head === owner || !/\p{L}/u.test(head)) return owner;
  // The name in any case ("FOX News", "Fox News"), then a capitalised word: without the `i` flag, which would let
  // \p{Lu} match lower case too.
  const caseless = [...head]
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const counts = new Map<string, { name: string; count: number }>();
  for (const m of page.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${caseless}\\s+(\\p{Lu}\\p{L}+)(?![\\p{L}\\p{N}])`, 'gu'))) {
    const name = `${head} ${m[1]}`;
    if (new RegExp(`^${caseless}${CORPORATE.source}`, 'i').test(name) || /^\p{Lu}+$/u.test(m[1])) continue;
    const key = name.toLowerCase();
    counts.set(key, { name: counts.get(key)?.name ?? name, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const brand = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (brand !== undefined && brand.count >= brandMinCount) return brand.name;
  // The name alone, as the page prints it most often ("Al Jazeera", "Fox News"); else the owner's full name.
  const alone = new Map<string, number>();
  for (const m of page.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${caseless}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'gu'))) {
    if (/^\p{Lu}/u.test(m[0])) alone.set(m[0], (alone.get(m[0]) ?? 0) + 1);
  }
  const total = [...alone.values()].reduce((a, b) => a + b, 0);
  const printed = [...alone].sort((a, b) => b[1] - a[1])[0];
  return printed !== undefined && total >= brandMinCount ? printed[0] : owner;
}

/** A name as sites print their own: up to four capitalised words, "The" allowed first ("The Verge", "AppleInsider"). */
const SITE_NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})`;
/**
 * A site naming itself in its own furniture: "Welcome to <name>", "Follow The Verge online", "Subscribe to
 * AppleInsider on YouTube", "Subscribe to RT newsletter", the app box's "Download the <name> app" (a news app is
 * named for its outlet; a newsletter often has a name of its own, so "Sign up for the … newsletter" is not read). The
 * copyright line often names the parent company instead ("Vox Media", "Ziff Davis"); "Follow X on Twitter" is left out,
 * as author boxes say it of people.
 */
const SELF_NAME = [
  new RegExp(String.raw`^[Ww]elcome to ${SITE_NAME}[.!]?$`, 'u'),
  new RegExp(String.raw`\b[Ff]ollow ${SITE_NAME} online\b`, 'u'),
  new RegExp(String.raw`\b[Ss]ubscribe to ${SITE_NAME} (?:on [Yy]ou[Tt]ube|[Nn]ewsletters?)\b`, 'u'),
  new RegExp(String.raw`^\s*(?:[Dd]ownload|[Gg]et) the ${SITE_NAME} [Aa]pps?\b`, 'u'),
];
/**
 * A menu item that is only the site's name and what the site offers of itself: "Back to IndieWire", "Support The
 * Guardian", "Talk to Al Jazeera", "The Hill Apps", "VG247 newsletter!". Weaker than SELF_NAME ("Support Us", "Daily
 * Newsletter"), so it only stands in for a parent company's copyright line, and only a name shaped as brands are
 * (two words, or capitals or digits inside one: "IndieWire", "VG247"), not a menu's word.
 */
const MENU_SELF_NAME = [
  new RegExp(String.raw`^\s*(?:Back to|Support|Advertise with|Talk to|Popular on) ${SITE_NAME}\s*$`, 'u'),
  new RegExp(String.raw`^\s*${SITE_NAME} (?:[Aa]pps?|[Nn]ewsletters?)!?\s*$`, 'u'),
];
const BRAND_SHAPED = /\s|^.[\p{L}]*[\p{Lu}\p{N}]/u;

/**
 * A staff byline names the outlet after the name: "By Andy Sahadeo | Fox News", "By Troy L. Smith, Cleveland.com", "Jane
 * Doe / Example Gazette",
 * "By Eric Song, IGN Staff" (news sites credit their own staff so, wire copy with the agency: "Tom Krisher, AP Auto
 * Writer" is a role, not an outlet).
 */
const AFFILIATION = /^\s*(?:by\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:\||,|\s[-–—/]\s)\s*([^|,]+?)\s*$/iu;
const ROLE = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|photographer|producer|analyst|bureau)\b/i;
/** A line of a role alone, printed under the author's name ("Staff Writer", "Senior Correspondent"). */
const ROLE_LINE = new RegExp(String.raw`^(?:\p{L}+\s+){0,3}${ROLE.source}s?$`, 'iu');
const NAME_ONLY_OR_SITE = new RegExp(String.raw`^${SITE_NAME}$`, 'u');
/**
 * AP style credits a writer who is not on the outlet's staff "Special to The X" (the outlet that ran the story):
 * "By Bill Hoppe | Special to the Pioneer Press" names the outlet as a staff credit does.
 */
const SPECIAL_TO = /^special to\s+(?:the\s+)?/i;
/**
 * An author box's one-line bio names the outlet the author works for: "Senior editor at Gizmodo.", "Meg James is a
 * corporate media reporter for the Los Angeles Times, covering …". Read only off lines the cleaner dropped (an author
 * box is page furniture; in the article a "reporter for X" is news about someone else).
 */
const STAFF_BIO = new RegExp(
  String.raw`\b(?:writer|reporter|correspondent|editor|columnist|contributor)\s+(?:at|for)\s+(?:the\s+)?${SITE_NAME}`,
  'u',
);

/** The outlet a staff byline names after the name, or glued onto it by the scrape ("Jonathan GarberFOXBusiness"); a role is none. */
function affiliationOf(line: string): string | undefined {
  const name = BYLINE.exec(line)?.[1] ?? line;
  const stated = AFFILIATION.exec(line)?.[1] ?? GLUED_AFTER_NAME.exec(name)?.[2];
  // "NJ Advance Media for NJ.com": an agency's staff writing for a site (syndication credits) name the site after "for".
  const affiliation = stated
    ?.replace(SPECIAL_TO, '')
    .replace(/\s+staff$/i, '')
    .replace(/^.+\s+for\s+(?:the\s+)?/i, '');
  return affiliation !== undefined && !ROLE.test(affiliation) && NAME_ONLY_OR_SITE.test(affiliation) ? affiliation : undefined;
}

/** The top-level domains a site's own domain ends in: the generic ones sites use, or a two-letter country code (IANA's root zone). */
const TOP_LEVEL_DOMAIN = '(?:com|net|org|info|news|biz|[a-z]{2})';
/**
 * A domain written as a word, as sites name themselves in their text ("by Wday.ru", "Source: Moneycontrol.com",
 * "NJ.com"), nothing URL-like around it.
 */
const WRITTEN_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@/.-])([\p{L}\p{N}][\p{L}\p{N}-]*\.${TOP_LEVEL_DOMAIN}(?:\.[a-z]{2})?)(?![\p{L}\p{N}@/.-])`,
  'gu',
);
/** Blog platforms: a page names them in "Blog at WordPress.com", not as itself. */
const PLATFORM = /^(?:wordpress|blogger|blogspot|tumblr|medium|wix|squarespace)\./i;
/**
 * The domain the page writes most often, written as a name (a capital first) at least once and in all at least twice (once
 * is a reference to another site).
 */
function writtenDomain(page: string): string | undefined {
  const counts = new Map<string, { name?: string; count: number }>();
  for (const m of page.matchAll(WRITTEN_DOMAIN)) {
    const key = m[1].toLowerCase();
    if (PLATFORM.test(key)) continue;
    const seen = counts.get(key);
    counts.set(key, { name: seen?.name ?? (/^\p{Lu}/u.test(m[1]) ? m[1] : undefined), count: (seen?.count ?? 0) + 1 });
  }
  const top = [...counts.values()].filter((d) => d.name !== undefined).sort((a, b) => b.count - a.count)[0];
  return top !== undefined && top.count >= 2 ? top.name : undefined;
}

/** A domain anywhere on the page: in a link, an e-mail address or written as a word ("https://www.morebikes.co.uk/…"). */
const ANY_DOMAIN = new RegExp(String.raw`(?:https?:\/\/|@|(?<![\p{L}\p{N}.-]))((?:[\p{L}\p{N}-]+\.)+${TOP_LEVEL_DOMAIN})\b`, 'giu');

/** A host's name label, the label before the public suffix: "morebikes" of morebikes.co.uk, "nj" of nj.com. */
export function nameLabel(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  return parts.at(parts.length > 2 && /^(?:co|com|org|net)$/.test(parts.at(-2)!) ? -3 : -2) ?? '';
}

/**
 * Whether a name spells a domain's name label as sites coin their domains from their names: each word gives all its
 * letters or, in a label of three letters or more, its initial, in order; a leading "The" may be left out ("The Wall
 * Street Journal" → wsj, "New York Times" → nytimes, "Los Angeles Times" → latimes, "MoreBikes" → morebikes).
 */
export function spellsLabel(name: string, label: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w !== '');
  const from = (i: number, at: number): boolean => {
    if (i === words.length) return at === label.length;
    const w = words[i];
    return (label.startsWith(w, at) && from(i + 1, at + w.length)) || (label.length >= 3 && label[at] === w[0] && from(i + 1, at + 1));
  };
  return words.length > 0 && (from(0, 0) || (words[0] === 'the' && words.length > 1 && from(1, 0)));
}

/**
 * A name as printed: a run of capitalised words or numbers ("The Wall Street Journal"), not the start of a domain written
 * out ("GamesIndustry.biz" spells its own domain, whichever site it is).
 */
const NAME_RUN = /(?:\p{Lu}[\p{L}\p{N}&'’-]*|\p{N}+)(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’-]*|\p{N}+))*(?![\p{L}\p{N}&'’-]|\.[\p{L}\p{N}])/gu;

/**
 * The site's name as the page prints it for one of its domains' name labels: the run of capitalised words (or part of
 * one, up to six words) that spells a label (spellsLabel), the one printed most often (ties to the longer name). A
 * name whose shape does not pass `shaped` is left out.
 */
function printedName(page: string, labels: ReadonlySet<string>, shaped: (name: string) => boolean = () => true): string | undefined {
  const counts = new Map<string, number>();
  // A name spells a label from its first letter ("The" aside): other starts are not tried (most of the page's runs).
  const initials = new Set([...labels].map((label) => label[0]));
  if (initials.size === 0) return undefined;
  for (const m of page.matchAll(NAME_RUN)) {
    const words = m[0].split(/[ \t]+/);
    for (let a = 0; a < words.length; a++) {
      if (!initials.has(words[a][0].toLowerCase()) && words[a] !== 'The') continue;
      for (let b = a + 1; b <= Math.min(words.length, a + 6); b++) {
        const name = words.slice(a, b).join(' ');
        if (shaped(name) && [...labels].some((label) => spellsLabel(name, label))) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0];
}

/**
 * The site's name spelt as one of the page's domains is (printedName: "MoreBikes" for morebikes.co.uk, "WSJ" or "The
 * Wall Street Journal" for wsj.com), shaped as brands are: two words, or capitals or digits inside one.
 */
function domainSpelt(page: string): string | undefined {
  const labels = new Set<string>();
  for (const m of page.matchAll(ANY_DOMAIN)) {
    const host = m[1].toLowerCase().replace(/^www\d?\./, '');
    if (!NOT_THE_PAGE.test(host) && !PLATFORM.test(host)) labels.add(nameLabel(host));
  }
  return printedName(page, labels, (name) => BRAND_SHAPED.test(name));
}

/** A domain answered as the outlet, as the name the page prints for it when it prints one ("ctpost.com" → "CT Post"). */
function domainAsNamed(domain: string, page: string): string {
  return printedName(page, new Set([nameLabel(domain)])) ?? domain;
}

/**
 * A <title>'s separator between headline and site name: a space on each side of one of the separators Yoast SEO offers
 * for "%%title%% %%sep%% %%sitename%%" (- – — · • * | ~ « » < >); not Readability's "/" too, which slideshow counters
 * print ("1 / 23").
 */
const TITLE_SEPARATOR = /\s[-–—·•*|~«»<>]\s/u;
/** A title and its site suffix: the headline (which may hold separators of its own) and the part after the last separator. */
const TITLE_SUFFIX = new RegExp(String.raw`^(.+)${TITLE_SEPARATOR.source}((?:(?!${TITLE_SEPARATOR.source}).)+)$`, 'u');
/** A title with the site's name or a section first ("Example Gazette | <headline>", "Opinion | <headline>"). */
const TITLE_PREFIX = new RegExp(String.raw`^((?:(?!${TITLE_SEPARATOR.source}).)+)${TITLE_SEPARATOR.source}(.+)$`, 'u');
/** Whether `part` holds at least four-fifths of the headline's terms, of four or more (a two-word title matches a menu line). */
function holdsHeadline(part: string, title: string): boolean {
  const own = terms(title);
  const before = terms(part);
  return own.size >= 4 && [...own].filter((t) => before.has(t)).length >= 0.8 * own.size;
}
/**
 * The site's name from a line that is the headline with a site suffix ("<headline> | Site", "<headline> - Section -
 * Site"): the line is the headline and the suffix, or the headline, a section and the suffix (the part before the
 * first separator holds the headline, holdsHeadline), or the line starts with the headline (which may hold a separator)
 * of four terms or more; the suffix is brand-shaped (two words, or capitals or digits inside one), with a letter, up to
 * five words and not a part of the headline itself.
 */
function titleSuffix(line: string, title: string): string | undefined {
  const m = TITLE_SUFFIX.exec(line);
  const suffix = m?.[2].trim() ?? '';
  if (m === null || line === title || title.includes(suffix) || countWords(suffix) > 5 || !BRAND_SHAPED.test(suffix)) return undefined;
  const first = line.split(TITLE_SEPARATOR)[0];
  const headlineFirst = holdsHeadline(first, title) || (line.startsWith(title) && terms(title).size >= 4);
  return /\p{L}/u.test(suffix) && headlineFirst ? suffix : undefined;
}

/**
 * A headline read from a line that is the page's <title> ("<headline> | Site", or "Site | <headline>" and a section's
 * "Opinion | <headline>"), without the site's name or section, as Readability cuts it: only when that part is shaped as
 * a name (NAME_ONLY_OR_SITE), the page prints it on a line of its own furniture too (a line the cleaner dropped: the
 * copyright line, the menu), and the headline left has four terms or more.
 */
function withoutSiteSuffix(title: string, blocks: readonly string[], kept: readonly boolean[]): string {
  // As a whole name: "RT" printed inside "ART" is not the site's name.
  const printed = (b: string, site: string) => {
    for (let at = b.indexOf(site); at >= 0; at = b.indexOf(site, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(b[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(b[at + site.length] ?? '')) return true;
    }
    return false;
  };
  const suffix = TITLE_SUFFIX.exec(title);
  const prefix = TITLE_PREFIX.exec(title);
  const cuts = [
    suffix && { site: suffix[2].trim(), headline: suffix[1].trim() },
    prefix && { site: prefix[1].trim(), headline: prefix[2].trim() },
  ];
  const cut = cuts.find(
    (c) =>
      c !== null &&
      NAME_ONLY_OR_SITE.test(c.site) &&
      terms(c.headline).size >= 4 &&
      blocks.some((b, i) => !kept[i] && b !== title && printed(b, c.site)),
  );
  return cut?.headline ?? title;
}

/**
 * A story's dateline that credits a wire service or network, as AP style ("SPRINGFIELD, Ill. (AP) —"), Reuters ("BEIJING,
 * Nov 19 (Reuters) -") and CNN ("(CNN) —") open their stories: an optional place (and date) of capitalised words first,
 * the credit in brackets, a dash. "AP" is the Associated Press's own credit (AP Stylebook, "datelines").
 */
const AGENCY_DATELINE =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|\d{1,2})(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|\d{1,2})){0,5},?\s)?\((\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2})\)\s*(?:--|[-–—])\s/u;

/** The wire service's dateline that opens the story (AGENCY_DATELINE), in its first three kept blocks. */
function wireDateline(blocks: readonly string[], kept: readonly boolean[]): RegExpExecArray | undefined {
  return (
    blocks
      .filter((_, i) => kept[i])
      .slice(0, 3)
      .map((line) => AGENCY_DATELINE.exec(line))
      .find((m) => m !== null) ?? undefined
  );
}

/** The month and day (MM-DD) a wire dateline gives without its year ("WASHINGTON, Nov 19 (Reuters) -"). */
function wireDate(blocks: readonly string[], kept: readonly boolean[]): string | undefined {
  const m = YEARLESS.exec(wireDateline(blocks, kept)?.[0] ?? '');
  return m === null ? undefined : `${String(MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/**
 * The words before a dateline's label in a note under the story, as syndicated stories end (McClatchy's papers: "This story
 * was originally published November 19, 2019 5:36 PM."; "This article was first published on …").
 */
const SYNDICATION_NOTE = /^This (?:story|article|post|report|piece) (?:was|has been) (?=(?:first|originally)?\s*(?:published|posted)\b)/i;

const URL_LINE = /^(?:url\s*:?\s*)?(https?:\/\/[^\s<>"]+)$/i;
const EMAIL = /\b[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/gi;
/** Hosts of share buttons, link shorteners and platforms: a link to them is not the page's address. */
const NOT_THE_PAGE =
  /(?:^|\.)(?:facebook|twitter|x|t|linkedin|pinterest|reddit|whatsapp|instagram|youtube|youtu|amzn|bit|goo|tinyurl|google|apple|wp|gravatar|disqus|mailchimp)\.(?:com|co|be|ly|gl|to|me)$/i;
/** Mail providers: an address there says nothing about the outlet. */
const MAIL_PROVIDER = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|mail|gmx|proton|protonmail|yandex)\./i;

export interface TextMetadata {
  title?: string;
  byline?: string;
  published?: string;
  url?: string;
  outlet?: string;
  /** A publication date inferred from the dates the article mentions (used only when nothing states one). */
  inferredPublished?: string;
  /** The block holding the headline, so the caller can keep it out of the body. */
  headlineBlock: number | null;
  /**
   * Kept blocks that are the article's header rather than its text: above the headline, or between
   * it and the first paragraph of running text without being sentences (byline, dateline, share bar).
   */
  headerBlocks: number[];
}

export interface MetadataSettings {
  proseMinWords: number;
  /** Headlines run 3–25 words in news style; longer lines are paragraphs. */
  headlineMaxWords: number;
  /** How many blocks above the article's first kept block the headline, byline and dateline may sit. */
  headerWindow: number;
  /** A byline or dateline has at most this many words. */
  datelineMaxWords: number;
  /** How often a page prints a brand of its copyright owner for the brand to be the outlet (publicationOf). */
  brandMinCount: number;
  /** How many non-empty lines above a byline or dateline the headline may sit (headerStack). */
  headlineAboveDateline: number;
  /** What being in the header stack above or below the byline or dateline adds to a headline's score (findHeadline). */
  stackBonus: { above: number; below: number };
  /** What a headline printed again elsewhere on the page adds to its score (findHeadline). */
  repeatedHeadlineBonus: number;
}

/**
 * How well line `i` reads as the headline of the kept text after it, or null when it is not headline-shaped:
 * 2–`headlineMaxWords` words, not a sentence (a question or exclamation is a headline shape), no caption credit, and
 * at least two terms shared with the article's opening. The score is the share of its terms the opening has,
 * discounted below four terms.
 */
function headlineScore(blocks: readonly string[], kept: readonly boolean[], i: number, settings: MetadataSettings) {
  const line = blocks[i];
  const words = countWords(line);
  // A question or exclamation is a headline shape, also inside closing quotes ('… kidnapping victim: "We got her!"').
  if (
    words < 2 ||
    words > settings.headlineMaxWords ||
    /[.:;,]$/.test(line) ||
    (endsSentenceAnyScript(line) && !/[?!]["”’']?$/u.test(line))
  )
    return null;
  // A caption with its credit run in ("… He didn't get it.Credit...Doug Mills/The New York Times") is no headline.
  if (endsInCredit(line) || /\bCredit\b/.test(line)) return null;
  const own = terms(line);
  if (own.size < 2) return null;
  const opening = terms(openingAfter(blocks, kept, i));
  // Singular and plural are the same word here ("Republicans" in the headline, "Republican" in the text).
  const shared = [...own].filter((t) => opening.has(t) || opening.has(t.replace(/s$/, '')) || opening.has(`${t}s`)).length;
  // A two- or three-word line (a section name, a product) matches the article trivially: news headlines
  // run 6–12 words, so the share counts fully from four terms on.
  const score = (shared / own.size) * Math.min(1, own.size / 4);
  return shared >= 2 && score > 0.3 ? score : null;
}

/**
 * The blocks that may hold the article's header: up to `headerWindow` non-empty blocks above the article's first
 * kept block (nearest first), then those after it up to the first paragraph of running text (when the first kept
 * block is already a paragraph, only the lines above it; a question or exclamation does not close the window).
 */
function headerCandidates(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const candidates: { index: number; distance: number }[] = [];
  for (let i = first - 1; i >= 0 && candidates.length < settings.headerWindow; i--) {
    if (blocks[i] !== '') candidates.push({ index: i, distance: candidates.length + 1 });
  }
  for (let i = first, d = 0; i < blocks.length && d <= settings.headerWindow; i++) {
    if (blocks[i] === '') continue;
    if ((i > first || !/[?!]$/.test(blocks[i])) && kept[i] && isProseLine(blocks[i], settings.proseMinWords)) break;
    candidates.push({ index: i, distance: d++ });
  }
  return candidates;
}

/** "Published 1 day ago", "Posted Nov 18, 8:19 PM", "Updated on: …": a dateline by its label, with or without a year. */
const DATELINE_LABEL = labelled(`${PUBLISH_LABEL}|${UPDATE_LABEL}|date`);

/** A byline or dateline: a short line that credits an author or dates the page. */
function isByOrDateline(line: string, settings: MetadataSettings): boolean {
  if (line === '' || countWords(line) > settings.datelineMaxWords) return false;
  if (BYLINE.test(line) || TRAILING_BYLINE.test(line) || /^by$/i.test(line) || DATELINE_LABEL.test(line)) return true;
  return !endsSentence(line) && writtenDate(line) !== null;
}

/** The byline or dateline nearest the article, which the header stack is read around (headerStack). */
function stackAnchor(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  // A line that shares two terms with the opening is about the article, not its dateline ("Opening Bell 11.18.19"),
  // unless a dateline label opens it ("Updated on: November 19, 2019 / 10:07 AM / CBS News").
  return headerCandidates(blocks, kept, first, settings).find(
    (c) =>
      isByOrDateline(blocks[c.index], settings) &&
      (DATELINE_LABEL.test(blocks[c.index]) || headlineScore(blocks, kept, c.index, settings) === null),
  )?.index;
}

/**
 * The headline by its place alone, for a header none of whose lines shares enough words with the article: templates
 * print headline, deck (a sentence that sums the story up), byline and dateline, so walking up from the byline or
 * dateline the first sentence of eight words or more is the deck, and the line above it the headline when it has a
 * headline's shape (4–`headlineMaxWords` words, no closing . : ; or comma, not all capitals, no caption credit).
 */
function headlineOverDeck(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const anchor = stackAnchor(blocks, kept, first, settings);
  if (anchor === undefined) return null;
  const above = blocks
    .slice(0, anchor)
    .map((_, i) => i)
    .filter((i) => blocks[i] !== '')
    .reverse()
    .slice(0, settings.headlineAboveDateline);
  const deck = above.findIndex((i) => endsSentenceAnyScript(blocks[i]) && countWords(blocks[i]) >= 8);
  const headline = deck < 0 ? undefined : above[deck + 1];
  if (headline === undefined || kept[headline]) return null;
  const line = blocks[headline];
  const words = countWords(line);
  const shaped =
    words >= 4 && words <= settings.headlineMaxWords && !/[.:;,]$/.test(line) && line !== line.toUpperCase() && !endsInCredit(line);
  return shaped ? headline : null;
}

/**
 * The lines of the header stack around the byline or dateline nearest the article, with the bonus each gets as a
 * headline: news pages print headline, an optional deck (subheadline), byline and dateline, then the lede (the top of
 * a news story as templates lay it out; on the fit pages the headline sits 1–13 non-empty lines above the byline or
 * dateline); some templates print the dateline first. So the headline is one of the `headlineAboveDateline` non-empty
 * lines above it (a share bar or a caption may sit between), or, less often, one of the two right below it before the
 * lede.
 */
function headerStack(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const stack = new Map<number, number>();
  const anchor = stackAnchor(blocks, kept, first, settings);
  if (anchor === undefined) return stack;
  for (let i = anchor - 1, n = 0; i >= 0 && n < settings.headlineAboveDateline; i--) {
    if (blocks[i] === '') continue;
    stack.set(i, settings.stackBonus.above);
    n++;
  }
  for (let i = anchor + 1, n = 0; i < blocks.length && n < 2 && !isProseLine(blocks[i], settings.proseMinWords); i++) {
    if (blocks[i] === '') continue;
    stack.set(i, settings.stackBonus.below);
    n++;
  }
  return stack;
}

/**
 * The headline: of the lines just above the article (and its first line) and those of its header stack (headerStack),
 * the headline-shaped one that shares most of its words with the opening of the article — the line the body is about,
 * not the first line of furniture — with the header stack's bonus and a bonus when the page prints it again. Ties go to
 * the nearer line; a deck chosen so gives way to the headline above it.
 */
function findHeadline(
  blocks: readonly string[],
  kept: readonly boolean[],
  first: number,
  page: string,
  settings: MetadataSettings,
): number | null {
  const stack = headerStack(blocks, kept, first, settings);
  const lines = new Map<number, number>(headerCandidates(blocks, kept, first, settings).map((c) => [c.index, 0.005 * c.distance]));
  for (const i of stack.keys()) if (!lines.has(i)) lines.set(i, 0);
  let best: { index: number; score: number } | null = null;
  for (const [i, penalty] of lines) {
    const shape = headlineScore(blocks, kept, i, settings);
    if (shape === null) continue;
    // Pages print their headline more than once (the <title>, a breadcrumb, a share box; Readability starts from the
    // document's <title> for the same reason); a line of a few words repeats as a menu item does, so only from four words.
    // The copy is looked for in the page text too: the blocks keep one copy of a line printed twice a few lines apart (as
    // an image's alt text and caption, boilerplate.ts), which a breadcrumb over the headline is too.
    const repeated =
      countWords(blocks[i]) >= 4 &&
      (blocks.some((b, j) => j !== i && b.includes(blocks[i])) || page.indexOf(blocks[i]) !== page.lastIndexOf(blocks[i]));
    const score = shape - penalty + (stack.get(i) ?? 0) + (repeated ? settings.repeatedHeadlineBonus : 0);
    if (best === null || score > best.score) best = { index: i, score };
  }
  if (best === null) return headlineOverDeck(blocks, kept, first, settings);
  // Headline over deck: news templates print the headline, then its deck (subheadline), then byline and dateline; a deck
  // of headline shape can share more words with the opening than the headline does. So a headline-shaped line right
  // above the line chosen, both in the stack above the dateline, is the headline, unless it is a kicker or section
  // label (under four terms, or all capitals) or a breadcrumb that ends in the line chosen.
  const { above } = settings.stackBonus;
  const upper = blocks.slice(0, best.index).findLastIndex((b) => b !== '');
  const line = upper >= 0 ? blocks[upper] : '';
  const headline =
    stack.get(best.index) === above &&
    stack.get(upper) === above &&
    headlineScore(blocks, kept, upper, settings) !== null &&
    terms(line).size >= 4 &&
    line !== line.toUpperCase() &&
    !line.includes(blocks[best.index]);
  return headline ? upper : best.index;
}

/**
 * The headline the page's <title> names: a line "<headline> - Site" or "<headline> | Section | Site" (TITLE_SEPARATOR)
 * whose part before a separator, of four or more words, the page also prints as a line of its own (the <h1>).
 * Readability starts its title from the document's <title> and cuts such a suffix; a page that prints both says which
 * of its lines is the headline.
 */
function titledHeadline(blocks: readonly string[]): number | null {
  const separators = new RegExp(TITLE_SEPARATOR.source, 'gu');
  // Each line's first place: a head is shorter than the line it is cut from, so it is never that line.
  const at = new Map<string, number>();
  blocks.forEach((b, k) => at.set(b, at.get(b) ?? k));
  for (const block of blocks) {
    for (const m of block.matchAll(separators)) {
      const head = block.slice(0, m.index);
      const own = countWords(head) < 4 ? undefined : at.get(head);
      if (own !== undefined) return own;
    }
  }
  return null;
}

/**
 * The headline by its place when no line shares enough words with the article to be read as one (a feature's headline, "The
 * quiet fight over what a city owes its children"): news templates print the headline over the story, so the nearest
 * line above the first kept block, not kept itself, of a headline's shape (4–`headlineMaxWords` words, no closing . : ;
 * or comma, no caption credit, no byline or dateline) that shares a term with the opening. Share bars between are passed
 * over.
 */
function nearestHeadline(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const opening = terms(openingAfter(blocks, kept, first - 1));
  for (let i = first - 1, seen = 0; i >= 0 && seen < settings.headerWindow; i--) {
    const line = blocks[i];
    if (line === '' || kept[i]) continue;
    seen++;
    const words = countWords(line);
    if (words < 4 || words > settings.headlineMaxWords || /[.:;,]$/.test(line) || endsInCredit(line)) continue;
    if (isByOrDateline(line, settings)) continue;
    if ([...terms(line)].some((t) => opening.has(t))) return i;
  }
  return null;
}

/** The first ~300 words of the kept text after block `i`: what a headline at `i` announces. */
function openingAfter(blocks: readonly string[], kept: readonly boolean[], i: number): string {
  let text = '';
  for (let j = i + 1; j < blocks.length && text.length < 2000; j++) if (kept[j]) text += `${blocks[j]}\n`;
  return text;
}

/**
 * Reads the metadata of a scrape from its blocks (toBlocks), which of them the classifier kept, and
 * the whole page text (for e-mail addresses, which the byline reader removes from the blocks, and the headline's copies).
 * `knownUrl` is the page address a header or catalogue states, for the outlet's domain; `authorLine` the "By" line the
 * byline reader took out of the blocks (byline.ts), for the outlet a staff byline names.
 */
export function readTextMetadata(
  blocks: readonly string[],
  kept: readonly boolean[],
  page: string,
  knownUrl: string | null,
  settings: MetadataSettings,
  authorLine?: string,
): TextMetadata {
  const first = kept.indexOf(true);
  const meta: TextMetadata = { headlineBlock: null, headerBlocks: [] };
  let bylineLine: string | undefined;
  const owner = copyrightOwner(blocks);
  if (first >= 0) {
    // No headline-shaped line near the first kept block (a menu item kept first, or a photo gallery between headline
    // and article): the headline the classifier's features placed above the densest run of prose (headlineOf), when
    // it is not kept as text.
    const run = densestRun(blocks, settings.proseMinWords, CLEAN_DEFAULTS.gapCost);
    const placed = headlineOf(blocks, run);
    const usable = placed >= 0 && !kept[placed] && terms(blocks[placed]).size >= 4 && !/^[-–—•*]/u.test(blocks[placed]);
    const near = titledHeadline(blocks) ?? findHeadline(blocks, kept, first, page, settings);
    const headline = near ?? (usable ? placed : null);
    if (headline !== null) {
      meta.headlineBlock = headline;
      // A slideshow's counter run into the headline ("… highlight L.A. Auto Show 1 / 23") is not part of it.
      meta.title = withoutSiteSuffix(blocks[headline].replace(/\s+\d{1,3}\s*\/\s*\d{1,3}$/, ''), blocks, kept);
      for (let i = 0; i < headline; i++) if (kept[i]) meta.headerBlocks.push(i);
      // Between the headline and the first paragraph, the header is its short lines (byline, dateline, share
      // bar): a longer line is the article's opening even when the scrape lost its full stop.
      // (Only under a headline read there: below one placed from afar, the first kept lines are the article's.)
      for (let i = headline + 1; near !== null && i < blocks.length && !(kept[i] && isProseLine(blocks[i], settings.proseMinWords)); i++) {
        if (kept[i] && !endsSentence(blocks[i]) && countWords(blocks[i]) <= settings.datelineMaxWords) meta.headerBlocks.push(i);
      }
    }
    // Still none (a menu item kept first, the headline far below it): the header of the densest run of prose is searched
    // as the first kept block's is. Its headline is the title only: the kept lines above it stay the body's.
    const far = headline === null && run.start > first ? findHeadline(blocks, kept, run.start, page, settings) : null;
    if (far !== null && !kept[far]) meta.title = blocks[far];
    // Still none: the line right over the story, as news style prints the headline (nearestHeadline).
    if (meta.title === undefined) {
      const over = nearestHeadline(blocks, kept, first, settings);
      if (over !== null) meta.title = blocks[over];
    }
    // Byline and dateline: near the headline, or above the article's first kept block when no headline
    // was found (templates print "PUBLISHED: <date>" between the headline and a photo); short lines only.
    let updated: string | undefined;
    let yearless: string | undefined;
    // Read around an anchor (the headline, else the first kept block) up to block `last`.
    const readHeader = (anchor: number | null, last: number) => {
      let from = Math.max(0, (anchor ?? first) - 3);
      for (let seen = 0; anchor === null && from > 0 && seen < settings.headerWindow; from--) if (blocks[from - 1] !== '') seen++;
      const to = Math.min(blocks.length - 1, last);
      for (let i = from; i <= to; i++) {
        const line = blocks[i];
        if (line === '' || i === anchor || countWords(line) > settings.datelineMaxWords) continue;
        const by =
          BYLINE.exec(line) ??
          TRAILING_BYLINE.exec(line) ??
          (writtenDate(line) !== null ? HANDLE_BYLINE.exec(line) : HANDLE_ONLY.exec(line));
        if (by !== null && meta.byline === undefined) {
          meta.byline = tidyByline(by[1], line).replace(LABEL_AFTER_NAME, '');
          bylineLine = line;
        }
        if (meta.byline === undefined) {
          // "By" on a line of its own with the name on the next ("By" / "Sarah E. Needleman"); a name with the
          // date after it on its line ("Chris Davies - Nov 19, 2019, 10:31 pm CST").
          const next = blocks.slice(i + 1).find((b) => b !== '') ?? '';
          const sameLine = NAME_THEN_LABEL.exec(line) ?? NAME_THEN_DATE.exec(line);
          const dateFirst = DATE_THEN_NAME.exec(line);
          const foreign = FOREIGN_BYLINE.exec(line);
          if (/^by$/i.test(line) && NAME_ONLY.test(next)) meta.byline = next;
          else if (foreign !== null) meta.byline = foreign[1];
          // "Updated Monday 11:11 PM EST Nov 19, 2019" is a dateline, not a name and its date.
          else if (
            sameLine !== null &&
            !DATE_WORD.test(sameLine[1]) &&
            (writtenDate(sameLine[2]) !== null || READING_TIME.test(sameLine[2]) || DATELINE_LABEL.test(sameLine[2]))
          )
            meta.byline = sameLine[1];
          else if (dateFirst !== null && !DATE_WORD.test(dateFirst[1])) meta.byline = dateFirst[1];
          else meta.byline = labelledCredit(line) ?? STAFF_CREDIT.exec(line)?.[1] ?? NAME_HANDLE.exec(line)?.[1];
        }
        // A dateline is not a sentence: "The deal was signed on 4 June 2019." is news, not a date of publication.
        const dateline = !endsSentence(line) || DATELINE_LABEL.test(line);
        if (!dateline || meta.published !== undefined) continue;
        const dates = datelineDates(line);
        if (dates.published !== null) meta.published = dates.published;
        updated ??= dates.updated ?? undefined;
        yearless ??= dates.yearless ?? undefined;
      }
      // A name alone on its line right under the headline or right above a dateline ("Anna Menin", "David Ehrlich" /
      // "Nov 13, 2019 4:26 pm"), between the headline and the first paragraph: the byline without its "By".
      const below = anchor === null ? [] : blocks.map((_, i) => i).filter((i) => i > anchor && blocks[i] !== '');
      for (let n = 0; meta.byline === undefined && n < Math.min(below.length, settings.headerWindow); n++) {
        const line = blocks[below[n]];
        if (kept[below[n]] && isProseLine(line, settings.proseMinWords)) break;
        // The dateline may follow the name's role on a line of its own ("Jane Doe" / "Staff Writer" / "Nov 19, 2019"), and
        // blog themes print the date first, then the author ("November 19, 2019" / "Jane Doe").
        const isDateline = (k: number) => {
          const other = below[k] === undefined ? '' : blocks[below[k]];
          return (
            other !== '' && countWords(other) <= settings.datelineMaxWords && (DATELINE_LABEL.test(other) || writtenDate(other) !== null)
          );
        };
        const roleNext = below[n + 1] !== undefined && ROLE_LINE.test(blocks[below[n + 1]]);
        // Read only for a name (writtenDate runs the date parsers).
        const dated = () => isDateline(n + 1) || (roleNext && isDateline(n + 2)) || (n > 0 && isDateline(n - 1));
        // A role after the name goes ("Tom Krisher, Ap Auto Writer"), as tidyByline takes it off, and so does the outlet
        // of a staff credit ("VICTOR TANGERMANN, FUTURISM 18 NOV 2019").
        const tidied = tidyByline(line);
        const name = affiliationOf(tidied) === undefined ? tidied : tidied.replace(/\s*(?:\||,|\s[-–—/]\s).*$/u, '');
        // The site's name printed under the headline (the owner its copyright line names) is no author's.
        const site = owner !== undefined && name.toLowerCase() === owner.toLowerCase();
        if ((NAME_ONLY.test(name) || NAMES_ONLY.test(name)) && !DATE_WORD.test(name) && !ROLE.test(name) && !site && (n === 0 || dated())) {
          meta.byline = name;
          bylineLine = line;
        }
      }
    };
    readHeader(headline, Math.max(headline ?? first, first) + settings.headerWindow);
    // A page that prints its headline again (a gallery's copy "… highlight L.A. Auto Show 1 / 23" read as the headline,
    // the story's own header higher up) may have its byline and dateline under the other copy only.
    const copy = headline === null ? -1 : blocks.findIndex((b, j) => j !== headline && b === meta.title);
    if (copy >= 0 && (meta.byline === undefined || meta.published === undefined)) readHeader(copy, copy + settings.headerWindow);
    // Korean papers sign a story at its end (KOREAN_BYLINE), under the article rather than in its header.
    for (let i = 0; meta.byline === undefined && i < blocks.length; i++) meta.byline = KOREAN_BYLINE.exec(blocks[i])?.[1];
    // Else the author's one-line bio (AUTHOR_BIO) or contact line (AUTHOR_CONTACT), off a line the cleaner dropped or the
    // story's last line (a bio follows the story; inside it, such a sentence is about someone else), unless a "By" line
    // elsewhere names the author.
    const last = kept.lastIndexOf(true);
    for (let i = 0; meta.byline === undefined && authorLine === undefined && i < blocks.length; i++) {
      if (!kept[i] || i === last) meta.byline = [AUTHOR_BIO, ...AUTHOR_CONTACT].map((re) => re.exec(blocks[i])?.[1]).find((n) => n);
    }
    // A dateline printed under the article ("First published on November 19, 2019 / 8:16 AM", "This story was originally
    // published November 19, 2019 5:36 PM."), labelled as such;
    // else the date the page was last updated, when that is the only date its header shows.
    for (let i = (headline ?? first) + 1; meta.published === undefined && i < blocks.length; i++) {
      const line = blocks[i].replace(SYNDICATION_NOTE, '');
      if (PUBLISHED.test(line) && countWords(line) <= settings.datelineMaxWords)
        meta.published = datelineDates(line).published ?? undefined;
    }
    // The dateline printed with the "By" line the byline reader took out (templates print byline and dateline together:
    // "By Scott Gordon" / "Published Nov 18, 2019 at 4:07 PM | Updated …"), when that line has no date of its own.
    if (meta.published === undefined && authorLine !== undefined && writtenDate(authorLine) === null) {
      meta.published = datelineNextTo(authorLine, page, settings);
    }
    meta.published ??= updated;
    // A dateline without its year is of the year the page was served: AP style leaves the year out of dates in the
    // current year, and the copyright line gives that year. The year is inferred, so the date is marked so.
    yearless ??= wireDate(blocks, kept);
    const year = meta.published === undefined && yearless !== undefined ? copyrightYear(page) : null;
    if (year !== null && normalizeDate(`${year}-${yearless}`) !== null) meta.inferredPublished = `${year}-${yearless}`;
  }
  // The page's address as its share box prints it; a link in the article's own text is a source it cites.
  for (const [i, line] of blocks.entries()) {
    const m = kept[i] ? null : URL_LINE.exec(line);
    const host = m ? hostOf(m[1]) : null;
    if (m && host !== null && !NOT_THE_PAGE.test(host)) {
      meta.url = m[1];
      break;
    }
  }
  // The name a site gives itself first, then its staff's affiliation on the byline or in an author's bio, the site name
  // after the headline, the copyright owner, the page's domain, a domain the page writes, an e-mail domain.
  for (let i = 0; i < blocks.length && meta.outlet === undefined; i++) {
    const named = SELF_NAME.map((re) => re.exec(blocks[i])?.[1]).find((n) => n !== undefined);
    if (named !== undefined) meta.outlet = named.replace(/['’]s$/u, '');
  }
  meta.outlet ??= affiliationOf(bylineLine ?? authorLine ?? '');
  for (let i = 0; i < blocks.length && meta.outlet === undefined; i++) {
    if (!kept[i]) meta.outlet = STAFF_BIO.exec(blocks[i])?.[1].replace(/\.+$/, '');
  }
  // The page's <title> printed in the scrape: the headline, then the site's name ("… Kidnapped Fort Worth Girl - NBC 5
  // Dallas-Fort Worth"; browsers and search engines show titles so, and Readability strips that suffix for its title).
  for (let i = 0; meta.title !== undefined && i < blocks.length && meta.outlet === undefined; i++) {
    meta.outlet = titleSuffix(blocks[i], meta.title);
  }
  if (meta.outlet === undefined && owner !== undefined) {
    meta.outlet = publicationOf(owner, page, settings.brandMinCount);
    // A parent company ("Penske Business Media", "Guardian News & Media Limited or its affiliated companies") gives way
    // to the site's name spelt as one of the page's domains is, else to the name the site's menu gives itself. An owner
    // the page names only in its notice may be a parent too (a publication prints its name in its furniture as well, a
    // parent only in the legal line: on the fit pages 11 of the 16 owners printed once are parents), so the name spelt as
    // the domain comes first for it too.
    if (CORPORATE.test(meta.outlet) || /&|\baffiliated\b/i.test(meta.outlet)) {
      const menu = () =>
        blocks.flatMap((b) => MENU_SELF_NAME.map((re) => re.exec(b)?.[1])).find((n) => n !== undefined && BRAND_SHAPED.test(n));
      meta.outlet = domainSpelt(page) ?? menu() ?? meta.outlet;
    } else if (meta.outlet === owner && page.toLowerCase().split(owner.toLowerCase()).length === 2)
      meta.outlet = domainSpelt(page) ?? owner;
  }
  // A domain last: the page's, one it writes as its name, an e-mail address's; as the name the page prints for it, if any.
  if (meta.outlet === undefined) {
    const domain =
      hostOf(knownUrl ?? meta.url ?? '') ??
      writtenDomain(page) ??
      [...page.matchAll(EMAIL)].map((m) => m[1].toLowerCase()).find((d) => !MAIL_PROVIDER.test(d));
    if (domain !== undefined) meta.outlet = domainAsNamed(domain, page);
  }
  // Else a name the page prints that spells one of the domains it writes (on the fit pages right on 12 of the 16 where
  // it reads one): better than no outlet.
  meta.outlet ??= domainSpelt(page);
  // Else the wire service or network the story's own dateline credits ("SPRINGFIELD, Ill. (AP) —"), in its first paragraphs.
  const agency = wireDateline(blocks, kept)?.[1];
  meta.outlet ??= agency === 'AP' ? 'Associated Press' : agency;
  const inferred = meta.inferredPublished === undefined ? inferPublished(blocks.filter((_, i) => kept[i]).join('\n\n')) : null;
  if (inferred !== null) meta.inferredPublished = inferred;
  return meta;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
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
 * no date: a photo caption from 2018 does not date a report of 2024.
 */
export function inferPublished(text: string): string | null {
  const mentioned = [...datesIn(text).filter((d) => !FORWARD.test(text.slice(Math.max(0, d.index - 30), d.index)))];
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (FORWARD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
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
    const month = MONTHS.indexOf((m[2] ?? m[5]).slice(0, 3).toLowerCase());
    const day = Number(m[3] ?? m[4]);
    const floor = latestPast !== null ? Number(latestPast.slice(0, 4)) : reference - CLEAN_DEFAULTS.weekdayAnchorYears;
    let best: number | null = null;
    for (let y = reference - CLEAN_DEFAULTS.weekdayAnchorYears; y <= reference + CLEAN_DEFAULTS.weekdayAnchorYears; y++) {
      const date = new Date(Date.UTC(y, month, day));
      if (date.getUTCDate() !== day || date.getUTCDay() !== weekday || y < floor) continue;
      if (best === null || Math.abs(y - reference) < Math.abs(best - reference)) best = y;
    }
    if (best !== null) return `${best}-${String(month + 1).padStart(2, '0')}`;
  }
  return null;
}
