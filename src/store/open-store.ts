import type { Logger } from 'pino';
import { openMemoryStore } from './open-memory-store.js';
import { openRedisStore } from './open-redis-store.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { redactUrl } from './redact-url.js';
import { STORE_DEFAULTS } from './store-defaults.js';
import { StoreError } from './store-error.js';
import { storeSettings, type OpenStoreOptions } from './store-settings.js';
import type { Store } from './store.js';

export type { OpenStoreOptions } from './store-settings.js';

/**
 * Opens the store STORE_URL names: `sqlite://PATH` (relative to the working directory; `sqlite:///abs/path`),
 * `redis://HOST:PORT` (shared by several processes) or `memory://` (gone on exit).
 *
 * Throws a StoreError (one-line message) only when the store can never work: an unsupported URL or an
 * unwritable SQLite file. A Redis that is down at start is not an error: the store starts unhealthy, every
 * operation misses, and it connects when Redis comes up.
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
      throw new StoreError(
        `STORE_URL "${redactUrl(url)}" is not supported: use sqlite://PATH, redis://HOST:PORT or memory://`,
      );
  }
}
