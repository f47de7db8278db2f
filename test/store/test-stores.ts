import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { createClient } from '@keyv/redis';
import type { Logger } from 'pino';
import { openStore, type OpenStoreOptions } from '../../src/store/backends/open.js';
import type { Store, StoreBackend } from '../../src/store/backends/store.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';

export const BACKENDS: readonly StoreBackend[] = ['sqlite', 'redis', 'memory'];

/**
 * The real backends for one test file: a SQLite file in a temp folder and a private redis-server.
 * `writeRaw` writes a value past the store (as another program or a corruption would).
 */
export class TestStores {
  private generation = 0;

  private constructor(
    readonly dir: string,
    readonly redis: RedisServer,
  ) {}

  /** Empties every backend: a new SQLite file, a restarted (empty) Redis. */
  async reset(): Promise<void> {
    this.generation += 1;
    await this.redis.restart();
  }

  static async start(): Promise<TestStores> {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-store-'));
    return new TestStores(dir, await startRedisServer());
  }

  get sqlitePath(): string {
    return join(this.dir, `store-${this.generation}.sqlite`);
  }

  url(backend: StoreBackend): string {
    if (backend === 'sqlite') return `sqlite://${this.sqlitePath}`;
    if (backend === 'redis') return this.redis.url;
    return 'memory://';
  }

  open(backend: StoreBackend, log: Logger, options?: OpenStoreOptions): Promise<Store> {
    return openStore(this.url(backend), log, options);
  }

  /** Writes `raw` as the stored text of `key` in `namespace`, bypassing keyv and the record envelope. */
  async writeRaw(backend: 'sqlite' | 'redis', namespace: string, key: string, raw: string): Promise<void> {
    if (backend === 'sqlite') {
      const adapter = new KeyvSqlite({ uri: `sqlite://${this.sqlitePath}` });
      await adapter.set(`${namespace}:${key}`, raw);
      await adapter.disconnect();
      return;
    }
    const client = createClient({ url: this.redis.url });
    await client.connect();
    await client.set(`${namespace}::${key}`, raw);
    client.destroy();
  }

  /** Everything the SQLite store holds on disk, as text: the file and its write-ahead log. */
  async sqliteText(): Promise<string> {
    const parts = await Promise.all([this.sqlitePath, `${this.sqlitePath}-wal`].map((path) => readFile(path).catch(() => Buffer.alloc(0))));
    return Buffer.concat(parts).toString('latin1');
  }

  /** Every key and value Redis holds, as text. */
  async redisDump(): Promise<string[]> {
    const client = createClient({ url: this.redis.url });
    await client.connect();
    const dump: string[] = [];
    for await (const keys of client.scanIterator({ COUNT: 100 })) {
      for (const key of keys) dump.push(key, (await client.get(key)) ?? '');
    }
    client.destroy();
    return dump;
  }

  async dispose(): Promise<void> {
    await this.redis.dispose();
    await rm(this.dir, { recursive: true, force: true });
  }
}
