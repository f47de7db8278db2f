import KeyvRedis, { type RedisClientType, createClient } from '@keyv/redis';
import Keyv from 'keyv';
import type { Logger } from 'pino';
import { errorMessage } from '../../entry.js';
import { StoreGuard } from './guard.js';
import { firstLineOf, redactUrl, type WindowCounter, StoreError, type Store, StoreWriteRefusedError } from './store.js';
import { createKeyvStore, keyvOptions } from './keyv.js';
import type { STORE_DEFAULTS, StoreSettings } from '../defaults.js';

/**
 * INCR and, on a window's first hit, PEXPIRE, in one script so that no other process runs between them: a
 * counter can never be left without an expiry (which would lock the user out for good). A key found without a
 * TTL (written by something else) gets one.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

/**
 * What an operator does about each of Redis's error replies that refuse a write while it still serves reads (an error
 * reply's first word is its kind: redis.io/docs/latest/develop/reference/protocol-spec, "Simple errors"): OOM, used
 * memory over maxmemory under the noeviction policy; MISCONF, an RDB save failed and stop-writes-on-bgsave-error is on;
 * READONLY, STORE_URL names a replica. Reads (GET, not marked denyoom) and PING are answered meanwhile, and the first
 * write once the cause is gone is made (probed on redis-server 7.0: maxmemory 1 then 0; a save into a folder made
 * immutable, then one that worked, s54 hard18). So the store is not down, only that write failed: taken for down, its
 * circuit opened, every read was skipped, and a PING closed it again a second later (StoreGuard).
 */
const REFUSALS: Record<string, string> = {
  OOM: 'it takes writes again once its used memory is under maxmemory (free memory, raise maxmemory or choose an eviction policy)',
  MISCONF: 'it takes writes again once an RDB save succeeds (its log says why the last one failed)',
  // A replica's own promotion needs no restart of the bot (s55 hard19, a real replica); naming another server does.
  READONLY: 'it takes writes again once it is a primary (REPLICAOF NO ONE), or name the primary in STORE_URL and restart',
};

/** Runs a write, a refusal of Redis's (REFUSALS) thrown as a StoreWriteRefusedError that says what to do about it. */
async function refusedAsSuch<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const hint = err instanceof Error ? REFUSALS[err.message.split(' ', 1)[0]] : undefined;
    if (hint === undefined) throw err;
    throw new StoreWriteRefusedError(`Redis refused the write (${firstLineOf(err)}): ${hint}`);
  }
}

function isPair(reply: unknown): reply is [number, number] {
  return Array.isArray(reply) && reply.length === 2 && reply.every((n) => typeof n === 'number');
}

/** Window counting on Redis, shared by every process using the same server; keys live under `prefix`. */
function createRedisWindowCounter(client: RedisClientType, guard: StoreGuard, prefix: string): WindowCounter {
  return {
    hit(key, windowMs) {
      return guard.run(
        'rate-limit count',
        async () => {
          const hit = () => client.eval(HIT_SCRIPT, { keys: [`${prefix}${key}`], arguments: [String(windowMs)] });
          const reply: unknown = await refusedAsSuch(hit);
          if (!isPair(reply)) throw new Error('unexpected reply from the rate-limit script');
          return { count: reply[0], resetInMs: reply[1] };
        },
        undefined,
        'hot',
      );
    },
  };
}

type RedisTuning = (typeof STORE_DEFAULTS)['redis'];

/** Namespace of the rate-limit counters (the records use keyv namespaces; this one is raw Redis keys). */
const RATE_LIMIT_PREFIX = 'rate-limit::';

/**
 * A store on Redis (@keyv/redis over one node-redis client that every namespace shares).
 *
 * How it stays out of the way when Redis is down:
 * - We create and connect the client ourselves, before any adapter uses it, and never await that connect
 *   beyond the first outcome: node-redis' connect() only resolves once connected, retrying forever.
 * - The reconnect strategy always returns a delay (capped back-off), so node-redis keeps reconnecting on its
 *   own and the client stays "open"; @keyv/redis then never starts a connect of its own, which would block.
 * - disableOfflineQueue: while not connected, commands fail at once instead of queueing until Redis is back.
 * - StoreGuard bounds every command in time (a Redis that hangs instead of refusing: SIGSTOP, a hung host), opens
 *   its circuit after a failure so later commands skip Redis at once, probes with PING, and throttles the warning.
 * - The client's 'error' events are handled (node-redis emits one per failed reconnect; unhandled, it would
 *   end the process) and mark the store down; 'ready' marks it up.
 */
export async function openRedisStore(url: string, log: Logger, settings: StoreSettings, tuning: RedisTuning): Promise<Store> {
  const target = redactUrl(url);
  let client: RedisClientType;
  try {
    client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: tuning.connectTimeoutMs,
        reconnectStrategy: (retries: number) => Math.min(tuning.reconnectMinMs * 2 ** retries, tuning.reconnectMaxMs),
      },
    }) as RedisClientType;
  } catch (err) {
    throw new StoreError(`STORE_URL "${target}" is not a valid Redis URL: ${errorMessage(err)}`);
  }
  // A vote's write is bounded like any other: confirmedWriteTimeoutMs waits out another process's SQLite lock, and Redis
  // holds none (one server runs every command in turn, each under a millisecond). A frozen Redis decides nothing by being
  // waited for: with 10 s, the first vote after SIGSTOP showed "thinking…" for 10 s, then "could not confirm" (s50 hard14).
  const guard = new StoreGuard({
    backend: 'redis',
    target,
    log,
    ...settings,
    confirmedWriteTimeoutMs: settings.opTimeoutMs,
    probe: () => client.ping(),
  });
  client.on('error', (err: unknown) => guard.down(err));
  client.on('ready', () => guard.up());

  // Wait for the first outcome only: connected, or the first failure (refused at once; a black-holed host
  // after connectTimeout), or no reply within connectTimeout: a Redis that accepts the connection and then answers
  // nothing (frozen with SIGSTOP, a hung host) is neither, and node-redis' connectTimeout bounds only the TCP
  // connect, so a start waited for it for good. After a failure node-redis keeps retrying in the background;
  // after no reply it keeps waiting for one, and 'ready' marks the store up when it comes.
  const answered = new Promise<boolean>((settle) => {
    const wait = setTimeout(() => settle(false), tuning.connectTimeoutMs);
    const outcome = () => {
      clearTimeout(wait);
      settle(true);
    };
    client.once('ready', outcome);
    client.once('error', outcome);
  });
  client.connect().catch((err: unknown) => guard.down(err));
  if (!(await answered)) guard.down(new Error(`connected, but no reply within ${tuning.connectTimeoutMs} ms`));

  return createKeyvStore({
    backend: 'redis',
    log,
    guard,
    settings,
    openNamespace(namespace) {
      // throwOnErrors: by default the adapter swallows a failed write and keyv reports it as saved.
      const adapter = new KeyvRedis(client, { namespace, throwOnErrors: true });
      const { set, delete: remove } = adapter;
      adapter.set = (...args: Parameters<typeof set>) => refusedAsSuch(() => set.apply(adapter, args));
      adapter.delete = (...args: Parameters<typeof remove>) => refusedAsSuch(() => remove.apply(adapter, args));
      return new Keyv(adapter, { ...keyvOptions(namespace), useKeyPrefix: false });
    },
    windowCounter: createRedisWindowCounter(client, guard, RATE_LIMIT_PREFIX),
    // One connection, whose commands Redis runs in the order sent: a vote's write given up while Redis is frozen runs
    // when it resumes, and the delete sent after it right behind it (the user was told "could not confirm": s51 hard15).
    undoLateConfirmedWrites: true,
    async closeBackend() {
      // destroy, not close: close waits for replies to commands in flight, which a down Redis never sends.
      if (client.isOpen) client.destroy();
    },
  });
}
