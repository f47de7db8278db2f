import type { TextRange } from '../analyse/types.js';

/** A quotation: usually inside one paragraph, across paragraphs when it runs on. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /**
   * Offset of the closing mark; null when it runs to the end of a paragraph and the next opens a new one (the news
   * convention for a quotation of several paragraphs).
   */
  close: number | null;
  /** The words inside, trimmed and without the comma that hands over to an attribution: `text.slice(start, end)`. */
  start: number;
  end: number;
}

type Orientation = 'open' | 'close' | 'either';

/**
 * The quotations of an article's paragraphs (given as their character offsets in `text`). Curly quotes say which way
 * they face; a straight one (what the cleaner makes of mangled ones) faces the way its neighbours show: after a space and
 * before a word it opens, after a word or punctuation and before a space it closes, otherwise it
 * alternates. A quotation still open at the end of a paragraph continues into the next, unless that
 * one opens a new quotation: scrapers break paragraphs inside quotes, and writers reopen a quote at
 * each paragraph of a long one. Single quotes are left alone: apostrophes, or quotes within quotes.
 */
export function quoteSpans(text: string, paragraphs: readonly TextRange[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let openEnd = -1;
  for (const p of paragraphs) {
    for (let i = p.start; i < p.end; i++) {
      const facing = orientation(text, i);
      if (facing === null) continue;
      if (open < 0) {
        if (facing !== 'close') open = i;
      } else if (facing === 'open' && open < p.start) {
        push(spans, text, open, null, openEnd);
        open = i;
      } else if (facing !== 'open') {
        push(spans, text, open, i, i);
        open = -1;
      } else {
        // Two openings in one paragraph: the first was stray.
        open = i;
      }
    }
    openEnd = p.end;
  }
  if (open >= 0) push(spans, text, open, null, openEnd);
  return spans;
}

function orientation(text: string, i: number): Orientation | null {
  const c = text[i];
  if (c === '“' || c === '„') return 'open';
  if (c === '”') return 'close';
  if (c !== '"') return null;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if ((prev === '' || /[\s([—–]/.test(prev)) && /[\p{L}\p{N}'‘(.…]/u.test(next)) return 'open';
  if (/[\p{L}\p{N}.,;:!?…)'’—–-]/u.test(prev) && (next === '' || /[\s,.;:!?)\]—–-]/.test(next))) return 'close';
  return 'either';
}

function push(spans: QuoteSpan[], text: string, open: number, close: number | null, stop: number): void {
  let start = open + 1;
  let end = stop;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  if (end > start) spans.push({ open, close, start, end });
}
