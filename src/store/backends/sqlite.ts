import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { Logger } from 'pino';
import { createKeyvStore, keyvOptions } from './keyv.js';
import type { STORE_DEFAULTS, StoreSettings } from '../defaults.js';
import { StoreError } from './store.js';
import { StoreGuard } from './guard.js';
import type { Store } from './store.js';

type SqliteTuning = (typeof STORE_DEFAULTS)['sqlite'];

const PROBE_KEY = 'coverage-bot:write-probe';

function firstLine(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
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
    await adapter.query(
      `DELETE FROM ${adapter.opts.table} WHERE (CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END) < ?`,
      now,
    );
  } catch (err) {
    throw new StoreError(`cannot use the SQLite store at ${file}: ${firstLine(err)}`);
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
 * Before each write it checks that the path still names the file it opened (same device and inode): an open
 * connection keeps writing into a file deleted or replaced under it, where every record is lost at the next
 * start (issue 13: 24 acknowledged votes). Then it warns and reopens the path (creating the file again).
 */
export async function openSqliteStore(
  path: string,
  log: Logger,
  settings: StoreSettings,
  tuning: SqliteTuning,
): Promise<Store> {
  const file = resolve(path);
  await prepare(file, tuning, settings.now());
  let identity = await identityOf(file);
  const probe = (): Promise<unknown> => open[0]?.adapter.query('SELECT 1') ?? Promise.resolve();
  const guard = new StoreGuard({ backend: 'sqlite', target: file, log, ...settings, probe });
  const open: { adapter: KeyvSqlite; keyv: Keyv }[] = [];
  const connect = (): KeyvSqlite => {
    const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: tuning.busyTimeoutMs, iterationLimit: tuning.iterationLimit });
    // The adapter opens its file in the background and rejects later queries if that failed; until a first
    // query is made, that rejection would be unhandled and end the process. Record it as a store failure.
    adapter.query('SELECT 1').catch((err: unknown) => guard.down(err));
    return adapter;
  };
  let reopening: Promise<void> | null = null;
  const reopen = async (found: string | null): Promise<void> => {
    log.warn(
      { backend: 'sqlite', target: file, opened: identity, found: found ?? 'missing' },
      found === null
        ? 'the SQLite file was deleted while the bot ran; creating it again (what was in it is gone)'
        : 'the SQLite file was replaced while the bot ran; reopening it (writes now go to the new file)',
    );
    await prepare(file, tuning, settings.now());
    identity = await identityOf(file);
    for (const entry of open) {
      const old = entry.adapter;
      entry.adapter = connect();
      entry.keyv.store = entry.adapter;
      void old.disconnect().catch(() => undefined);
    }
  };
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
    async beforeWrite() {
      const found = await identityOf(file);
      if (found === identity && found !== null) return;
      // Concurrent writes share one reopening.
      reopening ??= reopen(found).finally(() => {
        reopening = null;
      });
      await reopening;
    },
    async closeBackend() {
      await Promise.allSettled(open.map(({ adapter }) => adapter.disconnect()));
    },
  });
}
