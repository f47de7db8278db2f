import { TextDecoder } from 'node:util';
import { analyse } from 'chardet';

/**
 * The result of decoding a file's bytes: its text, or why it is not an article's text. `detected` names the legacy
 * encoding read from the bytes alone (detectCharset) when the file is no UTF-8.
 */
export type DecodedText = { ok: true; text: string; invalidSequences: number; detected?: string } | { ok: false; problem: string };

const REPLACEMENT = '\uFFFD';

/** U+FFFD characters in a decoded text. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
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

/** The encoding a byte-order mark names, and its length in bytes: the WHATWG Encoding Standard's "BOM sniff". */
export function sniffBom(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** Why a file is not text. */
const BINARY_FILE = 'binary file (contains NUL bytes)';

/**
 * Documents whose bytes may hold no NUL and decode as text though they are no page: the WHATWG MIME Sniffing Standard's
 * signatures of PDF and PostScript (§7.1). A PDF of uncompressed text served as text/html was added as an article of PDF syntax.
 */
const DOCUMENTS = [
  ['%PDF-', 'PDF'],
  ['%!PS-Adobe-', 'PostScript'],
] as const;

/** Why bytes that open with a document's signature are not an article, or null. */
function documentProblem(bytes: Uint8Array): string | null {
  for (const [signature, name] of DOCUMENTS) {
    if ([...signature].every((c, k) => bytes[k] === c.charCodeAt(0))) return `binary file (a ${name} document)`;
  }
  return null;
}

/**
 * Why a page's bytes are not a page (an image, an archive, a document), or null: NUL never occurs in text, so a zero
 * byte marks one, unless a UTF-16 byte-order mark says half of every ASCII character's bytes are zeros.
 */
export function binaryPageProblem(bytes: Uint8Array): string | null {
  return bytes.includes(0) && !sniffBom(bytes)?.encoding.startsWith('utf-16') ? BINARY_FILE : documentProblem(bytes);
}

/**
 * Decodes a file's bytes as the Encoding Standard's decode does: UTF-16 when a byte-order mark says so (Windows
 * editors save "Unicode" text that way), else UTF-8; the mark is dropped. NUL never occurs in text, so a NUL
 * character (in UTF-8, any zero byte) marks the file as binary; so does a rate of invalid sequences above
 * `maxInvalidRatio`.
 */
export function decodeText(bytes: Uint8Array, maxInvalidRatio: number): DecodedText {
  const document = documentProblem(bytes);
  if (document !== null) return { ok: false, problem: document };
  const encoding = sniffBom(bytes)?.encoding ?? 'utf-8';
  const binary = { ok: false, problem: BINARY_FILE } as const;
  if (encoding === 'utf-8' && bytes.includes(0)) return binary;
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'utf-8' && text.includes('\0')) return binary;
  // U+FFFD may be in the file legitimately; only count the ones decoding added.
  const invalidSequences = countReplacements(text) - literalReplacements(bytes, encoding);
  // A file with no BOM that is no UTF-8 was written in a legacy encoding, which only its bytes can tell.
  if (encoding === 'utf-8' && notUtf8(text, invalidSequences)) {
    const detected = detectCharset(bytes);
    if (detected !== null) return { ok: true, text: decodeWith(detected, bytes), invalidSequences: 0, detected: detected.encoding };
  }
  if (invalidSequences > 0 && invalidSequences / Math.max(text.length, 1) > maxInvalidRatio) {
    return { ok: false, problem: `binary file (${invalidSequences} invalid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} sequences)` };
  }
  return { ok: true, text, invalidSequences };
}

/** U+FFFD written in the file itself: its three bytes in UTF-8, or its code unit in UTF-16 (after the mark). */
function literalReplacements(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): number {
  if (encoding === 'utf-8') return countBytesSequence(bytes, [0xef, 0xbf, 0xbd]);
  const [first, second] = encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
  let n = 0;
  for (let i = 2; i + 1 < bytes.length; i += 2) if (bytes[i] === first && bytes[i + 1] === second) n++;
  return n;
}

/** Occurrences of a byte sequence, e.g. a literal U+FFFD (EF BF BD) that decoding did not introduce. */
export function countBytesSequence(bytes: Uint8Array, seq: readonly number[]): number {
  let n = 0;
  for (let i = bytes.indexOf(seq[0]); i !== -1 && i + seq.length <= bytes.length; i = bytes.indexOf(seq[0], i + 1)) {
    if (seq.every((b, k) => bytes[i + k] === b)) n++;
  }
  return n;
}

/**
 * Whether bytes decoded as UTF-8 (to `text`, with `invalid` sequences) are no UTF-8: ICU's UTF-8 recognizer
 * (CharsetRecog_UTF8, which `chardet` ports) still calls them UTF-8 when valid multibyte characters outnumber invalid
 * sequences more than tenfold, a UTF-8 page with a stray byte; fewer are the accidents of legacy bytes (a Shift_JIS
 * or windows-1251 pair that happens to form a UTF-8 character).
 */
export function notUtf8(text: string, invalid: number): boolean {
  return invalid > 0 && !validNonAsciiBeyond(text, UTF8_VALID_PER_INVALID * invalid);
}

/**
 * Whether text holds more than `limit` valid characters outside ASCII (U+FFFD aside; a surrogate pair counts once), counted
 * only as far as the limit: a long page written in UTF-8 with one stray byte is answered within its first characters, not
 * by listing every one of them.
 */
function validNonAsciiBeyond(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c === 0xfffd || (c >= 0xdc00 && c <= 0xdfff)) continue;
    if (++count > limit) return true;
  }
  return false;
}
const UTF8_VALID_PER_INVALID = 10;

/** Whether decoded text holds no valid non-ASCII character (only ASCII and U+FFFD). */
export function isLegacy(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
  return !/[^\x00-\x7F\uFFFD]/.test(text);
}

/**
 * A decoder for the legacy encoding that bytes which declare none and are no UTF-8 were written in, or null: the step
 * of the HTML standard's "determining the character encoding" (§13.2.3.2) after the BOM, the transport layer's charset
 * and the `<meta>` prescan, where a user agent "may attempt to autodetect the character encoding from applying frequency
 * analysis or other algorithms to the data stream", as browsers do (Firefox's chardetng, Chrome's CED). The detector is
 * ICU's (`chardet`, a port of ICU4J's CharsetDetector: the byte statistics of some twenty legacy encodings and their
 * languages, in its code; no model to download). Its best match is taken when its confidence is above 10,
 * which ICU's ucsdet_getConfidence documents as the value of "charsets that can represent the input data, but for which
 * there is no other indication that suggests that the charset is the correct one" (random bytes score 3, a stray byte
 * after ASCII 10), and when TextDecoder decodes it as a legacy encoding: never UTF-8 or UTF-16 (no BOM said so; those
 * bytes are read as today), nor ISO-2022-KR/CN, which the Encoding Standard maps to its `replacement` decoder.
 * `bytes` is what the detector weighs (a page's text: pageText); `whole` is all the file's bytes, for WINDOWS_SIBLING.
 */
export function detectCharset(bytes: Uint8Array, whole: Uint8Array = bytes): TextDecoder | null {
  const best = analyse(bytes.subarray(0, DETECT_SAMPLE_BYTES))[0];
  if (best === undefined || best.confidence <= DETECTED_MIN_CONFIDENCE) return null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(best.name.toLowerCase());
  } catch {
    return null;
  }
  if (NOT_LEGACY.has(decoder.encoding)) return null;
  const sibling = WINDOWS_SIBLING.get(decoder.encoding);
  return sibling !== undefined && holdsC1Byte(whole) ? new TextDecoder(sibling) : decoder;
}
/** ICU's confidence for a charset that can represent the bytes and nothing else suggests (detectCharset): a guess must beat it. */
const DETECTED_MIN_CONFIDENCE = 10;
/**
 * How much of the bytes the detector weighs. Its statistics settle within a few thousand characters, and its time grows
 * with the input (a 4.8 MB windows-1251 page took 8.3 s whole under load, session 45): 64 KiB, tens of thousands of
 * characters of a page's text, read every probe page in every encoding as the whole bytes did (s45-pages8 note).
 */
const DETECT_SAMPLE_BYTES = 64 * 1024;

/**
 * The windows-125x encoding that an ISO-8859 encoding the detector names shares its letters with. The bytes 0x80–0x9F are
 * C1 control characters in ISO-8859 and printable in windows-125x (curly quotes, dashes, "…", "€"), so text holding any of
 * them was written in windows-125x. ICU's recognizers name the sibling so (CharsetRecog_sbcs, `haveC1Bytes ? "windows-1253"
 * : "ISO-8859-7"`, which `chardet` ports), and for the same reason the Encoding Standard maps the iso-8859-1, -9 and -11
 * labels to windows-1252, -1254 and windows-874 (so those need no entry here). But ICU looks only in what it weighs, the
 * first DETECT_SAMPLE_BYTES of a page's text: a long Greek text whose first curly quote comes later, or a page whose dash
 * is only in a meta's content or its JSON-LD, was read as ISO-8859-7, its Ά as "’" and its “…” as invisible control
 * characters. Here all the file's bytes are looked at. The detector names no other ISO-8859 encoding with a windows
 * sibling (ISO-8859-5 and -6 share no layout with windows-1251 or -1256). Greek windows-1253 text with none of those
 * bytes is still read as ISO-8859-7: only its Ά tells them apart (0xA2 there, a quotation mark in ISO-8859-7).
 */
const WINDOWS_SIBLING = new Map([
  ['iso-8859-2', 'windows-1250'],
  ['iso-8859-7', 'windows-1253'],
  ['iso-8859-8', 'windows-1255'],
]);

/** Whether bytes hold one of 0x80–0x9F, C1 controls in ISO-8859 (WINDOWS_SIBLING). */
function holdsC1Byte(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80 && b <= 0x9f);
}

/** The warning for a file read in the encoding detectCharset named: a guess the operator may want to check. */
export function detectedNotice(encoding: string): string {
  return `no charset declared and not UTF-8; read as ${encoding}, the encoding its bytes suggest`;
}
const NOT_LEGACY = new Set(['utf-8', 'utf-16le', 'utf-16be', 'replacement']);
