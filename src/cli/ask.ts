/**
 * The `ask` CLI: `npm run --silent ask -- [--json] [--batch] [--corpus DIR] "<question>"`.
 * Prints the terminal rendering, or with --json one JSON object (per line of stdin with --batch).
 * Takes `/timeline [topic]`, `/quotes [person]` and `/sources` as well as questions.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createNlp } from '../analyse/nlp.js';
import { answer } from '../answer/answer.js';
import { loadCoverage } from '../coverage/load-coverage.js';
import { listSources } from '../present/sources.js';
import type { Coverage } from '../coverage/types.js';
import { renderAnswer } from '../present/answer.js';
import { renderSources } from '../present/sources.js';
import { HELP } from '../dispatch/line.js';
import { answerJson } from '../present/answer.js';
import { corpusDir } from './default-corpus.js';
import { parseLine } from '../dispatch/line.js';
import { quotesJson } from '../present/quotes.js';
import { quotesOf } from '../quotes/quotes-of.js';
import { renderQuotes } from '../present/quotes.js';
import { selectQuotes } from '../quotes/select-quotes.js';
import { buildTimeline } from '../timeline/build-timeline.js';
import { renderTimeline } from '../present/timeline.js';
import { timelineJson } from '../present/timeline.js';
import { runMain } from './exit-with-error.js';

const USAGE = 'usage: npm run --silent ask -- [--json] [--batch] [--corpus DIR] "<question>"';

/** One line in, one printable result out; null when the line asks nothing (empty). */
function respond(coverage: Coverage, input: string, json: boolean): string | null {
  const line = parseLine(input);
  switch (line.kind) {
    case 'ask': {
      const a = answer(coverage, line.question, line.command);
      return json ? JSON.stringify(answerJson(a)) : renderAnswer(a);
    }
    case 'timeline': {
      const t = buildTimeline(coverage, line.topic ?? undefined);
      return json ? JSON.stringify(timelineJson(t)) : renderTimeline(t);
    }
    case 'quotes': {
      const selection = selectQuotes(quotesOf(coverage), line.person);
      return json ? JSON.stringify(quotesJson(selection)) : renderQuotes(selection);
    }
    case 'sources':
      return json ? JSON.stringify({ sources: listSources(coverage) }) : renderSources(listSources(coverage));
    case 'help':
    case 'quit':
      return json ? JSON.stringify({ help: HELP }) : HELP;
    case 'unknown':
      return json ? JSON.stringify({ error: `unknown command /${line.command}` }) : `Unknown command /${line.command}. ${HELP}`;
    case 'empty':
      return null;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, batch: { type: 'boolean', default: false }, corpus: { type: 'string' } },
  });
  const question = positionals.join(' ');
  if (!values.batch && question.trim() === '') {
    console.error(USAGE);
    return 2;
  }
  const { coverage, warnings } = await loadCoverage({ nlp: createNlp(), corpusDir: corpusDir(values.corpus) });
  for (const w of warnings) console.error(`warning: ${w}`);

  if (!values.batch) {
    const out = respond(coverage, question, values.json);
    if (out === null) {
      console.error(USAGE);
      return 2;
    }
    console.log(out);
    return 0;
  }
  for await (const input of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const out = respond(coverage, input, values.json);
    // Batch output stays one result per input line, in order: an empty line gets an error result.
    console.log(out ?? (values.json ? JSON.stringify({ question: '', error: 'empty question' }) : USAGE));
  }
  return 0;
}

runMain(main);
