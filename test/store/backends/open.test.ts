import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it, afterAll, beforeAll, vi } from 'vitest';
import { openStore } from '../../../src/store/backends/open.js';
import { redactUrl, StoreError } from '../../../src/store/backends/store.js';
import { createFeedbackStore } from '../../../src/store/records/feedback.js';
import { captureLog } from '../../support/capture-log.js';
import { descriptorsOpenOn } from '../../support/open-files.js';
import { textRecord } from '../samples.js';

describe('redactUrl', () => {
  it('hides user and password', () => {
    expect(redactUrl('redis://default:hunter2@cache.internal:6379/0')).toBe('redis://***@cache.internal:6379/0');
    expect(redactUrl('rediss://:hunter2@10.0.0.5:6380')).toBe('rediss://***@10.0.0.5:6380');
  });

  it('leaves a URL without credentials as it is', () => {
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redactUrl('sqlite://data/a@b.sqlite')).toBe('sqlite://data/a@b.sqlite');
  });
});

const NOTE = textRecord('note');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-open-store-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the SQLite folder on first run and keeps values across reopening', async () => {
    const { log } = captureLog();
    const path = join(dir, 'nested', 'folder', 'bot.sqlite');
    const first = await openStore(`sqlite://${path}`, log);
    expect(first.backend).toBe('sqlite');
    expect(await first.records(NOTE).set('k', { text: 'kept' })).toBe(true);
    await first.close();

    expect((await stat(path)).isFile()).toBe(true);
    const second = await openStore(`sqlite://${path}`, log);
    expect(await second.records(NOTE).get('k')).toEqual({ text: 'kept' });
    await second.close();
  });

  it('deletes the rows whose TTL has passed when it opens a SQLite file, and keeps the others', async () => {
    const { log } = captureLog();
    const path = join(dir, 'ttl.sqlite');
    const first = await openStore(`sqlite://${path}`, log);
    const notes = first.records(NOTE);
    expect(await notes.set('brief', { text: 'expires' }, 20)).toBe(true);
    expect(await notes.set('later', { text: 'expires later' }, 60_000)).toBe(true);
    expect(await notes.set('kept', { text: 'no TTL' })).toBe(true);
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await (await openStore(`sqlite://${path}`, log)).close();
    const raw = new KeyvSqlite({ uri: `sqlite://${path}` });
    const rows = (await raw.query('SELECT key FROM keyv ORDER BY key')) as { key: string }[];
    await raw.disconnect();
    expect(rows.map((r) => r.key)).toEqual(['note:kept', 'note:later']);
  });

  it('resolves a relative SQLite path against the working directory', async () => {
    const { log } = captureLog();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const store = await openStore('sqlite://relative/bot.sqlite', log);
      await store.close();
    } finally {
      process.chdir(cwd);
    }
    expect((await stat(join(dir, 'relative', 'bot.sqlite'))).isFile()).toBe(true);
  });

  it('rejects a SQLite path under a regular file with a StoreError naming the path', async () => {
    const { log } = captureLog();
    const file = join(dir, 'plain-file');
    await writeFile(file, 'not a folder');
    const path = join(file, 'bot.sqlite');
    const opening = openStore(`sqlite://${path}`, log);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(path);
    await opening.catch((err: Error) => expect(err.message).not.toContain('\n'));
  });

  it('rejects a SQLite path that is a folder with a StoreError naming the path', async () => {
    const { log } = captureLog();
    const path = join(dir, 'a-folder.sqlite');
    await mkdir(path);
    const opening = openStore(`sqlite://${path}`, log);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(path);
  });

  it('starts without a SQLite file another connection holds locked, says so once, and uses it once the lock is released', async () => {
    const { log, lines, warnings } = captureLog();
    const path = join(dir, 'locked.sqlite');
    const first = await openStore(`sqlite://${path}`, log);
    expect(await first.records(NOTE).set('k', { text: 'kept' })).toBe(true);
    await first.close();
    // Another process's write transaction (a backup, a sqlite3 shell), held past the busy timeout.
    const holder = new KeyvSqlite({ uri: `sqlite://${path}` });
    await holder.query('BEGIN EXCLUSIVE');
    const options = { sqlite: { busyTimeoutMs: 50 }, breaker: { minBackoffMs: 50, maxBackoffMs: 200 } };
    const store = await openStore(`sqlite://${path}`, log, options);
    try {
      expect(store.healthy).toBe(false);
      expect(await store.records(NOTE).get('k')).toBeUndefined();
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toMatchObject({ backend: 'sqlite', err: { message: expect.stringContaining('SQLITE_BUSY') } });
      await holder.query('COMMIT');
      await vi.waitFor(() => expect(lines.map((l) => l.msg)).toContain('store available again'), { timeout: 60_000, interval: 20 });
      expect(store.healthy).toBe(true);
      expect(await store.records(NOTE).get('k')).toEqual({ text: 'kept' });
      expect(await store.records(NOTE).set('k', { text: 'written after' })).toBe(true);
    } finally {
      await store.close();
      await holder.disconnect();
    }
  });

  it('starts without a SQLite file that is no database, says so once naming it, leaves it as it is, and makes a new store once it is moved away', async () => {
    const { log, lines, warnings } = captureLog();
    const path = join(dir, 'notes.sqlite');
    await writeFile(path, 'Not a database: notes a user kept under the name STORE_URL gives.\n');
    const store = await openStore(`sqlite://${path}`, log, { breaker: { minBackoffMs: 50, maxBackoffMs: 200 } });
    try {
      expect(store.healthy).toBe(false);
      expect(await store.records(NOTE).set('k', { text: 'not saved' })).toBe(false);
      expect(warnings()).toEqual([
        expect.objectContaining({
          backend: 'sqlite',
          err: expect.objectContaining({ message: expect.stringContaining(`${path} is not a database`) }),
        }),
      ]);
      // Probed meanwhile, and left as it is.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await readFile(path, 'utf8')).toBe('Not a database: notes a user kept under the name STORE_URL gives.\n');
      expect(warnings()).toHaveLength(1);
      await rename(path, `${path}.moved`);
      await vi.waitFor(() => expect(lines.map((l) => l.msg)).toContain('store available again'), { timeout: 60_000, interval: 20 });
      expect(await store.records(NOTE).set('k', { text: 'saved in the new file' })).toBe(true);
    } finally {
      await store.close();
    }
    const restarted = await openStore(`sqlite://${path}`, log);
    expect(await restarted.records(NOTE).get('k')).toEqual({ text: 'saved in the new file' });
    await restarted.close();
  });

  it('leaves no connection open to a file it cannot use, after its start and after each failed probe', async () => {
    const { log, warnings } = captureLog();
    const path = join(dir, 'kept-notes.sqlite');
    await writeFile(path, 'Not a database: notes a user kept under the name STORE_URL gives.\n');
    // Every failure logged (no throttle), and probed every 10 ms: each probe's failure is a warning.
    const store = await openStore(`sqlite://${path}`, log, { breaker: { minBackoffMs: 10, maxBackoffMs: 10 }, warnIntervalMs: 0 });
    try {
      // The namespaces a bot opens at start (answers, votes) open no connection to it either.
      const notes = store.records(NOTE);
      expect(await notes.set('k', { text: 'not saved' })).toBe(false);
      // A probe under way holds its connection until it fails: none is open between two probes.
      const noneOpen = () => vi.waitFor(async () => expect(await descriptorsOpenOn(path)).toBe(0), { timeout: 10_000, interval: 2 });
      await noneOpen();
      await vi.waitFor(() => expect(warnings().length).toBeGreaterThanOrEqual(21), { timeout: 60_000, interval: 20 });
      // 20 failed probes; @keyv/sqlite lost a connection at each (and one per namespace), open until collected: 21 then.
      await noneOpen();
      expect(await readFile(path, 'utf8')).toMatch(/^Not a database/);

      await rename(path, `${path}.moved`);
      await vi.waitFor(() => expect(store.healthy).toBe(true), { timeout: 60_000, interval: 20 });
      expect(await notes.set('k', { text: 'saved in the new file' })).toBe(true);
      // The descriptors counted are the store's own once it uses the file.
      expect(await descriptorsOpenOn(path)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    expect(await descriptorsOpenOn(path)).toBe(0);
  });

  it('rejects an unsupported URL without echoing its credentials', async () => {
    const { log } = captureLog();
    const opening = openStore('postgres://admin:hunter2@db/coverage', log);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await opening.catch((err: Error) => {
      expect(err.message).toContain('sqlite://');
      expect(err.message).not.toContain('hunter2');
    });
  });

  it('rejects sqlite:// without a path', async () => {
    const { log } = captureLog();
    await expect(openStore('sqlite://', log)).rejects.toBeInstanceOf(StoreError);
  });

  it('opens a memory store whose values live as long as the store', async () => {
    const { log } = captureLog();
    const store = await openStore('memory://', log);
    expect(store.backend).toBe('memory');
    expect(store.windowCounter).toBeUndefined();
    await store.records(NOTE).set('k', { text: 'here' });
    expect(await store.records(NOTE).get('k')).toEqual({ text: 'here' });
    await store.close();
    expect(await store.records(NOTE).get('k')).toBeUndefined();
  });
});

describe('a SQLite file changed under a running store', () => {
  const files = (path: string) => [path, `${path}-wal`, `${path}-shm`];

  it('notices the file was deleted, warns, and makes it again from the records still open: nothing written is lost', async () => {
    const { log, warnings } = captureLog();
    const path = join(dir, 'deleted.sqlite');
    const store = await openStore(`sqlite://${path}`, log);
    expect(await store.records(NOTE).set('before', { text: 'written before the delete' })).toBe(true);
    for (const f of files(path)) await unlink(f).catch(() => undefined);

    expect(await store.records(NOTE).set('after', { text: 'kept' })).toBe(true);
    const deleted = expect.objectContaining({ msg: expect.stringContaining('SQLite file was deleted'), target: path, recordsKept: true });
    expect(warnings()).toEqual([deleted]);
    await store.close();

    const restarted = await openStore(`sqlite://${path}`, log);
    expect(await restarted.records(NOTE).get('after')).toEqual({ text: 'kept' });
    expect(await restarted.records(NOTE).get('before')).toEqual({ text: 'written before the delete' });
    await restarted.close();
  });

  it('loses no acknowledged vote when only the database file is deleted (its -wal and -shm left beside it)', async () => {
    const { log } = captureLog();
    const path = join(dir, 'votes.sqlite');
    const store = await openStore(`sqlite://${path}`, log);
    const feedback = createFeedbackStore({ store, log });
    const vote = (n: number) => ({
      vote: 'up' as const,
      question: `question ${n}`,
      answerType: 'when',
      abstained: false,
      excerptIds: [`a:${n}`],
      userId: `u${n}`,
    });
    for (let n = 0; n < 12; n++) {
      if (n === 6) await unlink(path);
      expect(await feedback.record(vote(n))).toBe(true);
    }
    await store.close();
    const restarted = await openStore(`sqlite://${path}`, log);
    const { totals } = await createFeedbackStore({ store: restarted, log }).summary();
    expect(totals.up).toBe(12);
    await restarted.close();
  });

  it('leaves one whole file when closed, no -wal or -shm beside it, so a copy of the file alone is a backup', async () => {
    const { log } = captureLog();
    for (let round = 0; round < 5; round++) {
      const path = join(dir, `closed-${round}.sqlite`);
      const store = await openStore(`sqlite://${path}`, log);
      for (const name of ['a', 'b', 'c', 'd']) expect(await store.records(textRecord(name)).set('k', { text: name })).toBe(true);
      await store.close();
      for (const f of files(path).slice(1)) await expect(stat(f)).rejects.toThrow('ENOENT');
    }
  });

  it('notices the file was replaced (same path, another inode) and writes into the new one', async () => {
    const { log, warnings } = captureLog();
    const path = join(dir, 'replaced.sqlite');
    const backup = join(dir, 'backup.sqlite');
    const other = await openStore(`sqlite://${backup}`, log);
    expect(await other.records(NOTE).set('restored', { text: 'from the backup' })).toBe(true);
    await other.close();

    const store = await openStore(`sqlite://${path}`, log, { sqlite: { fileCheckIntervalMs: 50 } });
    expect(await store.records(NOTE).set('first', { text: 'x' })).toBe(true);
    // An operator restores a backup over the live file, leaving its -wal and -shm beside it (SQLite does not remove them
    // when the path names another file). Read while they were there, the restored file showed the old file's records.
    await copyFile(backup, `${path}.new`);
    await rename(`${path}.new`, path);

    // Reads follow without any write: the path is checked every fileCheckIntervalMs.
    const restored = async () => expect(await store.records(NOTE).get('restored')).toEqual({ text: 'from the backup' });
    await vi.waitFor(restored, { timeout: 10_000 });
    expect(await store.records(NOTE).set('second', { text: 'into the restored file' })).toBe(true);
    expect(warnings()).toEqual([expect.objectContaining({ msg: expect.stringContaining('SQLite file was replaced') })]);
    await store.close();
    const restarted = await openStore(`sqlite://${path}`, log);
    expect(await restarted.records(NOTE).get('restored')).toEqual({ text: 'from the backup' });
    expect(await restarted.records(NOTE).get('second')).toEqual({ text: 'into the restored file' });
    // Written to the old file before the backup replaced it: added to the new one, not lost.
    expect(await restarted.records(NOTE).get('first')).toEqual({ text: 'x' });
    await restarted.close();
  });

  it('keeps the -wal of another bot on the same file that reopened the restored file first, and both lose nothing', async () => {
    const { log } = captureLog();
    const path = join(dir, 'shared-replaced.sqlite');
    const backup = join(dir, 'shared-backup.sqlite');
    const other = await openStore(`sqlite://${backup}`, log);
    expect(await other.records(NOTE).set('restored', { text: 'from the backup' })).toBe(true);
    await other.close();

    // Checked only before a write, so which bot notices first is the test's to say.
    const open = () => openStore(`sqlite://${path}`, log, { sqlite: { fileCheckIntervalMs: 60_000 } });
    const first = await open();
    const second = await open();
    expect(await first.records(NOTE).set('first before', { text: '1' })).toBe(true);
    expect(await second.records(NOTE).set('second before', { text: '2' })).toBe(true);
    await copyFile(backup, `${path}.new`);
    await rename(`${path}.new`, path);

    expect(await first.records(NOTE).set('first after', { text: '3' })).toBe(true);
    expect(await second.records(NOTE).set('second after', { text: '4' })).toBe(true);
    expect(await second.records(NOTE).get('first after')).toEqual({ text: '3' });
    expect(await first.records(NOTE).get('second after')).toEqual({ text: '4' });
    await first.close();
    await second.close();
    const restarted = await openStore(`sqlite://${path}`, log);
    for (const key of ['restored', 'first before', 'second before', 'first after', 'second after']) {
      expect(await restarted.records(NOTE).get(key)).toBeDefined();
    }
    await restarted.close();
  });
});
