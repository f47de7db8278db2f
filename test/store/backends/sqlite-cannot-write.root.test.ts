import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { openStore } from '../../../src/store/backends/open.js';
import { captureLog } from '../../support/capture-log.js';
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
