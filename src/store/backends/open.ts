import Keyv from 'keyv';
import type { Logger } from 'pino';
import { createKeyvStore, keyvOptions } from './keyv.js';
import { type StoreSettings, STORE_DEFAULTS, storeSettings, type OpenStoreOptions } from '../defaults.js';
import { StoreGuard } from './guard.js';
import { redactUrl, type Store, StoreError } from './store.js';
import { openRedisStore } from './redis.js';
import { openSqliteStore } from './sqlite.js';

/** A store in this process's memory (keyv's Map): for throwaway runs and tests; never unhealthy. */
function openMemoryStore(log: Logger, settings: StoreSettings): Store {
  const guard = new StoreGuard({ backend: 'memory', target: 'memory', log, ...settings });
  return createKeyvStore({
    backend: 'memory',
    log,
    guard,
    openNamespace: (namespace) => new Keyv(keyvOptions(namespace)),
    closeBackend: async () => {},
    settings,
  });
}

export type { OpenStoreOptions } from '../defaults.js';

/**
 * Opens the store STORE_URL names: `sqlite://PATH` (relative to the working directory; `sqlite:///abs/path`),
 * `redis://HOST:PORT` (shared by several processes) or `memory://` (gone on exit).
 *
 * Throws a StoreError (one-line message) only when the store can never work: an unsupported URL or a SQLite path
 * where no file can be made. A Redis that is down at start, a SQLite file another connection holds locked, one on a full
 * disk or that the OS refuses to write, or one that is no database or a damaged one, is not an error: the store starts
 * unhealthy, every operation misses, and it is used when Redis comes up, the lock is released, the file can be written
 * or is moved away.
 */
export async function openStore(url: string, log: Logger, options: OpenStoreOptions = {}): Promise<Store> {
  const settings = storeSettings(options);
  const scheme = /^([a-z]+):\/\//i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite': {
      const path = url.slice('sqlite://'.length);
      if (path === '') throw new StoreError('STORE_URL sqlite:// needs a file path, e.g. sqlite://data/coverage-bot.sqlite');
      return openSqliteStore(path, log, settings, { ...STORE_DEFAULTS.sqlite, ...options.sqlite });
    }
    case 'redis':
    case 'rediss':
      return openRedisStore(url, log, settings, { ...STORE_DEFAULTS.redis, ...options.redis });
    case 'memory':
      return openMemoryStore(log, settings);
    default:
      throw new StoreError(`STORE_URL "${redactUrl(url)}" is not supported: use sqlite://PATH, redis://HOST:PORT or memory://`);
  }
}
