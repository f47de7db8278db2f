import { buildCoverage } from '../../src/coverage/build-coverage.js';
import { loadSquad } from '../load-squad.js';
import type { EvalContext, EvalSection } from '../run.js';
import { scoreMiniSearch, scoreOurs, type Scores } from '../squad.js';

/** SQuAD v1.1 dev as one coverage: P@1, MRR@10, R@5 of `answer()` beside MiniSearch, same sentences. */
export async function run({ nlp, datasets }: EvalContext): Promise<EvalSection> {
  const started = performance.now();
  const { articles, questions } = loadSquad(nlp, `${datasets}/squad-v1.1-dev.json`);
  const coverage = buildCoverage(nlp, articles);
  const buildMs = Math.round(performance.now() - started);
  const tune = questions.filter((_, i) => i % 2 === 0);
  const held = questions.filter((_, i) => i % 2 === 1);
  const ours = { tune: scoreOurs(coverage, tune), heldOut: scoreOurs(coverage, held), all: scoreOurs(coverage, questions) };
  const minisearch = { tune: scoreMiniSearch(coverage, tune), heldOut: scoreMiniSearch(coverage, held), all: scoreMiniSearch(coverage, questions) };
  const lines = [
    `${articles.length} articles, ${coverage.index.size} sentences, ${questions.length} questions (analysed + indexed in ${buildMs} ms)`,
    '',
    '| system | questions | P@1 | MRR@10 | R@5 | abstained |',
    '|---|---|---|---|---|---|',
  ];
  for (const [split, key] of [['tuning half', 'tune'], ['held-out half', 'heldOut'], ['all', 'all']] as const) {
    lines.push(row(`coverage-bot answer(), ${split}`, ours[key]), row(`MiniSearch BM25 + stop words, ${split}`, minisearch[key]));
  }
  return { title: 'SQuAD v1.1 dev (retrieval of the answering sentence)', markdown: lines.join('\n'), numbers: { buildMs, ours, minisearch } };
}

function row(name: string, s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `| ${name} | ${s.n} | ${f(s.p1)} | ${f(s.mrr10)} | ${f(s.r5)} | ${f(s.abstained)} |`;
}
