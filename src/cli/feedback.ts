/**
 * The feedback report: `npm run --silent feedback -- [--json] [--top N]`. Reads the store STORE_URL names (.env honoured,
 * (default sqlite://data/coverage-bot.sqlite) and prints the most asked questions, the most disliked answers
 * and the coverage gaps (questions the bot could not answer), as plain text or with --json one JSON object.
 */
import { readLocalConfig } from '../config/read-config.js';
import { createLocalLogger } from '../log.js';
import { createFeedbackStore } from '../store/records/feedback.js';
import type { AskedCount, DislikedAnswer, FeedbackSummary } from '../store/records/feedback.js';
import { openStore } from '../store/backends/open.js';
import { readArguments, runEntry, UsageError } from '../entry.js';

const USAGE = 'usage: npm run --silent feedback -- [--json] [--top N]';

function askedLines(rows: readonly AskedCount[]): string[] {
  return rows.map((row) => `  ${String(row.count).padStart(5)}  ${row.question}  (last ${row.lastAt.slice(0, 10)})`);
}

function dislikedLines(rows: readonly DislikedAnswer[]): string[] {
  return rows.map((row) => {
    const shown = row.excerptIds.length > 0 ? `excerpts ${row.excerptIds.join(', ')}` : 'no answer (abstained)';
    const votes = `${String(row.down).padStart(3)} down ${String(row.up).padStart(3)} up`;
    return `  ${votes}  ${row.question}  [${row.answerType}; ${shown}]`;
  });
}

function section(title: string, lines: string[]): string {
  return [title, ...(lines.length > 0 ? lines : ['  (none yet)'])].join('\n');
}

function formatSummary(summary: FeedbackSummary): string {
  const { asked, abstained, up, down } = summary.totals;
  return [
    `${asked} questions asked, ${abstained} not answered; ${up} 👍, ${down} 👎`,
    section('Most asked questions:', askedLines(summary.mostAsked)),
    section('Most disliked answers:', dislikedLines(summary.mostDisliked)),
    section('Coverage gaps (questions the coverage could not answer):', askedLines(summary.gaps)),
  ].join('\n\n');
}

async function main(): Promise<number> {
  const args = readArguments({ options: { json: { type: 'boolean', default: false }, top: { type: 'string' } } }, USAGE);
  if (args === null) return 0;
  const { values } = args;
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && !(Number.isInteger(top) && top > 0)) throw new UsageError('--top must be a positive whole number', USAGE);
  // Warnings (a down store, ignored records) go to stderr so that stdout stays the report alone.
  const log = createLocalLogger({ level: 'warn' });
  const store = await openStore(readLocalConfig().storeUrl, log);
  try {
    const summary = await createFeedbackStore({ store, log }).summary({ top });
    console.log(values.json ? JSON.stringify(summary) : formatSummary(summary));
    return 0;
  } finally {
    await store.close();
  }
}

runEntry(main, { readsModels: false });
