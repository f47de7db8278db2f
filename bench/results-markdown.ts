import type { Scores } from '../eval/squad.js';
import type { BenchResults, CorpusResult } from './bench-results.js';
import { checkTargets } from './check-targets.js';
import type { Machine } from './machine.js';
import type { Spread } from './spread.js';

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
    ['corpus', 'index JSON, MB', 'B/sentence', 'analysis records JSON, MB', 'B/sentence'],
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
  '(cold, which fills them) and with filled ones (warm: analyses read back with their token columns decoded on first use,',
  'index and people read back). A SQLite store is opened afresh for each warm round, as a restarted process would.',
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
export function startTable(corpora: readonly Pick<CorpusResult, 'corpus' | 'start'>[]): string {
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
    "JSON of the index (SentenceIndex.toJSON(): sentence, passage and article BM25 indexes, as the index cache saves it) and of the analysed articles (the analysis cache's records: each article's binary pack in base64, encodeAnalysis), without the store's envelope.",
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
    results.discord === null
      ? 'Not measured (see notes).'
      : `Interaction → reply on the loopback fake, by \`${results.discord.command}\` (its own process, over the seeds):\n\n\`\`\`\n${results.discord.output}\n\`\`\``,
    '',
    '![latency and memory vs corpus size](latency.svg)',
    '',
  ].join('\n');
}
