import { appendFile, copyFile, mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { compareCoverage, createCoverageSlot, createReindexer } from '../../src/coverage/reindex.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import { createAnalysisCache } from '../../src/store/records/analysis-cache.js';
import { createIndexedArticles } from '../../src/store/records/index-cache.js';
import { openStore } from '../../src/store/backends/open.js';
import type { Store } from '../../src/store/backends/store.js';
import { captureLog } from '../support/capture-log.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';

const v = (id: string, hash: string) => ({ id, hash });

describe('compareCoverage', () => {
  it('names the added, changed and removed articles by id and counts the unchanged ones', () => {
    const before = [v('a', '1'), v('b', '2'), v('c', '3')];
    const after = [v('d', '4'), v('b', '2'), v('a', '9')];
    expect(compareCoverage(before, after)).toEqual({ added: ['d'], changed: ['a'], removed: ['c'], unchanged: 1 });
  });

  it('reports every article as added when there was no coverage before', () => {
    expect(compareCoverage([], [v('b', '2'), v('a', '1')])).toEqual({ added: ['a', 'b'], changed: [], removed: [], unchanged: 0 });
  });

  it('reports nothing changed for the same articles in another order', () => {
    const articles = [v('a', '1'), v('b', '2')];
    expect(compareCoverage(articles, [...articles].reverse())).toEqual({ added: [], changed: [], removed: [], unchanged: 2 });
  });

  it('counts a renamed file as one removed and one added article, even with the same content', () => {
    expect(compareCoverage([v('old-name', 'h')], [v('new-name', 'h')])).toEqual({
      added: ['new-name'],
      changed: [],
      removed: ['old-name'],
      unchanged: 0,
    });
  });
});

const [A, B, C, D] = ['000_9fa6195cd0faa982', '001_6cafe41d9e784b11', '002_62dcc4dcba42d8bd', '003_31b76e603aeb2cfa'];

const nlp = createNlp();
let dir: string;
let store: Store;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-reindexer-'));
  store = await openStore('memory://', captureLog().log);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const copySeed = (id: string) => copyFile(path.join(SEEDS_DIR, `${id}.txt`), path.join(dir, `${id}.txt`));

describe('the reindexer', () => {
  it('reports what changed against the coverage it replaces, analysing only new and changed articles, and records the articles for npm run reindex', async () => {
    for (const id of [A, B, C]) await copySeed(id);
    const { log, lines } = captureLog();
    const slot = createCoverageSlot();
    const cache = createAnalysisCache({ store, log });
    const indexed = createIndexedArticles(store);
    const reindexer = createReindexer({ slot, load: () => loadCoverage({ nlp, corpusDir: dir, cache }), indexed, log });

    const first = await reindexer.run();
    expect(first).toMatchObject({ added: [A, B, C], changed: [], removed: [], unchanged: 0, articles: 3, analysed: 3 });
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'coverage loaded', articles: 3, added: 3 }));

    await copySeed(D);
    await unlink(path.join(dir, `${C}.txt`));
    await appendFile(path.join(dir, `${B}.txt`), '\nThe Kremlin later confirmed a third call.\n');
    const second = await reindexer.run();
    expect(second).toMatchObject({ added: [D], changed: [B], removed: [C], unchanged: 1, articles: 3, analysed: 2 });
    expect(slot.current()!.version).toBe(second.version);
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'coverage reindexed', added: 1, changed: 1, removed: 1 }));
    expect((await indexed.recall())!.map((a) => a.id)).toEqual([A, B, D]);
  });

  it('queues calls made during a rebuild into one more rebuild after it, whose report compares with what the first built; idle() waits for both', async () => {
    const slot = createCoverageSlot();
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reindexer = createReindexer({
      slot,
      load: async () => {
        loads += 1;
        await gate;
        return loadCoverage({ nlp, corpusDir: dir });
      },
      indexed: createIndexedArticles(store),
      log: captureLog().log,
    });

    // The start-up load, then two /reindex calls while it runs.
    const startup = reindexer.run();
    const queued = [reindexer.run(), reindexer.run()];
    let idle = false;
    const waiting = reindexer.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    expect(loads).toBe(1);
    release();
    const first = await startup;
    expect(first.added.length).toBe(first.articles);
    const [one, two] = await Promise.all(queued);
    await waiting;
    expect(two).toBe(one);
    expect(loads).toBe(2);
    // Nothing changed between the two loads, and the report says so rather than repeating the load's.
    expect(one).toMatchObject({ added: [], changed: [], removed: [], unchanged: first.articles });
  });

  it('keeps the old coverage when a rebuild fails, tells every caller, and rebuilds afresh on the next call', async () => {
    const slot = createCoverageSlot();
    let corpusDir = dir;
    let loads = 0;
    const reindexer = createReindexer({
      slot,
      load: () => {
        loads += 1;
        return loadCoverage({ nlp, corpusDir });
      },
      indexed: createIndexedArticles(store),
      log: captureLog().log,
    });
    await reindexer.run();
    const loaded = slot.current();
    corpusDir = path.join(dir, 'missing');
    const failing = reindexer.run();
    await expect(failing).rejects.toThrow(/corpus folder/i);
    expect(slot.current()).toBe(loaded);
    corpusDir = dir;
    await expect(reindexer.run()).resolves.toMatchObject({ added: [], changed: [], removed: [] });
    expect(loads).toBe(3);
  });
});
