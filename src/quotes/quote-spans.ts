/** A quotation inside a paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; null when the paragraph ends first (a quotation running on into the next one). */
  close: number | null;
  /** The words inside, trimmed and without the comma that hands over to an attribution: `text.slice(start, end)`. */
  start: number;
  end: number;
}

const OPENING = new Set(['"', '“', '„']);
const CLOSING = new Set(['"', '”']);

/**
 * The quotations of the paragraph `text.slice(from, to)`: straight quotes (what the cleaner leaves of
 * mangled ones) alternate open and close, curly ones say which they are, and a scraper's mix of the
 * two still pairs up. Single quotes are left alone: they are apostrophes or quotes within quotes.
 */
export function quoteSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (open < 0) {
      if (OPENING.has(c)) open = i;
    } else if (CLOSING.has(c)) {
      push(spans, text, open, i, i);
      open = -1;
    }
  }
  if (open >= 0) push(spans, text, open, null, to);
  return spans;
}

function push(spans: QuoteSpan[], text: string, open: number, close: number | null, stop: number): void {
  let start = open + 1;
  let end = stop;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  if (end > start) spans.push({ open, close, start, end });
}
