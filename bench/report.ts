/** The bench's results: their shape, the issues' targets checked against them, and bench/results.md. */
import type { Scores } from '../eval/squad.js';
import type { BenchOptions } from './bench-options.js';
import type { BuildMeasurement, MiniSearchBuild, SavedSizes } from './build.js';
import type { LatencyRounds, Machine, Spread } from './measure.js';
import type { DiscordLatency } from './operations.js';
import type { StartMeasurement } from './start-up.js';

export interface QuestionRun {
  /** Questions timed and scored; fewer than SQuAD's all when sampled. */
  questions: number;
  sampled: boolean;
  /** k of the retrieval-only search (the sentence candidates answer() takes). */
  k: number;
  answer: LatencyRounds;
  retrieval: LatencyRounds;
  miniSearch: LatencyRounds;
  ours: Scores;
  miniSearchScores: Scores;
}

/** Everything measured on one corpus. */
export interface CorpusResult {
  corpus: string;
  /** SQuAD replication factor; null for the seeds. */
  scale: number | null;
  build: BuildMeasurement;
  saved: SavedSizes;
  miniSearch: MiniSearchBuild | null;
  run: QuestionRun | null;
  start: StartMeasurement[];
}

export interface BenchResults {
  machine: Machine;
  options: Omit<BenchOptions, 'questions'>;
  corpora: CorpusResult[];
  /** Interaction → reply on the loopback Discord fake. */
  discord: DiscordLatency;
  notes: string[];
}

interface TargetCheck {
  /** The target as issue #5 (or #4) states it. */
  target: string;
  /** What was measured for it, in words and numbers. */
  measured: string;
  /** null when the run did not measure it (scale not run). */
  met: boolean | null;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Checks the issue's targets against the medians over rounds. */
function checkTargets(results: BenchResults): TargetCheck[] {
  const at = (scale: number): CorpusResult | undefined => results.corpora.find((c) => c.scale === scale);
  const checks: TargetCheck[] = [];
  const one = at(1)?.run;
  checks.push(
    one
      ? {
          target: "1×: answer() median ≤ MiniSearch's retrieval median",
          measured: `${ms(one.answer.median.median)} vs ${ms(one.miniSearch.median.median)}`,
          met: one.answer.median.median <= one.miniSearch.median.median,
        }
      : { target: "1×: answer() median ≤ MiniSearch's retrieval median", measured: 'not run', met: null },
    one
      ? { target: '1×: answer() p99 ≤ 2 ms', measured: ms(one.answer.p99.median), met: one.answer.p99.median <= 2 }
      : { target: '1×: answer() p99 ≤ 2 ms', measured: 'not run', met: null },
  );
  const ten = at(10);
  checks.push(
    ten?.run
      ? {
          target: `~100k sentences (10×, ${ten.build.sentences}): answer() median ≤ 1 ms and p99 ≤ 10 ms`,
          measured: `median ${ms(ten.run.answer.median.median)}, p99 ${ms(ten.run.answer.p99.median)}`,
          met: ten.run.answer.median.median <= 1 && ten.run.answer.p99.median <= 10,
        }
      : { target: '~100k sentences (10×): answer() median ≤ 1 ms and p99 ≤ 10 ms', measured: 'not run', met: null },
  );
  const hundred = at(100);
  checks.push(
    hundred?.run
      ? {
          target: `~1M sentences (100×, ${hundred.build.sentences}): answer() p99 ≤ 50 ms`,
          measured: `p99 ${ms(hundred.run.answer.p99.median)}`,
          met: hundred.run.answer.p99.median <= 50,
        }
      : { target: '~1M sentences (100×): answer() p99 ≤ 50 ms', measured: 'not run', met: null },
  );
  for (const c of results.corpora) {
    if (!c.build.withAnalysisRate) continue;
    const rate = c.build.withAnalysisRate.median;
    checks.push({
      target: `${c.corpus}: build ≥ 20k sentences/s including analysis`,
      measured: `${Math.round(rate)} sentences/s`,
      met: rate >= 20_000,
    });
  }
  for (const c of results.corpora) {
    if (!c.miniSearch) continue;
    const ours = c.build.indexBytes / c.build.sentences;
    const theirs = c.miniSearch.bytes / c.build.sentences;
    checks.push({
      target: `${c.corpus}: index memory per sentence ≤ MiniSearch's`,
      measured: `${Math.round(ours)} vs ${Math.round(theirs)} B/sentence`,
      met: ours <= theirs,
    });
  }
  for (const s of ten?.start ?? []) {
    checks.push({
      target: `#4: warm start ≤ 1 s at ~100k sentences (${s.store}, ${s.sentences})`,
      measured: `${Math.round(s.warmMs.median)} ms${s.warmAnalysed > 0 ? `, but the cache missed: ${s.warmAnalysed} of ${s.articles} articles analysed again` : ''}; first answers after it: median ${s.firstAnswersMs.median.toFixed(1)} ms, max ${s.firstAnswersMs.max.toFixed(1)} ms`,
      met: s.warmMs.median <= 1000 && s.warmAnalysed === 0,
    });
  }
  return checks;
}

const MB = 2 ** 20;

/** "median (min–max)" of a spread over rounds, or the one value of a single round. */
function over(s: Spread, digits: number, unit = 1): string {
  const f = (x: number) => (x / unit).toFixed(digits);
  return s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function buildTable(corpora: CorpusResult[]): string {
  return table(
    [
      'corpus',
      'sentences',
      'analysis + index, sentences/s',
      'the same per CPU-second',
      'index alone, sentences/s',
      'index alone, ms',
      'MiniSearch build, sentences/s',
      'heap after build, MB',
      'RSS after build, MB',
      'index, B/sentence',
      'MiniSearch, B/sentence',
      'ours / MiniSearch',
    ],
    corpora.map((c) => {
      const b = c.build;
      const ours = b.indexBytes / b.sentences;
      const theirs = c.miniSearch ? c.miniSearch.bytes / b.sentences : null;
      return [
        c.corpus,
        int(b.sentences),
        b.withAnalysisRate ? over(b.withAnalysisRate, 0) : 'replicated, not analysed',
        b.withAnalysisCpuRate ? over(b.withAnalysisCpuRate, 0) : '—',
        over(b.indexRate, 0),
        over(b.indexMs, 0),
        c.miniSearch ? over(c.miniSearch.rate, 0) : '—',
        (b.heapAfter / MB).toFixed(0),
        (b.rssAfter / MB).toFixed(0),
        int(ours),
        theirs === null ? '—' : int(theirs),
        theirs === null ? '—' : (ours / theirs).toFixed(2),
      ];
    }),
  );
}

function savedTable(corpora: CorpusResult[]): string {
  return table(
    ['corpus', 'index record, MB', 'B/sentence', 'analysis records JSON, MB', 'B/sentence'],
    corpora.map((c) => [
      c.corpus,
      (c.saved.indexBytes / MB).toFixed(1),
      int(c.saved.indexBytes / c.build.sentences),
      (c.saved.analysisBytes / MB).toFixed(1),
      int(c.saved.analysisBytes / c.build.sentences),
    ]),
  );
}

const START_EXPLAINED = [
  'loadCoverage (read, clean, analyse or take from the analysis cache, index or take the saved index) with empty caches',
  '(cold, which fills them) and with filled ones (warm: a folder whose files have not changed since the last full read is',
  'not read again (src/corpus/listing.ts; SQuAD from memory: the first warm round reads it, the cold start having come',
  'too soon after its files were written to list them); of each analysis only its sentence outline is read, its pack inflated',
  'when a question first reads the article; index and people read back). A SQLite store is opened afresh for each warm',
  'round, as a restarted process would. First answers after a warm start: the questions asked right after it, which pay',
  'for inflating the articles they read.',
  'Warm, CPU: CPU time of the process (every thread) per warm round; below the wall time when it waited for a core.',
  'Load: 1-minute load average after the warm rounds (2 cores, shared).',
].join(' ');

/** `npm run bench -- --only start`: the cold and warm start table alone, with the machine it ran on. */
export function startMarkdown(corpora: readonly Pick<CorpusResult, 'corpus' | 'start'>[], m: Machine, rounds: number): string {
  return [
    '## Start from the store (issue 13: warm start)',
    '',
    `Machine: ${m.cores} cores (${m.cpu}), Node ${m.node}, load average ${m.load} at start (shared machine). Date: ${m.date}.`,
    '',
    `Command: \`${m.command}\``,
    '',
    `${START_EXPLAINED} Spreads are "median (min–max)" over ${rounds} warm round(s).`,
    '',
    startTable(corpora),
    '',
  ].join('\n');
}

/** The cold and warm start table (the main results' "Start from the store", and `--only start` alone). */
function startTable(corpora: readonly Pick<CorpusResult, 'corpus' | 'start'>[]): string {
  const rows = corpora.flatMap((c) =>
    c.start.map((s) => [
      c.corpus,
      s.store,
      int(s.articles),
      int(s.sentences),
      int(s.coldMs),
      over(s.warmMs, 0),
      over(s.warmCpuMs, 0),
      (s.coldMs / s.warmMs.median).toFixed(1),
      s.warmAnalysed === 0 ? '0' : `**${s.warmAnalysed} of ${s.articles}**`,
      `${s.warmReusedIndex} of ${s.warmRounds}`,
      over(s.firstAnswersMs, 2),
      s.loadAverage.toFixed(1),
    ]),
  );
  return table(
    [
      'corpus',
      'store',
      'articles',
      'sentences',
      'cold start, ms',
      'warm start, ms',
      'warm, CPU ms',
      'cold / warm',
      'analysed again when warm',
      'warm rounds taking the saved index',
      'first answers after a warm start, ms',
      'load',
    ],
    rows,
  );
}

function latencyTable(corpora: CorpusResult[]): string {
  const rows = corpora.flatMap((c) => {
    const r = c.run;
    if (!r) return [];
    return [
      [
        c.corpus,
        int(c.build.sentences),
        `${int(r.questions)}${r.sampled ? ' (sample)' : ''}`,
        over(r.answer.median, 3),
        over(r.answer.p99, 2),
        over(r.answer.max, 1),
        over(r.retrieval.median, 3),
        over(r.retrieval.p99, 2),
        over(r.miniSearch.median, 3),
        over(r.miniSearch.p99, 2),
        over(r.miniSearch.max, 1),
        (r.answer.median.median / r.miniSearch.median.median).toFixed(2),
        (r.answer.p99.median / r.miniSearch.p99.median).toFixed(2),
        `${over(r.answer.cpuShare, 2)} / ${over(r.miniSearch.cpuShare, 2)}`,
      ],
    ];
  });
  return table(
    [
      'corpus',
      'sentences',
      'questions',
      'answer() median',
      'answer() p99',
      'answer() max',
      'retrieval median',
      'retrieval p99',
      'MiniSearch median',
      'MiniSearch p99',
      'MiniSearch max',
      'ours / MS median',
      'ours / MS p99',
      'CPU share (answer / MS)',
    ],
    rows,
  );
}

function qualityTable(corpora: CorpusResult[]): string {
  const f = (s: Scores) => [s.p1, s.mrr10, s.r5].map((x) => x.toFixed(3));
  const rows = corpora.flatMap((c) =>
    c.run ? [[c.corpus, int(c.run.questions), ...f(c.run.ours), c.run.ours.abstained.toFixed(3), ...f(c.run.miniSearchScores)]] : [],
  );
  return table(['corpus', 'questions', 'answer() P@1', 'MRR@10', 'R@5', 'abstained', 'MiniSearch P@1', 'MRR@10', 'R@5'], rows);
}

/** The results as Markdown tables, with the machine and the command that produced them. */
export function resultsMarkdown(results: BenchResults): string {
  const m = results.machine;
  const k = results.corpora.find((c) => c.run)?.run?.k;
  const targets = checkTargets(results);
  return [
    '# coverage-bot benchmark (`npm run bench`, issue #5)',
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.load} at start (shared machine). Date: ${m.date}.`,
    '',
    `Command: \`${m.command}\``,
    '',
    `Every number below was measured in this run. Spreads are "median (min–max)" over ${results.options.rounds} round(s); latencies are in ms per question, measured with process.hrtime.bigint() after a warm-up, ours and MiniSearch taking turns in each round; memory is read after gc.`,
    '',
    ...results.notes.map((n) => `- ${n}`),
    '',
    '## Targets',
    '',
    table(
      ['target', 'measured', 'met'],
      targets.map((t) => [t.target, t.measured, t.met === null ? '—' : t.met ? 'yes' : '**no**']),
    ),
    '',
    '## Build and memory',
    '',
    'Analysis + index: analyseArticle (wink-nlp) over every cleaned article, then buildCoverage. Index alone: buildCoverage over analysed articles. "index, B/sentence" is what buildCoverage adds to the heap (heap + ArrayBuffers after gc); "MiniSearch, B/sentence" what MiniSearch.addAll adds over the same sentences.',
    '',
    buildTable(results.corpora),
    '',
    '## Saved size',
    '',
    "The index as the index cache saves it (SentenceIndex.toBinary(): the sentence, passage and article BM25 indexes as varints, in base64) and the analysed articles (the analysis cache's records: each article's binary pack deflated, in base64, encodeAnalysis), without the store's envelope.",
    '',
    savedTable(results.corpora),
    '',
    '## Start from the store',
    '',
    START_EXPLAINED,
    '',
    startTable(results.corpora),
    '',
    '## Latency per question (ms)',
    '',
    `answer(): the full pipeline every surface calls. Retrieval: SentenceIndex sentences.search top ${k ?? '—'} with the question's terms (read beforehand). MiniSearch: search() over the same sentences with the classic stop words. CPU share: CPU time the process got over wall time during the round (below 1: it waited for a core; above 1: gc threads ran beside it).`,
    '',
    latencyTable(results.corpora),
    '',
    '## Quality',
    '',
    "P@1: the top excerpt is from the question's article (or a replica of it) and contains a gold answer.",
    '',
    qualityTable(results.corpora),
    '',
    '## Discord',
    '',
    `Interaction → reply on the loopback fake, by \`${results.discord.command}\` (its own process, over the seeds):\n\n\`\`\`\n${results.discord.output}\n\`\`\``,
    '',
    '![latency and memory vs corpus size](latency.svg)',
    '',
  ].join('\n');
}
