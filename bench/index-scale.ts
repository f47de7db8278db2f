/**
 * Retrieval-index scale benchmark (issue #5): Bm25Index vs MiniSearch on SQuAD v1.1 dev sentences,
 * replicated with distinct doc ids to reach 100k and 1M documents.
 *
 *   npm run bench:index -- [--scales 1,10,100] [--rounds 3] [--minisearch-max 100] [--minisearch-queries 1000]
 *
 * Measures build speed (docs/s), heap per document (heapUsed + arrayBuffers after gc, input excluded) and
 * search latency per query (median / p99 / max, k = 10 and 50), each over several rounds reported as
 * min / median / max. Both engines get the same sentences, the same lowercased word tokens and the same
 * stop words; Bm25Index is also measured with stop words kept, the harder case for pruning. MiniSearch
 * scores every matching doc, so at 100k docs and above it runs an evenly strided subset of the questions
 * (--minisearch-queries) to finish in minutes; Bm25Index always runs all of them.
 */
import MiniSearch from 'minisearch';
import { wordsOf } from '../src/clean/boilerplate/line-features.js';
import { Bm25Index, type QueryTerm } from '../src/index/bm25-index.js';
import { DEFAULT_SQUAD, readSquadFile } from '../eval/load-squad.js';
import { readArguments, runEntry, UsageError } from '../src/entry.js';
import { latencySummary, spread } from './measure.js';

/** NLTK's English stop-word list (nltk.corpus.stopwords 'english', 179 words), contractions split as our tokens are. */
const STOP_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
    'been being have has had having do does did doing a an the and but if or because as until while of at by for with ' +
    'about against between into through during before after above below to from up down in out on off over under again ' +
    'further then once here there when where why how all any both each few more most other some such no nor not only ' +
    'own same so than too very s t can will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn ' +
    'haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn'
  ).split(' '),
);

const contentWords = (text: string): string[] => wordsOf(text).filter((w) => !STOP_WORDS.has(w));

const USAGE = 'usage: npm run bench:index -- [--scales 1,10,100] [--rounds 3] [--minisearch-max 100] [--minisearch-queries 1000]';

interface Options {
  scales: number[];
  rounds: number;
  minisearchMax: number;
  minisearchQueries: number;
}

/** The command line (USAGE; each value a whole number ≥ 1, the scales a list of them); null after --help. */
function readOptions(): Options | null {
  const parsed = readArguments(
    {
      options: {
        scales: { type: 'string', default: '1,10,100' },
        rounds: { type: 'string', default: '3' },
        'minisearch-max': { type: 'string', default: '100' },
        'minisearch-queries': { type: 'string', default: '1000' },
      },
    },
    USAGE,
  );
  if (!parsed) return null;
  const whole = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes whole numbers ≥ 1, got "${text}"`, USAGE);
    return n;
  };
  const { values } = parsed;
  return {
    scales: values.scales.split(',').map((text) => whole('scales', text)),
    rounds: whole('rounds', values.rounds),
    minisearchMax: whole('minisearch-max', values['minisearch-max']),
    minisearchQueries: whole('minisearch-queries', values['minisearch-queries']),
  };
}

/** SQuAD's raw sentences (split at sentence ends, not analysed: both engines get the same words) and questions. */
function squadSentences(): { sentences: string[]; questions: string[] } {
  const data = readSquadFile(DEFAULT_SQUAD);
  const sentences: string[] = [];
  const questions: string[] = [];
  for (const article of data.data) {
    for (const paragraph of article.paragraphs) {
      for (const s of paragraph.context.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u)) if (s.trim()) sentences.push(s);
      for (const qa of paragraph.qas) questions.push(qa.question);
    }
  }
  return { sentences, questions };
}

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  collect();
};
const memory = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const now = (): bigint => process.hrtime.bigint();
const microseconds = (from: bigint, to: bigint): number => Number(to - from) / 1000;

/** min / median / max of a few round results, whole numbers. */
function spreadText(values: number[]): string {
  const { min, median, max } = spread(values);
  return values.length === 1 ? min.toFixed(0) : `${min.toFixed(0)} / ${median.toFixed(0)} / ${max.toFixed(0)}`;
}

interface Engine<I> {
  name: string;
  build(): I;
  search(index: I, query: number, k: number): number;
}

/** Every ⌈total / count⌉-th query index, so a subset spans all articles. */
function strided(total: number, count: number): number[] {
  const step = Math.max(1, Math.ceil(total / count));
  return Array.from({ length: Math.ceil(total / step) }, (_, i) => i * step);
}

interface Row {
  engine: string;
  docs: number;
  queries: number;
  buildRate: number[];
  bytesPerDoc: number;
  latency: Record<number, { median: number[]; p99: number[]; max: number[] }>;
}

function measure<I>(engine: Engine<I>, docs: number, queries: number[], rounds: number, buildRounds: number): Row {
  const buildRate: number[] = [];
  let bytesPerDoc = 0;
  let index: I | null = null;
  for (let r = 0; r < buildRounds; r++) {
    index = null;
    gc();
    const before = memory();
    const start = now();
    index = engine.build();
    const end = now();
    buildRate.push(docs / (microseconds(start, end) / 1e6));
    gc();
    bytesPerDoc = (memory() - before) / docs;
  }
  const built = index as I;
  const latency: Row['latency'] = {};
  for (const k of [10, 50]) {
    for (const q of queries.slice(0, 1000)) engine.search(built, q, k); // warm-up: let the JIT settle
    latency[k] = { median: [], p99: [], max: [] };
    const times = new Float64Array(queries.length);
    for (let r = 0; r < rounds; r++) {
      let sink = 0;
      for (let i = 0; i < queries.length; i++) {
        const start = now();
        sink += engine.search(built, queries[i], k);
        times[i] = microseconds(start, now());
      }
      if (sink < 0) console.log(sink); // keeps results observable so the work is not optimised away
      const { median, p99, max } = latencySummary(times);
      latency[k].median.push(median);
      latency[k].p99.push(p99);
      latency[k].max.push(max);
    }
  }
  return { engine: engine.name, docs, queries: queries.length, buildRate, bytesPerDoc, latency };
}

function report(row: Row): void {
  const parts = [
    `${row.engine.padEnd(28)} ${String(row.docs).padStart(9)} docs`,
    `build ${spreadText(row.buildRate.map((r) => r / 1000))} k docs/s`,
    `heap ${row.bytesPerDoc.toFixed(0)} B/doc`,
    `${row.queries} queries`,
  ];
  for (const [k, l] of Object.entries(row.latency)) {
    parts.push(`k=${k} µs median ${spreadText(l.median)} p99 ${spreadText(l.p99)} max ${spreadText(l.max)}`);
  }
  console.log(parts.join(' | '));
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!options) return;
  const { sentences, questions } = squadSentences();
  const allTokens = sentences.map(wordsOf);
  const contentTokens = allTokens.map((t) => t.filter((w) => !STOP_WORDS.has(w)));
  const contentQueries: QueryTerm[][] = questions.map((q) => contentWords(q).map((term) => ({ term, weight: 1 })));
  const allQueries: QueryTerm[][] = questions.map((q) => wordsOf(q).map((term) => ({ term, weight: 1 })));
  const avg = (lists: string[][]) => (lists.reduce((s, l) => s + l.length, 0) / lists.length).toFixed(1);
  console.log(
    `SQuAD v1.1 dev: ${sentences.length} sentences (${avg(allTokens)} words, ${avg(contentTokens)} without stop words), ` +
      `${questions.length} questions (${avg(allQueries.map((q) => q.map((t) => t.term)))} / ${avg(contentQueries.map((q) => q.map((t) => t.term)))} words)`,
  );
  console.log(`node ${process.version}, rounds ${options.rounds}; spreads are min / median / max over rounds\n`);

  const everyQuery = strided(questions.length, questions.length);
  // Warm-up builds: the first build of a process runs unoptimised code (10k docs at ~100k docs/s, cold).
  for (let i = 0; i < 3; i++) Bm25Index.build(allTokens);
  for (const scale of options.scales) {
    const n = sentences.length * scale;
    function* replicated(tokens: string[][]): Generator<string[]> {
      for (let r = 0; r < scale; r++) yield* tokens;
    }
    const buildRounds = scale >= 100 ? Math.min(options.rounds, 2) : options.rounds;

    report(
      measure<Bm25Index>(
        {
          name: 'Bm25Index, stop words out',
          build: () => Bm25Index.build(replicated(contentTokens)),
          search: (index, q, k) => index.search(contentQueries[q], k).length,
        },
        n,
        everyQuery,
        options.rounds,
        buildRounds,
      ),
    );
    report(
      measure<Bm25Index>(
        {
          name: 'Bm25Index + tokenising',
          build: () => {
            function* tokenised(): Generator<string[]> {
              for (let r = 0; r < scale; r++) for (const s of sentences) yield contentWords(s);
            }
            return Bm25Index.build(tokenised());
          },
          search: (index, q, k) => index.search(contentQueries[q], k).length,
        },
        n,
        everyQuery,
        1,
        buildRounds,
      ),
    );
    report(
      measure<Bm25Index>(
        {
          name: 'Bm25Index, all words',
          build: () => Bm25Index.build(replicated(allTokens)),
          search: (index, q, k) => index.search(allQueries[q], k).length,
        },
        n,
        everyQuery,
        options.rounds,
        buildRounds,
      ),
    );

    if (scale <= options.minisearchMax) {
      const documents = Array.from({ length: n }, (_, id) => ({ id, text: sentences[id % sentences.length] }));
      report(
        measure<MiniSearch>(
          {
            name: 'MiniSearch, stop words out',
            build: () => {
              const ms = new MiniSearch({
                fields: ['text'],
                tokenize: wordsOf,
                processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
              });
              ms.addAll(documents);
              return ms;
            },
            search: (index, q, k) => index.search(questions[q]).slice(0, k).length,
          },
          n,
          scale >= 10 ? strided(questions.length, options.minisearchQueries) : everyQuery,
          scale >= 100 ? 1 : options.rounds,
          scale >= 10 ? 1 : buildRounds,
        ),
      );
    }
    console.log();
  }
}

// Times the index alone: no model is read, so none is checked.
runEntry(main, { readsModels: false });
