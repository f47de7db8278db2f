/** The result of decoding a file's bytes: its text, or why it is not an article's text. */
export type DecodedText = { ok: true; text: string; invalidSequences: number } | { ok: false; problem: string };

const REPLACEMENT = '\uFFFD';

/** U+FFFD characters in a decoded text. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

/**
 * Decodes a file's bytes as UTF-8 (a leading BOM is dropped). NUL bytes never occur in text, so one
 * marks the file as binary; so does a rate of invalid UTF-8 sequences above `maxInvalidRatio`.
 */
export function decodeText(bytes: Uint8Array, maxInvalidRatio: number): DecodedText {
  if (bytes.includes(0)) return { ok: false, problem: 'binary file (contains NUL bytes)' };
  const text = new TextDecoder('utf-8').decode(bytes);
  // U+FFFD may be in the file legitimately (encoded as EF BF BD); only count the ones decoding added.
  const literal = countBytesSequence(bytes, [0xef, 0xbf, 0xbd]);
  const invalidSequences = countReplacements(text) - literal;
  if (invalidSequences > 0 && invalidSequences / Math.max(text.length, 1) > maxInvalidRatio) {
    return { ok: false, problem: `binary file (${invalidSequences} invalid UTF-8 sequences)` };
  }
  return { ok: true, text, invalidSequences };
}

/** Occurrences of a byte sequence, e.g. a literal U+FFFD (EF BF BD) that decoding did not introduce. */
export function countBytesSequence(bytes: Uint8Array, seq: readonly number[]): number {
  let n = 0;
  for (let i = bytes.indexOf(seq[0]); i !== -1 && i + seq.length <= bytes.length; i = bytes.indexOf(seq[0], i + 1)) {
    if (seq.every((b, k) => bytes[i + k] === b)) n++;
  }
  return n;
}
