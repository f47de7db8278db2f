/**
 * `npm run eval:fit-outlet`: fits the outlet chooser of src/clean/metadata/outlet-chooser.ts on the FIT split of the
 * article-extraction pages (eval/datasets.ts: ids 0–7) and writes src/clean/metadata/outlet-weights.json.
 *   npm run eval:fit-outlet -- [--check] [--pages]
 * `--check` fits again and fails when the shipped file differs (fitListwise is deterministic). `--pages` prints each fit
 * page's cross-validated choice beside its gold outlet.
 *
 * Each page is one listwise group: its candidates (the names its sources give, and "no outlet"), right when the name is
 * the gold outlet or an accepted variant (case-insensitive, as the extraction-text section scores it); on a page none of
 * whose candidates is right, "no outlet" is. Cross-validation leaves one site out at a time (the pages of one gold
 * outlet together: two pages of a site share its furniture), and the L2 penalty is the one with the best
 * cross-validated (right − wrong), the criterion's count (a wrong outlet misinforms as a right one informs); ties go to
 * the larger penalty. The held-out pages (8–f) are never read here.
 */
import { readScrape } from '../src/clean/clean-article.js';
import {
  checkedOutletModel,
  chooseOutlet,
  OUTLET_FEATURES,
  OUTLET_WEIGHTS,
  type OutletCandidate,
  type OutletModel,
} from '../src/clean/metadata/outlet-chooser.js';
import { sharedLinesOf } from '../src/corpus/shared-lines.js';
import { loadExtractionPages, loadTextScrape } from './datasets.js';
import { loadPageLabels } from './labels/labels.js';
import { featureVector, fitListwise, linearModelOf, type Group } from './fit/logistic.js';
import { readFitArguments, runFitScript, writeOrCheck } from './fit/fit-script.js';

/** L2 penalties tried (per page, as fitListwise takes it). */
const PENALTIES = [1e-3, 1e-2, 3e-2, 1e-1, 3e-1];

interface PageGroup {
  id: string;
  site: string;
  gold: string[];
  candidates: OutletCandidate[];
  group: Group;
}

function loadGroups(): PageGroup[] {
  const gold = loadPageLabels();
  const pages = loadExtractionPages(undefined, 'fit').map((page) => ({ page, scrape: loadTextScrape(page.id) }));
  // Shared lines are marked within the split, as the extraction-text section does.
  const shared = sharedLinesOf(pages.map((p) => p.scrape));
  return pages.flatMap(({ page, scrape }, i) => {
    const g = gold[page.id];
    if (g === undefined) return [];
    const file = { id: page.id, path: `${page.id}.txt`, raw: scrape, hash: page.id, catalog: {}, sharedLines: shared[i] };
    const candidates = readScrape(file).read.outletCandidates ?? [];
    const names = [g.outlet, ...(g.outletAlso ?? [])].filter((n): n is string => n !== null).map((n) => n.toLowerCase());
    const right = candidates.map((c) => c.name !== null && names.includes(c.name.toLowerCase()));
    const y = Uint8Array.from(candidates, (c, j) => +(right[j] || (c.name === null && !right.includes(true))));
    const x = candidates.map((c) => featureVector(OUTLET_FEATURES, c.features));
    return [{ id: page.id, site: (g.outlet ?? page.id).toLowerCase(), gold: names, candidates, group: { x, y } }];
  });
}

/** The listwise fit has no bias: it would cancel among a page's candidates. */
const modelOf = (w: Float64Array): OutletModel => linearModelOf(OUTLET_FEATURES, w, 0);

interface Counts {
  right: number;
  wrong: number;
  none: number;
}

function score(choices: { page: PageGroup; chosen: string | null }[]): Counts {
  const c = { right: 0, wrong: 0, none: 0 };
  for (const { page, chosen } of choices) {
    if (chosen === null) c.none++;
    else if (page.gold.includes(chosen.toLowerCase())) c.right++;
    else c.wrong++;
  }
  return c;
}

/** Leave-one-site-out choices under penalty `l2`. */
function crossValidate(pages: PageGroup[], l2: number) {
  return pages.map((page) => {
    const w = fitListwise(
      pages.filter((p) => p.site !== page.site).map((p) => p.group),
      l2,
    );
    return { page, chosen: chooseOutlet(page.candidates, modelOf(w)) };
  });
}

function fitOutlet() {
  const pages = loadGroups();
  const tried = PENALTIES.map((l2) => {
    const choices = crossValidate(pages, l2);
    return { l2, choices, counts: score(choices) };
  });
  const merit = (t: (typeof tried)[number]) => t.counts.right - t.counts.wrong;
  const best = tried.reduce((a, b) => (merit(b) >= merit(a) ? b : a));
  const w = fitListwise(
    pages.map((p) => p.group),
    best.l2,
  );
  const model = modelOf(w);
  const fitted = score(pages.map((page) => ({ page, chosen: chooseOutlet(page.candidates, model) })));
  return {
    json: {
      ...model,
      fit: {
        script: OUTLET_WEIGHTS.script,
        split: 'fit (article-extraction ids 0–7)',
        pages: pages.length,
        crossValidation: 'leave one site out',
        l2: best.l2,
        crossValidated: Object.fromEntries(tried.map((t) => [String(t.l2), t.counts])),
        onFitPages: fitted,
      },
    },
    choices: best.choices,
  };
}

async function main(): Promise<number> {
  const values = readFitArguments(OUTLET_WEIGHTS);
  if (!values) return 0;
  const { json, choices } = fitOutlet();
  console.log(JSON.stringify(json.fit, null, 2));
  if (values.pages) {
    for (const { page, chosen } of choices) {
      const mark = chosen === null ? 'none ' : page.gold.includes(chosen.toLowerCase()) ? 'right' : 'WRONG';
      console.log(`${page.id.slice(0, 8)} ${mark} ${chosen ?? '–'} (gold ${page.gold[0] ?? '–'})`);
    }
  }
  return writeOrCheck(OUTLET_WEIGHTS, json, values.check, checkedOutletModel);
}

runFitScript(main);
