/**
 * HTML pages in (issue 10 §3): the article body and metadata coverage-bot reads from the Article
 * Extraction Benchmark's saved HTML, scored with the benchmark's metric beside the published anchors,
 * and the metadata against the hand-read labels (eval/labels/pages.json). Reported on the HELD-OUT
 * split (page ids 8–f); the fit split and all 136 pages are shown for comparison with the anchors,
 * which were scored on all 136.
 */
import { readFileSync } from 'node:fs';
import { cleanHtmlArticle, HtmlPageError } from '../../src/clean/html-article.js';
import type { CleanArticle } from '../../src/corpus/types.js';
import { loadExtractionPages, loadHtml, scoreBodies, type BodyScores, type ExtractionPage } from '../datasets.js';
import type { EvalContext, EvalSection } from '../run.js';

interface PageLabel {
  headline: string | null;
  published: string | null;
  outlet: string | null;
  outletAlso?: string[];
}

/** The dataset README's anchors on these 136 pages (benchmark outputs re-scored with its metric). */
const ANCHORS = [
  { system: 'Readability.js 0.6.0 (published output)', f1: 0.948, precision: 0.917, recall: 0.982 },
  { system: 'the naive text scrape itself, nothing removed', f1: 0.672, precision: 0.507, recall: 0.993 },
];

/** Quote and dash folding and whitespace normalisation, as the labels README allows for headlines. */
function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function extract(page: ExtractionPage, datasets: string): CleanArticle | string {
  try {
    return cleanHtmlArticle({ id: page.id, path: `${page.id}.html`, raw: loadHtml(page.id, datasets), hash: page.id, catalog: {} });
  } catch (err) {
    if (err instanceof HtmlPageError) return err.message;
    throw err;
  }
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} % (${n}/${d})`);
const row = (name: string, s: Pick<BodyScores, 'f1' | 'precision' | 'recall'>, pages: number | string) =>
  `| ${name} | ${pages} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`;

export async function run(context: EvalContext): Promise<EvalSection> {
  const labels = JSON.parse(readFileSync(new URL('../labels/pages.json', import.meta.url), 'utf8')) as Record<string, PageLabel>;
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

  // Metadata on the held-out pages that have hand-read labels.
  const labelled = results.filter((r) => !r.page.fit && labels[r.page.id] !== undefined);
  const meta = (r: (typeof results)[number]) => (typeof r.article === 'string' ? null : r.article.meta);
  const withHeadline = labelled.filter((r) => labels[r.page.id].headline !== null);
  const titleRight = withHeadline.filter((r) => fold(meta(r)?.title ?? '') === fold(labels[r.page.id].headline ?? ''));
  const dated = labelled.filter((r) => labels[r.page.id].published !== null);
  const dateRight = dated.filter((r) => {
    const gold = labels[r.page.id].published as string;
    const found = meta(r)?.published ?? null;
    return found !== null && found.startsWith(gold);
  });
  const dateFound = dated.filter((r) => meta(r)?.published != null);
  const undatedGivenDate = labelled.filter((r) => labels[r.page.id].published === null && meta(r)?.published != null);
  const withOutlet = labelled.filter((r) => labels[r.page.id].outlet !== null);
  const outletRight = withOutlet.filter((r) => {
    const names = [labels[r.page.id].outlet, ...(labels[r.page.id].outletAlso ?? [])].map((n) => fold(n ?? '').toLowerCase());
    return names.includes(fold(meta(r)?.outlet ?? '').toLowerCase());
  });

  const markdown = [
    'Body text read from the saved HTML (Readability over linkedom, blocks as paragraphs), scored with the',
    "benchmark's shingle metric against its true bodies. Split: page ids 0–7 fit (rules chosen on these),",
    `8–f held out (reported). Pages that could not be read count as empty predictions: ${failed.length}` +
      (failed.length ? ` (${failed.join('; ')})` : '') +
      '.',
    '',
    '| body | pages | F1 | precision | recall |',
    '|---|---|---|---|---|',
    row('**coverage-bot, held-out split**', heldOut, heldOut.pages),
    row('coverage-bot, fit split', fit, fit.pages),
    row('coverage-bot, all pages', all, all.pages),
    ...ANCHORS.map((a) => row(`${a.system} — anchor`, a, 136)),
    '',
    `Metadata on the held-out pages with hand-read labels (eval/labels/pages.json): ${labelled.length} of ${heldOut.pages}.`,
    'Headlines compared after whitespace normalisation and quote/dash folding; a labelled month checks only the month.',
    '',
    '| metadata (held-out) | right |',
    '|---|---|',
    `| title = headline shown | ${pct(titleRight.length, withHeadline.length)} |`,
    `| published date found and right, of pages that show one | ${pct(dateRight.length, dated.length)} |`,
    `| published date found (right or wrong), of pages that show one | ${pct(dateFound.length, dated.length)} |`,
    `| a date given to a page that shows none | ${undatedGivenDate.length} of ${labelled.length - dated.length} |`,
    `| outlet = the outlet's name (or an accepted variant) | ${pct(outletRight.length, withOutlet.length)} |`,
  ].join('\n');

  return {
    title: 'HTML extraction (article-extraction benchmark, HTML in)',
    markdown,
    numbers: {
      heldOut,
      fit,
      all,
      failed: failed.length,
      labelledHeldOut: labelled.length,
      titleRight: titleRight.length / Math.max(withHeadline.length, 1),
      dateRight: dateRight.length / Math.max(dated.length, 1),
      outletRight: outletRight.length / Math.max(withOutlet.length, 1),
    },
  };
}
