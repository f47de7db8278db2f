/**
 * `npm run eval:fit-ranker`: fits the answer ranker on SQuAD v1.1 dev and writes
 * src/answer/ranker-weights.json. Reports the held-out numbers first: a model fitted on fold A's
 * articles measured on fold B's, and the other way round (eval/ranker-data.ts); the shipped weights are
 * then fitted on both folds. Also writes test/fixtures/answer/ranker-sample.json: a small sample of fold A's
 * feature rows with the model this fit gives on it, which the tests fit again to check that the fit is
 * deterministic and unchanged. Deterministic: the same SQuAD file and code give the same weights.
 * The features of every candidate can be saved and read back (v8 serialisation, about 200 MB), to fit
 * again without asking every question again when only the fit changes.
 * Then the abstention threshold, on the out-of-fold SQuAD probabilities and the calibration part of the
 * news questions (eval/questions/news.json, asked of all 136 news scrapes as one corpus).
 *   npm run eval:fit-ranker [-- [--squad PATH] [--datasets DIR] [--save-features FILE | --features FILE]]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { answer } from '../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../src/answer/defaults.js';
import { NEWS_GROUP_NAMES, NEWS_GROUPS, type RankerModel } from '../src/answer/ranker.js';
import { createNlp } from '../src/analyse/nlp.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import { DEFAULT_DATASETS, loadExtractionPages } from './datasets.js';
import { DEFAULT_SQUAD, loadSquad } from './load-squad.js';
import { answers, loadNewsQuestions, type NewsKind } from './questions/questions.js';
import { loadScrapes } from './sections/news-questions.js';
import {
  ask,
  askFitNews,
  calibrationError,
  reliability,
  FOLD_NAMES,
  fitRanker,
  missingFromPartial,
  rankScores,
  topConfidence,
  type Asked,
  type Fold,
  type News,
} from './ranker-data.js';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const { values } = parseArgs({
  options: { squad: { type: 'string' }, datasets: { type: 'string' }, 'save-features': { type: 'string' }, features: { type: 'string' } },
});
const nlp = createNlp();
const datasets = values.datasets ?? DEFAULT_DATASETS;
const textDir = join(datasets, 'article-extraction', 'text');
type Squad = { full: Asked[]; partial: Asked[] };
const features: Squad & Partial<News> = values.features ? (deserialize(readFileSync(values.features)) as Squad & News) : askSquad();
const { full, partial } = features;
const { fitNews, fitNewsPartial } = features.fitNewsPartial ? (features as News) : await askFitNews(nlp, datasets);
console.error(`asked the fit news questions (${elapsed()})`);
if (values['save-features']) writeFileSync(values['save-features'], serialize({ full, partial, fitNews, fitNewsPartial }));

function askSquad(): Squad {
  const { articles, questions } = loadSquad(nlp, values.squad ?? DEFAULT_SQUAD);
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  console.error(`analysed ${articles.length} articles (${elapsed()})`);
  const all = ask(buildCoverage(nlp, articles), questions, articleIndex);
  console.error(`asked the full coverage (${elapsed()})`);
  const part = ask(
    buildCoverage(
      nlp,
      articles.filter((_, i) => !missingFromPartial(i)),
    ),
    questions,
    articleIndex,
  );
  console.error(`asked the partial coverage (${elapsed()})`);
  return { full: all, partial: part };
}

const f = (x: number) => x.toFixed(3);
const outOfFold: { p: number; correct: boolean; answerable: boolean }[] = [];
for (const held of [1, 0] as Fold[]) {
  const train = (1 - held) as Fold;
  const model = fitRanker(full, partial, [train], fitNews, fitNewsPartial);
  const s = rankScores(
    model,
    full.filter((a) => a.fold === held),
  );
  const squadOnly = rankScores(
    unscaled(model),
    full.filter((a) => a.fold === held),
  );
  const conf = partial.filter((a) => a.fold === held).map((a) => ({ ...topConfidence(model, a), answerable: a.answerable }));
  outOfFold.push(...conf);
  console.log(
    `fit on fold ${FOLD_NAMES[train]}, measured on fold ${FOLD_NAMES[held]} (${s.n} questions):` +
      ` P@1 ${f(s.p1)} MRR@10 ${f(s.mrr10)} R@5 ${f(s.r5)};` +
      ` calibration error ${f(calibrationError(conf))} on ${conf.length} questions of the partial coverage;` +
      ` news factors ${JSON.stringify(model.newsScales)}` +
      ` (without: P@1 ${f(squadOnly.p1)} MRR@10 ${f(squadOnly.mrr10)} R@5 ${f(squadOnly.r5)})`,
  );
}

const model = fitRanker(full, partial, [0, 1], fitNews, fitNewsPartial);
const newsFit = rankScores(model, fitNews);
const newsFitUnscaled = rankScores(unscaled(model), fitNews);
console.log(
  `fit news questions (${newsFit.n}, fitted on): P@1 ${f(newsFit.p1)} with the news factors ${JSON.stringify(model.newsScales)},` +
    ` ${f(newsFitUnscaled.p1)} without`,
);
writeFileSync(new URL('../src/answer/ranker-weights.json', import.meta.url), `${JSON.stringify(model, null, 2)}\n`);
console.log(`weights ${model.version} fitted on both folds written to src/answer/ranker-weights.json (${elapsed()})`);
console.log(
  'reliability, SQuAD out of fold:',
  JSON.stringify(reliability(outOfFold).map((b) => [b.from, b.n, f(b.meanProbability), f(b.shareCorrect)])),
);

// News pages: the calibration part of eval/questions/news.json (answerable, furniture-only and absent
// questions on held-out pages, never fitted on), asked with the model just fitted.
const news = await newsCalibration(model);
const kinds = ['answerable', 'furniture', 'absent'] as const;
console.log(`news calibration part: ${kinds.map((k) => `${news.filter((r) => r.kind === k).length} ${k}`).join(', ')}`);

// The abstention threshold. A wrong abstention hides a right answer from the user, so no labelled set
// may lose more than 1% of its correct answers: SQuAD out of fold on the partial coverage, the news fit
// questions asked with and without their pages (model fitted on all of SQuAD, Platt-scaled on them), the
// news calibration part. Among those thresholds, the one handling most news calibration questions right
// (answerable ones answered, furniture-only and absent ones abstained on; news is what the bot answers),
// ties going to the one handling most SQuAD questions right (the larger set decides).
const MAX_CORRECT_LOST = 0.01;
const fitNewsPoints = [...fitNews, ...fitNewsPartial].map((a) => ({ ...topConfidence(model, a), answerable: a.answerable }));
const handled = (list: readonly { p: number; answerable: boolean }[], t: number) =>
  list.filter((r) => (r.answerable ? r.p >= t : r.p < t)).length / Math.max(1, list.length);
const abstains = (list: readonly { p: number }[], t: number) => list.filter((r) => r.p < t).length / Math.max(1, list.length);
const lostShare = (list: readonly { p: number; correct: boolean }[], t: number) =>
  abstains(
    list.filter((r) => r.correct),
    t,
  );
const unanswerable = outOfFold.filter((r) => !r.answerable);
const answerable = outOfFold.filter((r) => r.answerable);
let best = { threshold: 0, news: -1, squad: -1 };
for (let i = 0; i <= 50; i++) {
  const t = i / 100;
  const lost = [outOfFold, fitNewsPoints, news].map((list) => lostShare(list, t));
  const [newsScore, squadScore] = [handled(news, t), handled(outOfFold, t)];
  const byKind = kinds
    .map(
      (k) =>
        `${f(
          abstains(
            news.filter((r) => r.kind === k),
            t,
          ),
        )} ${k}`,
    )
    .join(' / ');
  console.log(
    `threshold ${t.toFixed(2)}: handles ${f(newsScore)} of news, ${f(squadScore)} of SQuAD, ${f(handled(fitNewsPoints, t))} of fit news;` +
      ` loses ${lost.map(f).join(' / ')} of correct (SQuAD / fit news / news); SQuAD abstains on` +
      ` ${f(abstains(unanswerable, t))} unanswerable / ${f(abstains(answerable, t))} answerable; news on ${byKind}`,
  );
  const better = newsScore > best.news || (newsScore === best.news && squadScore > best.squad);
  if (better && lost.every((x) => x <= MAX_CORRECT_LOST)) best = { threshold: t, news: newsScore, squad: squadScore };
}
console.log(
  `chosen threshold ${best.threshold} (handles ${f(best.news)} of news, ${f(best.squad)} of SQuAD);` +
    ` ANSWER_DEFAULTS.abstainBelow is ${ANSWER_DEFAULTS.abstainBelow}`,
);
console.log(
  'reliability, SQuAD out of fold + news calibration:',
  JSON.stringify(reliability([...outOfFold, ...news]).map((b) => [b.from, b.n, f(b.meanProbability), f(b.shareCorrect)])),
);

/** The model as the SQuAD fit alone gives it: weights without the news factors. */
function unscaled(m: RankerModel): RankerModel {
  const weights = { ...m.weights };
  for (const g of NEWS_GROUP_NAMES) for (const f of NEWS_GROUPS[g]) weights[f] /= m.newsScales[g];
  const newsScales = Object.fromEntries(NEWS_GROUP_NAMES.map((g) => [g, 1])) as RankerModel['newsScales'];
  return { ...m, weights, newsScales };
}

async function newsCalibration(m: RankerModel): Promise<{ p: number; correct: boolean; answerable: boolean; kind: NewsKind }[]> {
  const pages = loadExtractionPages(datasets).map((p) => `${p.id}.txt`);
  const { coverage } = await loadScrapes(nlp, textDir, pages);
  const measuring = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
  return loadNewsQuestions()
    .questions.filter((q) => q.part === 'calibration')
    .map((q) => {
      const a = answer(coverage, q.question, null, { tuning: measuring, ranker: m });
      const top = a.excerpts[0];
      const correct = q.kind === 'answerable' && answers(top?.article.id, top?.text ?? '', q.acceptPages ?? [q.page], q.answers ?? []);
      return { p: a.confidence, correct, answerable: q.kind === 'answerable', kind: q.kind };
    });
}

// The sample the tests fit again: every 100th question of fold A in each coverage and every fifth fit
// news question, their first 20 candidates, features to 4 decimals (about 250 KB).
const sample = (list: readonly Asked[], every: number) =>
  list
    .filter((a) => a.fold === 0)
    .filter((_, i) => i % every === 0)
    .map((a) => ({
      ...a,
      x: a.x.slice(0, 20).map((x) => Array.from(x, (v) => Number(v.toFixed(4)))),
      y: [...a.y.slice(0, 20)],
      article: [...a.article.slice(0, 20)],
    }));
const sampled = {
  full: sample(full, 100),
  partial: sample(partial, 100),
  fitNews: sample(fitNews, 5),
  fitNewsPartial: sample(fitNewsPartial, 5),
};
const revived = (list: typeof sampled.full): Asked[] =>
  list.map((a) => ({ ...a, x: a.x.map((x) => Float64Array.from(x)), y: Uint8Array.from(a.y), article: Int32Array.from(a.article) }));
const sampleModel = fitRanker(
  revived(sampled.full),
  revived(sampled.partial),
  [0],
  revived(sampled.fitNews),
  revived(sampled.fitNewsPartial),
);
writeFileSync(
  new URL('../test/fixtures/answer/ranker-sample.json', import.meta.url),
  `${JSON.stringify({ ...sampled, model: sampleModel })}\n`,
);
