import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { openStore } from '../../../src/store/backends/open.js';
import { STORE_DEFAULTS } from '../../../src/store/defaults.js';
import { createFeedbackStore } from '../../../src/store/records/feedback.js';
import { captureLog } from '../../support/capture-log.js';
import { textRecord } from '../samples.js';
import { startWriter, type WriterOutcome } from '../../support/start-sqlite-writer.js';

/** The writer's record kind (test/support/sqlite-writer.ts). */
const BULK = textRecord('writer-bulk', 'bulk');

const allConfirmed = (name: string): WriterOutcome => ({ name, notConfirmed: [], bulkNotConfirmed: [], readsFailed: 0, healthy: true });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-shared-sqlite-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every vote and bulk record the two writers were told were saved, read back from the file once both have ended. */
async function savedIn(path: string, names: string[], count: number, bulkEvery: number) {
  const { log } = captureLog();
  const store = await openStore(`sqlite://${path}`, log);
  try {
    const { totals } = await createFeedbackStore({ store, log }).summary();
    const bulk = store.records(BULK);
    const missing: string[] = [];
    for (const name of names) {
      for (let round = 0; round < count; round += bulkEvery) {
        if ((await bulk.get(`${name}-${round}`))?.text.startsWith(`${name} ${round} `) !== true) missing.push(`${name}-${round}`);
      }
    }
    return { votes: totals.up, missing };
  } finally {
    await store.close();
  }
}

describe('two processes writing one SQLite file at once', () => {
  it('interleave hundreds of votes, reads and analysis-sized records each from the same moment on a new file, and every one is confirmed and kept', async () => {
    const path = join(dir, 'interleaved.sqlite');
    const url = `sqlite://${path}`;
    const shape = { count: 300, bulkEvery: 3, bulkChars: 150_000 };
    const writers = [startWriter(url, 'a', shape), startWriter(url, 'b', shape)];
    await Promise.all(writers.map((w) => w.loaded));
    for (const w of writers) w.go();
    const [a, b] = await Promise.all(writers.map((w) => w.ended));
    expect([a.outcome, b.outcome]).toEqual([allConfirmed('a'), allConfirmed('b')]);
    expect([a.code, b.code, ...a.warnings, ...b.warnings]).toEqual([0, 0]);
    expect(await savedIn(path, ['a', 'b'], shape.count, shape.bulkEvery)).toEqual({ votes: 600, missing: [] });
  });

  it('wait out the other process holding the write lock for 2.5 s, as saving the index does: the store opened meanwhile starts healthy and nothing is refused', async () => {
    const path = join(dir, 'held.sqlite');
    const url = `sqlite://${path}`;
    const shape = { count: 200, bulkEvery: 2, bulkChars: 150_000 };
    const holder = startWriter(url, 'holder', { ...shape, holdMs: 2_500 });
    const other = startWriter(url, 'other', shape);
    await Promise.all([holder.loaded, other.loaded]);
    holder.go();
    // The other process (the CLI started while the bot saves its index) opens the file and writes while the lock is held.
    await holder.printed('holding');
    other.go();
    const [h, o] = await Promise.all([holder.ended, other.ended]);
    expect([h.outcome, o.outcome]).toEqual([allConfirmed('holder'), allConfirmed('other')]);
    expect([h.code, o.code, ...h.warnings, ...o.warnings]).toEqual([0, 0]);
    expect(await savedIn(path, ['holder', 'other'], shape.count, shape.bulkEvery)).toEqual({ votes: 400, missing: [] });
    const { log } = captureLog();
    const store = await openStore(url, log);
    expect(await store.records(BULK).get('holder-held')).toEqual({ text: 'held' });
    await store.close();
  });
});

/**
 * A store on a new file `name` and another connection holding the file's write lock from now for `holdMs` (saving the
 * index, in another process); `released` resolves once it has let go.
 */
async function heldStore(name: string, holdMs: number) {
  const path = join(dir, name);
  const { log } = captureLog();
  const store = await openStore(`sqlite://${path}`, log);
  const holder = new KeyvSqlite({ uri: `sqlite://${path}` });
  await holder.query('BEGIN IMMEDIATE');
  const released = sleep(holdMs)
    .then(() => holder.query('COMMIT'))
    .then(() => holder.disconnect());
  return { store, log, released };
}

describe("one process's writes while another connection holds the file's write lock", () => {
  const CACHED = textRecord('cached-answer', 'hot');
  const DOWN_VOTE = {
    vote: 'down' as const,
    question: 'when did they meet?',
    answerType: 'date',
    abstained: false,
    excerptIds: ['a:1'],
    userId: 'u1',
  };

  it('leave the process running: reads of the namespace written are answered and timers fire on time while eight writes wait, and all eight are saved once the lock is released', async () => {
    const path = join(dir, 'turns.sqlite');
    const { log, warnings } = captureLog();
    // A read given 500 ms, not 50, so that a loaded machine cannot fail it; a process frozen by a waiting write cannot.
    const store = await openStore(`sqlite://${path}`, log, { hotReadTimeoutMs: 500 });
    const cached = store.records(CACHED);
    expect(await cached.set('question', { text: 'answer' })).toBe(true);
    // Another process's write transaction (saving the index; here a connection of this test, which the bot's
    // freeze would stop from committing too).
    const holder = new KeyvSqlite({ uri: `sqlite://${path}` });
    await holder.query('BEGIN IMMEDIATE');
    const started = performance.now();
    const writes = [
      ...Array.from({ length: 4 }, (_, i) => store.records(BULK).set(`analysis-${i}`, { text: `article ${i}` })),
      ...Array.from({ length: 4 }, (_, i) => cached.set(`question ${i}`, { text: `answer ${i}` })),
    ];
    const reads: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await sleep(100);
      reads.push((await cached.read('question')).status);
    }
    const held = performance.now() - started;
    await holder.query('COMMIT');
    await holder.disconnect();
    expect(reads).toEqual(['hit', 'hit', 'hit', 'hit', 'hit']);
    // Five 100 ms sleeps and five reads: frozen, the process took the busy timeout (5 s) to get here.
    expect(held).toBeLessThan(2_500);
    expect(await Promise.all(writes)).toEqual(Array(8).fill(true));
    expect(warnings()).toEqual([]);
    expect(await store.records(BULK).get('analysis-3')).toEqual({ text: 'article 3' });
    expect(await cached.get('question 3')).toEqual({ text: 'answer 3' });
    await store.close();
  });

  it('give up a write at its own bound while the lock is held, keep reading meanwhile, and never save the write given up later', async () => {
    // Held past opTimeoutMs (1 s), within SQLite's busy timeout (5 s): the lock another process takes to save the index.
    const { store, released } = await heldStore('given-up.sqlite', 2_500);
    const cached = store.records(CACHED);
    const started = performance.now();
    expect(await cached.set('late', { text: 'late answer' })).toBe(false);
    expect(performance.now() - started).toBeLessThan(STORE_DEFAULTS.opTimeoutMs + 500);
    // The file is busy, not down: WAL readers never wait for a writer, so reads are still answered ('failed' when the
    // circuit skipped them, as it did for 1 s after the write).
    expect((await cached.read('question')).status).toBe('miss');
    expect(store.healthy).toBe(true);
    await released;
    await sleep(200);
    // Told "not saved": it is not, after the lock is released either.
    expect((await cached.read('late')).status).toBe('miss');
    await store.close();
  });

  it('tell a vote queued behind two other writes the truth when the lock is held past its bound: not confirmed, and not saved later', async () => {
    // Past the vote's bound (two busy timeouts): SQLite cannot save it in time whatever else waits.
    const { store, log, released } = await heldStore('queued-vote.sqlite', STORE_DEFAULTS.confirmedWriteTimeoutMs + 2_000);
    const cached = store.records(CACHED);
    const feedback = createFeedbackStore({ store, log });
    const started = performance.now();
    const before = [cached.set('question 1', { text: 'answer 1' }), cached.set('question 2', { text: 'answer 2' })];
    const confirmed = await feedback.record(DOWN_VOTE);
    const waited = performance.now() - started;
    await Promise.all(before);
    await released;
    await sleep(200);
    expect(confirmed).toBe(false);
    expect(waited).toBeLessThan(STORE_DEFAULTS.confirmedWriteTimeoutMs + 500);
    expect((await feedback.summary()).totals.down).toBe(0);
    await store.close();
  });

  it('confirm a vote once another connection releases the lock it held 1.8 s, past the 1 s other writes are bounded by', async () => {
    const { store, log, released } = await heldStore('late-vote.sqlite', 1_800);
    const feedback = createFeedbackStore({ store, log });
    // A vote's write waits up to confirmedWriteTimeoutMs (its reply is deferred meanwhile: buttons.ts), so SQLite's busy
    // timeout decides: with the 1 s bound it was "not confirmed", and then saved once the lock was released.
    const started = performance.now();
    expect(await feedback.record(DOWN_VOTE)).toBe(true);
    expect(performance.now() - started).toBeGreaterThan(1_000);
    await released;
    expect((await feedback.summary()).totals.down).toBe(1);
    expect(store.healthy).toBe(true);
    await store.close();
  });
});
