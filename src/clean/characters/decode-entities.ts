/** Named HTML entities that survive in scraped text (typography, spaces, markup escapes). */
// Prototype-less: looked up with words from text, where "constructor" must find nothing.
const NAMED: Record<string, string> = Object.assign(Object.create(null), {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  middot: '\u00B7',
  bull: '\u2022',
  shy: '',
  zwj: '',
  zwnj: '',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  deg: '\u00B0',
  euro: '\u20AC',
  pound: '\u00A3',
  yen: '\u00A5',
  cent: '\u00A2',
  sect: '\u00A7',
  para: '\u00B6',
  times: '\u00D7',
  divide: '\u00F7',
  frac12: '\u00BD',
  frac14: '\u00BC',
  frac34: '\u00BE',
  eacute: '\u00E9',
  egrave: '\u00E8',
  aacute: '\u00E1',
  agrave: '\u00E0',
  oacute: '\u00F3',
  uacute: '\u00FA',
  iacute: '\u00ED',
  ntilde: '\u00F1',
  ccedil: '\u00E7',
  uuml: '\u00FC',
  ouml: '\u00F6',
  auml: '\u00E4',
  szlig: '\u00DF',
});

/**
 * Entities browsers also accept without the closing `;` (the HTML "legacy" entities); scrapes drop
 * the semicolon often (`LATEST&nbsp`). Only these, and only when no letter follows, so `&ampere`
 * or a real `&` before a word is left alone.
 */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

function fromCodePoint(code: number): string | null {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`, `&nbsp`); unknown names are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,9}))(;?)/g,
    (match, dec, hex, name, semi, offset: number) => {
      if (dec !== undefined || hex !== undefined) {
        if (!semi) return match;
        return fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex, 16)) ?? match;
      }
      const lower = (name as string).toLowerCase();
      // Entity names are case-sensitive except that scrapers upper-case whole lines (`&NBSP;`).
      if (name !== lower && name !== name.toUpperCase()) return match;
      const value = NAMED[lower];
      if (value === undefined) return match;
      if (semi) return value;
      const next = text.charAt(offset + match.length);
      return LEGACY.has(lower) && !/[\p{L}\p{N}]/u.test(next) ? value : match;
    },
  );
}
