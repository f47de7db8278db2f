/*
 * Repairs quotation marks and apostrophes that a scraper turned into ampersands: `can&& t`,
 * `Woodward & s` (apostrophes), `&--` (a dash), `&& Listen, …,& & Peskov said` (double quotes).
 * Real ampersands (`AT&T`, `R&D`, `Johnson & Johnson`, `rock & roll`) are kept.
 */

/** Suffixes that follow an apostrophe in English contractions and possessives. */
const APOSTROPHE = /(\p{L})[ \t]?&(?:[ \t]?&)?[ \t]?(s|t|re|ll|ve|d|m)(?![\p{L}\p{N}'’-])/gu;
const DASH = /&-{2,3}/g;
const MARK = /&(?:[ \t]?&)?/g;
const WORD_BEFORE = /([\p{L}\p{N}]+)[ \t]$/u;
const WORD_AFTER = /^[ \t]([\p{L}\p{N}]+)/u;
const ALNUM = /[\p{L}\p{N}]/u;

function caseClass(word: string): 'upper' | 'lower' | 'digit' {
  const first = word.charAt(0);
  if (/\p{N}/u.test(first)) return 'digit';
  return first === first.toLowerCase() ? 'lower' : 'upper';
}

/**
 * A lone `&` is a real ampersand when it sits inside a token (`AT&T`, `a=1&b=2`) or between two
 * words of the same kind (`Johnson & Johnson`, `rock & roll`, `R & D`). A mangled quote stands
 * next to punctuation, a line break, or joins words of different case (`War & reported`).
 */
function isAmpersand(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const prev = text.charAt(start - 1);
  const next = text.charAt(end);
  if (ALNUM.test(prev) && ALNUM.test(next)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = WORD_AFTER.exec(text.slice(end, end + 40));
  return before !== null && after !== null && caseClass(before[1]) === caseClass(after[1]);
}

/** Quote marks that cannot be opening ones: followed by punctuation, a line end, or the end. */
function mustClose(text: string, end: number): boolean {
  return /^[ \t]*(?:[,.;:!?)\]]|\n|$)/.test(text.slice(end, end + 40));
}

/** Quote marks that cannot be closing ones: glued to the next word after a space or `(`, or right after a colon. */
function mustOpen(text: string, start: number, end: number): boolean {
  const prev = text.charAt(start - 1);
  if (ALNUM.test(text.charAt(end)) && (prev === '' || /[\s([]/.test(prev))) return true;
  return /:[ \t]*$/.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * The repaired text, built in parts so that attaching a closing quote to the previous word does not
 * copy everything written so far (articles can hold thousands of quotes).
 */
class Output {
  private readonly parts: string[] = [];

  push(part: string): void {
    if (part !== '') this.parts.push(part);
  }

  lastChar(): string {
    const part = this.parts[this.parts.length - 1] ?? '';
    return part.charAt(part.length - 1);
  }

  /** Removes and returns the whitespace the output ends with. */
  popTrailingWhitespace(): string {
    let removed = '';
    while (this.parts.length > 0) {
      const part = this.parts[this.parts.length - 1];
      let end = part.length;
      while (end > 0 && /\s/.test(part.charAt(end - 1))) end--;
      removed = part.slice(end) + removed;
      if (end > 0) {
        this.parts[this.parts.length - 1] = part.slice(0, end);
        break;
      }
      this.parts.pop();
    }
    return removed;
  }

  toString(): string {
    return this.parts.join('');
  }
}

const LEADING_SPACES = /^[ \t]*/;

export function repairQuotes(text: string): string {
  const repaired = text.replace(APOSTROPHE, "$1'$2").replace(DASH, '\u2014');
  const out = new Output();
  let last = 0;
  let open = false;
  for (const m of repaired.matchAll(MARK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isAmpersand(repaired, start, end)) continue;
    const between = repaired.slice(last, start);
    // Quotes do not run across paragraphs: a multi-paragraph quotation reopens at each paragraph.
    if (/\n[ \t]*\n/.test(between)) open = false;
    out.push(between);
    const spaces = LEADING_SPACES.exec(repaired.slice(end, end + 40))?.[0] ?? '';
    const closing: boolean = mustClose(repaired, end) || (!mustOpen(repaired, start, end) && open);
    if (closing) {
      // The mark closes what precedes it: attach it to the last word, before any line break.
      const lineBreaks = out.popTrailingWhitespace().replace(/[^\n]/g, '');
      out.push('"' + lineBreaks);
      last = end;
      const next = repaired.charAt(end + spaces.length);
      if (lineBreaks !== '' || /[,.;:!?)\]]/.test(next)) last += spaces.length;
      else if (spaces === '' && ALNUM.test(next)) out.push(' ');
    } else {
      const prev = out.lastChar();
      if (prev !== '' && !/[\s([\u2014\u2013-]/.test(prev)) out.push(' ');
      out.push('"');
      last = end + spaces.length;
    }
    open = !closing;
  }
  out.push(repaired.slice(last));
  return out.toString();
}
