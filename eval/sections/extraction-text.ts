/**
 * Issue 10 §2 and §4 from the text scrapes: body F1/P/R of cleanArticle on the article-extraction pages
 * (the benchmark's metric, eval/datasets.ts) beside the raw scrape, on the HELD-OUT pages (ids 8–f,
 * never fitted on) and, labelled as such, on the FIT pages; then the metadata read from the text
 * against the hand-read gold in eval/labels/pages.json. Only the scrape is given to the cleaner: no
 * URL, no HTML (Readability on the HTML is the `extraction-html` section).
 */
import { cleanArticle } from '../../src/clean/clean-article.js';
import { nameLabel } from '../../src/clean/metadata/site-name.js';
import { foldLine, sharedLinesOf } from '../../src/corpus/shared-lines.js';
import type { CleanArticle } from '../../src/corpus/types.js';
import { bodyScoreRow, countOfTotal, fold, loadExtractionPages, loadTextScrape, scoreBodies, type ExtractionPage } from '../datasets.js';
import { loadPageLabels, scoreBylines, type BylineScores, type PageLabel } from '../labels/labels.js';
import type { EvalContext, EvalSection } from '../run.js';

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A domain identifies the outlet when its name label is the outlet's name without spaces ("wsj.com" ~ "WSJ"). */
function domainNames(outlet: string, names: string[]): boolean {
  if (!/^[\w-]+(?:\.[\w-]+)+$/.test(outlet)) return false;
  const label = nameLabel(outlet);
  return names.some((n) => squash(n) === squash(label));
}

function publishedRight(found: string | null, gold: string): boolean {
  return found !== null && found.startsWith(gold);
}

interface MetaScores extends BylineScores {
  pages: number;
  titleExact: number;
  titleFolded: number;
  withDate: number;
  dateFound: number;
  dateRight: number;
  inferred: number;
  inferredRight: number;
  outletNamed: number;
  outletNamedOrDomain: number;
  outletFound: number;
}

function scoreMeta(rows: { page: ExtractionPage; article: CleanArticle }[], gold: Record<string, PageLabel>): MetaScores {
  const s: Omit<MetaScores, keyof BylineScores> = {
    pages: 0,
    titleExact: 0,
    titleFolded: 0,
    withDate: 0,
    dateFound: 0,
    dateRight: 0,
    inferred: 0,
    inferredRight: 0,
    outletNamed: 0,
    outletNamedOrDomain: 0,
    outletFound: 0,
  };
  for (const { page, article } of rows) {
    const g = gold[page.id];
    if (g === undefined) continue;
    const m = article.meta;
    s.pages++;
    if (g.headline !== null && m.title !== null) {
      if (foldLine(m.title) === foldLine(g.headline)) s.titleExact++;
      if (fold(m.title) === fold(g.headline)) s.titleFolded++;
    }
    // Dates the page shows (not those only in its HTML metadata, which a text scrape cannot have).
    if (g.published !== null && g.publishedShown !== 'meta') {
      s.withDate++;
      if (m.published !== null) s.dateFound++;
      if (publishedRight(m.published, g.published)) s.dateRight++;
      if (m.publishedInferred) {
        s.inferred++;
        if (publishedRight(m.published, g.published.slice(0, 7))) s.inferredRight++;
      }
    }
    if (m.outlet !== null) {
      s.outletFound++;
      const names = [g.outlet, ...(g.outletAlso ?? [])].filter((n): n is string => n !== null);
      const named = names.some((n) => n.toLowerCase() === m.outlet!.toLowerCase());
      if (named) s.outletNamed++;
      if (named || domainNames(m.outlet, names)) s.outletNamedOrDomain++;
    }
  }
  const labelled = rows.filter((r) => gold[r.page.id] !== undefined);
  return { ...s, ...scoreBylines(labelled.map((r) => ({ found: r.article.meta.byline, label: gold[r.page.id] }))) };
}

export async function run({ datasets }: EvalContext): Promise<EvalSection> {
  const all = loadExtractionPages(datasets).map((page) => ({ page, scrape: loadTextScrape(page.id, datasets) }));
  // Each split is one corpus, as a corpus folder would be: lines shared by its pages are marked
  // (src/corpus/shared-lines.ts) from the scrapes alone, never across the split.
  const shared = new Map<string, readonly string[]>();
  for (const fit of [true, false]) {
    const rows = all.filter((r) => r.page.fit === fit);
    sharedLinesOf(rows.map((r) => r.scrape)).forEach((lines, i) => shared.set(rows[i].page.id, lines));
  }
  const pages = all.map(({ page, scrape }) => {
    const file = { id: page.id, path: `${page.id}.txt`, raw: scrape, hash: page.id, catalog: {}, sharedLines: shared.get(page.id) };
    return { page, scrape, article: cleanArticle(file) };
  });
  const split = (fit: boolean) => pages.filter((p) => p.page.fit === fit);
  const body = (rows: typeof pages, text: (r: (typeof pages)[number]) => string) =>
    scoreBodies(rows.map((r) => ({ truth: r.page.body, predicted: text(r) })));
  const numbers: Record<string, unknown> = {};
  const lines = [
    "Body text from the naive text scrapes (`text/*.txt`), scored with the benchmark's metric (eval/datasets.ts). ",
    'HELD-OUT = pages whose id starts 8–f, never fitted or looked at for rules; FIT = ids 0–7, on which the cleaner ',
    'was fitted (src/clean/boilerplate/cleaner-weights.json, `npm run eval:fit-cleaner`), shown for reference only.',
    '',
    '| system, split | pages | body F1 | precision | recall |',
    '|---|---|---|---|---|',
  ];
  for (const [label, fit] of [
    ['HELD-OUT', false],
    ['FIT (fitted on)', true],
  ] as const) {
    const rows = split(fit);
    const raw = body(rows, (r) => r.scrape);
    const ours = body(rows, (r) => r.article.text);
    numbers[fit ? 'fit' : 'heldOut'] = { raw, cleaner: ours };
    lines.push(
      bodyScoreRow(`the text scrape itself, ${label}`, raw, raw.pages),
      bodyScoreRow(`coverage-bot cleanArticle, ${label}`, ours, ours.pages),
    );
  }

  const gold = loadPageLabels();
  lines.push(
    '',
    'Metadata read from the text scrape alone, against the hand-read gold in eval/labels/pages.json. Title: exact after',
    'whitespace folding, and also after folding typographic quotes/dashes. Published: right when it starts with the gold',
    'date (a gold YYYY-MM checks the month), over the pages that show a date in their text. Outlet: the name or one of',
    'its accepted variants (case-insensitive); "or domain" also counts a domain whose name is the outlet\'s name. Byline:',
    'found and right over the pages whose gold has one (found − right is a wrong byline).',
    '',
    '| split | pages | title = headline | (quotes/dashes folded) | date found | date right | inferred (right month) | outlet found | outlet named | outlet named or domain | byline found | byline right |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const [label, fit] of [
    ['HELD-OUT', false],
    ['FIT (fitted on)', true],
  ] as const) {
    const m = scoreMeta(split(fit), gold);
    numbers[fit ? 'metaFit' : 'metaHeldOut'] = m;
    lines.push(
      `| ${label} | ${m.pages} | ${countOfTotal(m.titleExact, m.pages)} | ${countOfTotal(m.titleFolded, m.pages)} | ${countOfTotal(m.dateFound, m.withDate)} | ` +
        `${countOfTotal(m.dateRight, m.withDate)} | ${countOfTotal(m.inferredRight, m.inferred)} | ${countOfTotal(m.outletFound, m.pages)} | ` +
        `${countOfTotal(m.outletNamed, m.pages)} | ${countOfTotal(m.outletNamedOrDomain, m.pages)} | ${countOfTotal(m.bylineFound, m.withByline)} | ${countOfTotal(m.bylineRight, m.withByline)} |`,
    );
  }
  return { title: 'Article extraction from text scrapes (issue 10 §2, §4)', markdown: lines.join('\n'), numbers };
}
