/**
 * The hand-read metadata of the article-extraction pages (pages.json) and the speakers of their quotations (quotes.json;
 * README.md beside them says how each was made): one type and one reader each for the eval sections and the fit scripts
 * that score or fit against them.
 */
import { readFileSync } from 'node:fs';
import type { Quote } from '../../src/quotes/types.js';
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

/** A quotation (or a sentence reporting speech) of a fit page, by its first words, and who said it as a reader names them. */
export interface QuoteLabel {
  phrase: string;
  speaker: string;
  /** Other forms of the speaker's name that count as right ("James Kennedy" for "James Kennedy Jr."). */
  also?: string[];
}

/**
 * Every labelled page's quotations, by the benchmark's page id: `quotes.json` (session 53, the set the quote rules were
 * studied on), `quotes-unstudied.json` (session 54, three other fit pages, labelled before the rules judged on them) or
 * `quotes-third.json` (session 55, three more fit pages, chosen for speakers named by a pronoun, a surname, a title or an
 * appositive, labelled before the bot was run on them).
 */
export function loadQuoteLabels(
  file: 'quotes.json' | 'quotes-unstudied.json' | 'quotes-third.json' = 'quotes.json',
): Record<string, QuoteLabel[]> {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as Record<string, QuoteLabel[]>;
}

/** Labelled quotations by how their speaker was found; `asQuotation`: right, by a quote of kind direct. */
export interface SpeakerScores {
  labelled: number;
  right: number;
  wrong: number;
  none: number;
  asQuotation: number;
}

/**
 * Speaker attribution over the labelled quotations. A found quote matches a label when it is of the label's page and its
 * text holds the phrase (quotes and dashes folded). Right: a matching quote names the speaker (or a name of `also`);
 * wrong: quotes match and none does; none: nothing matches. A quotation counts as right also when only a reported
 * sentence holding it names its speaker (what /quotes shows a reader); `asQuotation` counts those found as a quotation.
 */
export function scoreSpeakers(found: readonly Quote[], labels: Record<string, QuoteLabel[]>): SpeakerScores {
  const s: SpeakerScores = { labelled: 0, right: 0, wrong: 0, none: 0, asQuotation: 0 };
  for (const [page, pageLabels] of Object.entries(labels)) {
    const onPage = found.filter((q) => q.article.id === page);
    for (const label of pageLabels) {
      s.labelled++;
      const names = [label.speaker, ...(label.also ?? [])];
      const matching = onPage.filter((q) => fold(q.text).includes(fold(label.phrase)));
      const right = matching.filter((q) => names.includes(q.speaker));
      if (matching.length === 0) s.none++;
      else if (right.length === 0) s.wrong++;
      else s.right++;
      if (right.some((q) => q.kind === 'direct')) s.asQuotation++;
    }
  }
  return s;
}
