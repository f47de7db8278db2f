/**
 * Canonical characters before any rule runs: `\n` line ends, no BOM / zero-width / soft-hyphen
 * characters (invisible in the article, but they would split words for matching), no-break and
 * other Unicode spaces as plain spaces, NFC composition (so `é` is one code point whatever the
 * scraper produced).
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ');
}
