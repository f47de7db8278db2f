/**
 * The development REPL: `npm run repl [-- --corpus DIR]`. On a terminal it has history and line
 * editing; with stdin not a terminal it answers each line and exits 0 at end of input, so
 * `printf '/when did they meet\n' | npm run --silent repl` works in scripts.
 */
import { createInterface } from 'node:readline';
import { loadLocalCoverage } from './local-coverage.js';
import { pipedStdin } from './stdin-text.js';
import { renderSources } from '../present/sources.js';
import type { Coverage } from '../coverage/types.js';
import { ANSI, PLAIN, renderAnswer, type Style } from '../present/answer.js';
import { askInConversation, dispatchLine, type Conversation } from '../dispatch/line.js';
import { TEXT_HELP, unknownLineCommand, USER_MESSAGES } from '../user-messages.js';
import { OPERATOR_MESSAGES, readArguments, runEntry } from '../entry.js';
import { renderQuotes } from '../present/quotes.js';
import { renderTimeline } from '../present/timeline.js';

const USAGE = 'usage: npm run repl [-- --corpus DIR]';

/** The REPL's reply to one line, or null to quit; without a conversation the line stands alone. */
export async function replyTo(
  coverage: Coverage,
  input: string,
  style: Style,
  conversation: Conversation = { followUp: {} },
): Promise<string | null> {
  const reply = await dispatchLine(input, { coverage: () => coverage, ask: askInConversation(coverage, conversation) });
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer, style);
    case 'timeline':
      return renderTimeline(reply.timeline, style);
    case 'quotes':
      return renderQuotes(reply.selection, style);
    case 'sources':
      return renderSources(reply.sources);
    case 'help':
      return TEXT_HELP;
    case 'quit':
      return null;
    case 'unknown':
      return `${unknownLineCommand(reply.command)} Try /help.`;
    case 'empty':
      return USER_MESSAGES.replEmpty;
  }
}

async function main(): Promise<number | void> {
  const args = readArguments({ options: { corpus: { type: 'string' } } }, USAGE);
  if (args === null) return 0;
  const { values } = args;
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const { coverage, warnings } = await loadLocalCoverage(values.corpus, { warmUp: true });
  for (const w of warnings) console.error(OPERATOR_MESSAGES.warning(w));
  const banner = `coverage-bot — ${coverage.articles.length} articles, ${coverage.index.size} sentences indexed. Ask a question, or /help.`;
  // In scripts the banner would mix with the answers on stdout.
  if (tty) console.log(banner);
  else console.error(banner);

  const rl = createInterface({
    // A terminal is read as it types; a pipe (a questions file) in the encoding its byte-order mark names.
    input: process.stdin.isTTY ? process.stdin : pipedStdin(),
    output: tty ? process.stdout : undefined,
    terminal: tty,
    historySize: 500,
    crlfDelay: Infinity,
  });
  if (tty) {
    rl.setPrompt('> ');
    rl.prompt();
  }
  // The session is one conversation (askInConversation): a line may follow up the one before.
  const conversation: Conversation = { followUp: {} };
  for await (const input of rl) {
    const reply = await replyTo(coverage, input, tty ? ANSI : PLAIN, conversation);
    if (reply === null) break;
    console.log(reply);
    if (tty) rl.prompt();
  }
  rl.close();
}

runEntry(main);
