import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import { createCoverageSlot } from '../../src/coverage/reindex.js';
import { createReindexer, type Reindexer } from '../../src/coverage/reindex.js';
import { reloadOnChange } from '../../src/coverage/watch.js';
import { createLogger } from '../../src/log.js';
import { createIndexedArticles } from '../../src/store/records/index-cache.js';
import { openStore } from '../../src/store/backends/open.js';
import type { Store } from '../../src/store/backends/store.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';

const nlp = createNlp();
const log = createLogger({ level: 'silent' });
const NEW = '004_e0ba8cc3a8df5508';
const cleanUp: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0)) await step();
});

/** Signals the first time `when` holds, checked on every call of `check`. */
function signal<T>(when: (value: T) => boolean): { check: (value: T) => void; seen: Promise<void> } {
  let resolve!: () => void;
  const seen = new Promise<void>((r) => (resolve = r));
  return { check: (value) => when(value) && resolve(), seen };
}

/** A corpus folder of two seeds and a reindexer over it; `hold`, when set, holds a rebuild after it has read the folder. */
async function setUp() {
  const dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-watch-'));
  for (const name of ['000_9fa6195cd0faa982.txt', '003_31b76e603aeb2cfa.txt'])
    await copyFile(path.join(SEEDS_DIR, name), path.join(dir, name));
  const store: Store = await openStore('memory://', log);
  cleanUp.push(
    () => store.close(),
    () => rm(dir, { recursive: true, force: true }),
  );
  const slot = createCoverageSlot();
  const state = { hold: null as Promise<void> | null, read: signal<unknown>(() => true), withNew: signal<boolean>((has) => has) };
  const reindexer = createReindexer({
    slot,
    load: async () => {
      const result = await loadCoverage({ nlp, corpusDir: dir });
      state.read.check(result);
      state.withNew.check(result.coverage.byId.has(NEW));
      await state.hold;
      return result;
    },
    indexed: createIndexedArticles(store),
    log,
  });
  await reindexer.run();
  return { dir, slot, reindexer, state };
}

const watch = (dir: string, reindexer: Reindexer): void => {
  const stop = reloadOnChange({ dir, log, debounceMs: 50, reindexer });
  cleanUp.unshift(async () => stop());
};

describe('reloadOnChange', () => {
  it('re-indexes when an article is added and swaps the new coverage in', async () => {
    const { dir, slot, reindexer, state } = await setUp();
    const before = slot.current()!.version;
    watch(dir, reindexer);
    await copyFile(path.join(SEEDS_DIR, `${NEW}.txt`), path.join(dir, `${NEW}.txt`));
    await state.withNew.seen;
    await reindexer.idle();
    expect(slot.current()!.byId.has(NEW)).toBe(true);
    expect(slot.current()!.version).not.toBe(before);
  });

  it('does not settle for a rebuild (a /reindex) that read the folder before the change: it rebuilds after it', async () => {
    const { dir, slot, reindexer, state } = await setUp();
    let release!: () => void;
    state.hold = new Promise((resolve) => (release = resolve));
    state.read = signal(() => true);
    const earlier = reindexer.run();
    await state.read.seen;
    // The watcher's reload waits for the earlier rebuild: tell when it has started waiting.
    const waiting = signal<unknown>(() => true);
    watch(dir, { run: reindexer.run, idle: () => (waiting.check(null), reindexer.idle()) });
    await copyFile(path.join(SEEDS_DIR, `${NEW}.txt`), path.join(dir, `${NEW}.txt`));
    await waiting.seen;
    release();
    expect((await earlier).added).toEqual([]);
    await state.withNew.seen;
    await reindexer.idle();
    expect(slot.current()!.byId.has(NEW)).toBe(true);
  });
});
