/**
 * The hand-read metadata of the article-extraction pages (pages.json; README.md beside it says how it was made): one
 * type and one reader for the eval sections and the fit scripts that score or fit against it.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../datasets.js';

/** What a reader of the page reads as its metadata; null where the page shows none. */
export interface PageLabel {
  headline: string | null;
  /** The publication date, `YYYY-MM-DD` (or `YYYY-MM` when only the month is sure). */
  published: string | null;
  /** The date as the page shows it, or `meta` when only its HTML metadata holds it. */
  publishedShown: string | null;
  outlet: string | null;
  /** Other names of the outlet that count as right (case-insensitive). */
  outletAlso?: string[];
  byline: string | null;
}

/** Every labelled page's metadata, by the benchmark's page id. */
export function loadPageLabels(): Record<string, PageLabel> {
  return JSON.parse(readFileSync(new URL('./pages.json', import.meta.url), 'utf8')) as Record<string, PageLabel>;
}

/** Bylines over the pages whose label has one: found, and right (the same after quote/dash and case folding). */
export interface BylineScores {
  withByline: number;
  bylineFound: number;
  bylineRight: number;
}

/** One scorer for the text and the HTML sections, so their byline cells count alike. */
export function scoreBylines(rows: { found: string | null; label: PageLabel }[]): BylineScores {
  const labelled = rows.filter((r) => r.label.byline !== null);
  const found = labelled.filter((r) => r.found !== null);
  return {
    withByline: labelled.length,
    bylineFound: found.length,
    bylineRight: found.filter((r) => fold(r.found!).toLowerCase() === fold(r.label.byline!).toLowerCase()).length,
  };
}
