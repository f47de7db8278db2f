// Run by rate-limiter.test.ts as a second process: takes `count` questions for `userId` from the rate limiter
// on the Redis at `url` and prints the decisions as JSON.
import pino from 'pino';
import { openStore } from '../../src/store/backends/open.js';
import { createRateLimiter } from '../../src/store/records/rate-limit.js';

const [url, userId, count] = process.argv.slice(2);
if (!url || !userId || !count) throw new Error('usage: rate-limiter-child.ts REDIS_URL USER_ID COUNT');
const store = await openStore(url, pino({ level: 'warn' }, pino.destination(2)));
const limiter = createRateLimiter({ store }, { limit: 5, windowMs: 60_000 });
const decisions = [];
for (let i = 0; i < Number(count); i += 1) decisions.push(await limiter.take(userId));
await store.close();
process.stdout.write(JSON.stringify({ healthy: store.healthy, decisions }));
