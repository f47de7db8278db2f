import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import { percent } from '../datasets.js';
import { loadSquad, squadIn } from '../load-squad.js';
import {
  ask,
  askFitNews,
  FOLD_NAMES,
  fitRanker,
  foldOf,
  missingFromPartial,
  reliability,
  calibrationError,
  topConfidence,
  type Fold,
} from '../fit/ranker-data.js';
import type { EvalContext, EvalSection } from '../run.js';
import { scoreMiniSearch, scoreOurs, type Scores } from '../squad.js';

/**
 * SQuAD v1.1 dev as one coverage: P@1, MRR@10, R@5 of `answer()` beside MiniSearch, same sentences,
 * on held-out articles only: the ranker is fitted on one fold of articles (eval/fit/ranker-data.ts) and
 * measured on the other, both ways. Then the calibration of its confidence, out of fold, on a coverage
 * lacking half of each fold's articles, and what the shipped abstention threshold does there.
 */
export async function run({ nlp, datasets }: EvalContext): Promise<EvalSection> {
  const started = performance.now();
  const { articles, questions } = loadSquad(nlp, squadIn(datasets));
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const coverage = buildCoverage(nlp, articles);
  const partialCoverage = buildCoverage(
    nlp,
    articles.filter((_, i) => !missingFromPartial(i)),
  );
  const buildMs = Math.round(performance.now() - started);
  const full = ask(coverage, questions, articleIndex);
  const partial = ask(partialCoverage, questions, articleIndex);
  const { fitNews, fitNewsPartial, fitNewsAlone } = await askFitNews(nlp, datasets);

  const lines = [
    `${articles.length} articles, ${coverage.index.size} sentences, ${questions.length} questions (analysed + indexed in ${buildMs} ms).`,
    'Articles alternate into fold A and fold B; each fold is answered by the ranker fitted on the other (`npm run eval:fit-ranker`),',
    'as shipped (SQuAD weights with the factors fitted on the news fit questions, eval/questions/fit-news.json) and from SQuAD alone.',
    '"P@1 shown": the top excerpt as shown contains a gold answer; "P@1 sentence": the sentence ranked first, alone, does.',
    'An abstention is a miss. "Answer marked right": of the right top excerpts that mark an answer (their count in brackets),',
    'the share whose marked answer and a gold answer contain one another (eval/load-squad.ts isAnswerSpan). "Top excerpts":',
    'of the answered questions, the share whose top excerpt holds three sentences, and its median length in characters.',
    '',
    '| system | held-out fold | questions | P@1 shown | P@1 sentence | MRR@10 | R@5 | abstained | answer marked right | top excerpts: 3 sentences, median chars |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const folds: Record<string, { ours: Scores; oursSquadOnly: Scores; minisearch: Scores }> = {};
  const outOfFold: { p: number; correct: boolean; answerable: boolean }[] = [];
  for (const held of [0, 1] as Fold[]) {
    const model = fitRanker(full, partial, [(1 - held) as Fold], fitNews, fitNewsPartial, fitNewsAlone);
    const squadOnly = fitRanker(full, partial, [(1 - held) as Fold]);
    const asked = questions.filter((q) => foldOf(articleIndex.get(q.article) as number) === held);
    const ours = scoreOurs(coverage, asked, model);
    const oursSquadOnly = scoreOurs(coverage, asked, squadOnly);
    const minisearch = scoreMiniSearch(coverage, asked);
    folds[FOLD_NAMES[held]] = { ours, oursSquadOnly, minisearch };
    lines.push(
      row('coverage-bot `answer()`, as shipped', FOLD_NAMES[held], ours),
      row('coverage-bot `answer()`, SQuAD weights alone', FOLD_NAMES[held], oursSquadOnly),
      row('MiniSearch BM25 + stop words', FOLD_NAMES[held], minisearch),
    );
    for (const a of partial.filter((p) => p.fold === held)) outOfFold.push({ ...topConfidence(model, a), answerable: a.answerable });
  }

  // The shipped weights must be what the fit script gives on this tree (features, cleaner and analysis included).
  const fresh = fitRanker(full, partial, [0, 1], fitNews, fitNewsPartial, fitNewsAlone);
  const bins = reliability(outOfFold);
  const threshold = ANSWER_DEFAULTS.abstainBelow;
  const answerable = outOfFold.filter((x) => x.answerable);
  const unanswerable = outOfFold.filter((x) => !x.answerable);
  const share = (list: typeof outOfFold, test: (x: (typeof outOfFold)[number]) => boolean) =>
    list.filter(test).length / Math.max(1, list.length);
  const abstention = {
    threshold,
    abstainOnUnanswerable: share(unanswerable, (x) => x.p < threshold),
    abstainOnAnswerable: share(answerable, (x) => x.p < threshold),
    correctLost: answerable.filter((x) => x.correct && x.p < threshold).length / Math.max(1, answerable.filter((x) => x.correct).length),
  };
  lines.push(
    '',
    `**Confidence**, out of fold, on a coverage lacking half of each fold's articles (${answerable.length} answerable,` +
      ` ${unanswerable.length} unanswerable questions): how often the top excerpt answered, by the probability the model gave it` +
      ` (expected calibration error ${calibrationError(outOfFold).toFixed(3)}).`,
    '',
    '| probability | questions | mean probability | share answered by the top excerpt |',
    '|---|---|---|---|',
    ...bins.map((b) => {
      const [mean, share] = b.n ? [b.meanProbability.toFixed(3), b.shareCorrect.toFixed(3)] : ['–', '–'];
      return `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.n} | ${mean} | ${share} |`;
    }),
    '',
    `Abstaining below ${threshold} (ANSWER_DEFAULTS.abstainBelow): abstains on ${percent(abstention.abstainOnUnanswerable)} of` +
      ` unanswerable and ${percent(abstention.abstainOnAnswerable)} of answerable questions,` +
      ` losing ${percent(abstention.correctLost)} of the correct answers.`,
    `Shipped weights: ${ANSWER_DEFAULTS.ranker.version} (fitted on both folds); a fresh fit on this tree (\`npm run eval:fit-ranker\`) gives` +
      ` ${fresh.version}: ${fresh.version === ANSWER_DEFAULTS.ranker.version ? 'the same' : STALE}.`,
  );
  return {
    title: 'SQuAD v1.1 dev (retrieval of the answering sentence, held-out articles)',
    markdown: lines.join('\n'),
    numbers: { buildMs, folds, reliability: bins, abstention, weights: ANSWER_DEFAULTS.ranker.version, freshFit: fresh.version },
  };
}

/**
 * The same in any process: an analysis depends on its text alone (src/analyse/nlp.ts), so the sections run before this
 * one do not change its features, and `npm run eval:fit-ranker -- --check` must agree.
 */
const STALE = '**DIFFERENT** — the shipped weights are stale: `npm run eval:fit-ranker` refits them';

function row(name: string, fold: string, s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  const marked = s.spans === null ? '—' : `${f(s.spanRight)} (${s.spans})`;
  const excerpts = s.excerpts === null ? '—' : `${percent(s.excerpts.threeSentences)}, ${s.excerpts.medianChars}`;
  return `| ${name} | ${fold} | ${s.n} | ${f(s.p1)} | ${f(s.p1Sentence)} | ${f(s.mrr10)} | ${f(s.r5)} | ${f(s.abstained)} | ${marked} | ${excerpts} |`;
}
