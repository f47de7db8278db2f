/**
 * Canonical characters before any rule runs: `\n` line ends, no BOM / zero-width / soft-hyphen
 * characters (invisible in the article, but they would split words for matching), no-break and
 * other Unicode spaces as plain spaces, NFC composition (so `é` is one code point whatever the
 * scraper produced), and nothing a terminal acts on (withoutControls).
 */
export function normalizeText(raw: string): string {
  return withoutControls(
    raw
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' '),
  );
}

/**
 * Text without what directs a display rather than being read: the bidirectional formatting characters (Unicode UAX #9
 * §2: the marks LRM, RLM and ALM, the embeddings and overrides U+202A–E, the isolates U+2066–9), terminal control
 * sequences whole (ECMA-48 §5.4 and §8.3.89: CSI, 7- or 8-bit, with its parameters and final byte; OSC up to its BEL or
 * ST) and every other control character but the line break and the tab. None is seen (Discord is shown none of them:
 * visibleText), but a bidi mark before a word made the word another token ("\u200FBrandt" matched no question's
 * "Brandt"), and the REPL and the CLI print a page's text and metadata to terminals, where "\x1b[8m" hides what follows
 * and "\x1b]52;…" writes the clipboard. For an article's text and every metadata field (resolveMetadata).
 */
export function withoutControls(text: string): string {
  return (
    text
      .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex -- the sequences are made of control characters
      .replace(/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '')
      .replace(/(?![\n\t])\p{Cc}/gu, '')
  );
}
