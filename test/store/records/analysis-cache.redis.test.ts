import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../../src/analyse/types.js';
import { loadCoverage } from '../../../src/coverage/load-coverage.js';
import { crc32 } from 'node:zlib';
import {
  ANALYSIS_MANIFEST_RECORD,
  ANALYSIS_RECORD,
  CORPUS_LISTING_RECORD,
  createAnalysisCache,
  type AnalysisCache,
} from '../../../src/store/records/analysis-cache.js';
import { DamagedAnalysisError } from '../../../src/store/records/analysis-record.js';
import type { Store } from '../../../src/store/backends/store.js';
import { captureLog } from '../../support/capture-log.js';
import { sampleArticle } from '../samples.js';
import { BACKENDS, TestStores } from '../test-stores.js';
import { plainArticle } from '../../support/seed-coverage.js';

const PIPELINE = 'pipeline-1';

/** What loadCoverage does: analyse only what the cache misses, then forget articles no longer present. */
async function index(cache: AnalysisCache, corpus: readonly AnalysedArticle[], pipeline = PIPELINE): Promise<number> {
  let analysed = 0;
  for (const article of corpus) {
    if (await cache.get(article.hash, pipeline)) continue;
    analysed += 1;
    await cache.set(article, pipeline);
  }
  await cache.retain(new Set(corpus.map((article) => article.hash)));
  return analysed;
}

let stores: TestStores;
beforeAll(async () => {
  stores = await TestStores.start();
});
afterAll(async () => {
  await stores?.dispose();
});

describe.each(BACKENDS)('the analysis cache on %s', (backend) => {
  let store: Store;
  const reopen = async (): Promise<Store> => {
    // Memory keeps nothing across opening, so "restarting" keeps the same store there.
    if (backend === 'memory' && store) return store;
    await store?.close();
    store = await stores.open(backend, captureLog().log);
    return store;
  };
  afterAll(async () => {
    await store?.close();
  });

  it('returns a long article exactly as stored', async () => {
    await reopen();
    const cache = createAnalysisCache({ store, log: captureLog().log });
    const article = sampleArticle(`${backend}-long`, 200);
    expect(await cache.set(article, PIPELINE)).toBe(true);
    expect(plainArticle((await cache.get(article.hash, PIPELINE))!)).toEqual(article);
    expect(await cache.get(article.hash, 'another-pipeline')).toBeUndefined();
  });

  it('makes a restart over an unchanged corpus analyse nothing, and a changed corpus only what changed', async () => {
    const corpus = ['a', 'b', 'c'].map((id) => sampleArticle(`${backend}-${id}`, 5));
    expect(await index(createAnalysisCache({ store: await reopen(), log: captureLog().log }), corpus)).toBe(3);
    expect(await index(createAnalysisCache({ store: await reopen(), log: captureLog().log }), corpus)).toBe(0);

    const changed = [corpus[0]!, sampleArticle(`${backend}-b`, 6, `hash-${backend}-b-edited`), corpus[2]!];
    expect(await index(createAnalysisCache({ store: await reopen(), log: captureLog().log }), changed)).toBe(1);
  });

  it("keeps a folder's listing under its path as given, for the pipeline version that made it", async () => {
    const cache = createAnalysisCache({ store: await reopen(), log: captureLog().log });
    const listing = {
      settings: '{}',
      stamps: { 'a.txt': '12:1:2:3:4', 'catalog.json': 'unreadable:ENOENT' },
      files: [{ id: 'a', path: '/corpus/a.txt', hash: 'h', catalog: { outlet: 'The Wire', published: null } }],
      warnings: ['b.txt: skipped, empty'],
    };
    expect(await cache.saveListing(`/corpus-${backend}`, listing, PIPELINE)).toBe(true);
    const reopened = createAnalysisCache({ store: await reopen(), log: captureLog().log });
    expect(await reopened.listing(`/corpus-${backend}`, PIPELINE)).toEqual(listing);
    expect(await reopened.listing(`/corpus-${backend}`, 'another-pipeline')).toBeUndefined();
    expect(await reopened.listing(`/corpus-${backend}/`, PIPELINE)).toBeUndefined();
  });

  it('drops the entries of removed articles on retain', async () => {
    const { log, lines } = captureLog();
    const cache = createAnalysisCache({ store: await reopen(), log });
    const kept = sampleArticle(`${backend}-kept`, 3);
    const removed = sampleArticle(`${backend}-removed`, 3);
    await cache.set(kept, PIPELINE);
    await cache.set(removed, PIPELINE);
    await cache.retain(new Set([kept.hash, removed.hash]));

    await cache.retain(new Set([kept.hash]));
    expect(lines.at(-1)).toMatchObject({ dropped: 1 });
    expect(await cache.get(removed.hash, PIPELINE)).toBeUndefined();
    expect(plainArticle((await cache.get(kept.hash, PIPELINE))!)).toEqual(kept);
    const manifest = await store.records(ANALYSIS_MANIFEST_RECORD).get('manifest');
    expect(manifest?.entries).toEqual({ [kept.hash]: PIPELINE });
  });

  it('keeps one entry per article when the pipeline version changes', async () => {
    const cache = createAnalysisCache({ store: await reopen(), log: captureLog().log });
    const article = sampleArticle(`${backend}-repiped`, 3);
    await cache.set(article, 'p1');
    await cache.retain(new Set([article.hash]));
    expect(await cache.get(article.hash, 'p2')).toBeUndefined();
    await cache.set(article, 'p2');
    await cache.retain(new Set([article.hash]));
    expect(await cache.get(article.hash, 'p1')).toBeUndefined();
    expect(plainArticle((await cache.get(article.hash, 'p2'))!)).toEqual(article);
  });

  /** A cache over the reopened store holding one article, its record as stored, and what the cache logs. */
  const cachedArticle = async (name: string) => {
    const { log, lines, warnings } = captureLog();
    const cache = createAnalysisCache({ store: await reopen(), log });
    const article = sampleArticle(`${backend}-${name}`, 4);
    await cache.set(article, PIPELINE);
    const entries = store.records(ANALYSIS_RECORD);
    const key = `${article.hash}@${PIPELINE}`;
    return { cache, article, entries, key, record: (await entries.get(key))!, lines, warnings };
  };

  it('misses, with a warning, an entry damaged in the store, and keeps the article once it is analysed again', async () => {
    const { cache, article, entries, key, record, warnings } = await cachedArticle('damaged');
    const half = record.pack.length >> 1;
    // Cut short inside the pack, and one character changed: the record's shape holds, its checksum does not.
    for (const pack of [
      record.pack.slice(0, half),
      `${record.pack.slice(0, half)}${record.pack[half] === 'A' ? 'B' : 'A'}${record.pack.slice(half + 1)}`,
    ]) {
      await entries.set(key, { ...record, pack });
      expect(await cache.get(article.hash, PIPELINE)).toBeUndefined();
      expect(warnings().at(-1)?.msg).toMatch(/damaged analysis cache entry/);
    }
    await cache.set(article, PIPELINE);
    expect(plainArticle((await cache.get(article.hash, PIPELINE))!)).toEqual(article);
  });

  it('drops an entry whose pack fails when first read, says which, and misses it until it is stored again', async () => {
    const { cache, article, entries, key, record, lines } = await cachedArticle('unreadable');
    // A pack that is not deflate data under a checksum that fits it: only a writer other than encodeAnalysis makes one.
    const pack = Buffer.from('not deflate data').toString('base64');
    await entries.set(key, { ...record, pack, check: crc32(pack, crc32(record.outline)) });
    const deferred = (await cache.get(article.hash, PIPELINE))!;
    expect(deferred.id).toBe(article.id);
    expect(() => deferred.tokens).toThrow(DamagedAnalysisError);
    expect(lines.at(-1)).toMatchObject({ articleId: article.id, why: 'its pack does not inflate' });
    expect(await cache.get(article.hash, PIPELINE)).toBeUndefined();
    await vi.waitFor(async () => expect(await entries.get(key)).toBeUndefined());
    await cache.set(article, PIPELINE);
    expect(plainArticle((await cache.get(article.hash, PIPELINE))!)).toEqual(article);
  });

  it('writes the manifest in batches and adopts entries a crashed run left out of it', async () => {
    await reopen();
    const first = createAnalysisCache({ store, log: captureLog().log }, { manifestFlushEvery: 2 });
    const [a, b, c] = ['x', 'y', 'z'].map((id) => sampleArticle(`${backend}-batch-${id}`, 2));
    await first.set(a!, PIPELINE);
    expect((await store.records(ANALYSIS_MANIFEST_RECORD).get('manifest'))?.entries[a!.hash]).toBeUndefined();
    await first.set(b!, PIPELINE);
    expect((await store.records(ANALYSIS_MANIFEST_RECORD).get('manifest'))?.entries[b!.hash]).toBe(PIPELINE);
    await first.set(c!, PIPELINE); // the run "crashes" here: c is stored but not in the manifest

    const second = createAnalysisCache({ store: await reopen(), log: captureLog().log });
    expect(plainArticle((await second.get(c!.hash, PIPELINE))!)).toEqual(c);
    await second.retain(new Set());
    for (const article of [a!, b!, c!]) expect(await second.get(article.hash, PIPELINE)).toBeUndefined();
  });
});

describe.each(['sqlite', 'redis'] as const)('loading the seed corpus with the analysis cache on %s', (backend) => {
  const nlp = createNlp();
  const corpusDir = fileURLToPath(new URL('../../../seeds', import.meta.url));
  /** A restarted process's load, and the warnings it logged. */
  const load = async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    const result = await loadCoverage({ nlp, corpusDir, cache: createAnalysisCache({ store, log }) });
    await store.close();
    return { result, warnings: warnings() };
  };

  it('analyses every article once, and nothing on a restart over the unchanged corpus', async () => {
    const first = await load();
    expect(first.result.analysed).toBe(first.result.coverage.articles.length);
    expect(first.result.analysed).toBeGreaterThan(0);
    const second = await load();
    expect(second.result).toMatchObject({ analysed: 0, listed: true });
    expect(second.result.coverage.articles.map(plainArticle)).toEqual(first.result.coverage.articles);
    // A real analysis that the record format rejected would show here as an ignored record.
    expect([...first.warnings, ...second.warnings]).toEqual([]);
  });

  it('reads the folder again, with a warning, when its stored listing is damaged', async () => {
    await load();
    expect((await load()).result.listed).toBe(true);
    const stored = await stores.open(backend, captureLog().log);
    const listing = await stored.records(CORPUS_LISTING_RECORD).get(corpusDir);
    await stored.close();
    await stores.writeRaw(backend, 'corpus-listing', corpusDir, JSON.stringify({ value: { v: 1, data: { ...listing, listing: 'cut' } } }));
    const { result, warnings } = await load();
    expect(result).toMatchObject({ analysed: 0, listed: false });
    expect(warnings).toMatchObject([{ namespace: 'corpus-listing', msg: expect.stringMatching(/ignored a stored record/) }]);
    expect((await load()).result.listed).toBe(true);
  });
});

describe('the analysis cache while Redis hangs', () => {
  it('misses, reports writes as not saved and drops nothing on retain', async () => {
    const store = await stores.open('redis', captureLog().log, { opTimeoutMs: 200 });
    const cache = createAnalysisCache({ store, log: captureLog().log });
    const article = sampleArticle('frozen', 3);
    await cache.set(article, PIPELINE);
    await cache.retain(new Set([article.hash]));

    stores.redis.pause();
    try {
      expect(await cache.get(article.hash, PIPELINE)).toBeUndefined();
      expect(await cache.set(sampleArticle('during-freeze', 3), PIPELINE)).toBe(false);
      await cache.retain(new Set());
    } finally {
      stores.redis.resume();
    }
    const after = createAnalysisCache({ store, log: captureLog().log });
    // The store is skipped until its circuit breaker's probe finds Redis answering again (about a second).
    await vi.waitFor(async () => expect(plainArticle((await after.get(article.hash, PIPELINE))!)).toEqual(article), {
      timeout: 10_000,
      interval: 100,
    });
    await store.close();
  });
});
