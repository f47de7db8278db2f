import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { countBytesSequence, countReplacements, sniffBom } from './decode-text.js';
import { CORPUS_DEFAULTS, type CorpusSettings } from './defaults.js';

/** An HTML page's bytes decoded to text, with how the encoding was chosen and what went wrong. */
export interface DecodedHtml {
  html: string;
  /** The WHATWG encoding name used, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  encoding: string;
  /** Where the encoding came from; `content`: bytes valid as UTF-8 with multibyte sequences, whatever was declared. */
  source: 'bom' | 'header' | 'meta' | 'default' | 'content' | 'fallback';
  /** Problems worth a warning (an unknown charset label, bytes invalid in the declared encoding). */
  problems: string[];
}

/** The charset named in a Content-Type value (`text/html; charset=Shift_JIS` → `Shift_JIS`). */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the page's first bytes. */
function charsetOfMeta(bytes: Uint8Array, prescanBytes: number): string | null {
  // Latin-1 maps bytes one to one, so ASCII markup is found whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, prescanBytes));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag)) return direct[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const charset = charsetOfContentType(content ? (content[1] ?? content[2] ?? content[3]) : null);
      if (charset) return charset;
    }
  }
  return null;
}

/**
 * The Encoding Standard's index-windows-1252 for bytes 0x80–0x9F (the other bytes are Latin-1's). Node's TextDecoder
 * (20.20 here; nodejs/node#56542, open in 22) decodes windows-1252, the encoding every `latin1`, `iso-8859-1` and
 * `ascii` label names, as Latin-1, so a legacy page's curly quotes, dashes and euro signs became invisible C1 control
 * characters quoted verbatim ("\u0093too much\u0094"). The five bytes the index leaves as C1 controls stay so.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes `bytes` with `decoder`, windows-1252 as the Encoding Standard defines it (WINDOWS_1252_HIGH). */
export function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Whether bytes are written in UTF-8 whatever charset they declare: valid UTF-8 holding multibyte sequences, which
 * legacy text very seldom is (Dürst 1997, "The Properties and Promises of UTF-8"; trafilatura's detect_encoding
 * trusts a page that decodes as UTF-8 before any declaration). ASCII reads the same in every charset declared here.
 */
export function writtenInUtf8(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && isUtf8(bytes);
}

/** A TextDecoder for a charset label, or null when the label names no encoding TextDecoder knows. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/**
 * Decodes an HTML page the way a browser picks its encoding: a byte-order mark first, then the
 * charset of the HTTP Content-Type (when fetched), then a `<meta>` charset, else UTF-8 (the encoding
 * of nearly every page today; the standard's windows-1252 default predates that). A label no decoder
 * knows, or bytes mostly invalid in the chosen encoding (a page that lies about its charset), is
 * reported in `problems`; the latter is decoded as windows-1252 instead, so the text is still served.
 * `utf-16` meta labels are read as UTF-8, as the standard says (a page that can be prescanned as
 * ASCII is not UTF-16). A page written in UTF-8 (writtenInUtf8) is read as UTF-8 whatever it declares, with a
 * warning: a page re-saved as UTF-8 often keeps its old declaration (a headless browser's snapshot, a CMS migration),
 * which read as declared turns "Café" into "CafÃ©". Browsers trust the declaration; a reader quoting verbatim should not.
 */
export function decodeHtml(
  bytes: Uint8Array,
  headerCharset: string | null = null,
  settings: CorpusSettings = CORPUS_DEFAULTS,
): DecodedHtml {
  const problems: string[] = [];
  const bom = sniffBom(bytes);
  if (bom) {
    const html = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { html, encoding: bom.encoding, source: 'bom', problems };
  }
  let chosen: { decoder: TextDecoder; source: DecodedHtml['source'] } | null = null;
  for (const [label, source] of [
    [headerCharset, 'header'],
    [charsetOfMeta(bytes, settings.metaPrescanBytes), 'meta'],
  ] as const) {
    if (label === null) continue;
    const decoder = decoderFor(label);
    if (decoder) {
      chosen = { decoder: decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder, source };
      break;
    }
    problems.push(`unknown charset "${label.slice(0, 40)}" (${source === 'header' ? 'HTTP header' : '<meta>'}), ignored`);
  }
  if (chosen !== null && chosen.decoder.encoding !== 'utf-8' && writtenInUtf8(bytes)) {
    const where = chosen.source === 'header' ? 'HTTP header' : '<meta>';
    problems.push(`declared ${chosen.decoder.encoding} (${where}) but written in UTF-8; read as UTF-8`);
    return { html: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'content', problems };
  }
  chosen ??= { decoder: new TextDecoder('utf-8'), source: 'default' };
  const html = decodeWith(chosen.decoder, bytes);
  const literal = chosen.decoder.encoding === 'utf-8' ? countBytesSequence(bytes, [0xef, 0xbf, 0xbd]) : 0;
  const invalid = countReplacements(html) - literal;
  // Text with invalid sequences and no valid non-ASCII character at all was written in a legacy
  // encoding (a Latin-1 page declared UTF-8); windows-1252 then reads it whole. Mixed text keeps the
  // declared encoding unless too much of it is invalid, since re-decoding would garble the valid part.
  // The line for "too much" is the corpus reader's for "not text": one stray byte in a scraped page is noise.
  const tooMuch = invalid / Math.max(html.length, 1) > settings.maxInvalidRatio;
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
  const legacy = invalid > 0 && (!/[^\x00-\x7F\uFFFD]/.test(html) || tooMuch);
  if (legacy) {
    problems.push(`${invalid} bytes invalid in ${chosen.decoder.encoding}; decoded as windows-1252 instead`);
    return { html: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252', source: 'fallback', problems };
  }
  if (invalid > 0) problems.push(`${invalid} invalid ${chosen.decoder.encoding} sequence(s) replaced by \uFFFD`);
  return { html, encoding: chosen.decoder.encoding, source: chosen.source, problems };
}

/**
 * Whether a text opens as an HTML page does, by the tags the WHATWG MIME Sniffing Standard lets one open with (§7.1,
 * identifying a resource with an unknown MIME type): after whitespace and a byte-order mark (U+FEFF, or its UTF-8 bytes
 * read as Latin-1), case-insensitively, followed by a space or ">". A body served as plain text or with no media type
 * (fetch-page), or a page saved under a `.txt` name, whose markup would otherwise be read as its words. Markdown is not
 * asked: HTML is part of its syntax.
 */
export function opensAsHtml(text: string): boolean {
  return HTML_SIGNATURE.test(text.slice(0, 1024));
}
const HTML_SIGNATURE =
  /^(?:\uFEFF|\u00EF\u00BB\u00BF)?[\t\n\f\r ]*<(?:!DOCTYPE HTML|HTML|HEAD|SCRIPT|IFRAME|H1|DIV|FONT|TABLE|A|STYLE|TITLE|B|BODY|BR|P|!--)[ >]/i;

/** Whether a corpus file is an HTML page rather than a text scrape. */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}
