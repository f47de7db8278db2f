/**
 * A fresh process's first answer paid for what answering reads on first use, and for compiling the code and patterns it
 * runs: 177 ms against 10–71 ms for the next four on the seeds (session 52), 724 ms under load. Measured alone in fresh
 * processes over the seeds (session 53, load 8): chrono-node's first parse 0.22–0.24 s, the reversed pertainyms
 * 0.08–0.30 s, the currency names 0.06–0.08 s; with those loaded, the first answer still took 0.07 s against 0.003–0.04 s
 * for the next ones, the answering code's own first run. A surface that answers question after question (the bot, the
 * REPL) pays all of it before it says it is ready, so its first asker does not; the `ask` CLI answers one question at
 * once and does not.
 *
 * Each step is one turn of the event loop, so the bot's thread still acknowledges interactions between them: its
 * longest pause is the largest step's, not the whole warm-up's.
 */
import { currenciesLoaded, loadCurrencies } from '../analyse/gazetteer.js';
import type { Coverage } from '../coverage/types.js';
import { dateParserLoaded, loadDateParser } from '../dates/resolve-date.js';
import { lexiconLoaded, loadLexicon } from '../lexicon/lexicon.js';
import { answer } from './answer.js';

/** Loads what answering reads lazily (the lexicon's tables, the currency names, the date parser), a step per turn. */
export async function loadAnswering(): Promise<void> {
  for (const step of [loadLexicon, loadCurrencies, loadDateParser]) {
    step();
    await nextTurn();
  }
}

/** Whether every table loadAnswering loads is in memory. */
export function answeringLoaded(): boolean {
  return lexiconLoaded() && currenciesLoaded() && dateParserLoaded();
}

/**
 * Questions of every answer path (a date, a person's description, a place, a number, a reason, what someone said), asked
 * of the coverage and thrown away, so the answering code and its patterns are compiled: loading its tables leaves the
 * first answer several times the next ones' (above). Worded as any news coverage may be asked; their answers do
 * not matter.
 */
export const WARM_UP_QUESTIONS: readonly string[] = [
  'When did they meet?',
  'Who is the president?',
  'Where did it happen?',
  'How many people were there?',
  'Why did they agree?',
  'What did he say about the talks?',
];

/**
 * loadAnswering's tables, then WARM_UP_QUESTIONS asked of `coverage` through the answering core alone (answer(): no
 * store, no log, no count of questions asked), their answers dropped; a step per turn.
 */
export async function warmUpAnswering(coverage: Coverage): Promise<void> {
  await loadAnswering();
  for (const question of WARM_UP_QUESTIONS) {
    answer(coverage, question);
    await nextTurn();
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
