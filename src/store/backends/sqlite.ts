import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { Logger } from 'pino';
import { createKeyvStore, keyvOptions } from './keyv.js';
import type { STORE_DEFAULTS, StoreSettings } from '../defaults.js';
import { firstLineOf, StoreError } from './store.js';
import { StoreGuard } from './guard.js';
import type { Store } from './store.js';

type SqliteTuning = { [K in keyof (typeof STORE_DEFAULTS)['sqlite']]: number };

const PROBE_KEY = 'coverage-bot:write-probe';

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

/** The file could not be prepared because another connection held it locked (LOCKED). */
class LockedFileError extends StoreError {
  override name = 'LockedFileError';
}

/**
 * Checks once, at start, that the file can be created and written, so an unwritable path is one clear error
 * instead of every later write quietly returning false. Also switches the file to WAL (readers then never wait
 * for a writer; the setting stays with the file) and deletes rows whose TTL has passed: keyv only expires a row
 * when it is read again, so an answer cached once and never asked again would otherwise stay forever.
 */
async function prepare(file: string, tuning: SqliteTuning, now: number): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (err) {
    throw new StoreError(`cannot use the SQLite store at ${file}: cannot create its folder (${firstLine(err)})`);
  }
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: tuning.busyTimeoutMs });
  // The adapter also emits an open failure as an event; the queries below report it, so the event is not needed.
  adapter.on('error', () => undefined);
  try {
    await adapter.query('PRAGMA journal_mode=WAL');
    await adapter.set(PROBE_KEY, '{}');
    await adapter.delete(PROBE_KEY);
    // keyv writes `{"value":…,"expires":<ms>}`, expires last and only with a TTL: the tail picks the rows worth parsing.
    // Parsing every row took 350–435 ms at each open over SQuAD 10×'s 95 MB of analyses and saved index (none has a TTL),
    // this 300–330 ms: reading each value's tail still reads the whole value (02:03 UTC, load ~2.6).
    await adapter.query(
      `DELETE FROM ${adapter.opts.table} WHERE substr(value, -32) LIKE '%"expires":%' AND ` +
        `(CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END) < ?`,
      now,
    );
  } catch (err) {
    const Failure = LOCKED.has((err as NodeJS.ErrnoException).code ?? '') ? LockedFileError : StoreError;
    throw new Failure(`cannot use the SQLite store at ${file}: ${firstLine(err)}`);
  } finally {
    await adapter.disconnect().catch(() => undefined);
  }
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
  // A file locked at start is not an unwritable path: the store starts unhealthy, as a Redis that is down does, and
  // its probe prepares the file once the lock is released.
  let locked: LockedFileError | null = null;
  try {
    await prepare(file, tuning, settings.now());
  } catch (err) {
    if (!(err instanceof LockedFileError)) throw err;
    locked = err;
  }
  let identity = await identityOf(file);
  const probe = async (): Promise<unknown> => {
    if (locked) {
      await prepare(file, tuning, settings.now());
      locked = null;
    }
    return open[0]?.adapter.query('SELECT 1');
  };
  const guard = new StoreGuard({ backend: 'sqlite', target: file, log, ...settings, probe });
  if (locked) guard.down(locked);
  const open: { adapter: KeyvSqlite; keyv: Keyv }[] = [];
  const connect = (): KeyvSqlite => {
    const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: tuning.busyTimeoutMs, iterationLimit: tuning.iterationLimit });
    // The adapter opens its file in the background and rejects later queries if that failed; until a first
    // query is made, that rejection would be unhandled and end the process. Record it as a store failure.
    adapter.query('SELECT 1').catch((err: unknown) => guard.down(err));
    return adapter;
  };

  /** A copy of what the opened file holds, beside it (so a rename is atomic), or null when it could not be made. */
  const rescue = async (): Promise<string | null> => {
    const copy = `${file}.rescued-${process.pid}-${settings.now()}`;
    try {
      if (!open[0]) return null;
      await open[0].adapter.query('VACUUM INTO ?', copy);
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
    // Every old connection is closed before anything opens the path again: in WAL mode the -wal and -shm files
    // beside the path belong to the old file, and a new file opened while they exist would take them for its own
    // (sqlite.org/howtocorrupt.html, "unlinking or renaming a database file while in use"); the last close
    // checkpoints into the old file and removes them.
    await Promise.allSettled(open.map(({ adapter }) => adapter.disconnect()));
    if (found === null && copy) await rename(copy, file);
    await prepare(file, tuning, settings.now());
    if (found !== null && copy) await merge(copy);
    identity = await identityOf(file);
    for (const entry of open) {
      entry.adapter = connect();
      entry.keyv.store = entry.adapter;
    }
    log.warn(
      { backend: 'sqlite', target: file, opened: identity, found: found ?? 'missing', recordsKept: copy !== null },
      found === null
        ? 'the SQLite file was deleted while the bot ran; made it again from the records still open (stop the bot first to start afresh)'
        : 'the SQLite file was replaced while the bot ran; reopened it and added the records only the old file had',
    );
  };
  /** Reopens the path when it no longer names the file opened; concurrent callers share one reopening. */
  const ensureSameFile = async (): Promise<void> => {
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
      const adapter = connect();
      const keyv = new Keyv(adapter, keyvOptions(namespace));
      open.push({ adapter, keyv });
      return keyv;
    },
    beforeWrite: ensureSameFile,
    // Reads do not stat (the timer does, every fileCheckIntervalMs) but wait for a reopening under way.
    beforeRead: async () => {
      await reopening;
    },
    async closeBackend() {
      clearInterval(checks);
      await reopening?.catch(() => undefined);
      await Promise.allSettled(open.map(({ adapter }) => adapter.disconnect()));
    },
  });
}
