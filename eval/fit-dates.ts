/**
 * `npm run eval:fit-dates`: fits the publication-date chooser of src/clean/metadata/date-chooser.ts on the FIT split of
 * the article-extraction pages (eval/datasets.ts: ids 0–7) and writes src/clean/metadata/date-weights.json.
 *   npm run eval:fit-dates -- [--check] [--pages]
 * `--check` fits again and fails when the shipped file differs (fitLogistic is deterministic). `--pages` prints the
 * pages the cross-validated chooser gets wrong or leaves without a date.
 *
 * Every complete date a fit page writes is a candidate (dateCandidates), labelled by the page's gold publication date
 * (eval/labels/pages.json; a page without one has only wrong candidates). The model is pointwise logistic regression
 * (eval/fit/logistic.ts), so its probability also says when no candidate is likely the date. The L2 penalty is the one
 * of L2_GRID with the most (right − wrong − datelessFires) under leave-one-page-out cross-validation (crossValidate),
 * counted as the extraction-text eval counts (pages showing their date; right when the date starts with the gold one),
 * ties to the larger penalty; then the weights are refitted on all fit pages. The held-out pages (8–f) are never read here.
 */
import { readScrape } from '../src/clean/clean-article.js';
import { CLEAN_DEFAULTS } from '../src/clean/defaults.js';
import {
  DATE_FEATURES,
  DATE_WEIGHTS,
  checkedDateModel,
  chooseWrittenDate,
  dateCandidates,
  type DateCandidate,
  type DateModel,
} from '../src/clean/metadata/date-chooser.js';
import { sharedLinesOf } from '../src/corpus/shared-lines.js';
import { loadExtractionPages, loadTextScrape } from './datasets.js';
import { loadPageLabels } from './labels/labels.js';
import { featureVector, fitLogistic, linearModelOf, type Row } from './fit/logistic.js';
import { readFitArguments, runFitScript, writeOrCheck } from './fit/fit-script.js';

/** L2 penalties tried (per row, as fitLogistic takes it). */
const L2_GRID = [0.01, 0.1, 1];

interface PageData {
  id: string;
  gold: string | null;
  /** Whether the eval scores the page's date: a gold date the page shows in its text. */
  scored: boolean;
  candidates: DateCandidate[];
}

function loadPages(): PageData[] {
  const gold = loadPageLabels();
  const pages = loadExtractionPages(undefined, 'fit');
  const scrapes = pages.map((p) => loadTextScrape(p.id));
  // The fit split is one corpus, as in the extraction-text eval: lines its pages share are marked from the scrapes alone.
  const shared = sharedLinesOf(scrapes);
  return pages
    .filter((p) => gold[p.id] !== undefined)
    .map((p, i) => {
      const file = { id: p.id, path: `${p.id}.txt`, raw: scrapes[i], hash: p.id, catalog: {}, sharedLines: shared[i] };
      const { blocks, kept, read, author } = readScrape(file);
      const g = gold[p.id];
      return {
        id: p.id,
        gold: g.published,
        scored: g.published !== null && g.publishedShown !== 'meta',
        candidates: dateCandidates(blocks, kept, read.headlineBlock, author.line, CLEAN_DEFAULTS),
      };
    });
}

const isRight = (page: PageData, date: string) => page.gold !== null && date.startsWith(page.gold);

function fit(pages: readonly PageData[], l2: number): DateModel {
  const rows: Row[] = pages.flatMap((p) =>
    p.candidates.map((c) => ({ x: featureVector(DATE_FEATURES, c.features), y: isRight(p, c.date) ? 1 : 0 })),
  );
  const { weights, bias } = fitLogistic(rows, l2);
  return linearModelOf(DATE_FEATURES, weights, bias);
}

/**
 * Leave-one-page-out: each scored page's date chosen by the model fitted on the other pages; and the same page with its
 * right candidates taken out, as a page whose own date the chooser cannot read (the pages it is asked about are those
 * whose dateline the rules could not read): a date chosen there is a wrong one given (`datelessFires`).
 */
function crossValidate(pages: readonly PageData[], l2: number) {
  const counts = { right: 0, wrong: 0, none: 0, datelessPages: 0, datelessFires: 0 };
  const misses: string[] = [];
  for (const page of pages) {
    if (!page.scored) continue;
    const model = fit(
      pages.filter((p) => p !== page),
      l2,
    );
    const others = page.candidates.filter((c) => !isRight(page, c.date));
    if (others.length > 0) {
      counts.datelessPages++;
      if (chooseWrittenDate(others, model) !== undefined) counts.datelessFires++;
    }
    const chosen = chooseWrittenDate(page.candidates, model);
    if (chosen === undefined) counts.none++;
    else if (isRight(page, chosen)) counts.right++;
    else counts.wrong++;
    if (chosen === undefined || !isRight(page, chosen)) misses.push(`${page.id.slice(0, 8)}  gold ${page.gold}  chosen ${chosen ?? '-'}`);
  }
  return { ...counts, misses };
}

function fitDates() {
  const pages = loadPages();
  const cv = L2_GRID.map((l2) => crossValidate(pages, l2));
  const margin = (k: number) => cv[k].right - cv[k].wrong - cv[k].datelessFires;
  const best = L2_GRID.reduce((b, _, k) => (margin(k) >= margin(b) ? k : b), 0);
  const { misses, ...counts } = cv[best];
  return {
    model: {
      ...fit(pages, L2_GRID[best]),
      fit: {
        script: DATE_WEIGHTS.script,
        split: 'fit (article-extraction ids 0–7)',
        pages: pages.length,
        pagesShowingDate: pages.filter((p) => p.scored).length,
        candidates: pages.reduce((n, p) => n + p.candidates.length, 0),
        l2: L2_GRID[best],
        leaveOnePageOut: counts,
        leaveOnePageOutByL2: L2_GRID.map((l2, k) => ({ l2, ...cv[k], misses: undefined })),
      },
    },
    misses,
  };
}

async function main(): Promise<number> {
  const values = readFitArguments(DATE_WEIGHTS);
  if (!values) return 0;
  const { model, misses } = fitDates();
  if (values.pages) console.error(misses.join('\n'));
  return writeOrCheck(DATE_WEIGHTS, model, values.check, checkedDateModel);
}

runFitScript(main);
