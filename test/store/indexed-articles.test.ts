import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndexedArticles } from '../../src/store/indexed-articles.js';
import { openStore } from '../../src/store/open-store.js';
import { captureLog } from './capture-log.js';

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
    const articles = [{ id: 'a', hash: '1', text: 'not kept' }, { id: 'b', hash: '2', text: 'not kept' }];
    expect(await createIndexedArticles(first).remember(articles)).toBe(true);
    await first.close();

    const second = await openStore(url, captureLog().log);
    expect(await createIndexedArticles(second).recall()).toEqual([{ id: 'a', hash: '1' }, { id: 'b', hash: '2' }]);
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
