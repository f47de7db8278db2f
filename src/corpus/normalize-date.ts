/** A day in milliseconds, for arithmetic on UTC instants (no leap seconds in ECMAScript's time values, §21.4.1.1). */
export const DAY_MS = 86_400_000;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one; UTC keeps it independent of the local zone.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** The month (0-11) an English month name or its abbreviation names ("Sept.", "nov", "November"); -1 for none. */
export function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(lower));
}

/**
 * A publication date as written in front matter, a catalogue or a header, as `YYYY-MM-DD` (or
 * `YYYY-MM` / `YYYY` when only that is given), or null when it is not a date. Accepts ISO dates and
 * timestamps (`2025-09-08T10:00:00Z` → its calendar day as written, no zone conversion),
 * `2025/09/08`, `September 8, 2025`, `8 September 2025`, `Sept. 8, 2025`.
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
  if (m) return isoDay(+m[1], +m[2], +m[3]);
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${pad(+m[2])}` : null;
  m = /^(\d{4})$/.exec(text);
  if (m) return m[1];
  m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m && monthIndex(m[1]) >= 0) return isoDay(+m[3], monthIndex(m[1]) + 1, +m[2]);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
  if (m && monthIndex(m[2]) >= 0) return isoDay(+m[3], monthIndex(m[2]) + 1, +m[1]);
  return null;
}
