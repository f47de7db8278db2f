import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { Nlp } from '../src/analyse/nlp.js';
import { startCoverageThread } from '../src/coverage-thread/coverage-thread.js';
import { loadCoverage, type LoadResult } from '../src/coverage/load-coverage.js';
import { createAnalysisCache } from '../src/store/records/analysis-cache.js';
import { createIndexCache } from '../src/store/records/index-cache.js';
import { openStore } from '../src/store/backends/open.js';
import { elapsedMs } from './elapsed-ms.js';

/** SQuAD paragraphs per generated article: two make ~10 sentences, a short news story. */
const PARAGRAPHS_PER_ARTICLE = 2;

export interface StartupPause {
  how: 'worker thread' | 'main thread';
  cache: 'cold' | 'warm';
  articles: number;
  sentences: number;
  /** Until the coverage was ready, ms. */
  loadMs: number;
  /** The main thread's longest stretch without turning its event loop during the load, ms. */
  longestPauseMs: number;
  /** 99th percentile of the event loop's delay over the load, ms. */
  p99DelayMs: number;
  /** How many times the event loop did not turn for 50 ms or more, and for 100 ms or more. */
  pausesOver50: number;
  pausesOver100: number;
  /** The five longest pauses, ms, longest first. */
  longestPausesMs: number[];
  /** The longest pause of which garbage collection took less than half, ms (0: none ≥ 50 ms). */
  longestNonGcPauseMs: number;
  /** The main thread's longest garbage collection during the load, ms. */
  longestGcMs: number;
  /** The machine's 1-minute load average at the end of the load (2 cores, shared): pauses grow with it. */
  loadAverage: number;
}

/** Pauses this long or longer are listed one by one: Discord's users notice ~100 ms (issue 13's goal). */
const LISTED_PAUSE_MS = 50;

interface Pause {
  ms: number;
  /** Of which garbage collection on this thread, ms. */
  gcMs: number;
}

/**
 * Every stretch of at least LISTED_PAUSE_MS during which the event loop did not turn, from a 1 ms timer, with
 * how much of it the main thread's garbage collector took (perf_hooks 'gc' entries): monitorEventLoopDelay gives
 * the distribution of delays, this how many long pauses there were and whether our code or the collector made them.
 */
function recordPauses(): () => { pauses: Pause[]; longestGcMs: number } {
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const gaps: { start: number; end: number }[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last >= LISTED_PAUSE_MS) gaps.push({ start: last, end: now });
    last = now;
  }, 1);
  return () => {
    clearInterval(timer);
    observer.disconnect();
    const pauses = gaps.map(({ start, end }) => {
      let gcMs = 0;
      for (const gc of gcs) gcMs += Math.max(0, Math.min(end, gc.end) - Math.max(start, gc.start));
      return { ms: end - start, gcMs };
    });
    return { pauses, longestGcMs: Math.max(0, ...gcs.map((gc) => gc.end - gc.start)) };
  };
}

/**
 * Writes `count` articles of SQuAD dev paragraphs as a corpus folder: article k is paragraphs k and k + 1
 * (wrapping), with a title of its own, so every file is distinct and of news length.
 */
export async function writeParagraphCorpus(dir: string, squadPath: string, count: number): Promise<void> {
  const squad = JSON.parse(await readFile(squadPath, 'utf8')) as { data: { title: string; paragraphs: { context: string }[] }[] };
  const paragraphs = squad.data.flatMap((a) => a.paragraphs.map((p) => ({ title: a.title.replace(/_/g, ' '), text: p.context })));
  await mkdir(dir, { recursive: true });
  for (let k = 0; k < count; k++) {
    const parts = Array.from({ length: PARAGRAPHS_PER_ARTICLE }, (_, i) => paragraphs[(k + i) % paragraphs.length]);
    const body = parts.map((p) => p.text).join('\n\n');
    await writeFile(join(dir, `a${String(k).padStart(5, '0')}.txt`), `---\ntitle: ${parts[0].title}, report ${k}\n---\n${body}\n`);
  }
}

/**
 * The main thread's longest event-loop pause while the coverage of `corpusDir` loads, cold (empty caches)
 * then warm (filled), in a worker thread (startCoverageThread, as the bot does) and, for comparison, on the
 * main thread (loadCoverage, as the bot did). Each way has its own SQLite file, so its cold start is cold.
 */
export async function measureStartupPause(nlp: Nlp, corpusDir: string, tmp: string, log: Logger): Promise<StartupPause[]> {
  const out: StartupPause[] = [];
  for (const how of ['worker thread', 'main thread'] as const) {
    const storeUrl = `sqlite://${join(tmp, `startup-${how.replace(' ', '-')}.sqlite`)}`;
    for (const cache of ['cold', 'warm'] as const) {
      let load: () => Promise<LoadResult>;
      let close: () => Promise<void>;
      if (how === 'worker thread') {
        const thread = startCoverageThread({ corpusDir, storeUrl, logLevel: 'silent', nlp, log });
        load = () => thread.load();
        close = () => thread.close();
      } else {
        const store = await openStore(storeUrl, log);
        load = () =>
          loadCoverage({ nlp, corpusDir, log, cache: createAnalysisCache({ store, log }), indexCache: createIndexCache({ store, log }) });
        close = () => store.close();
      }
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      const stopRecording = recordPauses();
      const start = process.hrtime.bigint();
      const { coverage } = await load();
      const loadMs = elapsedMs(start);
      delay.disable();
      const recorded = stopRecording();
      const pauses = recorded.pauses.sort((a, b) => b.ms - a.ms);
      await close();
      out.push({
        how,
        cache,
        articles: coverage.articles.length,
        sentences: coverage.index.size,
        loadMs,
        longestPauseMs: delay.max / 1e6,
        p99DelayMs: delay.percentile(99) / 1e6,
        pausesOver50: pauses.length,
        pausesOver100: pauses.filter((p) => p.ms >= 100).length,
        longestPausesMs: pauses.slice(0, 5).map((p) => p.ms),
        longestNonGcPauseMs: pauses.find((p) => p.gcMs < p.ms / 2)?.ms ?? 0,
        longestGcMs: recorded.longestGcMs,
        loadAverage: loadavg()[0],
      });
    }
  }
  return out;
}

export function startupPauseMarkdown(rows: readonly StartupPause[], command: string): string {
  const lines = [
    '## Start-up without blocking (issue 13)',
    '',
    `The main thread's event loop while the coverage loads from a SQLite store, by \`${command}\`. ` +
      'Longest pause: the largest event-loop delay perf_hooks.monitorEventLoopDelay saw (1 ms resolution); an interaction ' +
      'arriving then waits at most that long before it is acknowledged. Pauses ≥ 50 / ≥ 100 ms: how many times a 1 ms timer ' +
      "found the loop had not turned for that long. Not GC: the longest such pause of which the main thread's garbage " +
      "collector (perf_hooks 'gc' entries) took less than half, i.e. our code or the machine's scheduler. " +
      'Cold: empty analysis and index caches; warm: filled. Load: 1-minute load average at the end (2 cores, shared).',
    '',
    '| loaded on | cache | articles | sentences | load, ms | longest pause, ms | p99 delay, ms | pauses ≥ 50 ms | ≥ 100 ms | ' +
      'five longest, ms | longest not GC, ms | longest GC, ms | load |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.how} | ${r.cache} | ${r.articles} | ${r.sentences} | ${Math.round(r.loadMs)} | ${r.longestPauseMs.toFixed(1)} | ` +
        `${r.p99DelayMs.toFixed(1)} | ${r.pausesOver50} | ${r.pausesOver100} | ${r.longestPausesMs.map(Math.round).join(', ')} | ` +
        `${Math.round(r.longestNonGcPauseMs)} | ${Math.round(r.longestGcMs)} | ${r.loadAverage.toFixed(1)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
