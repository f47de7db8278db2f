/**
 * The Article Extraction Benchmark pages in ../shared/datasets/article-extraction/ (see its README):
 * the page split every helper uses, loaders for the three views of a page (naive text scrape, saved
 * HTML, true body) and the benchmark's own body metric. Only `npm run eval` and the eval scripts read
 * the datasets; tests import the pure parts (split, metric) only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { OperatorError } from '../src/entry.js';

/** The folder beside the project, as `eval/run.ts` passes it in `EvalContext.datasets`. */
export const DEFAULT_DATASETS = new URL('../../shared/datasets/', import.meta.url).pathname;

/**
 * A dataset the eval or bench scripts read is not there (a bare clone has no ../shared): one line saying where they look
 * for it, instead of the stack of the first file read that fails, minutes into a run.
 */
class DatasetsMissingError extends OperatorError {
  override name = 'DatasetsMissingError';
  constructor(path: string) {
    super(`${path} not found: the eval, fit and bench scripts read their datasets from ../shared/datasets/ beside the project`);
  }
}

/** `path`, a dataset's file or folder, once it is known to exist; else a DatasetsMissingError naming it. */
export function datasetAt(path: string): string {
  if (!existsSync(path)) throw new DatasetsMissingError(path);
  return path;
}

const EXTRACTION = 'article-extraction';

/**
 * The page split: the first hex digit of the benchmark's 64-hex item id, 0–7 → FIT (59 pages: fit,
 * tune, choose rules, take test fixtures from), 8–f → HELD-OUT (77 pages: report only). The ids are
 * content hashes, so the split is independent of site, language and order.
 */
export function isFitPage(id: string): boolean {
  return /^[0-7]/.test(id);
}

export interface ExtractionPage {
  /** The benchmark's 64-hex item id. */
  id: string;
  /** The page's address, from ground-truth.json. */
  url: string;
  /** The true article body (`articleBody`): no headline, byline or date; paragraphs mostly blank-line separated. */
  body: string;
  fit: boolean;
}

/**
 * A label compared as the labels README allows for headlines: whitespace runs as one space, typographic quotes (and the
 * backtick and prime) as ASCII quotes, hyphens and dashes (U+2010–2015) and the minus sign as "-".
 */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

interface GroundTruth {
  [id: string]: { articleBody: string; url: string };
}

function folder(datasets: string): string {
  return `${datasets.replace(/\/$/, '')}/${EXTRACTION}`;
}

/** Every page of the dataset with its true body, sorted by id; `split` narrows to one side of the page split. */
export function loadExtractionPages(datasets: string = DEFAULT_DATASETS, split: 'fit' | 'held-out' | 'all' = 'all'): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(datasetAt(`${folder(datasets)}/ground-truth.json`), 'utf8')) as GroundTruth;
  const ids = readdirSync(`${folder(datasets)}/text`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .filter((id) => truth[id] !== undefined)
    .sort();
  return ids
    .map((id) => ({ id, url: truth[id].url, body: truth[id].articleBody, fit: isFitPage(id) }))
    .filter((p) => split === 'all' || (split === 'fit') === p.fit);
}

/** The page's naive text scrape (`text/<id>.txt`), as scraped text arrives in practice. */
export function loadTextScrape(id: string, datasets: string = DEFAULT_DATASETS): string {
  return readFileSync(`${folder(datasets)}/text/${id}.txt`, 'utf8');
}

/** The page's saved HTML (`html/<id>.html.gz`), decompressed, UTF-8. */
export function loadHtml(id: string, datasets: string = DEFAULT_DATASETS): string {
  return gunzipSync(readFileSync(`${folder(datasets)}/html/${id}.html.gz`)).toString('utf8');
}

/** Python's `re.findall(r'\w+', text)` on str, as the benchmark's evaluate.py tokenises. */
export function benchmarkTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** The multiset of 4-token shingles; a text of 1–3 tokens is one shingle of all of them, an empty text none. */
function shingles(text: string): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length > 0 && tokens.length < 4) add(tokens.join('\u0001'));
  for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join('\u0001'));
  return counts;
}

/** One page's shingle counts, each divided by tp + fp + fn (README "Metric", step 3). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Per-page precision and recall as evaluate.py defines them (step 4). */
  precision: number;
  recall: number;
}

/** The benchmark's per-page score of a predicted body against the true one. */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const exact = fp === 0 && fn === 0;
  const precision = exact ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = exact ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall };
}

export interface BodyScores {
  pages: number;
  precision: number;
  recall: number;
  /** F1 of the two means, not a mean of per-page F1s (README "Metric", step 5). */
  f1: number;
}

/**
 * The benchmark's corpus score: P = mean per-page precision over pages with tp + fp > 0 (an empty
 * prediction does not enter P), R = mean per-page recall over pages with tp + fn > 0, F1 of P and R.
 */
export function scoreBodies(pairs: readonly { truth: string; predicted: string }[]): BodyScores {
  const scores = pairs.map(({ truth, predicted }) => scorePage(truth, predicted));
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(scores.filter((s) => s.tp + s.fp > 0).map((s) => s.precision));
  const recall = mean(scores.filter((s) => s.tp + s.fn > 0).map((s) => s.recall));
  return { pages: pairs.length, precision, recall, f1: f1Of(precision, recall) };
}

/** F1, the harmonic mean of precision and recall; 0 when both are. */
export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A row of the report's body-score tables, `| name | pages | F1 | precision | recall |`, to three decimals. */
export function bodyScoreRow(name: string, s: Pick<BodyScores, 'f1' | 'precision' | 'recall'>, pages: number | string): string {
  return `| ${name} | ${pages} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`;
}

/** A share as the report prints it, one decimal and a percent sign: "57.5%". */
export function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

/** A count of a total as the report prints it, the count first and its share after: "76/77 (98.7%)"; "–" of no total. */
export function countOfTotal(count: number, total: number): string {
  return total === 0 ? '–' : `${count}/${total} (${percent(count / total)})`;
}
