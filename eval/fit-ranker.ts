/**
 * `npm run eval:fit-ranker`: fits the answer ranker on SQuAD v1.1 dev and writes
 * src/answer/ranker-weights.json. Reports the held-out numbers first: a model fitted on fold A's
 * articles measured on fold B's, and the other way round (eval/ranker-data.ts); the shipped weights are
 * then fitted on both folds. Also writes test/fixtures/answer/ranker-sample.json: a small sample of fold A's
 * feature rows with the model this fit gives on it, which the tests fit again to check that the fit is
 * deterministic and unchanged. Deterministic: the same SQuAD file and code give the same weights.
 * The features of every candidate can be saved and read back (v8 serialisation, about 200 MB), to fit
 * again without asking every question again when only the fit changes.
 *   npm run eval:fit-ranker [-- [--squad PATH] [--save-features FILE | --features FILE]]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { ANSWER_DEFAULTS } from '../src/answer/defaults.js';
import { createNlp } from '../src/analyse/nlp.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import { DEFAULT_SQUAD, loadSquad } from './load-squad.js';
import { ask, calibrationError, reliability, FOLD_NAMES, fitRanker, missingFromPartial, rankScores, topConfidence, type Asked, type Fold } from './ranker-data.js';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const { values } = parseArgs({ options: { squad: { type: 'string' }, 'save-features': { type: 'string' }, features: { type: 'string' } } });
const { full, partial } = values.features ? (deserialize(readFileSync(values.features)) as { full: Asked[]; partial: Asked[] }) : askAll();
if (values['save-features']) writeFileSync(values['save-features'], serialize({ full, partial }));

function askAll(): { full: Asked[]; partial: Asked[] } {
  const nlp = createNlp();
  const { articles, questions } = loadSquad(nlp, values.squad ?? DEFAULT_SQUAD);
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  console.error(`analysed ${articles.length} articles (${elapsed()})`);
  const all = ask(buildCoverage(nlp, articles), questions, articleIndex);
  console.error(`asked the full coverage (${elapsed()})`);
  const part = ask(buildCoverage(nlp, articles.filter((_, i) => !missingFromPartial(i))), questions, articleIndex);
  console.error(`asked the partial coverage (${elapsed()})`);
  return { full: all, partial: part };
}

const f = (x: number) => x.toFixed(3);
const outOfFold: { p: number; correct: boolean; answerable: boolean }[] = [];
for (const held of [1, 0] as Fold[]) {
  const train = (1 - held) as Fold;
  const model = fitRanker(full, partial, [train]);
  const s = rankScores(model, full.filter((a) => a.fold === held));
  const conf = partial.filter((a) => a.fold === held).map((a) => ({ ...topConfidence(model, a), answerable: a.answerable }));
  outOfFold.push(...conf);
  console.log(
    `fit on fold ${FOLD_NAMES[train]}, measured on fold ${FOLD_NAMES[held]} (${s.n} questions): P@1 ${f(s.p1)} MRR@10 ${f(s.mrr10)} R@5 ${f(s.r5)};` +
      ` calibration error ${f(calibrationError(conf))} on ${conf.length} questions of the partial coverage`,
  );
}

// The abstention threshold, on the out-of-fold probabilities of the partial coverage: the most accurate
// (answerable questions answered, unanswerable ones abstained on) that loses at most 1% of the correct
// answers, since a wrong abstention hides a right answer from the user.
const MAX_CORRECT_LOST = 0.01;
const correctAll = outOfFold.filter((r) => r.answerable && r.correct).length;
let best = { threshold: 0, accuracy: 0 };
for (let t = 0; t <= 0.5001; t += 0.01) {
  const ok = outOfFold.filter((r) => (r.answerable ? r.p >= t : r.p < t)).length / outOfFold.length;
  const lost = outOfFold.filter((r) => r.answerable && r.correct && r.p < t).length / Math.max(1, correctAll);
  const un = outOfFold.filter((r) => !r.answerable);
  const abstainUn = un.filter((r) => r.p < t).length / Math.max(1, un.length);
  const an = outOfFold.filter((r) => r.answerable);
  const abstainAn = an.filter((r) => r.p < t).length / Math.max(1, an.length);
  console.log(`threshold ${t.toFixed(2)}: accuracy ${f(ok)}, abstains on ${f(abstainUn)} unanswerable / ${f(abstainAn)} answerable, loses ${f(lost)} of correct answers`);
  if (ok > best.accuracy && lost <= MAX_CORRECT_LOST) best = { threshold: Number(t.toFixed(2)), accuracy: ok };
}
console.log(`chosen threshold ${best.threshold} (accuracy ${f(best.accuracy)}); ANSWER_DEFAULTS.abstainBelow is ${ANSWER_DEFAULTS.abstainBelow}`);
console.log('reliability, out of fold:', JSON.stringify(reliability(outOfFold).map((b) => [b.from, b.n, f(b.meanProbability), f(b.shareCorrect)])));

const model = fitRanker(full, partial, [0, 1]);
writeFileSync(new URL('../src/answer/ranker-weights.json', import.meta.url), `${JSON.stringify(model, null, 2)}\n`);
console.log(`weights ${model.version} fitted on both folds written to src/answer/ranker-weights.json (${elapsed()})`);

// The sample the tests fit again: every 100th question of fold A in each coverage, its first 20
// candidates, features to 4 decimals (about 200 KB).
const sample = (list: readonly Asked[]) =>
  list
    .filter((a, i) => a.fold === 0 && i % 100 === 0)
    .map((a) => ({ ...a, x: a.x.slice(0, 20).map((x) => Array.from(x, (v) => Number(v.toFixed(4)))), y: [...a.y.slice(0, 20)] }));
const sampled = { full: sample(full), partial: sample(partial) };
const revived = (list: typeof sampled.full): Asked[] => list.map((a) => ({ ...a, x: a.x.map((x) => Float64Array.from(x)), y: Uint8Array.from(a.y) }));
const sampleModel = fitRanker(revived(sampled.full), revived(sampled.partial), [0]);
writeFileSync(new URL('../test/fixtures/answer/ranker-sample.json', import.meta.url), `${JSON.stringify({ ...sampled, model: sampleModel })}\n`);
