/**
 * The author of a text scrape: an author box (a name over an e-mail line) or a "By" line taken out of the text
 * (readByline), the byline forms news templates and style guides print, read around the headline by text-metadata.ts
 * (BYLINE, the labelled, handle, trailing, foreign-language and Korean forms), and a byline tidied to the name(s) alone:
 * a date, role, place, agency or outlet run on after the name goes (tidyByline, withoutOutlet, affiliationOf).
 */
import { MONTH, WEEKDAY, WEEKDAY_NAME } from './written-dates.js';
import { STOP_WORDS } from '../../lexicon/stop-words.js';
import { isCommonWord } from '../../lexicon/lexicon.js';
import { SITE_NAME, withoutWww } from './site-name.js';

/** A line holding nothing but an e-mail address (optionally labelled), as in an author box. */
const EMAIL_LINE = /^[ \t]*(?:e-?mail[ \t]*:?[ \t]*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?[ \t]*$/i;

/** Name particles written in lower case inside personal names (de Gaulle, van der Leyen, bin Salman). */
const PARTICLE = '(?:de|da|del|della|der|di|du|la|le|van|von|bin|al|ibn|y)';
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** Two to five name words: "Daniel Kim", "Mary-Jane O'Neil", "John F. Kennedy", "Ursula von der Leyen". */
const NAME = `${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${NAME_WORD}){1,4}`;
const NAME_LINE = new RegExp(`^[ \\t]*(${NAME})[ \\t]*$`, 'u');
/**
 * "By Name", "By Name and Name", "By Name, Name, and Name" (the serial comma before "and", Chicago Manual 6.19), "By Name,
 * Outlet" — a whole line, never the start of a sentence.
 */
const BY_LINE = new RegExp(
  `^[ \\t]*By[ \\t]+(${NAME}(?:[ \\t]*(?:,[ \\t]*(?:and|&)|,|and|&)[ \\t]*${NAME})*)(?:[ \\t]*[,|\\u2013\\u2014-][ \\t]*[^.!?\\n]{0,60})?[ \\t]*$`,
  'u',
);

/**
 * Reads the author from an author box (a name line directly followed by an e-mail line) or a
 * "By Name" line, and removes those lines and every other line that is only an e-mail address
 * (contact addresses are not article text). The first byline found wins; its whole line is returned
 * too (`line`), since it often carries the date ("By Jane Doe, Wednesday, 20 November 2019 08:05 GMT").
 */
export function readByline(text: string): { byline: string | null; rest: string; line?: string } {
  const lines = text.split('\n');
  const drop = new Set<number>();
  let byline: string | null = null;
  let bylineLine: string | undefined;
  lines.forEach((line, i) => {
    if (EMAIL_LINE.test(line)) {
      drop.add(i);
      const name = i > 0 ? NAME_LINE.exec(lines[i - 1]) : null;
      if (name !== null) {
        drop.add(i - 1);
        byline ??= name[1];
      }
      return;
    }
    const by = BY_LINE.exec(line);
    if (by !== null) {
      drop.add(i);
      byline ??= by[1];
      bylineLine ??= line;
    }
  });
  if (drop.size === 0) return { byline, rest: text };
  const rest = lines.filter((_, i) => !drop.has(i)).join('\n');
  return bylineLine === undefined ? { byline, rest } : { byline, rest, line: bylineLine };
}

/**
 * Label words as pages print them: lower case, capitalised or in capitals ("by", "By", "BY"). A pattern made case-blind
 * with the `i` flag instead makes \p{Lu} match any letter, so "Posted by Jane Doe in News" read the byline "Jane Doe in News".
 */
function anyCase(words: string): string {
  return `(?:${words
    .split('|')
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
    .join('|')})`;
}

/** The words a credit's "by" may follow: "Posted by", "Written by", "Words by", "Analysis by", Reuters' "Reporting by". */
const CREDIT_WORDS = anyCase(
  'posted|written|published|reported|reporting|words|story|text|analysis|opinion|commentary|review|column|interview',
);
/**
 * "By Jane Doe", "By: Jane Doe", "Posted by Jane Doe on …", "Written by …", "Analysis by …", "Text and photos by …", Reuters'
 * "Reporting by Jane Doe; Editing by …" (the reporter, not the editor): the name (two to five capitalised words).
 */
export const BYLINE = new RegExp(
  String.raw`^(?:${CREDIT_WORDS}\s+)?` +
    String.raw`(?:${anyCase('and')}\s+${anyCase('photo|photos|pictures|photography')}\s+)?${anyCase('by')}:?\s+` +
    String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|der|al|bin|la|le)\s+)?\p{Lu}[\p{L}'’.-]*){1,4})`,
  'u',
);
/**
 * A credit by its label, as magazines and blogs print it: "Author: …", "Text: …", "Reporter: …" (and the labels of the
 * languages written-dates.ts reads, CHRONO_LOCALES: Texto, Autor, Testo, Autore, Penulis, Текст, Автор).
 */
const CREDIT_LABEL =
  /^(?:author|text|words|reporter|writer|correspondent|columnist|texto|autor|autore|testo|penulis|текст|автор)\s*:\s*(.+)$/iu;
/** The name a labelled credit gives, up to a separator, a date or the next label glued on ("Author:The Water CoolestPublish date:…"). */
export function labelledCredit(line: string): string | undefined {
  const credited = CREDIT_LABEL.exec(line)?.[1];
  const name = credited === undefined ? undefined : tidyByline(credited.split(/\s*[·|–—]\s*/u)[0]);
  return name !== undefined && NAME_ONLY_OR_SITE.test(name) ? name : undefined;
}
/**
 * A staff credit, the byline of a story no one person signs (the labels' "Staff Reports", AP's "Associated Press staff"):
 * "Detroit News wire services", "New Delhi, News Nation Bureau | Updated : 19 November 2019" (a place before it).
 */
export const STAFF_CREDIT =
  /(?:^|,\s*)((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:[Ss]taff(?:\s+[Rr]eports?)?|[Bb]ureau|[Ww]ire [Ss]ervices|[Nn]ews [Ss]ervice))\s*(?:$|[|·])/u;
/** What a dateline prints after the author's name: "By Umair Irfan Updated Nov 13, 2019" → "Umair Irfan". */
export const LABEL_AFTER_NAME = /(?:\s+(?:on|at|in|and|updated|published|posted))+$/i;
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
export const HANDLE_BYLINE = new RegExp(String.raw`(?:^|\s|\/)${notCredit('by')}\s+([\p{L}\p{N}_.-]{2,30})(?=\s*(?:[-–—|·,]|$))`, 'iu');
/**
 * A credit of a user name alone, WordPress's default author line ("Posted by admin", "By admin"); a wire agency or the
 * staff is no author's name.
 */
export const HANDLE_ONLY = /^(?:(?:posted|written)\s+)?by\s+(?!(?:reuters|ap|afp|staff|the|us|me)$)([\p{L}\p{N}_.-]{2,30})$/iu;
/**
 * A dateline ending in the author: "Monday November 18, 2019 7:45 am PST by Joe Rossignol", or the authors, joined as AP
 * style joins them ("… by Jane Doe and John Roe"); a view counter may follow ("… Get short URL by Finian Cunningham 4553").
 */
const TRAILING_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
export const TRAILING_BYLINE = new RegExp(
  String.raw`\b${notCredit('by')}\s+(${TRAILING_NAME}(?:(?:\s*,\s*|,?\s+(?:and|&)\s+)${TRAILING_NAME})*)(?:\s+\d+)?\s*$`,
  'u',
);
/**
 * A person's name: two to four capitalised words, a middle initial allowed ("Sarah E. Needleman"), name particles in lower
 * case before a word ("Luis de la Cruz", "Jana van der Berg") and a generational suffix ("John Roe Jr.", "John Roe III").
 */
const PERSON_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:${PARTICLE}\s+)*\p{Lu}[\p{L}'’-]+){1,3}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![\p{L}\p{N}]))?`;
const PERSON = `(${PERSON_WORDS})`;
/**
 * Whether a name-shaped line is made of common words only: each a stop word or a word WordNet has a sense of that is not
 * one named individual, as a share bar's or a box's heading is ("Share This Article", "Most Read", "Morning Briefing"). A
 * person's name has a word that is not: a surname WordNet lacks, or lists only as a person or place. A lexicon is the
 * usual test of whether a capitalised word is a proper name (Mikheev 2002, "Periods, Capitalized Words, etc.",
 * Computational Linguistics 28:3). Measured on the fit pages with the headline moved to the story's last block (session
 * 26, notes/s26-byline.md): wrong bylines 13 → 3, and no author's name lost with the headline as read.
 */
export function commonWordsOnly(name: string): boolean {
  const words = name.match(/[\p{L}'’]+/gu) ?? [];
  return (
    words.length > 0 &&
    words.every((w) => {
      const word = w.toLowerCase();
      return STOP_WORDS.has(word) || isCommonWord(word) || (word.endsWith('s') && isCommonWord(word.slice(0, -1)));
    })
  );
}
/** A line of a name alone. */
export const NAME_ONLY = new RegExp(`^${PERSON}$`, 'u');
/** A line of several names alone: "Jane Doe and John Roe", "Jane Doe, John Roe and Max Moe", "Jane Doe & John Roe". */
export const NAMES_ONLY = new RegExp(String.raw`^${PERSON}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${PERSON})+$`, 'u');
/** A name and the author's social handle after it, as columns credit their writer: "Nishant Kumar @Nishantopines", "Jane Doe (@jdoe)". */
export const NAME_HANDLE = new RegExp(String.raw`^${PERSON}\s+\(?@[\p{L}\p{N}_.]{2,30}\)?$`, 'u');
/**
 * A weekday or a dateline's label: words of a dateline, never of a name ("Updated Wednesday 1:39 am EST Nov 20, 2019");
 * month names are not among them, being first names too (April, May, June).
 */
export const DATE_WORD = new RegExp(String.raw`\b(?:published|posted|updated|${WEEKDAY_NAME})\b`, 'i');
/**
 * A name, then a date on the same line: "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Jane Doe / November 19, 2019", "Jane
 * Doe, 19 November 2019" (a comma right before the date: "New Delhi, News Nation Bureau | Updated : …" is a place), or with
 * only a space before a date written in numbers ("Carlos Nadalim 27/09/2018 Comente!").
 */
export const NAME_THEN_DATE = new RegExp(String.raw`^${PERSON}(?:\s*[-–—|·•/]\s*|\s+(?=\d)|,\s*(?=\d|${MONTH}|${WEEKDAY}))(.+)$`, 'u');
/**
 * A name, then a dateline's label: CMS headers print the author, then "Published 3 hours ago" or "Updated Nov. 19, 2019".
 * Tried before NAME_THEN_DATE, whose name would take the capitalised label in.
 */
export const NAME_THEN_LABEL = new RegExp(
  String.raw`^${PERSON}\s+((?:Published|Posted|Updated|Last [Uu]pdated|Modified)(?![\p{L}\p{N}]).*)$`,
  'u',
);
/** A reading time where a byline's date stands (Medium's and many templates' "Jane Doe · 5 min read"). */
export const READING_TIME = /^\d{1,3}\s*min(?:ute)?s?\s+read\b/i;

/** "By" in the languages written-dates.ts reads (CHRONO_LOCALES), as FOREIGN_BYLINE lists them. */
const FOREIGN_BY = '(?:Por|por|Von|von|Par|par|Oleh|oleh|Door|door)';
/**
 * "By" in the languages written-dates.ts reads (CHRONO_LOCALES), as their papers print a byline line: "Por Jane Doe"
 * (Portuguese, Spanish), "Von Jane Doe" (German), "Par Jane Doe" (French), "Oleh Jane Doe" (Indonesian), "Door Jane Doe"
 * (Dutch); the name alone on the line or before a separator ("Von Jane Doe | 19.11.2019"); several names joined as the
 * language joins them ("Por Ana Silva e João Souza", "Von Jana Roth und Max Moe").
 */
export const FOREIGN_BYLINE = new RegExp(
  String.raw`^${FOREIGN_BY}:?\s+(${PERSON_WORDS}(?:\s*(?:,|&|\s(?:e|y|und|et|dan|en)\s)\s*${PERSON_WORDS})*)` +
    String.raw`\s*(?:[|·–—].{0,60})?$`,
  'u',
);
/**
 * A dateline that starts with the date and ends with the author, as blog templates print an entry's meta (WordPress's
 * "<date> by <author>" and its themes' "<date> <author>"): "November 19, 2019 Jane Doe", "21/06/2014 | Jane Doe". A time
 * and its zone after the date are the date's ("Nov 19, 2019, 10:30 PM IST").
 */
export const DATE_THEN_NAME = new RegExp(
  String.raw`^(?:${WEEKDAY},?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
    String.raw`\d{1,2}\s+${MONTH}\.?,?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{1,4})?)?\s*(?:[|·–—-]\s*|\s+)(?:by\s+)?` +
    String.raw`(?![AaPp]\.?[Mm]\b)${PERSON}\s*(?:[|·–—].*)?$`,
  'u',
);
/**
 * The byline Korean papers print at the end of every story: the writer's name (two to four Hangul syllables), the role
 * (기자 reporter, 칼럼니스트 columnist, 특파원 correspondent, 논설위원 editorial writer) and often an e-mail address.
 */
export const KOREAN_BYLINE = /^\s*(\p{Script=Hangul}{2,4})\s*(?:기자|칼럼니스트|특파원|논설위원)(?:\s+[\w.+-]+@[\w.-]+)?\s*$/u;

/**
 * An author box's one-line bio, which names the author first: "Meg James is a corporate media reporter for …", "Dallas
 * Robinson is a freelance writer living in …".
 */
export const AUTHOR_BIO = new RegExp(
  String.raw`^${PERSON}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?` +
    String.raw`(?:writer|reporter|correspondent|editor|columnist|contributor|journalist)\b`,
  'u',
);

/**
 * An author box's contact line, as papers end a story or fill the box under it: "Jane Doe can be reached at …", "Contact
 * Jane Doe at …", "Reach Jane Doe at …", "Follow Jane Doe on Twitter …" (a person's name: not "The …").
 */
export const AUTHOR_CONTACT = [
  new RegExp(String.raw`^(?!The\s)${PERSON}\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\b`, 'u'),
  new RegExp(String.raw`^(?:Contact|Reach|Email|E-mail)\s+(?!The\s)${PERSON}\s+(?:at|via|on)\b`, 'u'),
  new RegExp(String.raw`^Follow\s+(?!The\s)${PERSON}\s+on\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|LinkedIn)\b`, 'u'),
];

/**
 * The reporters a wire story credits under its text, as Reuters ends a story ("Reporting by Jane Doe and John Roe; Editing
 * by Max Moe"): the reporters, several joined by commas and "and".
 */
export const REPORTING_CREDIT = new RegExp(
  String.raw`^(?:Reporting|Reported)\s+by\s+(${PERSON_WORDS}(?:(?:\s*,\s*|,?\s+and\s+)${PERSON_WORDS})*)`,
  'u',
);

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
/**
 * A wire agency, alone or after the name ("By Jane Doe, Associated Press"): the labels credit the agency as an outlet, not
 * a byline (eval/labels/README.md), as AP style sets the agency's credit line apart from the byline.
 */
const AGENCY = '(?:The\\s+)?(?:Associated Press|Reuters|AFP)';
export const WIRE_AGENCY = new RegExp(`^${AGENCY}$`, 'u');
const AGENCY_AFTER_NAME = new RegExp(`(?<!^The)(?:,\\s*|\\s+)${AGENCY}$`, 'u');

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
    .replace(WIRE_AGENCY, '')
    .trim();
}
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
 * A staff byline names the outlet after the name: "By Andy Sahadeo | Fox News", "By Troy L. Smith, Cleveland.com", "Jane
 * Doe / Example Gazette",
 * "By Eric Song, IGN Staff" (news sites credit their own staff so, wire copy with the agency: "Tom Krisher, AP Auto
 * Writer" is a role, not an outlet). The name's words are capitalised (a case-blind pattern read "By Jane Doe in Soil,
 * Vegetables", a blog's categories, as the name "Jane Doe in Soil" and the outlet "Vegetables"; anyCase).
 */
const AFFILIATION = new RegExp(
  String.raw`^\s*(?:${anyCase('by')}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:\||,|\s[-–—/]\s)\s*([^|,]+?)\s*$`,
  'u',
);
export const ROLE = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|photographer|producer|analyst|bureau)\b/i;
/** A line of a role alone, printed under the author's name ("Staff Writer", "Senior Correspondent"). */
const ROLE_LINE = new RegExp(String.raw`^(?:\p{L}+\s+){0,3}${ROLE.source}s?$`, 'iu');
/**
 * What a byline slot prints on a line of its own between the author's name and the dateline: the role (ROLE_LINE), the
 * author's social handle ("@janedoe"), or the outlet the author writes for, a place of filing after it ("Example Gazette,
 * Springfield"), as AP style sets the credit line under the byline ("By Jane Doe" / "Associated Press").
 */
const OUTLET_AND_PLACE = new RegExp(String.raw`^${SITE_NAME}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?$`, 'u');
export function isBylineCredit(line: string): boolean {
  return ROLE_LINE.test(line) || /^@[\p{L}\p{N}_.]{2,30}$/u.test(line) || OUTLET_AND_PLACE.test(line);
}
/** The line a page prints right under `line` (the "By" line the byline reader took out of the text), trimmed. */
export function lineUnder(page: string, line: string): string | undefined {
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const at = lines.indexOf(line.trim());
  return at < 0 ? undefined : lines[at + 1];
}
export const NAME_ONLY_OR_SITE = new RegExp(String.raw`^${SITE_NAME}$`, 'u');
/**
 * AP style credits a writer who is not on the outlet's staff "Special to The X" (the outlet that ran the story):
 * "By Bill Hoppe | Special to the Pioneer Press" names the outlet as a staff credit does.
 */
const SPECIAL_TO = /^special to\s+(?:the\s+)?/i;

/** The outlet a staff byline names after the name, or glued onto it by the scrape ("Jonathan GarberFOXBusiness"); a role is none. */
export function affiliationOf(line: string): string | undefined {
  const name = BYLINE.exec(line)?.[1] ?? line;
  const stated = AFFILIATION.exec(line)?.[1] ?? GLUED_AFTER_NAME.exec(name)?.[2];
  // "NJ Advance Media for NJ.com": an agency's staff writing for a site (syndication credits) name the site after "for".
  const affiliation = stated
    ?.replace(SPECIAL_TO, '')
    .replace(/\s+staff$/i, '')
    .replace(/^.+\s+for\s+(?:the\s+)?/i, '');
  return affiliation !== undefined && !ROLE.test(affiliation) && NAME_ONLY_OR_SITE.test(affiliation) ? affiliation : undefined;
}

/**
 * A staff credit's name without the outlet after it ("Troy L. Smith, Cleveland.com" → "Troy L. Smith"; affiliationOf), unless
 * `keep` spares that outlet.
 */
export function withoutAffiliation(byline: string, keep: (affiliation: string) => boolean = () => false): string {
  const affiliation = affiliationOf(byline);
  return affiliation === undefined || keep(affiliation) ? byline : byline.replace(/\s*(?:\||,|\s[-–—/]\s).*$/u, '');
}

/**
 * A credit's label before a byline's names, a colon after it allowed: AP Stylebook's "By" in the cases pages print it ("By",
 * "by", "BY") and the labels BYLINE reads before it ("Written by", "Posted by", "Words by", "Story by"), as trafilatura takes
 * "written by", "words by" and "by" off an author (utils.py AUTHOR_PREFIX) and metascraper its "by" (helpers REGEX_BY).
 */
const BY_LABEL = new RegExp(String.raw`^(?:${CREDIT_WORDS}\s+)?${anyCase('by')}(?::\s*|\s+)`, 'u');
/**
 * "By" in the languages written-dates.ts reads (FOREIGN_BYLINE: "Por", "Von", "Par", "Oleh", "Door"; trafilatura's
 * AUTHOR_PREFIX takes German "von" off too): a label only when what follows it reads as names, since "Von" also opens
 * names ("Von Miller").
 */
const FOREIGN_BY_LABEL = new RegExp(String.raw`^${FOREIGN_BY}:?\s+`, 'u');

/** A month name before a day's number: a date, whose month a name-shaped cut would take for a surname ("Jane Doe November"). */
const DAY_AFTER_MONTH = new RegExp(String.raw`\b${MONTH}\.?\s+\d`, 'u');

/**
 * The names a byline's text (its credit label off) reads as, a dateline after them cut off at its first date word or number
 * (DATE_WORD, or a month before a day) with its label (LABEL_AFTER_NAME); null when what is left is no name, names or staff
 * credit, or common words only (a box's heading, "About The Author"; commonWordsOnly).
 */
function bylineNames(text: string): string | null {
  const dated = [DATE_WORD, DAY_AFTER_MONTH, /\d/].map((date) => date.exec(text)?.index).filter((i): i is number => i !== undefined);
  const names = text
    .slice(0, Math.min(text.length, ...dated))
    .replace(/[\s,|·•–—-]+$/u, '')
    .replace(LABEL_AFTER_NAME, '')
    .trim();
  if (NAME_ONLY.test(names) || NAMES_ONLY.test(names)) return commonWordsOnly(names) ? null : names;
  return STAFF_CREDIT.exec(names)?.[1] === names ? names : null;
}

/**
 * The author(s) a byline element of an HTML page shows, read from its text: AP Stylebook's byline ("By Jane Doe", "By Jane
 * Doe and John Roe", several names joined by commas; BY_LABEL), the same in the languages FOREIGN_BYLINE reads ("Por Ana
 * Silva"; a foreign label only when names follow it, FOREIGN_BY_LABEL), or the name(s) alone, or a staff credit
 * (STAFF_CREDIT, "Example News wire services"); a dateline printed in the same element after it is cut off ("By Jane Doe
 * and John Roe Monday, November 18, 2019"; bylineNames). Null when what is left is none of these.
 */
export function elementByline(shown: string): string | null {
  const text = shown.replace(BY_LABEL, '');
  const foreign = text.replace(FOREIGN_BY_LABEL, '');
  return (foreign === text ? null : bylineNames(foreign)) ?? bylineNames(text);
}

/**
 * The byline Readability read (its metadata's author, else the text of the byline element it took out of the article), read
 * as a byline element's (elementByline: AP Stylebook's "By" label and a dateline after the names go), else without its
 * credit label alone: Readability keeps an element's text whole ("By Jane Roe", "Written by Jane Roe"), and the label is no
 * part of a name. A text that opens with a dash is none: a dash sets a quotation's source apart ("— Jane Roe" under a pull
 * quote), and trafilatura reads no author from a quotation's attribution (tests/unit_tests.py test_authors, "quote-author").
 */
export function readerByline(byline: string): string | null {
  if (/^[–—-]/u.test(byline)) return null;
  return elementByline(byline) ?? byline.replace(BY_LABEL, '');
}

/** The names a byline lists ("Jane Doe, John Roe and Max Moe"), case-blind. */
function listedNames(byline: string): Set<string> {
  return new Set(
    byline
      .toLowerCase()
      .split(/\s*(?:,|&|\band\b)\s*/u)
      .filter((n) => n !== ''),
  );
}

/**
 * Whether a byline element's names hold every name of the stated byline: a declared author list may hold only the first of
 * a story's writers while the byline printed on the page credits all of them (schema.org's author takes one value per
 * writer, and templates fill only the first); and when it names the same people, the page prints them as a byline is
 * written ("Jane Doe and John Roe", AP Stylebook's byline) where the declared list only joins them with commas.
 */
export function namesAll(shown: string, stated: string): boolean {
  const shownNames = listedNames(shown);
  return [...listedNames(stated)].every((n) => shownNames.has(n));
}

/**
 * RSS 2.0's author form, an e-mail address with the name in parentheses ("jdoe@example.com (Jane Doe)"; RSS 2.0
 * Specification, the `<author>` element), which feeds and the metas copied from them carry.
 */
const RSS_AUTHOR = /^<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?\s*\(([^()]+)\)$/u;
/** An e-mail address, in angle brackets or parentheses or bare ("Jane Doe <jdoe@example.com>", "Jane Doe | jdoe@example.com"). */
const EMAIL_ADDRESS = /[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?/gu;
/** A social handle after or instead of a name ("Jane Doe (@jdoe)", "@jdoe"). */
const SOCIAL_HANDLE = /\(?(?<![\w.])@[\p{L}\p{N}_.]{1,30}\)?/gu;

/** A byline's text without its credit label: "By", "Written by" (BY_LABEL), or a foreign "By" before names (FOREIGN_BY_LABEL). */
function withoutCreditLabel(byline: string): string {
  const text = byline.replace(BY_LABEL, '');
  const foreign = text.replace(FOREIGN_BY_LABEL, '');
  return foreign !== text && (NAME_ONLY.test(foreign) || NAMES_ONLY.test(foreign)) ? foreign : text;
}

/**
 * A stated author's text as a name's: markup in a meta's value goes (a CMS writes the byline's links into `og:author`,
 * "By <a href=…>Jane Doe</a>"), so do an e-mail address (RSS 2.0's "address (Name)" gives the name) and a social handle
 * (a handle alone is no name), and a credit label before the names ("By", "Written by"; withoutCreditLabel). trafilatura
 * normalises every author so: tags stripped, an e-mail address no author, "@username" removed, "by" and "written by" taken
 * off (utils.py normalize_authors; its test_authors reads CNN's `og:author` "By <a …>Amir Vera</a>, …"), and metascraper
 * takes "by" and "@" off (helpers REGEX_BY).
 */
function statedAuthor(byline: string): string {
  const text = (RSS_AUTHOR.exec(byline)?.[1] ?? byline)
    .replace(/<[^<>]*>/gu, '')
    .replace(EMAIL_ADDRESS, ' ')
    .replace(SOCIAL_HANDLE, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,|·•–—/-]+$/u, '')
    .trim();
  return withoutCreditLabel(text);
}

/**
 * What a byline prints after the names, past a lower-case preposition: the outlet or the place ("Jane Doe for Example News",
 * "Jane Doe from Example News", "Jane Doe at Example University", "Jane Doe via Example Wire"), as trafilatura cuts an
 * author at "on", "for", "at", "from", "via" and the like (utils.py AUTHOR_REMOVE_PREPOSITION; its test_authors "Jenny
 * Smith from Trafilatura"). Cut only when names stand before it.
 */
const PREPOSITION_AFTER_NAMES = /\s+(?:for|from|at|via|on)\s+\S.*$/u;
/**
 * The credit after a list of names, past its last comma: "By Jane Doe and John Roe, CNN", as CNN credits its writers and AP
 * style a staff byline ("By Jane Doe and John Roe, The Example Post"); the page's own outlet, or a name that is no person's
 * (two or more names joined by commas alone are a JSON-LD author list, "Jane Doe, John Roe", and stay whole).
 */
const NAMES_THEN_CREDIT = /^(.+\s(?:and|&)\s.+?),\s*([^,]+)$/u;

const squashed = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The author an HTML page states (its JSON-LD or meta author, or the byline element Readability finds) as the name(s) alone,
 * tidied as a text scrape's byline is: markup, an e-mail address, a social handle and a "By" label go (statedAuthor), a
 * credit's label before the name goes ("Text: Jane Doe"; labelledCredit), and a role, date or agency after it (tidyByline:
 * AP style sets the writer's title after the name, "Jane Doe, AP Auto Writer"; papers add ", Staff Writer"). So does the
 * outlet of a staff credit ("Jane Doe, Example.com", "Jane Doe | X Media for Example.com"; affiliationOf) when it is the
 * page's outlet or no person's name, or follows a separator other than a comma ("Jane Doe – Example News": metascraper
 * reads an author up to the first "|", "-", "/", "•" or "—", helpers REGEX_TITLE_SEPARATOR): a JSON-LD author list joins
 * its people with commas too ("Jane Doe, John Roe"). The outlet after a list of names goes (NAMES_THEN_CREDIT), and what
 * follows the names after a preposition (PREPOSITION_AFTER_NAMES). A byline that is the site's own name credits no author
 * (null): sites put their name in the author field of stories no one signs; so is the name run together ("TheExample" for
 * "The Example") and the host written out ("example.com"). Measured on the extraction dataset's fit pages
 * (notes/s38-byline.md): HTML bylines right 33 → 38 of 48, wrong 8 → 2.
 */
export function pageByline(byline: string, outlet: string | undefined, host?: string | null): string | null {
  const site = (name: string) =>
    (outlet !== undefined && (name.toLowerCase() === outlet.toLowerCase() || squashed(name) === squashed(outlet))) ||
    (host !== undefined && host !== null && withoutWww(name.toLowerCase()) === withoutWww(host));
  // Compared before tidying too, which would cut a site's name at an inner capital ("ExampleNews" → "Example"; GLUED_AFTER_NAME).
  if (site(byline)) return null;
  const stated = statedAuthor(byline);
  if (stated === '' || site(stated)) return null;
  // The site's name after a full stop and a name ("Jane Doe. Example News"), as a staff credit names it after a comma
  // (withoutAffiliation); an initial's stop is the name's ("John F. Kennedy").
  const suffix = outlet === undefined ? '' : `. ${outlet.toLowerCase()}`;
  const cut = suffix !== '' && stated.toLowerCase().endsWith(suffix) ? stated.slice(0, -suffix.length) : '';
  const credit = NAME_ONLY.test(cut) || NAMES_ONLY.test(cut) ? cut : stated;
  const named = tidyByline(labelledCredit(credit) ?? credit);
  const single = withoutAffiliation(
    named,
    (affiliation) => !site(affiliation) && NAME_ONLY.test(affiliation) && named.includes(`, ${affiliation}`),
  );
  const listed = NAMES_THEN_CREDIT.exec(single);
  const names = listed !== null && NAMES_ONLY.test(listed[1]) && (site(listed[2]) || !NAME_ONLY.test(listed[2])) ? listed[1] : single;
  const before = names.replace(PREPOSITION_AFTER_NAMES, '');
  const name = before !== names && (NAME_ONLY.test(before) || NAMES_ONLY.test(before)) ? before : names;
  return name === '' || site(name) ? null : name;
}
