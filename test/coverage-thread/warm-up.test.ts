import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { answeringLoaded } from '../../src/answer/warm-up.js';
import { startCoverageThread, type CoverageThread } from '../../src/coverage-thread/coverage-thread.js';
import { createCoverageSlot } from '../../src/coverage/reindex.js';
import { createBotContext } from '../../src/discord/compose.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/backends/open.js';
import type { Store } from '../../src/store/backends/store.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';

// This file's process has answered nothing before these tests: what they see loaded, the bot's start-up loaded.

/** A store that notes the namespace of every record written or deleted through it. */
function noting(store: Store, written: string[]): Store {
  return {
    get backend() {
      return store.backend;
    },
    get healthy() {
      return store.healthy;
    },
    get windowCounter() {
      return store.windowCounter;
    },
    close: () => store.close(),
    records(kind) {
      const space = store.records(kind);
      return {
        ...space,
        set: (key, data, ttlMs) => (written.push(kind.namespace), space.set(key, data, ttlMs)),
        delete: (key) => (written.push(kind.namespace), space.delete(key)),
      };
    },
  };
}

const lines: Array<{ level: number; msg: string; loadedWhenLogged: boolean }> = [];
const written: string[] = [];
let loadedBefore: boolean;
let store: Store;
let thread: CoverageThread;

beforeAll(async () => {
  loadedBefore = answeringLoaded();
  const log = createLogger({
    level: 'trace',
    destination: {
      write: (line: string) => {
        const { level, msg } = JSON.parse(line) as { level: number; msg: string };
        lines.push({ level, msg, loadedWhenLogged: answeringLoaded() });
      },
    },
  });
  store = noting(await openStore('memory://', log), written);
  const nlp = createNlp();
  // The bot's start-up as src/main.ts composes it: the coverage thread's load run by the bot context's reindexer.
  thread = startCoverageThread({ corpusDir: SEEDS_DIR, storeUrl: 'memory://', logLevel: 'silent', nlp, log });
  const coverage = createCoverageSlot();
  const ctx = await createBotContext({
    store,
    log,
    coverage,
    load: () => thread.load(),
    settings: DISCORD_DEFAULTS,
    ownerIds: [],
    addPage: () => Promise.reject(new Error('no page is added here')),
  });
  await ctx.reindexer.run();
});

afterAll(async () => {
  await thread.close();
  await store.close();
});

describe("the bot's start-up warms the answering path", () => {
  it('logs the coverage loaded only once the tables answering reads lazily are loaded', () => {
    expect(loadedBefore).toBe(false);
    const ready = lines.filter((l) => l.msg === 'coverage loaded');
    expect(ready).toHaveLength(1);
    expect(ready[0].loadedWhenLogged).toBe(true);
  });

  it('writes nothing to the store and logs nothing for the warm-up: the load line and the indexed articles alone', () => {
    expect(lines.map((l) => l.msg)).toEqual(['coverage loaded']);
    expect(written).toEqual(['indexed-articles']);
  });
});
