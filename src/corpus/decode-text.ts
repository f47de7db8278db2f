/** The result of decoding a file's bytes: its text, or why it is not an article's text. */
export type DecodedText = { ok: true; text: string; invalidSequences: number } | { ok: false; problem: string };

const REPLACEMENT = '\uFFFD';

/** U+FFFD characters in a decoded text. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
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
