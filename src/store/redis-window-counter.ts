import type { RedisClientType } from '@keyv/redis';
import type { StoreGuard } from './store-guard.js';
import type { WindowCounter } from './store.js';

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

function isPair(reply: unknown): reply is [number, number] {
  return Array.isArray(reply) && reply.length === 2 && reply.every((n) => typeof n === 'number');
}

/** Window counting on Redis, shared by every process using the same server; keys live under `prefix`. */
export function createRedisWindowCounter(client: RedisClientType, guard: StoreGuard, prefix: string): WindowCounter {
  return {
    hit(key, windowMs) {
      return guard.run(
        'rate-limit count',
        async () => {
          const reply: unknown = await client.eval(HIT_SCRIPT, { keys: [`${prefix}${key}`], arguments: [String(windowMs)] });
          if (!isPair(reply)) throw new Error('unexpected reply from the rate-limit script');
          return { count: reply[0], resetInMs: reply[1] };
        },
        undefined,
      );
    },
  };
}
