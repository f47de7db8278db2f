import { normalizeDate } from '../../corpus/normalize-date.js';
import type { StatedMeta } from '../../corpus/types.js';

/**
 * A scraper's header as the first line: `date 2025-09-08 https://…`, `date: 2025-09-08`, or the
 * source URL alone (leading whitespace allowed). Nothing else may be on the line, so prose that
 * merely starts with a date is never taken for a header.
 */
const HEADER =
  /^[ \t]*(?:date[ \t]*:?[ \t]*(\d{4}-\d{2}-\d{2})(?:T[\d:.+\-Z]*)?[ \t]*)?(?:(?:url[ \t]*:?[ \t]*)?(https?:\/\/\S+))?[ \t]*$/i;

/** Reads and strips a header line at the start of the text; null when the first non-empty line is not one. */
export function readHeaderLine(text: string): { meta: Partial<StatedMeta>; rest: string } | null {
  const first = /^(?:[ \t]*\n)*([^\n]*)(?:\n|$)/.exec(text);
  if (first === null) return null;
  const m = HEADER.exec(first[1]);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  const meta: Partial<StatedMeta> = {};
  if (m[1] !== undefined) {
    const date = normalizeDate(m[1]);
    if (date !== null) meta.published = date;
  }
  if (m[2] !== undefined) meta.url = m[2];
  return { meta, rest: text.slice(first[0].length) };
}
