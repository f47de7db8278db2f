/**
 * HTML pages in (issue 10 §3): the article body and metadata coverage-bot reads from the Article
 * Extraction Benchmark's saved HTML, scored with the benchmark's metric beside the published anchors,
 * and the metadata against the hand-read labels (eval/labels/pages.json). Reported on the HELD-OUT
 * split (page ids 8–f); the fit split and all 136 pages are shown for comparison with the anchors,
 * which were scored on all 136, and the fit split's metadata beside the held-out one's, since the
 * metadata rules are chosen on it.
 */
import { cleanHtmlArticle, HtmlPageError } from '../../src/clean/html/html-article.js';
import type { CleanArticle } from '../../src/corpus/types.js';
import { bodyScoreRow, countOfTotal, fold, loadExtractionPages, loadHtml, scoreBodies, type ExtractionPage } from '../datasets.js';
import { loadPageLabels, scoreBylines, type BylineScores, type PageLabel } from '../labels/labels.js';
import type { EvalContext, EvalSection } from '../run.js';

/** The dataset README's anchors on these 136 pages (benchmark outputs re-scored with its metric). */
const ANCHORS = [
  { system: 'Readability.js 0.6.0 (published output)', f1: 0.948, precision: 0.917, recall: 0.982 },
  { system: 'the naive text scrape itself, nothing removed', f1: 0.672, precision: 0.507, recall: 0.993 },
];

function extract(page: ExtractionPage, datasets: string): CleanArticle | string {
  try {
    return cleanHtmlArticle({ id: page.id, path: `${page.id}.html`, raw: loadHtml(page.id, datasets), hash: page.id, catalog: {} });
  } catch (err) {
    if (err instanceof HtmlPageError) return err.message;
    throw err;
  }
}

/** Counts of metadata right against the labels, on one side of the split. */
interface MetaScores extends BylineScores {
  labelled: number;
  withHeadline: number;
  titleRight: number;
  dated: number;
  dateRight: number;
  dateFound: number;
  undatedGivenDate: number;
  withOutlet: number;
  outletRight: number;
}

function scoreMeta(rows: { page: ExtractionPage; article: CleanArticle | string }[], labels: Record<string, PageLabel>): MetaScores {
  const meta = (r: (typeof rows)[number]) => (typeof r.article === 'string' ? null : r.article.meta);
  const label = (r: (typeof rows)[number]) => labels[r.page.id];
  const withHeadline = rows.filter((r) => label(r).headline !== null);
  const dated = rows.filter((r) => label(r).published !== null);
  const withOutlet = rows.filter((r) => label(r).outlet !== null);
  return {
    labelled: rows.length,
    withHeadline: withHeadline.length,
    titleRight: withHeadline.filter((r) => fold(meta(r)?.title ?? '') === fold(label(r).headline ?? '')).length,
    dated: dated.length,
    dateRight: dated.filter((r) => meta(r)?.published?.startsWith(label(r).published as string) === true).length,
    dateFound: dated.filter((r) => meta(r)?.published != null).length,
    undatedGivenDate: rows.filter((r) => label(r).published === null && meta(r)?.published != null).length,
    withOutlet: withOutlet.length,
    outletRight: withOutlet.filter((r) => {
      const names = [label(r).outlet, ...(label(r).outletAlso ?? [])].map((n) => fold(n ?? '').toLowerCase());
      return names.includes(fold(meta(r)?.outlet ?? '').toLowerCase());
    }).length,
    ...scoreBylines(rows.map((r) => ({ found: meta(r)?.byline ?? null, label: label(r) }))),
  };
}

export async function run(context: EvalContext): Promise<EvalSection> {
  const labels = loadPageLabels();
  const pages = loadExtractionPages(context.datasets, 'all');
  const results = pages.map((page) => ({ page, article: extract(page, context.datasets) }));
  const bodies = (fit: boolean | null) =>
    scoreBodies(
      results
        .filter((r) => fit === null || r.page.fit === fit)
        .map((r) => ({ truth: r.page.body, predicted: typeof r.article === 'string' ? '' : r.article.text })),
    );
  const heldOut = bodies(false);
  const fit = bodies(true);
  const all = bodies(null);
  const failed = results.filter((r) => typeof r.article === 'string').map((r) => `${r.page.id.slice(0, 8)}: ${r.article as string}`);

  // Metadata on the pages that have hand-read labels, for each side of the split.
  const metaScores = (fit: boolean) =>
    scoreMeta(
      results.filter((r) => r.page.fit === fit && labels[r.page.id] !== undefined),
      labels,
    );
  const metaHeldOut = metaScores(false);
  const metaFit = metaScores(true);
  const metaRow = (name: string, pick: (m: MetaScores) => string) => `| ${name} | ${pick(metaHeldOut)} | ${pick(metaFit)} |`;

  const markdown = [
    'Body text read from the saved HTML (Readability over linkedom, blocks as paragraphs), scored with the',
    "benchmark's shingle metric against its true bodies. Split: page ids 0–7 fit (rules chosen on these),",
    `8–f held out (reported). Pages that could not be read count as empty predictions: ${failed.length}` +
      (failed.length ? ` (${failed.join('; ')})` : '') +
      '.',
    '',
    '| body | pages | F1 | precision | recall |',
    '|---|---|---|---|---|',
    bodyScoreRow('**coverage-bot, held-out split**', heldOut, heldOut.pages),
    bodyScoreRow('coverage-bot, fit split', fit, fit.pages),
    bodyScoreRow('coverage-bot, all pages', all, all.pages),
    ...ANCHORS.map((a) => bodyScoreRow(`${a.system} — anchor`, a, 136)),
    '',
    `Metadata on the pages with hand-read labels (eval/labels/pages.json): ${metaHeldOut.labelled} of ${heldOut.pages} held-out, ` +
      `${metaFit.labelled} of ${fit.pages} fit (rules for dates and outlets are chosen on the fit split).`,
    'Headlines compared after whitespace normalisation and quote/dash folding; a labelled month checks only the month.',
    '',
    '| metadata | **held-out** | fit (rules chosen) |',
    '|---|---|---|',
    metaRow('title = headline shown', (m) => countOfTotal(m.titleRight, m.withHeadline)),
    metaRow('published date found and right, of pages that show one', (m) => countOfTotal(m.dateRight, m.dated)),
    metaRow('published date found (right or wrong), of pages that show one', (m) => countOfTotal(m.dateFound, m.dated)),
    metaRow('a date given to a page that shows none', (m) => `${m.undatedGivenDate} of ${m.labelled - m.dated}`),
    metaRow("outlet = the outlet's name (or an accepted variant)", (m) => countOfTotal(m.outletRight, m.withOutlet)),
    metaRow('byline found (right or wrong), of pages that show one', (m) => countOfTotal(m.bylineFound, m.withByline)),
    metaRow('byline right, as the text section scores it', (m) => countOfTotal(m.bylineRight, m.withByline)),
  ].join('\n');

  return {
    title: 'HTML extraction (article-extraction benchmark, HTML in)',
    markdown,
    numbers: {
      heldOut,
      fit,
      all,
      failed: failed.length,
      labelledHeldOut: metaHeldOut.labelled,
      titleRight: metaHeldOut.titleRight / Math.max(metaHeldOut.withHeadline, 1),
      dateRight: metaHeldOut.dateRight / Math.max(metaHeldOut.dated, 1),
      outletRight: metaHeldOut.outletRight / Math.max(metaHeldOut.withOutlet, 1),
      bylineRight: metaHeldOut.bylineRight / Math.max(metaHeldOut.withByline, 1),
      metaHeldOut,
      metaFit,
    },
  };
}
