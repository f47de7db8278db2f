import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { ADD_DEFAULTS } from '../../src/add/defaults.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { answer } from '../../src/answer/answer.js';
import { CorpusError } from '../../src/corpus/corpus-error.js';
import { COVERAGE_DEFAULTS } from '../../src/coverage/defaults.js';
import { ownedBuffers, startCoverageThread, type CoverageThread } from '../../src/coverage-thread/coverage-thread.js';
import { SentenceIndex } from '../../src/index/sentence-index.js';
import { PIPELINE_VERSION } from '../../src/coverage/pipeline-version.js';
import { openStore } from '../../src/store/backends/open.js';
import { ANALYSIS_RECORD } from '../../src/store/records/analysis-cache.js';
import { FIXTURES_DIR, SEEDS_DIR, plainArticle, seedCoverage } from '../support/seed-coverage.js';
import { startPageServer, type PageServer } from '../support/page-server.js';

/** The loopback page server needs ALLOW_PRIVATE_FETCH=1. */
const LOOPBACK = { ...ADD_DEFAULTS.fetch, allowPrivate: true };

const log = pino({ level: 'silent' });
const nlp = createNlp();
const threads: CoverageThread[] = [];
const start = (corpusDir: string, storeUrl = 'memory://') => {
  const thread = startCoverageThread({ corpusDir, storeUrl, logLevel: 'silent', nlp, log });
  threads.push(thread);
  return thread;
};
afterAll(async () => {
  await Promise.all(threads.map((t) => t.close()));
});

/** A copy of the seeds in a folder of its own with a store file beside it, and a loopback page server, for `run`. */
async function withSeedsCopy(run: (corpus: string, storeUrl: string, pages: PageServer) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-thread-'));
  const pages = await startPageServer();
  try {
    const corpus = join(dir, 'corpus');
    await cp(SEEDS_DIR, corpus, { recursive: true });
    await run(corpus, `sqlite://${join(dir, 'store.sqlite')}`, pages);
  } finally {
    await pages.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One report as published at `url` (its outlet's address, or a syndicator's: the same text again), served on loopback at
 * `/name` (/add reads links only) once `ready` has settled; its address there.
 */
async function serveReport(pages: PageServer, name: string, url: string, ready: Promise<unknown> = Promise.resolve()): Promise<string> {
  const story = await readFile(join(FIXTURES_DIR, 'harbour-post-port-authority.md'), 'utf8');
  pages.route(`/${name}`, (_req, res) => {
    void ready.then(() =>
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(story.replace('---\n', `---\nurl: ${url}\n`)),
    );
  });
  return pages.url(`/${name}`);
}

describe('startCoverageThread', () => {
  it('hands over the coverage loadCoverage builds: same articles, sentences, index and answers', async () => {
    const [loaded, local] = await Promise.all([start(SEEDS_DIR).load(), seedCoverage()]);
    const { coverage } = loaded;
    expect(coverage.version).toBe(local.version);
    expect(coverage.articles.map((a) => a.id)).toEqual(local.articles.map((a) => a.id));
    expect(coverage.articles.map((a) => a.tokens.lemma)).toEqual(local.articles.map((a) => a.tokens.lemma));
    expect(coverage.index.size).toBe(local.index.size);
    expect(coverage.people).toEqual(local.people);
    for (const q of ['When did Trump and Putin meet?', 'Who is Peskov?', 'constructor']) {
      expect(answer(coverage, q).excerpts.map((e) => [e.sentenceId, e.score])).toEqual(
        answer(local, q).excerpts.map((e) => [e.sentenceId, e.score]),
      );
    }
  });

  it('keeps its analysis cache between loads: a re-index of an unchanged corpus analyses nothing', async () => {
    const thread = start(SEEDS_DIR);
    const first = await thread.load();
    const second = await thread.load();
    expect(first.analysed).toBe(first.coverage.articles.length);
    expect(second.analysed).toBe(0);
    expect(second.coverage.version).toBe(first.coverage.version);
  });

  it.runIf(process.platform === 'linux')('runs at a lower priority than the answering thread, which keeps its own', async () => {
    const nice = (task: string): number => {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const answering = nice(String(process.pid));
    await start(SEEDS_DIR).load();
    expect(nice(String(process.pid))).toBe(answering);
    // A process already nicer than that keeps its own value (raising a priority needs privileges).
    expect(readdirSync('/proc/self/task').map(nice)).toContain(Math.max(answering, COVERAGE_DEFAULTS.threadNice));
  });

  it('loads again, analysing it afresh, when a stored analysis fails its checks as it is handed over', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-thread-'));
    try {
      const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
      const thread = start(SEEDS_DIR, storeUrl);
      const first = await thread.load();
      // Another writer replaces one article's pack with bytes that do not inflate, under a checksum that fits them.
      const store = await openStore(storeUrl, log);
      const entries = store.records(ANALYSIS_RECORD);
      const key = `${first.coverage.articles[1]!.hash}@${PIPELINE_VERSION}`;
      const record = (await entries.get(key))!;
      const pack = Buffer.from('not deflate data').toString('base64');
      expect(await entries.set(key, { ...record, pack, check: crc32(pack, crc32(record.outline)) })).toBe(true);
      await store.close();
      const second = await thread.load();
      expect(second.analysed).toBe(1);
      expect(second.reusedIndex).toBe(false);
      expect(second.coverage.articles.map(plainArticle)).toEqual(first.coverage.articles.map(plainArticle));
      // Stored again whole: the next load reads every analysis and the index from the store.
      const third = await thread.load();
      expect([third.analysed, third.reusedIndex]).toEqual([0, true]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('checks an /add against a page added while the last load ran, which that load did not read', async () => {
    await withSeedsCopy(async (corpus, storeUrl, pages) => {
      const original = await serveReport(pages, 'original', 'https://harbour-post.example/port-authority-jobs');
      const syndicated = await serveReport(pages, 'syndicated', 'https://wire.example/2025/port-authority-jobs');
      // A store on disk, so that the load waits on it between articles and the add's reads and writes get their turns.
      const thread = start(corpus, storeUrl);
      // The add lands while the load analyses the folder it has already read.
      const loading = thread.load();
      const added = await thread.add(original, LOOPBACK);
      await loading;
      expect(added).toMatchObject({ status: 'added', id: expect.stringMatching(/^port-authority-warns/) });
      expect(await thread.add(syndicated, LOOPBACK)).toEqual({
        status: 'duplicate',
        of: (added as { id: string }).id,
        same: 'text',
      });
    });
  });

  it('closes while a cold load of many articles is under way, not after it, and says nothing of a failed load', async () => {
    // 600 articles written from the seeds' paragraphs, each a different selection: a cold load of minutes on a busy machine.
    const paragraphs = readdirSync(SEEDS_DIR)
      .flatMap((name) => readFileSync(join(SEEDS_DIR, name), 'utf8').split('\n'))
      .filter((line) => line.length > 120);
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-closing-'));
    try {
      for (let k = 0; k < 600; k++) {
        const body = [0, 1, 2, 3].map((j) => paragraphs[(k * 7 + j * 13) % paragraphs.length]).join('\n\n');
        await writeFile(join(dir, `story-${k}.txt`), `Round ${k} of the talks\n\nOfficials met for round ${k} of the talks.\n\n${body}\n`);
      }
      const thread = start(dir);
      let settled = false;
      const loading = thread.load().then(
        () => (settled = true),
        () => (settled = true),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Before the change close waited for the whole load, which its ending thread then failed.
      await thread.close();
      await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, 200))]);
      expect(settled).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('closes while an /add fetches a page that never finishes sending, not at the fetch deadline, and starts no /add queued behind it', async () => {
    await withSeedsCopy(async (corpus, storeUrl, pages) => {
      // A page whose server sends its head and then a few words at a time, for ever; and a story served whole.
      let endless: { ended: boolean; closed: boolean } | null = null;
      pages.route('/endless', (_req, res) => {
        const seen = { ended: false, closed: false };
        endless = seen;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).write('<html><body><p>Talks resumed on Monday');
        const more = setInterval(() => res.write(' and went on'), 100);
        res.on('finish', () => (seen.ended = true));
        res.on('close', () => {
          clearInterval(more);
          seen.closed = true;
        });
      });
      const story = await serveReport(pages, 'story', 'https://harbour-post.example/port-authority-jobs');
      let storyAsked = false;
      pages.route('/story-counted', (_req, res) => {
        storyAsked = true;
        res.writeHead(302, { location: story }).end();
      });
      const before = readdirSync(corpus).sort();
      // A deadline past the test's own timeout: the fetch can end only by the close.
      const patient = { ...LOOPBACK, totalTimeoutMs: 3_600_000 };
      const thread = start(corpus, storeUrl);
      let settled = 0;
      for (const link of [pages.url('/endless'), pages.url('/story-counted')]) {
        thread.add(link, patient).then(
          () => settled++,
          () => settled++,
        );
      }
      while (endless === null) await new Promise((resolve) => setTimeout(resolve, 20));

      // Before the change close waited for the fetch's deadline, then fetched and added the queued story.
      await thread.close();

      expect(endless).toEqual({ ended: false, closed: true });
      expect(storyAsked).toBe(false);
      expect(readdirSync(corpus).sort()).toEqual(before);
      // Stopped, not failed: the asker was told to run the command again, which an error reply would replace.
      expect(settled).toBe(0);
    });
  });

  it('checks an /add against a page whose add ended after the last load had handed over', async () => {
    await withSeedsCopy(async (corpus, storeUrl, pages) => {
      const thread = start(corpus, storeUrl);
      const loading = thread.load();
      // The first address answers only once the load is done, so its add starts before the hand-over and ends after it.
      const original = await serveReport(pages, 'original', 'https://harbour-post.example/port-authority-jobs', loading);
      const syndicated = await serveReport(pages, 'syndicated', 'https://wire.example/2025/port-authority-jobs');
      const added = await thread.add(original, LOOPBACK);
      expect(added).toMatchObject({ status: 'added' });
      expect(await thread.add(syndicated, LOOPBACK)).toEqual({
        status: 'duplicate',
        of: (added as { id: string }).id,
        same: 'text',
      });
    });
  });

  it('rejects with the CorpusError of a missing folder, and loads again after it', async () => {
    const thread = start('/nonexistent/coverage-bot-corpus');
    await expect(thread.load()).rejects.toBeInstanceOf(CorpusError);
    await expect(thread.load()).rejects.toThrow(/coverage-bot-corpus/);
  });
});

describe('ownedBuffers', () => {
  it('moves an index to the receiver without copying: every typed array owns its buffer, each transferred once', async () => {
    const { articles } = await seedCoverage();
    const parts = SentenceIndex.build(articles).toClonable();
    // A view of a larger buffer (as a sliced decode would be) is copied first: transferring would detach the rest.
    const wide = new Uint32Array(parts.article.length + 8);
    wide.set(parts.article, 4);
    parts.article = wide.subarray(4, 4 + parts.article.length);
    const transfer = ownedBuffers(parts as unknown as Record<string, unknown>);
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(parts.article.byteOffset).toBe(0);
    expect(wide.byteLength).toBeGreaterThan(0);
    const expected = SentenceIndex.build(articles);
    const received = SentenceIndex.fromClonable(structuredClone(parts, { transfer }));
    // Transferred: the sender's arrays are detached, the receiver's hold the index.
    expect(parts.sentences.postingDocs.byteLength).toBe(0);
    expect([...received.article]).toEqual([...expected.article]);
    const query = [{ term: 'putin', weight: 1 }];
    expect(received.sentences.search(query, 5)).toEqual(expected.sentences.search(query, 5));
  });
});
