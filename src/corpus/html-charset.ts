import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import {
  countBytesSequence,
  countReplacements,
  decodeWith,
  detectCharset,
  detectedNotice,
  isLegacy,
  notUtf8,
  sniffBom,
} from './decode-text.js';
import { CORPUS_DEFAULTS, type CorpusSettings } from './defaults.js';

/** An HTML page's bytes decoded to text, with how the encoding was chosen and what went wrong. */
export interface DecodedHtml {
  html: string;
  /** The WHATWG encoding name used, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  encoding: string;
  /**
   * Where the encoding came from; `content`: bytes valid as UTF-8 with multibyte sequences, whatever was declared;
   * `detected`: no declaration, or one of UTF-8, and no UTF-8: the legacy encoding the bytes suggest (detectCharset).
   */
  source: 'bom' | 'header' | 'meta' | 'default' | 'content' | 'detected' | 'fallback';
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
 * of nearly every page today; the standard's windows-1252 default predates that), or, when the bytes are
 * no UTF-8, the legacy encoding they suggest (detectCharset, the standard's autodetection step), as for bytes that
 * declare UTF-8 and are none. A label no decoder knows, or bytes mostly invalid in the chosen encoding (a page that lies
 * about its charset), is reported in `problems`; the latter, when the detector names nothing, is decoded as windows-1252
 * instead, so the text is still served.
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
  const legacy = invalid > 0 && (isLegacy(html) || tooMuch);
  // With nothing declared, the standard lets bytes that are no UTF-8 tell their legacy encoding (detectCharset). So do
  // bytes that declare UTF-8 and are no UTF-8: UTF-8 is the one charset whose bytes show a declaration of it false
  // (RFC 3629 §4, every sequence outside its syntax is invalid), and such a declaration then tells no more than none
  // does; windows-1252 would be a guess too, and one that read a windows-1251 page declared UTF-8 as "Ïåðåãîâîðû" (s51
  // hard15). A legacy declaration cannot be shown false by its bytes, and is not second-guessed by a statistical guess.
  const declaredUtf8 = chosen.source !== 'default' && chosen.decoder.encoding === 'utf-8';
  const detected = (chosen.source === 'default' || declaredUtf8) && notUtf8(html, invalid) ? detectCharset(pageText(bytes), bytes) : null;
  if (detected !== null) {
    const where = chosen.source === 'header' ? 'HTTP header' : '<meta>';
    problems.push(
      declaredUtf8
        ? `declared utf-8 (${where}) but not UTF-8; read as ${detected.encoding}, the encoding its bytes suggest`
        : detectedNotice(detected.encoding),
    );
    return { html: decodeWith(detected, bytes), encoding: detected.encoding, source: 'detected', problems };
  }
  if (legacy) {
    problems.push(`${invalid} bytes invalid in ${chosen.decoder.encoding}; decoded as windows-1252 instead`);
    return { html: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252', source: 'fallback', problems };
  }
  if (invalid > 0) problems.push(`${invalid} invalid ${chosen.decoder.encoding} sequence(s) replaced by \uFFFD`);
  return { html, encoding: chosen.decoder.encoding, source: chosen.source, problems };
}

/**
 * A page's bytes with its markup, comments, scripts and styles left out: what the detector (detectCharset) weighs. ICU's
 * CharsetDetector strips tags for this reason (its input filter, `enableInputFilter`): ASCII markup, and scripts and
 * styles written in English identifiers, outweigh the letter pairs of the page's language, and its ISO-8859-1
 * recognizer (English among its languages) wins over windows-1251 or windows-1250 (the fit pages written in those,
 * 1 and 0 of 59 read right whole, every one with their text alone). A page whose text holds no byte above ASCII (its
 * legacy characters all in attributes) is weighed whole. One linear scan: a hostile page costs no more than its length.
 */
function pageText(bytes: Uint8Array): Uint8Array {
  // Latin-1 maps bytes one to one; the lower-cased copy (the same length) only finds the markup.
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const lower = page.toLowerCase();
  const parts: string[] = [];
  for (let i = 0; i < page.length;) {
    const open = page.indexOf('<', i);
    if (open < 0) {
      parts.push(page.slice(i));
      break;
    }
    parts.push(page.slice(i, open), ' ');
    const rawText = /^<(script|style)[\s>/]/.exec(lower.slice(open, open + 8))?.[1];
    const close = lower.startsWith('<!--', open)
      ? closeAt(lower, '-->', open + 4)
      : rawText !== undefined
        ? closeAt(lower, '>', closeAt(lower, `</${rawText}`, open + 7) - 1)
        : closeAt(lower, '>', open + 1);
    i = close;
  }
  const text = Buffer.from(parts.join(''), 'latin1');
  return text.some((b) => b >= 0x80) ? text : bytes;
}

/** The index just past the first `mark` from `from` on, or the text's end. */
function closeAt(text: string, mark: string, from: number): number {
  const at = text.indexOf(mark, from);
  return at < 0 ? text.length : at + mark.length;
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
