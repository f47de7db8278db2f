/**
 * The outlet a page names for itself: the owner of its copyright notice (and the publication a parent company's notice
 * stands for), the site naming itself in its furniture ("Welcome to …", "Download the … app"), an author box's bio, and
 * its domain written as a word or spelt in its names. Read by text-metadata.ts; html-meta.ts shares the name matching.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { countWords } from '../boilerplate/line-features.js';

/**
 * "All rights reserved" in English and the languages written-dates.ts reads (CHRONO_LOCALES), as footers print it after
 * the owner (Spanish, Portuguese, French, German, Italian, Indonesian, Russian, Dutch): it ends the owner's name and is
 * none itself.
 */
const RIGHTS_RESERVED =
  'all rights reserved|todos (?:los derechos reservados|os direitos reservados)|tous droits réservés|alle rechte vorbehalten|' +
  'tutti i diritti riservati|hak cipta dilindungi|все права защищены|alle rechten voorbehouden';

/**
 * A copyright line: "© 2019 Fox News Network, LLC. All rights reserved.", "Copyright 2019 The Hill", "© Copyright 2019, The
 * Hill"; the owner ends at a full stop, a separator (| , ; · •) or "All rights reserved".
 */
const COPYRIGHT = new RegExp(
  String.raw`(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?,?\s*(?:by\s+)?` +
    String.raw`(?!${RIGHTS_RESERVED})([\p{Lu}\p{N}][^.|,;©·•]{1,60}?)(?:\s*(?:[.|,;·•]|${RIGHTS_RESERVED}|$))`,
  'iu',
);
/**
 * The separator between a page's headline and its site's or section's name in a `<title>` ("Headline | Site", "Headline -
 * Section - Site", "Site » Headline"): a space on each side of one of the fourteen separators Yoast SEO offers for its
 * "%%title%% %%sep%% %%sitename%%" template (- – — : · • * ⋆ | ~ « » < >; WPSEO_Option_Titles::$separator_options in
 * Yoast/wordpress-seo). Not Readability's "/" too, which slideshow counters print ("1 / 23"). One space each side: titles
 * and lines are read with their white space folded (foldLine). The HTML and text readers each had a subset of it (| - – —
 * : · • » and - – — · • * | ~ « » < >); on the extraction dataset's 59 fit pages, as HTML and as text, and the seeds,
 * every article's title, outlet, date, byline and text is the same with this set as with those (session 46's probe).
 */
export const TITLE_SEPARATOR = /\s[-–—:·•*⋆|~«»<>]\s/u;
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
export const CORPORATE = /\s+(?:interactive|media|network|newspapers|publishing|group|services|holdings|communications|broadcasting)\b.*$/i;

/**
 * The publication a parent company's copyright line stands for: the owner's name without its corporate words
 * ("CBS Interactive" → "CBS"), and when the page names one brand of it at least `brandMinCount` times ("CBS News",
 * "CBS Sports"), that brand — the name the site prints in its own furniture and text. A name that is no company's
 * stays as it is.
 */
export function publicationOf(owner: string, page: string, brandMinCount: number): string {
  const head = owner.replace(CORPORATE, '');
  if (head === owner || !/\p{L}/u.test(head)) return owner;
  // The name in any case ("FOX News", "Fox News"), then a capitalised word: without the `i` flag, which would let
  // \p{Lu} match lower case too.
  const caseless = [...head]
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeStringRegexp(c)))
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
export const SITE_NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})`;
/**
 * A site naming itself in its own furniture: "Welcome to <name>", "Follow The Verge online", "Subscribe to
 * AppleInsider on YouTube", "Subscribe to RT newsletter", the app box's "Download the <name> app" (a news app is
 * named for its outlet; a newsletter often has a name of its own, so "Sign up for the … newsletter" is not read). The
 * copyright line often names the parent company instead ("Vox Media", "Ziff Davis"); "Follow X on Twitter" is left out,
 * as author boxes say it of people.
 */
export const SELF_NAME = [
  new RegExp(String.raw`^[Ww]elcome to ${SITE_NAME}[.!]?$`, 'u'),
  new RegExp(String.raw`\b[Ff]ollow ${SITE_NAME} online\b`, 'u'),
  new RegExp(String.raw`\b[Ss]ubscribe to ${SITE_NAME} (?:on [Yy]ou[Tt]ube|[Nn]ewsletters?)\b`, 'u'),
  new RegExp(String.raw`^\s*(?:[Dd]ownload|[Gg]et) the ${SITE_NAME} [Aa]pps?\b`, 'u'),
];
/**
 * A menu item that is only the site's name and what the site offers of itself: "Back to IndieWire", "Support The
 * Guardian", "Talk to Al Jazeera", "The Hill Apps", "VG247 newsletter!". Weaker than SELF_NAME ("Support Us", "Daily
 * Newsletter"): the outlet chooser (outlet-chooser.ts) weighs it as its own source, and only a name shaped as brands
 * are (two words, or capitals or digits inside one: "IndieWire", "VG247"), not a menu's word.
 */
export const MENU_SELF_NAME = [
  new RegExp(String.raw`^\s*(?:Back to|Support|Advertise with|Talk to|Popular on) ${SITE_NAME}\s*$`, 'u'),
  new RegExp(String.raw`^\s*${SITE_NAME} (?:[Aa]pps?|[Nn]ewsletters?)!?\s*$`, 'u'),
];
export const BRAND_SHAPED = /\s|^.[\p{L}]*[\p{Lu}\p{N}]/u;
/**
 * An author box's one-line bio names the outlet the author works for: "Senior editor at Gizmodo.", "Meg James is a
 * corporate media reporter for the Los Angeles Times, covering …". Read only off lines the cleaner dropped (an author
 * box is page furniture; in the article a "reporter for X" is news about someone else).
 */
export const STAFF_BIO = new RegExp(
  String.raw`\b(?:writer|reporter|correspondent|editor|columnist|contributor)\s+(?:at|for)\s+(?:the\s+)?${SITE_NAME}`,
  'u',
);

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
export function writtenDomain(page: string): string | undefined {
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

/**
 * A host without its "www." (or "www2." …) label: the web server's conventional name, not the site's ("sputnikglobe.com"
 * of www.sputnikglobe.com), so one site's addresses and the domains its pages write compare alike.
 */
export function withoutWww(host: string): string {
  return host.replace(/^www\d?\./, '');
}

/** A host's name label, the label before the public suffix: "morebikes" of morebikes.co.uk, "nj" of nj.com. */
export function nameLabel(host: string): string {
  const parts = withoutWww(host.toLowerCase()).split('.');
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
 * The site's name spelt as one of `domains` (the hosts the page shows, pageDomains) is (printedName: "MoreBikes" for
 * morebikes.co.uk, "WSJ" or "The Wall Street Journal" for wsj.com), shaped as brands are: two words, or capitals or
 * digits inside one.
 */
export function domainSpelt(page: string, domains: readonly string[]): string | undefined {
  return printedName(page, new Set(domains.map(nameLabel)), (name) => BRAND_SHAPED.test(name));
}

/** The hosts a page shows (ANY_DOMAIN) that may be its own: not a share button's or a platform's. */
export function pageDomains(page: string): string[] {
  const hosts = new Set<string>();
  for (const m of page.matchAll(ANY_DOMAIN)) {
    const host = withoutWww(m[1].toLowerCase());
    if (!NOT_THE_PAGE.test(host) && !PLATFORM.test(host)) hosts.add(host);
  }
  return [...hosts];
}

/** A domain answered as the outlet, as the name the page prints for it when it prints one ("ctpost.com" → "CT Post"). */
export function domainAsNamed(domain: string, page: string): string {
  return printedName(page, new Set([nameLabel(domain)])) ?? domain;
}
/** Hosts of share buttons, link shorteners and platforms: a link to them is not the page's address. */
export const NOT_THE_PAGE =
  /(?:^|\.)(?:facebook|twitter|x|t|linkedin|pinterest|reddit|whatsapp|instagram|youtube|youtu|amzn|bit|goo|tinyurl|google|apple|wp|gravatar|disqus|mailchimp)\.(?:com|co|be|ly|gl|to|me)$/i;
