/**
 * The `ask` CLI: `npm run --silent ask -- [--json] [--batch [--alone]] [--corpus DIR] "<question>"`.
 * Prints the terminal rendering, or with --json one JSON object (per line of stdin with --batch). The lines of a batch
 * are one conversation, as the REPL's and a DM's are; with --alone each line is asked on its own.
 * Takes `/timeline [topic]`, `/quotes [person]` and `/sources` as well as questions.
 */
import { createInterface } from 'node:readline';
import { pipedStdin } from './stdin-text.js';
import { loadLocalCoverage } from './local-coverage.js';
import { renderSources } from '../present/sources.js';
import type { Coverage } from '../coverage/types.js';
import { renderAnswer, answerJson } from '../present/answer.js';
import { askInConversation, dispatchLine, type Conversation } from '../dispatch/line.js';
import { TEXT_HELP, unknownLineCommand, USER_MESSAGES } from '../user-messages.js';
import { quotesJson, renderQuotes } from '../present/quotes.js';
import { renderTimeline, timelineJson } from '../present/timeline.js';
import { OPERATOR_MESSAGES, readArguments, runEntry, UsageError } from '../entry.js';

const USAGE = 'usage: npm run --silent ask -- [--json] [--batch [--alone]] [--corpus DIR] "<question>"';

/** What --help adds to the usage: what each option does, and the lines besides questions. */
const OPTIONS_HELP = [
  'Answers a question about the coverage with excerpts quoted from its articles.',
  '  --json         one JSON object per answer (README: the answer object) instead of the terminal rendering',
  '  --batch        read the lines of stdin, one answer each; the lines are one conversation, as in the REPL',
  '  --alone        with --batch: ask each line on its own, not as a follow-up of the line before',
  '  --corpus DIR   the articles to answer from (.txt, .md, .html, .htm files; default: CORPUS_DIR or seeds/)',
  'Besides questions: /timeline [topic], /quotes [person], /sources, /help.',
].join('\n');

/** One line in, one printable result out; null when the line asks nothing (empty). */
async function respond(coverage: Coverage, input: string, json: boolean, conversation: Conversation): Promise<string | null> {
  const reply = await dispatchLine(input, { coverage: () => coverage, ask: askInConversation(coverage, conversation) });
  switch (reply.kind) {
    case 'answer':
      return json ? JSON.stringify(answerJson(reply.answer)) : renderAnswer(reply.answer);
    case 'timeline':
      return json ? JSON.stringify(timelineJson(reply.timeline)) : renderTimeline(reply.timeline);
    case 'quotes':
      return json ? JSON.stringify(quotesJson(reply.selection)) : renderQuotes(reply.selection);
    case 'sources':
      return json ? JSON.stringify({ sources: reply.sources }) : renderSources(reply.sources);
    case 'help':
    case 'quit':
      return json ? JSON.stringify({ help: TEXT_HELP }) : TEXT_HELP;
    case 'unknown':
      return json ? JSON.stringify({ error: `unknown command /${reply.command}` }) : `${unknownLineCommand(reply.command)} ${TEXT_HELP}`;
    case 'empty':
      return null;
  }
}

async function main(): Promise<number> {
  const args = readArguments(
    {
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        batch: { type: 'boolean', default: false },
        alone: { type: 'boolean', default: false },
        corpus: { type: 'string' },
      },
    },
    USAGE,
    OPTIONS_HELP,
  );
  if (args === null) return 0;
  const { values, positionals } = args;
  const question = positionals.join(' ');
  if ((!values.batch && question.trim() === '') || (values.alone && !values.batch)) throw new UsageError('', USAGE);
  const { coverage, warnings } = await loadLocalCoverage(values.corpus);
  for (const w of warnings) console.error(OPERATOR_MESSAGES.warning(w));

  if (!values.batch) {
    const out = await respond(coverage, question, values.json, { followUp: {} });
    if (out === null) throw new UsageError('', USAGE);
    console.log(out);
    return 0;
  }
  // The lines are one conversation, as the REPL's (a line may follow up the one before: "and where?"), unless --alone.
  const conversation: Conversation = { followUp: {} };
  for await (const input of createInterface({ input: pipedStdin(), crlfDelay: Infinity })) {
    if (values.alone) conversation.followUp = {};
    const out = await respond(coverage, input, values.json, conversation);
    // Batch output stays one result per input line, in order: a line that asks nothing ("", "/who" alone) gets an error
    // result, and in text the REPL's reply to it, since the lines are a conversation as the REPL's are (README): the usage
    // names the command line's flags, which the line's writer did not type.
    console.log(out ?? (values.json ? JSON.stringify({ question: '', error: 'empty question' }) : USER_MESSAGES.replEmpty));
  }
  return 0;
}

runEntry(main);
