/**
 * Who said what on real news pages: the quotations of FIT article-extraction pages (ids 0–7), their speakers read by
 * hand, against what findQuotes attributes when the 59 fit pages are loaded as saved HTML, as a user's corpus folder of
 * them would be. Three sets (eval/labels, README beside them): quotes.json, 7 pages labelled in session 53, on which the
 * quotes' tuning values and rules were studied; quotes-unstudied.json, 3 other pages labelled in session 54 before the
 * rules judged on them, which no rule was studied on; quotes-third.json, 3 more pages labelled in session 55 before the bot
 * was run on them, chosen for speakers named by a pronoun, a surname, a title or an appositive. The seeds' quotations are
 * measured by test/quotes (gold-quotes.ts).
 */
import { join } from 'node:path';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { loadExtractionPages } from '../datasets.js';
import { loadQuoteLabels, scoreSpeakers, type QuoteLabel, type SpeakerScores } from '../labels/labels.js';
import type { EvalContext, EvalSection } from '../run.js';
import { loadScrapes } from './news-questions.js';

export async function run({ nlp, datasets }: EvalContext): Promise<EvalSection> {
  const studied = loadQuoteLabels('quotes.json');
  const unstudied = loadQuoteLabels('quotes-unstudied.json');
  const third = loadQuoteLabels('quotes-third.json');
  const pages = loadExtractionPages(datasets, 'fit').map((p) => `${p.id}.html.gz`);
  const { coverage } = await loadScrapes(nlp, join(datasets, 'article-extraction', 'html'), pages);
  const quotes = findQuotes(coverage);
  const s = scoreSpeakers(quotes, studied);
  const u = scoreSpeakers(quotes, unstudied);
  const t = scoreSpeakers(quotes, third);
  const markdown = [
    'The quotations of FIT news pages with their speakers as a reader names them (eval/labels), against the quotes ' +
      `\`findQuotes\` finds on the 59 fit pages loaded as saved HTML (${quotes.length} quotes). Right: a quote holding the ` +
      "quotation's first words names its speaker (a reported sentence holding it counts, as /quotes shows it); wrong: " +
      'one holds them and names someone else (or the same person by another form of the name); none: no quote holds them.',
    '',
    '| set | pages | quotations | right | wrong | none | right as a quotation |',
    '|---|---|---|---|---|---|---|',
    row('studied (quotes.json)', studied, s),
    row('unstudied (quotes-unstudied.json)', unstudied, u),
    row('third (quotes-third.json)', third, t),
  ].join('\n');
  return {
    title: 'Quote speakers on fit news pages',
    markdown,
    numbers: { ...s, quotesFound: quotes.length, unstudied: u, third: t },
  };
}

function row(name: string, labels: Record<string, QuoteLabel[]>, s: SpeakerScores): string {
  const share = (n: number) => (n / s.labelled).toFixed(3);
  const pages = Object.keys(labels).length;
  return `| ${name} | ${pages} | ${s.labelled} | ${s.right} (${share(s.right)}) | ${s.wrong} | ${s.none} | ${s.asQuotation} (${share(s.asQuotation)}) |`;
}
