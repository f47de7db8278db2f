/**
 * Measures the store: get/set of one analysed article (200 sentences) on SQLite, Redis and memory; the
 * serialisation and validation it costs; how soon a killed Redis is noticed and how soon the store recovers.
 * `npm run bench:store` (needs redis-server, like the tests). Numbers are for this machine only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { ANALYSIS_RECORD, createAnalysisCache } from '../src/store/records/analysis-cache.js';
import { decodeAnalysis, encodeAnalysis } from '../src/store/records/analysis-record.js';
import { openStore } from '../src/store/backends/open.js';
import type { Store } from '../src/store/backends/store.js';
import { sampleArticle } from '../test/store/samples.js';
import { startRedisServer } from '../test/support/redis-server.js';
import { quantile } from './measure.js';

const ROUNDS = 200;
const log = pino({ level: 'silent' });

const sorted = (samples: number[]) => [...samples].sort((a, b) => a - b);
const median = (samples: number[]) => quantile(sorted(samples), 0.5);
const p95 = (samples: number[]) => quantile(sorted(samples), 0.95);

async function time(fn: () => unknown | Promise<unknown>, rounds = ROUNDS): Promise<string> {
  for (let i = 0; i < 10; i += 1) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return `median ${median(samples).toFixed(2)} ms, p95 ${p95(samples).toFixed(2)} ms`;
}

async function benchBackend(name: string, store: Store): Promise<void> {
  const cache = createAnalysisCache({ store, log }, { manifestFlushEvery: Number.POSITIVE_INFINITY });
  const article = sampleArticle('bench', 200);
  console.log(`${name.padEnd(7)} set: ${await time(() => cache.set(article, 'bench'))}`);
  console.log(`${name.padEnd(7)} get: ${await time(() => cache.get(article.hash, 'bench'))}`);
  await store.close();
}

const article = sampleArticle('bench', 200);
const record = encodeAnalysis(article);
const envelope = { value: { v: ANALYSIS_RECORD.version, data: record } };
const json = JSON.stringify(envelope);
const size = `${(json.length / 1024).toFixed(0)} KiB`;
console.log(`article: ${article.sentences.length} sentences, ${article.tokens.value.length} tokens, ${size} as JSON`);
console.log(`JSON.stringify:          ${await time(() => JSON.stringify(envelope))}`);
console.log(`JSON.parse:              ${await time(() => JSON.parse(json))}`);
console.log(`zod validation:          ${await time(() => ANALYSIS_RECORD.accepts(record))}`);
console.log(`decode (tokens on use):  ${await time(() => decodeAnalysis(record))}`);
console.log(`decode with tokens:      ${await time(() => decodeAnalysis(record)?.tokens)}`);

const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-bench-'));
const redis = await startRedisServer();
try {
  await benchBackend('memory', await openStore('memory://', log));
  await benchBackend('sqlite', await openStore(`sqlite://${join(dir, 'bench.sqlite')}`, log));
  await benchBackend('redis', await openStore(redis.url, log));

  // Outage: how soon the store knows, what a call costs meanwhile, how soon it is back.
  const store = await openStore(redis.url, log);
  const notes = store.records(ANALYSIS_RECORD);
  const killedAt = performance.now();
  await redis.stop();
  while (store.healthy) await sleep(1);
  console.log(`redis killed → store unhealthy: ${(performance.now() - killedAt).toFixed(1)} ms`);
  console.log(`get while down:   ${await time(() => notes.get('x'), 100)}`);
  const restartAt = performance.now();
  await redis.restart();
  const upAt = performance.now();
  while (!store.healthy) await sleep(1);
  console.log(
    `redis restart → store healthy: ${(performance.now() - restartAt).toFixed(0)} ms ` +
      `(${(performance.now() - upAt).toFixed(0)} ms after redis answered PING)`,
  );
  redis.pause();
  const pausedAt = performance.now();
  await notes.get('x');
  console.log(`get while redis hangs: ${(performance.now() - pausedAt).toFixed(0)} ms (the operation timeout)`);
  redis.resume();
  await store.close();
} finally {
  await redis.dispose();
  await rm(dir, { recursive: true, force: true });
}
