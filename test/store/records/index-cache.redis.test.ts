import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../../src/coverage/types.js';
import { createIndexCache, INDEX_RECORD, createIndexedArticles } from '../../../src/store/records/index-cache.js';
import { seedCoverage } from '../../support/seed-coverage.js';
import { captureLog } from '../../support/capture-log.js';
import { BACKENDS, TestStores } from '../test-stores.js';
import { openStore } from '../../../src/store/backends/open.js';

let stores: TestStores;
let seeds: Coverage;
beforeAll(async () => {
  stores = await TestStores.start();
  seeds = await seedCoverage();
});
afterAll(async () => {
  await stores?.dispose();
});

describe.each(BACKENDS)('the index cache on %s', (backend) => {
  it('gives back the index and people of the same coverage version after a restart, and nothing for another version', async () => {
    const { articles, version, index, people } = seeds;
    const first = await stores.open(backend, captureLog().log);
    const restarted = backend === 'memory' ? first : await stores.open(backend, captureLog().log);
    try {
      expect(await createIndexCache({ store: first, log: captureLog().log }).set(version, { index, people }, articles)).toBe(true);
      if (restarted !== first) await first.close();

      const cache = createIndexCache({ store: restarted, log: captureLog().log });
      const saved = await cache.get(version, articles);
      expect(saved?.people).toEqual(people);
      const query = [
        { term: 'helsinki', weight: 1 },
        { term: 'summit', weight: 1 },
      ];
      expect(saved?.index.sentences.search(query, 5)).toEqual(index.sentences.search(query, 5));
      expect(await cache.get('another-version', articles)).toBeUndefined();
    } finally {
      await restarted.close();
    }
  });

  it('gives what was read ahead to the next get, and never an index read before a newer one was saved', async () => {
    const store = await stores.open(backend, captureLog().log);
    try {
      const { articles, version, index, people } = seeds;
      const cache = createIndexCache({ store, log: captureLog().log });
      await cache.set('older-version', { index, people }, articles);
      cache.prefetch();
      expect(await cache.get(version, articles)).toBeUndefined();
      await cache.set(version, { index, people }, articles);
      cache.prefetch();
      expect((await cache.get(version, articles))?.people).toEqual(people);
      // Read ahead while only another version was saved, then this one saved: get finds this one.
      await cache.set('older-version', { index, people }, articles);
      cache.prefetch();
      await cache.set(version, { index, people: people.slice(1) }, articles);
      expect((await cache.get(version, articles))?.people).toEqual(people.slice(1));
    } finally {
      await store.close();
    }
  });

  it('ignores, with a warning, a saved index that does not fit the articles', async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    try {
      const { articles, version, people } = seeds;
      await store.records(INDEX_RECORD).set('current', { coverageVersion: version, index: 'garbage', people: [...people] });
      expect(await createIndexCache({ store, log }).get(version, articles)).toBeUndefined();
      expect(warnings()).toEqual([expect.objectContaining({ coverageVersion: version, msg: expect.stringContaining('rebuilt') })]);
      // Cut short: base64 of an index that ends early.
      const bytes = seeds.index.toBinary(articles);
      const cut = Buffer.from(bytes.subarray(0, bytes.length >> 1)).toString('base64');
      await store.records(INDEX_RECORD).set('current', { coverageVersion: version, index: cut, people: [...people] });
      expect(await createIndexCache({ store, log }).get(version, articles)).toBeUndefined();
      expect(warnings()).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});

describe('the index cache after an upgrade', () => {
  it('misses an index saved in the first record version, so it is built again rather than misread', async () => {
    const { log, lines } = captureLog();
    const store = await stores.open('sqlite', log);
    try {
      const { articles, version, people } = seeds;
      // What version 1 held: SentenceIndex.toJSON, three BM25 indexes as JSON with base64 arrays (abridged: its version
      // alone makes it a miss).
      const v1 = { coverageVersion: version, index: { sentences: { formatVersion: 1 } }, people: [...people] };
      await store.records({ ...INDEX_RECORD, version: 1 }).set('current', v1 as never);
      expect(await createIndexCache({ store, log }).get(version, articles)).toBeUndefined();
      expect(lines.at(-1)).toMatchObject({ namespace: 'index', reason: 'format version 1, current is 2' });
    } finally {
      await store.close();
    }
  });
});

describe('the index cache with a size limit', () => {
  it('saves no index longer than the limit, and says so', async () => {
    const { log, lines } = captureLog();
    const store = await stores.open('memory', log);
    try {
      const { articles, version, index, people } = seeds;
      const cache = createIndexCache({ store, log }, { maxSentences: 100 });
      expect(await cache.set(version, { index, people }, articles)).toBe(false);
      expect(lines.at(-1)).toMatchObject({ msg: expect.stringContaining('index not saved'), maxSentences: 100 });
      expect(await cache.get(version, articles)).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-indexed-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the indexed articles record', () => {
  it('is empty before the first index, and keeps only ids and hashes across processes', async () => {
    const url = `sqlite://${join(dir, 'store.sqlite')}`;
    const first = await openStore(url, captureLog().log);
    expect(await createIndexedArticles(first).recall()).toBeUndefined();
    const articles = [
      { id: 'a', hash: '1', text: 'not kept' },
      { id: 'b', hash: '2', text: 'not kept' },
    ];
    expect(await createIndexedArticles(first).remember(articles)).toBe(true);
    await first.close();

    const second = await openStore(url, captureLog().log);
    expect(await createIndexedArticles(second).recall()).toEqual([
      { id: 'a', hash: '1' },
      { id: 'b', hash: '2' },
    ]);
    await second.close();
  });

  it('recalls nothing and saves nothing once the store is closed', async () => {
    const store = await openStore('memory://', captureLog().log);
    const indexed = createIndexedArticles(store);
    await indexed.remember([{ id: 'a', hash: '1' }]);
    await store.close();
    expect(await indexed.remember([{ id: 'b', hash: '2' }])).toBe(false);
    expect(await indexed.recall()).toBeUndefined();
  });
});
