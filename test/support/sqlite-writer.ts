// Run by test/store/backends/sqlite-shared-file.test.ts as one of two processes writing one SQLite file at once, as
// the bot and `npm run reindex` or the CLI do on the default store. Opens the store STORE_URL names once the parent
// writes a line on stdin (so both open, then write, at the same moment), then for each of COUNT rounds records a vote
// (a user is told whether it was saved), reads a record, and every BULK_EVERY rounds writes a record of BULK_CHARS
// characters (an analysis). With HOLD_MS, halfway it writes one more record in a transaction it holds the file's write
// lock in for HOLD_MS, as saving the index does for seconds (src/store/defaults.ts, busyTimeoutMs), printing "holding"
// when it has the lock; with HOLD_MS `release`, until the parent writes a second line (a test that needs the lock held
// until it has seen an outcome, however slow its machine, waits on that event, not on a guess of a duration). Log
// lines at warn and above go to stderr as JSON; stdout ends with one JSON line of what was not confirmed.
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import KeyvSqlite from '@keyv/sqlite';
import pino from 'pino';
import { openStore } from '../../src/store/backends/open.js';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import { textRecord } from '../store/samples.js';

const [url, name, count, bulkEvery, bulkChars, holdMs = '0'] = process.argv.slice(2);
if (!url || !name || !count || !bulkEvery || !bulkChars) {
  throw new Error('usage: sqlite-writer.ts STORE_URL NAME COUNT BULK_EVERY BULK_CHARS [HOLD_MS]');
}

const BULK = textRecord('writer-bulk', 'bulk');

const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise<void>((resolve) => lines.once('line', () => resolve()));
const started = nextLine();
process.stdout.write('loaded\n');
await started;
const holds = holdMs === 'release' || Number(holdMs) > 0;
if (!holds) {
  lines.close();
  process.stdin.destroy();
}

const log = pino({ level: 'warn' }, pino.destination(2));
const store = await openStore(url, log);
const feedback = createFeedbackStore({ store, log });
const bulk = store.records(BULK);
const vote = (round: number) => ({
  vote: 'up' as const,
  question: `question ${round} from ${name}`,
  answerType: 'date',
  abstained: false,
  excerptIds: [`${name}:${round}`],
  userId: `${name}-user-${round}`,
});
const notConfirmed: number[] = [];
const bulkNotConfirmed: number[] = [];
let readsFailed = 0;
/** The index save's long write: one connection's transaction, holding the write lock for HOLD_MS or until released. */
async function holdWriteLock(): Promise<void> {
  const connection = new KeyvSqlite({ uri: url });
  await connection.query('BEGIN IMMEDIATE');
  await connection.query(
    'INSERT INTO keyv (key, value) VALUES (?, ?)',
    `writer-bulk:${name}-held`,
    '{"value":{"v":1,"data":{"text":"held"}}}',
  );
  const released = holdMs === 'release' ? nextLine() : sleep(Number(holdMs));
  process.stdout.write('holding\n');
  await released;
  lines.close();
  process.stdin.destroy();
  await connection.query('COMMIT');
  await connection.disconnect();
}

for (let round = 0; round < Number(count); round += 1) {
  if (holds && round === Math.floor(Number(count) / 2)) await holdWriteLock();
  if (!(await feedback.record(vote(round)))) notConfirmed.push(round);
  if ((await bulk.read(`other-${round}`)).status === 'failed') readsFailed += 1;
  if (
    round % Number(bulkEvery) === 0 &&
    !(await bulk.set(`${name}-${round}`, { text: `${name} ${round} `.padEnd(Number(bulkChars), 'x') }))
  ) {
    bulkNotConfirmed.push(round);
  }
}
const healthy = store.healthy;
await store.close();
process.stdout.write(`${JSON.stringify({ name, notConfirmed, bulkNotConfirmed, readsFailed, healthy })}\n`);
