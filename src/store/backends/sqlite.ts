import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import sqlite3 from 'sqlite3';
import type { Logger } from 'pino';
import { createKeyvStore, keyvOptions } from './keyv.js';
import type { STORE_DEFAULTS, StoreSettings } from '../defaults.js';
import { firstLineOf, StoreBusyError, StoreError, StoreWriteRefusedError } from './store.js';
import { type Deadline, StoreGuard } from './guard.js';
import type { Store } from './store.js';

type SqliteTuning = { [K in keyof (typeof STORE_DEFAULTS)['sqlite']]: number };

const PROBE_KEY = 'coverage-bot:write-probe';

/**
 * @keyv/sqlite's table (its default name and key size): each connection of the adapter makes it if missing, and prepare
 * makes it first, on a connection of its own (withConnection).
 */
const TABLE = 'keyv';
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT )`;

function firstLine(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const message = firstLineOf(err);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * SQLite's codes for a file another connection holds locked past the busy timeout: a backup, a `sqlite3` shell in a
 * transaction, another bot's long write. They let go, so the file is not one that can never work.
 */
const LOCKED = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

/**
 * SQLite's codes for a file that is no database, or a damaged one: SQLITE_NOTADB ("file is not a database": a text
 * file, random bytes, a header cut short) and SQLITE_CORRUPT ("database disk image is malformed": a database cut
 * short, overwritten in part) (sqlite.org/rescode.html). The bot can answer without its store, so such a file is
 * a store that is down, not a reason to stop: it is left as it is (it may be a file STORE_URL names by mistake), and
 * used once the operator moves it away (a new file is made) or restores a good one.
 */
const BROKEN = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * SQLite's codes for a write the file cannot take while it is still read: SQLITE_FULL ("database or disk is full"),
 * SQLITE_READONLY ("attempt to write a readonly database") and SQLITE_IOERR ("disk I/O error": the OS refused the write,
 * as for a file made immutable, `chattr +i`, EPERM) (sqlite.org/rescode.html). SQLite rolls the write back and the
 * connection goes on: reads are answered, and a write once the disk has room again is made (both measured on a 2 MB tmpfs
 * filled up, then freed, 16:46 UTC, s53 hard17). So the store is not down, only that write failed (StoreWriteRefusedError).
 */
const REFUSED = new Set(['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR']);

/** The file could not be prepared because another connection held it locked (LOCKED). */
class LockedFileError extends StoreError {
  override name = 'LockedFileError';
}

/** The file could not be prepared because it cannot take a write (REFUSED): a full disk, an immutable file. */
class RefusedFileError extends StoreError {
  override name = 'RefusedFileError';
  constructor(
    file: string,
    /** SQLite's code and message. */
    readonly reason: string,
  ) {
    super(`cannot use the SQLite store at ${file}: ${reason}`);
  }
}

/** The file is no SQLite database, or a damaged one (BROKEN). */
class BrokenFileError extends StoreError {
  override name = 'BrokenFileError';
}

/**
 * Checks once, at start (and in each probe of a store that started without its file), that the file can be created and
 * written, so a path where none can be is one clear error instead of every later write quietly returning false. Also
 * switches the file to WAL (readers then never wait for a writer; the setting stays with the file) and deletes rows whose
 * TTL has passed: keyv only expires a row when it is read again, so an answer cached once and never asked again would
 * otherwise stay forever.
 */
async function prepare(file: string, tuning: SqliteTuning, now: number): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (err) {
    throw new StoreError(`cannot use the SQLite store at ${file}: cannot create its folder (${firstLine(err)})`);
  }
  try {
    await withConnection(file, tuning, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, async (query) => {
      await query('PRAGMA journal_mode=WAL');
      await query(CREATE_TABLE);
      await query(`INSERT INTO ${TABLE} (key, value) VALUES (?, '{}') ON CONFLICT(key) DO UPDATE SET value = excluded.value`, PROBE_KEY);
      await query(`DELETE FROM ${TABLE} WHERE key = ?`, PROBE_KEY);
      // keyv writes `{"value":…,"expires":<ms>}`, expires last and only with a TTL: the tail picks the rows worth parsing.
      // Parsing every row took 350–435 ms at each open over SQuAD 10×'s 95 MB of analyses and saved index (none has a TTL),
      // this 300–330 ms: reading each value's tail still reads the whole value (02:03 UTC, load ~2.6).
      await query(
        `DELETE FROM ${TABLE} WHERE substr(value, -32) LIKE '%"expires":%' AND ` +
          `(CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END) < ?`,
        now,
      );
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (BROKEN.has(code)) {
      throw new BrokenFileError(
        `the SQLite store at ${file} is not a database or is damaged (${firstLine(err)}): ` +
          'move the file away to start a new store, or put a good copy in its place',
      );
    }
    if (REFUSED.has(code)) throw new RefusedFileError(file, firstLine(err));
    const Failure = LOCKED.has(code) ? LockedFileError : StoreError;
    throw new Failure(`cannot use the SQLite store at ${file}: ${firstLine(err)}`);
  }
}

/**
 * Whether the records of a file that cannot be written can still be read: it is a store's (its table is there) in WAL
 * mode, as prepare leaves one, and a read is answered. An immutable file is (SQLite opens it read-only); so is a full
 * disk while another connection holds the file (its -shm is made), not one full to the last block with none: opening a
 * file in WAL mode makes its -shm and writes it, and every read then fails with SQLITE_IOERR, read-only too (measured on
 * a 4 MB tmpfs, 22:50 UTC, s55 hard19).
 */
async function readable(file: string, tuning: SqliteTuning): Promise<boolean> {
  try {
    return await withConnection(file, tuning, sqlite3.OPEN_READWRITE, async (query) => {
      const [mode] = (await query('PRAGMA journal_mode')) as Array<{ journal_mode: string }>;
      await query(`SELECT 1 FROM ${TABLE} LIMIT 1`);
      return mode?.journal_mode === 'wal';
    });
  } catch {
    return false;
  }
}

/**
 * Runs `use` on a connection of its own to `file`, closed after it whatever happened. node-sqlite3 directly, not
 * @keyv/sqlite: the adapter's connection is lost when its first query (CREATE TABLE) fails, its close() rejecting with
 * that error and the file held open until the connection is collected. Every failed start check and probe of a file that
 * cannot be used left one (2 descriptors each on a full disk, s54 hard18), and kept a disk busy for umount.
 */
async function withConnection<T>(
  file: string,
  tuning: SqliteTuning,
  mode: number,
  use: (query: (sql: string, ...params: unknown[]) => Promise<unknown[]>) => Promise<T>,
): Promise<T> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(opened)));
  });
  db.configure('busyTimeout', tuning.busyTimeoutMs);
  const query = (sql: string, ...params: unknown[]): Promise<unknown[]> =>
    new Promise((resolve, reject) => db.all(sql, ...params, (err: Error | null, rows: unknown[]) => (err ? reject(err) : resolve(rows))));
  try {
    return await use(query);
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/**
 * A namespace's store while its file cannot be used: never reached, since the store's circuit stays open until the probe
 * prepares the file and gives the namespace a connection, and failing as a store that is down if it were.
 */
function unprepared(): KeyvStoreAdapter {
  return Object.assign(new EventEmitter(), {
    opts: {},
    namespace: undefined,
    get: notPrepared,
    set: notPrepared,
    delete: notPrepared,
    clear: notPrepared,
  });
}

async function notPrepared(): Promise<never> {
  throw new StoreError('the SQLite file is not prepared yet');
}

/** What names one file whatever its path: a file deleted and created again, or replaced by a rename, has another. */
async function identityOf(file: string): Promise<string | null> {
  try {
    const { dev, ino } = await stat(file);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/**
 * Removes the -wal and -shm beside `file` made before the file now at the path (or beside no file): they belong to a
 * file deleted or replaced since. Ones made after it are another process's, which reopened the new file first, and
 * hold its records. Where the file system keeps no birth time (0), every one is taken as old.
 */
async function removeOldSides(file: string): Promise<void> {
  const born = (await stat(file).catch(() => null))?.birthtimeMs ?? Infinity;
  for (const side of [`${file}-wal`, `${file}-shm`]) {
    const sideBorn = (await stat(side).catch(() => null))?.birthtimeMs;
    if (sideBorn === undefined) continue;
    if (sideBorn === 0 || born === 0 || sideBorn < born) await rm(side, { force: true });
  }
}

/**
 * A store in one SQLite file (@keyv/sqlite), one connection per namespace; the folder is created if missing.
 * It checks that the path still names the file it opened (same device and inode) before each write and every
 * `fileCheckIntervalMs` (so reads follow within that): an open connection keeps writing into a file deleted or
 * replaced under it, where every record is lost at the next start (issue 13: 24 acknowledged votes). Then it
 * warns and reopens the path, losing nothing acknowledged: what the old file holds is copied out through the
 * connections still open to it (a deleted file lives on until they close), and becomes the file again when it
 * was deleted, or is added where the new file has no record of that key when it was replaced (the new file's
 * records win). Writes wait for that; a copy longer than opTimeoutMs makes them "not confirmed", as a slow
 * store would.
 */
export async function openSqliteStore(path: string, log: Logger, settings: StoreSettings, tuning: SqliteTuning): Promise<Store> {
  const file = resolve(path);
  // A file locked at start is not an unwritable path, nor is a file that is no database, nor one on a full disk or made
  // immutable (REFUSED, which the running store meets as a refused write): the store starts unhealthy, as a Redis that is
  // down does, and its probe prepares the file once the lock is released, the file mended, the disk has room or the file
  // can be written. The bot needs no store to answer; a start that stopped on a full disk answered nothing, and a process
  // manager restarting it met the same disk each time (s54 hard18).
  // A file that cannot be written but can be read (readable) starts as one whose disk fills while the store runs: its
  // reads go on (the cached analyses and the saved index spare a start the analysis of the whole corpus; a feedback report
  // reads the votes), each write is tried and refused until one is made (s55 hard19).
  let unusable: LockedFileError | BrokenFileError | RefusedFileError | null = null;
  let refusedAtStart: StoreWriteRefusedError | null = null;
  try {
    await prepare(file, tuning, settings.now());
  } catch (err) {
    if (!(err instanceof LockedFileError || err instanceof BrokenFileError || err instanceof RefusedFileError)) throw err;
    if (err instanceof RefusedFileError && (await readable(file, tuning))) {
      refusedAtStart = new StoreWriteRefusedError(
        `${file} could not be written at start (${err.reason}): it takes writes again once the disk has room or the file can be written; its records are read meanwhile`,
      );
    } else {
      unusable = err;
    }
  }
  let identity = await identityOf(file);
  const probe = async (): Promise<unknown> => {
    if (unusable) {
      await prepare(file, tuning, settings.now());
      unusable = null;
      identity = await identityOf(file);
      connectAll();
    }
    return open[0]?.adapter?.query('SELECT 1');
  };
  const guard = new StoreGuard({ backend: 'sqlite', target: file, log, ...settings, probe });
  if (unusable) guard.down(unusable);
  if (refusedAtStart) guard.notMade(refusedAtStart);
  /** Each namespace's Keyv and its connection, none while the file cannot be used (unprepared). */
  const open: { adapter: KeyvSqlite | null; keyv: Keyv }[] = [];

  // SQLite lets one connection write to a file at a time ("there can only be one writer at a time",
  // sqlite.org/wal.html, Concurrency); the others wait in the busy handler (sqlite.org/c3ref/busy_timeout.html), for up
  // to busyTimeoutMs while another process writes. node-sqlite3 runs a query on a thread of Node's pool of four, but
  // finalizes it on the main thread, and both hold the connection's mutex: a query finishing on a connection whose other
  // query sleeps in the busy handler stopped the whole process until that one gave up (a cached-answer read and a write
  // of one namespace's connection: 5 s frozen, the timers and the lock holder's COMMIT with it; issue 13,
  // test/store/backends/sqlite-shared-file.test.ts).
  // So every write of this process goes through one connection of its own, one at a time, the next started a turn of
  // the event loop after the last (when its statement is finalized): a waiting write holds one pool thread and the
  // writer's mutex, and the namespaces' connections, which only read (WAL readers never wait for a writer), go on.
  // The writer is opened at the first write, and that write waits for its opening query (connectRaw's SELECT 1): issued
  // together, the write slept in the busy handler while SELECT 1 waited to be finalized, and the process froze as above
  // until the busy timeout, a lock held 1.8 s by this process's other connection then never released (SQLITE_BUSY
  // after 5.1 s in 2 of 4 runs, 07:03 UTC; test/store/backends/sqlite-shared-file.test.ts "confirm a vote …").
  // Each write ends by its caller's deadline (writeWithin, through keyv's call of the adapter): one whose turn comes after
  // it is not made, and the busy timeout of one made is what is left of it. So the write's outcome is what its caller is
  // told. Before, a write went on waiting the full busy timeout after its caller gave up: a vote told "could not confirm"
  // at its 10 s, queued behind two writes that each waited 5 s, was saved when the lock was released at 12 s, and writes
  // given up at 1 s held the writer 5 s each (s50 hard14).
  const deadlines = new AsyncLocalStorage<Deadline>();
  let writer: { adapter: KeyvSqlite; opened: Promise<unknown> } | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(write: (connection: KeyvSqlite) => Promise<T>): Promise<T> => {
    const deadline = deadlines.getStore();
    const turn = writing.then(async () => {
      const { adapter, opened } = (writer ??= connectRaw());
      await opened;
      const waitMs = Math.min(tuning.busyTimeoutMs, Math.floor(deadline?.remainingMs() ?? tuning.busyTimeoutMs));
      if (waitMs <= 0) throw new StoreBusyError(`its turn on ${file} came after its bound`);
      await adapter.query(`PRAGMA busy_timeout = ${waitMs}`);
      try {
        return await write(adapter);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        if (LOCKED.has(code)) throw new StoreBusyError(`${file} was held by another connection for its ${waitMs} ms (${firstLine(err)})`);
        if (code === 'SQLITE_READONLY' && writer?.adapter === adapter) {
          // SQLite opens a file it may not write (immutable) read-only, and such a connection never writes, even once the
          // file can be written (s55 hard19, a file immutable at start): the next write opens another.
          writer = null;
          await adapter.disconnect().catch(() => undefined);
        }
        if (REFUSED.has(code))
          throw new StoreWriteRefusedError(
            `${file} could not be written (${firstLine(err)}): it takes writes again once the disk has room or the file can be written`,
          );
        throw err;
      }
    });
    writing = turn.catch(() => undefined).then(() => new Promise((resolve) => setImmediate(resolve)));
    return turn;
  };
  /** A connection, and its first query (SELECT 1) settled: a failure to open is then a store failure, never thrown. */
  const connectRaw = (): { adapter: KeyvSqlite; opened: Promise<unknown> } => {
    const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: tuning.busyTimeoutMs, iterationLimit: tuning.iterationLimit });
    // The adapter opens its file in the background and rejects later queries if that failed; until a first
    // query is made, that rejection would be unhandled and end the process. Record it as a store failure.
    const opened = adapter.query('SELECT 1').catch((err: unknown) => guard.down(err));
    return { adapter, opened };
  };
  /** A namespace's connection: it reads; its writes (keyv passes the namespaced key) go to the writer, in turn. */
  const connect = (): KeyvSqlite => {
    const { adapter } = connectRaw();
    adapter.set = (key: string, value: unknown) => inTurn((connection) => connection.set(key, value));
    adapter.delete = (key: string) => inTurn((connection) => connection.delete(key));
    return adapter;
  };
  const disconnectAll = async (): Promise<void> => {
    const connections = [...open.flatMap(({ adapter }) => (adapter ? [adapter] : [])), ...(writer ? [writer.adapter] : [])];
    writer = null;
    // One at a time: "when the last connection to a database closes, that connection does one last checkpoint and then
    // deletes the WAL and its associated shared-memory file" (sqlite.org/wal.html), and a connection that closes while
    // another is open is not the last. Closed together on the pool's threads, the -wal stayed in 5 of 6 runs of a store
    // of four namespaces, holding records a copy of the file alone lacks (open.test.ts "leaves one whole file").
    for (const adapter of connections) await adapter.disconnect().catch(() => undefined);
  };
  const connectAll = (): void => {
    for (const entry of open) {
      entry.adapter = connect();
      entry.keyv.store = entry.adapter;
    }
  };

  /** A copy of what the opened file holds, beside it (so a rename is atomic), or null when it could not be made. */
  const rescue = async (): Promise<string | null> => {
    const copy = `${file}.rescued-${process.pid}-${settings.now()}`;
    try {
      const reader = open[0]?.adapter;
      if (!reader) return null;
      await reader.query('VACUUM INTO ?', copy);
      return copy;
    } catch (err) {
      log.error({ err, backend: 'sqlite', target: file }, 'could not copy the records out of the SQLite file that was deleted or replaced');
      await rm(copy, { force: true });
      return null;
    }
  };

  /** Adds the copy's records whose keys the file at the path lacks, then removes the copy. */
  const merge = async (copy: string): Promise<void> => {
    const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: tuning.busyTimeoutMs });
    try {
      await adapter.query('ATTACH DATABASE ? AS rescued', copy);
      const table = adapter.opts.table;
      await adapter.query(`INSERT OR IGNORE INTO main.${table} SELECT * FROM rescued.${table}`);
      await adapter.query('DETACH DATABASE rescued');
    } finally {
      await adapter.disconnect().catch(() => undefined);
      await rm(copy, { force: true });
    }
  };

  let reopening: Promise<void> | null = null;
  const reopen = async (found: string | null): Promise<void> => {
    const copy = await rescue();
    // Every old connection is closed before anything opens the path again, and the old file's -wal and -shm beside
    // the path go with them: a new file opened while they exist takes them for its own (sqlite.org/howtocorrupt.html,
    // "unlinking or renaming a database file while in use"): it showed the old file's records, not the restored
    // backup's, and a checkpoint would write the old pages into it. SQLite leaves them there itself: the last
    // connection to close checkpoints and deletes them only while the path still names its file (sqlite3PagerClose,
    // databaseIsUnmoved). Their records are in the copy; without one (logged above), they would only damage the new file.
    await disconnectAll();
    await removeOldSides(file);
    if (found === null && copy) await rename(copy, file);
    await prepare(file, tuning, settings.now());
    if (found !== null && copy) await merge(copy);
    identity = await identityOf(file);
    connectAll();
    log.warn(
      { backend: 'sqlite', target: file, opened: identity, found: found ?? 'missing', recordsKept: copy !== null },
      found === null
        ? 'the SQLite file was deleted while the bot ran; made it again from the records still open (stop the bot first to start afresh)'
        : 'the SQLite file was replaced while the bot ran; reopened it and added the records only the old file had',
    );
  };
  /** Reopens the path when it no longer names the file opened; concurrent callers share one reopening. */
  const ensureSameFile = async (): Promise<void> => {
    // A file that could not be used is the probe's to prepare, whatever is at the path by then.
    if (unusable) return;
    if (reopening) return reopening;
    const found = await identityOf(file);
    if (found === identity && found !== null) return;
    reopening ??= reopen(found).finally(() => {
      reopening = null;
    });
    await reopening;
  };
  const checks = setInterval(() => void ensureSameFile().catch((err: unknown) => guard.down(err)), tuning.fileCheckIntervalMs);
  checks.unref();

  return createKeyvStore({
    backend: 'sqlite',
    log,
    guard,
    settings,
    openNamespace(namespace) {
      // No connection to a file that cannot be used: its first query would fail, and @keyv/sqlite would lose it open
      // (withConnection). The probe that prepares the file gives each namespace one (connectAll).
      const adapter = unusable ? null : connect();
      const keyv = new Keyv(adapter ?? unprepared(), keyvOptions(namespace));
      open.push({ adapter, keyv });
      return keyv;
    },
    beforeWrite: ensureSameFile,
    writeWithin: (deadline, write) => deadlines.run(deadline, write),
    // Reads do not stat (the timer does, every fileCheckIntervalMs) but wait for a reopening under way.
    beforeRead: async () => {
      await reopening;
    },
    async closeBackend() {
      clearInterval(checks);
      await reopening?.catch(() => undefined);
      await disconnectAll();
    },
  });
}
