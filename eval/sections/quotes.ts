/**
 * Who said what on real news pages: the quotations of 7 FIT article-extraction pages (ids 0–7), their speakers read by
 * hand (eval/labels/quotes.json, written before the quotes' tuning values were swept on them; README beside it), against
 * what findQuotes attributes when the 59 fit pages are loaded as saved HTML, as a user's corpus folder of them would be.
 * The seeds' quotations are measured by test/quotes (gold-quotes.ts). Fit pages only: the quotes' tuning values
 * (src/quotes/defaults.ts) were measured here.
 */
import { join } from 'node:path';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { loadExtractionPages } from '../datasets.js';
import { loadQuoteLabels, scoreSpeakers } from '../labels/labels.js';
import type { EvalContext, EvalSection } from '../run.js';
import { loadScrapes } from './news-questions.js';

export async function run({ nlp, datasets }: EvalContext): Promise<EvalSection> {
  const labels = loadQuoteLabels();
  const pages = loadExtractionPages(datasets, 'fit').map((p) => `${p.id}.html.gz`);
  const { coverage } = await loadScrapes(nlp, join(datasets, 'article-extraction', 'html'), pages);
  const quotes = findQuotes(coverage);
  const s = scoreSpeakers(quotes, labels);
  const share = (n: number) => (n / s.labelled).toFixed(3);
  const markdown = [
    `The quotations of ${Object.keys(labels).length} FIT news pages with their speakers as a reader names them ` +
      '(eval/labels/quotes.json), against the quotes `findQuotes` finds on the 59 fit pages loaded as saved HTML ' +
      `(${quotes.length} quotes). Right: a quote holding the quotation's first words names its speaker (a reported ` +
      'sentence holding it counts, as /quotes shows it); wrong: one holds them and names someone else (or the same ' +
      'person by another form of the name); none: no quote holds them.',
    '',
    '| quotations | right | wrong | none | right as a quotation |',
    '|---|---|---|---|---|',
    `| ${s.labelled} | ${s.right} (${share(s.right)}) | ${s.wrong} | ${s.none} | ${s.asQuotation} (${share(s.asQuotation)}) |`,
  ].join('\n');
  return { title: 'Quote speakers on fit news pages', markdown, numbers: { ...s, quotesFound: quotes.length } };
}
