import { normalizeDate } from '../../corpus/normalize-date.js';

/**
 * The publication date a news URL carries in its path: a `/YYYYMMDD/` segment (as many outlets
 * and wire services publish, e.g. `/20250908/slug.html`) or `/YYYY/MM/DD/` (the WordPress
 * permalink default). Null when the URL has no such segment or it is not a real date.
 */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const compact = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$)/.exec(path);
  if (compact) return normalizeDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const slashed = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?=\/|$)/.exec(path);
  if (slashed) return normalizeDate(`${slashed[1]}-${slashed[2]}-${slashed[3]}`);
  return null;
}
