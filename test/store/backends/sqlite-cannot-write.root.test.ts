import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, afterAll, beforeAll, vi } from 'vitest';
import { openStore } from '../../../src/store/backends/open.js';
import type { Store } from '../../../src/store/backends/store.js';
import { captureLog } from '../../support/capture-log.js';
import { descriptorsOpenOn } from '../../support/open-files.js';
import { smallDisk, type SmallDisk } from '../../support/small-disk.js';
import { textRecord } from '../samples.js';

const run = promisify(execFile);
const NOTE = textRecord('note');
const VOTE = textRecord('vote', 'confirmed');

let disk: SmallDisk;
let dir: string;
beforeAll(async () => {
  disk = await smallDisk(4 * 1024 * 1024);
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-cannot-write-'));
});
afterAll(async () => {
  await disk?.remove();
  await rm(dir, { recursive: true, force: true });
});

/** The store's file, and what stops it taking writes while the store runs and lets it take them again. */
interface Fault {
  file: () => string;
  /** SQLite's code for the refused write. */
  code: string;
  block: (file: string) => Promise<void>;
  unblock: (file: string) => Promise<void>;
}

// Its -wal is where SQLite writes (WAL mode); the immutable flag stops root too (CAP_LINUX_IMMUTABLE sets it), on a file
// system that keeps it for open files (ext4 and XFS do; tmpfs lets them write on).
const immutable = (flag: '+i' | '-i') => (file: string) => run('chattr', [flag, file, `${file}-wal`]).then(() => undefined);

describe('a SQLite store whose file stops taking writes while it runs', () => {
  it.each<[string, Fault]>([
    [
      'its disk fills up',
      { file: () => join(disk.dir, 'store.sqlite'), code: 'SQLITE_FULL', block: () => disk.fill(), unblock: () => disk.free() },
    ],
    [
      'its file is made immutable',
      { file: () => join(dir, 'store.sqlite'), code: 'SQLITE_IOERR', block: immutable('+i'), unblock: immutable('-i') },
    ],
  ])(
    'when %s: refuses the writes and logs one error naming it, keeps its reads and what it holds, and saves the first write once it can again',
    async (_when, { file: fileOf, code, block, unblock }) => {
      const { log, lines } = captureLog();
      const file = fileOf();
      const store = await openStore(`sqlite://${file}`, log);
      const notes = store.records(NOTE);
      const votes = store.records(VOTE);
      try {
        expect(await notes.set('before', { text: 'stored before' })).toBe(true);
        await block(file);
        try {
          expect(await votes.set('refused', { text: 'a vote it cannot take' })).toBe(false);
          expect(await notes.set('refused too', { text: 'an answer to cache' })).toBe(false);
          expect(lines.filter((l) => l.level >= 50)).toEqual([
            expect.objectContaining({
              msg: expect.stringMatching(/^store cannot write: nothing is saved .* answers and reads go on/),
              target: file,
              err: expect.objectContaining({
                message: expect.stringMatching(new RegExp(`${code}.*once the disk has room or the file can be written`)),
              }),
            }),
          ]);
          // Not a store that is down: what it holds is still read.
          expect(store.healthy).toBe(true);
          expect(await notes.read('before')).toEqual({ status: 'hit', data: { text: 'stored before' } });
          expect(lines.filter((l) => /store unavailable/.test(l.msg) && JSON.stringify(l.err).includes(code))).toEqual([]);
        } finally {
          await unblock(file);
        }
        // The first write after that is made: it is not refused for a backoff window the refusals opened.
        expect(await votes.set('saved', { text: 'a vote once it can' })).toBe(true);
      } finally {
        await store.close();
      }
      const reopened = await openStore(`sqlite://${file}`, log);
      try {
        expect(await reopened.records(NOTE).get('before')).toEqual({ text: 'stored before' });
        expect(await reopened.records(VOTE).get('saved')).toEqual({ text: 'a vote once it can' });
        expect(await reopened.records(VOTE).get('refused')).toBeUndefined();
      } finally {
        await reopened.close();
      }
    },
  );
});

describe('a SQLite store whose file cannot take writes at start', () => {
  let fullAtStart: SmallDisk;
  beforeAll(async () => {
    fullAtStart = await smallDisk(4 * 1024 * 1024);
  });
  afterAll(async () => {
    await fullAtStart?.remove();
  });

  /** A file holding a record, written and closed before the fault. */
  async function storedBefore(file: string): Promise<void> {
    const before = await openStore(`sqlite://${file}`, captureLog().log);
    expect(await before.records(NOTE).set('before', { text: 'stored before' })).toBe(true);
    await before.close();
  }

  it('when its disk is full and no connection holds it: starts without it, warns naming the cause and the file, opens no connection, refuses writes, and uses the file once the disk has room, without a restart', async () => {
    const file = join(fullAtStart.dir, 'at-start.sqlite');
    await storedBefore(file);
    const { log, warnings } = captureLog();
    let store: Store | undefined;
    try {
      await fullAtStart.fill();
      try {
        store = await openStore(`sqlite://${file}`, log);
        expect(store.healthy).toBe(false);
        // SQLITE_IOERR, not SQLITE_FULL: opening a file in WAL mode makes its -shm and writes it first, and no read can be
        // made without it (a read-only connection neither).
        expect(warnings()).toEqual([
          expect.objectContaining({
            msg: expect.stringMatching(/^store unavailable/),
            target: file,
            err: expect.objectContaining({
              message: expect.stringMatching(new RegExp(`^cannot use the SQLite store at ${file}: SQLITE_IOERR`)),
            }),
          }),
        ]);
        expect(await store.records(VOTE).set('refused', { text: 'a vote it cannot take' })).toBe(false);
        // Neither the start's check nor a namespace left a connection open (@keyv/sqlite lost one at each: s54); a probe
        // under way holds one until it fails.
        await vi.waitFor(async () => expect(await descriptorsOpenOn(file)).toBe(0), { timeout: 10_000, interval: 2 });
      } finally {
        await fullAtStart.free();
      }
      // Its probe prepares the file (the first after 1 s, then backing off): no restart.
      const started = store;
      await vi.waitFor(() => expect(started.healthy).toBe(true), { timeout: 10_000, interval: 50 });
      expect(await started.records(VOTE).set('saved', { text: 'a vote once it can' })).toBe(true);
      expect(await started.records(NOTE).get('before')).toEqual({ text: 'stored before' });
      expect(await started.records(VOTE).get('refused')).toBeUndefined();
    } finally {
      await store?.close();
    }
    expect(await descriptorsOpenOn(file)).toBe(0);
  });

  /** What makes a file readable but not writable at start, and undoes it. */
  interface ReadOnlyAtStart {
    file: () => string;
    code: string;
    block: (file: string) => Promise<void>;
    unblock: (file: string) => Promise<void>;
  }

  // Another connection to the file (another bot, `npm run reindex`) keeps its -shm made: reads need no more room.
  let holder: Store | undefined;
  afterAll(async () => {
    await holder?.close();
  });

  it.each<[string, ReadOnlyAtStart]>([
    [
      'its file is immutable',
      {
        file: () => join(dir, 'at-start.sqlite'),
        code: 'SQLITE_READONLY',
        block: (file) => run('chattr', ['+i', file]).then(() => undefined),
        unblock: (file) => run('chattr', ['-i', file]).then(() => undefined),
      },
    ],
    [
      'its disk is full while another connection holds the file',
      {
        file: () => join(fullAtStart.dir, 'held.sqlite'),
        code: 'SQLITE_FULL',
        async block(file) {
          holder = await openStore(`sqlite://${file}`, captureLog().log);
          expect(await holder.records(NOTE).get('before')).toEqual({ text: 'stored before' });
          await fullAtStart.fill();
        },
        unblock: () => fullAtStart.free(),
      },
    ],
  ])(
    'when %s: starts and reads what it holds, logs one error naming the cause and the file, refuses writes, and saves the first write once it can, without a restart',
    async (_when, { file: fileOf, code, block, unblock }) => {
      const file = fileOf();
      await storedBefore(file);
      const { log, lines } = captureLog();
      let store: Store | undefined;
      try {
        await block(file);
        try {
          store = await openStore(`sqlite://${file}`, log);
          expect(store.healthy).toBe(true);
          expect(await store.records(NOTE).read('before')).toEqual({ status: 'hit', data: { text: 'stored before' } });
          expect(await store.records(VOTE).set('refused', { text: 'a vote it cannot take' })).toBe(false);
          expect(await store.records(NOTE).set('refused too', { text: 'an answer to cache' })).toBe(false);
          expect(lines.filter((l) => l.level >= 40)).toEqual([
            expect.objectContaining({
              level: 50,
              msg: expect.stringMatching(/^store cannot write: nothing is saved .* answers and reads go on/),
              target: file,
              err: expect.objectContaining({
                message: expect.stringMatching(
                  new RegExp(`^${file} could not be written at start \\(${code}: .*\\): it takes writes again once the disk has room`),
                ),
              }),
            }),
          ]);
          expect(store.healthy).toBe(true);
        } finally {
          await unblock(file);
        }
        // The next write is made: no probe waited for, no restart.
        expect(await store.records(VOTE).set('saved', { text: 'a vote once it can' })).toBe(true);
        expect(await store.records(VOTE).get('refused')).toBeUndefined();
      } finally {
        await store?.close();
        await holder?.close();
        holder = undefined;
      }
      const reopened = await openStore(`sqlite://${file}`, log);
      try {
        expect(await reopened.records(NOTE).get('before')).toEqual({ text: 'stored before' });
        expect(await reopened.records(VOTE).get('saved')).toEqual({ text: 'a vote once it can' });
      } finally {
        await reopened.close();
      }
    },
  );
});
