/**
 * Canonical characters before any rule runs: `\n` line ends, no BOM / zero-width / soft-hyphen
 * characters (invisible in the article, but they would split words for matching), no-break and
 * other Unicode spaces as plain spaces, NFC composition (so `é` is one code point whatever the
 * scraper produced).
 */
export function normalizeText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
      // The bidirectional formatting characters (Unicode UAX #9 §2: the marks LRM, RLM and ALM, the embeddings and overrides
      // U+202A–E, the isolates U+2066–9) are invisible and only order what is displayed (Discord is shown none of them:
      // visibleText), but one before a word made the word another token: "\u200FBrandt" matched no question's "Brandt".
      .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
  );
}
