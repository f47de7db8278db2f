/**
 * The development REPL: `npm run repl [-- --corpus DIR]`. On a terminal it has history and line
 * editing; with stdin not a terminal it answers each line and exits 0 at end of input, so
 * `printf '/when did they meet\n' | npm run --silent repl` works in scripts.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createNlp } from '../analyse/nlp.js';
import { answer } from '../answer/answer.js';
import { loadCoverage } from '../coverage/load-coverage.js';
import { listSources } from '../present/sources.js';
import type { Coverage } from '../coverage/types.js';
import { ANSI, PLAIN, renderAnswer, type Style } from '../present/answer.js';
import { renderSources } from '../present/sources.js';
import { HELP } from '../dispatch/line.js';
import { corpusDir } from './default-corpus.js';
import { exitWithError } from './exit-with-error.js';
import { parseLine } from '../dispatch/line.js';
import { quotesOf } from '../quotes/quotes-of.js';
import { renderQuotes } from '../present/quotes.js';
import { selectQuotes } from '../quotes/select-quotes.js';
import { buildTimeline } from '../timeline/build-timeline.js';
import { renderTimeline } from '../present/timeline.js';

const EMPTY_HINT = 'Type a question, for example: /when did they meet — or /help.';

/** The REPL's reply to one line, or null to quit. */
export function replyTo(coverage: Coverage, input: string, style: Style): string | null {
  const line = parseLine(input);
  switch (line.kind) {
    case 'ask':
      return renderAnswer(answer(coverage, line.question, line.command), style);
    case 'timeline':
      return renderTimeline(buildTimeline(coverage, line.topic ?? undefined), style);
    case 'quotes':
      return renderQuotes(selectQuotes(quotesOf(coverage), line.person), style);
    case 'sources':
      return renderSources(listSources(coverage));
    case 'help':
      return HELP;
    case 'quit':
      return null;
    case 'unknown':
      return `Unknown command /${line.command}. Try /help.`;
    case 'empty':
      return EMPTY_HINT;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const { coverage, warnings } = await loadCoverage({ nlp: createNlp(), corpusDir: corpusDir(values.corpus) });
  for (const w of warnings) console.error(`warning: ${w}`);
  const banner = `coverage-bot — ${coverage.articles.length} articles, ${coverage.index.size} sentences indexed. Ask a question, or /help.`;
  // In scripts the banner would mix with the answers on stdout.
  if (tty) console.log(banner);
  else console.error(banner);

  const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty, historySize: 500, crlfDelay: Infinity });
  if (tty) {
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const input of rl) {
    const reply = replyTo(coverage, input, tty ? ANSI : PLAIN);
    if (reply === null) break;
    console.log(reply);
    if (tty) rl.prompt();
  }
  rl.close();
}

main().catch(exitWithError);
