/**
 * `npm run eval:fit-ranker`: fits the answer ranker on SQuAD v1.1 dev and writes
 * src/answer/rank/ranker-weights.json. Reports the held-out numbers first: a model fitted on fold A's
 * articles measured on fold B's, and the other way round (eval/fit/ranker-data.ts); the shipped weights are
 * then fitted on both folds. Also writes test/fixtures/answer/ranker-sample.json: a small sample of fold A's
 * feature rows with the model this fit gives on it, which the tests fit again to check that the fit is
 * deterministic and unchanged. Deterministic: the same SQuAD file and code give the same weights.
 * The SQuAD features of every candidate can be saved and read back (v8 serialisation, about 600 MB), to fit
 * again without asking every SQuAD question again when only the fit changes; the fit news questions are asked afresh
 * every run (seconds), so the fit always uses eval/questions/fit-news.json as it is (an older file's news are ignored).
 * Then the abstention threshold, on the out-of-fold SQuAD probabilities, the fit news questions (with all fit pages
 * and of their page alone) and the calibration part of the news questions (eval/questions/news.json, asked of all
 * 136 news scrapes as one corpus).
 * `--check` only checks the shipped weights' form (checkedModel) and compares the fresh fit's version with theirs (exit
 * code 1 when they differ), writing nothing and skipping the held-out fits. `--news-cv` only measures the fit news
 * questions by page-grouped 5-fold cross-validation (each fold's questions ranked by a model fitted on all of SQuAD and
 * the other folds' news questions; right top-1 counted with their pages and of their page alone, with and without the
 * news factors), writing nothing.
 * The form of the model, measured and not shipped (defaults = the shipped form; the outcome of each on main 1aea731's
 * features is in eval/fit/ranker-data.ts FIT_DEFAULTS and eval/fit/trees.ts TREE_DEFAULTS): `--trees N`, the trees cascade of
 * N trees (150 measured); `--news-weight W`, the fit news questions weighted W in the linear listwise fit (300
 * measured); `--trees-news-weight W`, the same in the trees' fit (30 and 300 measured); `--no-news-factors`, without the
 * three news factors. The sample for the tests records the settings it was fitted with.
 * The usage is USAGE; SQuAD is read from --squad, else from the datasets folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { answer } from '../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../src/answer/defaults.js';
import { MATCH_STRENGTHS, matchStrength, STRENGTH_BOUNDS } from '../src/answer/confidence.js';
import { checkedModel, NEWS_GROUP_NAMES, NEWS_GROUPS, type RankerModel } from '../src/answer/rank/ranker-model.js';
import { createNlp } from '../src/analyse/nlp.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import { DEFAULT_DATASETS, loadExtractionPages } from './datasets.js';
import { loadSquad, squadIn } from './load-squad.js';
import { answers, loadNewsQuestions, NEWS_KINDS, type NewsKind } from './questions/questions.js';
import { loadScrapes } from './sections/news-questions.js';
import {
  ask,
  askFitNews,
  calibrationError,
  reliability,
  FIT_DEFAULTS,
  FOLD_NAMES,
  fitRanker,
  loadFitNewsQuestions,
  missingFromPartial,
  pageFolds,
  rankScores,
  ranking,
  revivedAsked,
  savedSquad,
  topConfidence,
  type Asked,
  type FitSettings,
  type Fold,
  type SquadAsked,
} from './fit/ranker-data.js';
import { TREE_DEFAULTS, type TreeSettings } from './fit/trees.js';
import { runFitScript } from './fit/fit-script.js';
import { errorMessage, progressLines, readArguments, UsageError } from '../src/entry.js';

/** Folds of the fit news questions' cross-validation (--news-cv): five, as the cleaner's page-grouped fit uses. */
const NEWS_CV_FOLDS = 5;
const USAGE = [
  'usage: npm run eval:fit-ranker -- [--squad PATH] [--datasets DIR] [--save-features FILE | --features FILE] [--check]',
  '  [--trees N] [--news-weight W] [--trees-news-weight W] [--no-news-factors] [--news-cv]',
].join('\n');
/** A fit news question's top out of fold: its probability, whether it answers, and the question's kind. */
interface HeldOut {
  p: number;
  correct: boolean;
  kind: NewsKind;
}

/** The model as the SQuAD fit alone gives it: weights without the news factors. */
function unscaled(m: RankerModel): RankerModel {
  const weights = { ...m.weights };
  for (const g of NEWS_GROUP_NAMES) for (const f of NEWS_GROUPS[g]) weights[f] /= m.newsScales[g];
  const newsScales = Object.fromEntries(NEWS_GROUP_NAMES.map((g) => [g, 1])) as RankerModel['newsScales'];
  return { ...m, weights, newsScales };
}

async function main(): Promise<number> {
  const say = progressLines('fit-ranker');
  const parsed = readArguments(
    {
      options: {
        squad: { type: 'string' },
        datasets: { type: 'string' },
        'save-features': { type: 'string' },
        features: { type: 'string' },
        check: { type: 'boolean' },
        trees: { type: 'string' },
        'news-weight': { type: 'string' },
        'trees-news-weight': { type: 'string' },
        'no-news-factors': { type: 'boolean' },
        'news-cv': { type: 'boolean' },
      },
    },
    USAGE,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  /** A flag's number: a finite number >= 0, or the default when the flag is absent. */
  function numberFlag(name: string, value: string | undefined, fallback: number): number {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (Number.isFinite(n) && n >= 0) return n;
    throw new UsageError(`--${name} takes a number >= 0, got "${value}"`, USAGE);
  }
  const treeSettings: TreeSettings = { ...TREE_DEFAULTS, count: Math.round(numberFlag('trees', values.trees, TREE_DEFAULTS.count)) };
  const fitSettings: FitSettings = {
    newsWeight: numberFlag('news-weight', values['news-weight'], FIT_DEFAULTS.newsWeight),
    treesNewsWeight: numberFlag('trees-news-weight', values['trees-news-weight'], FIT_DEFAULTS.treesNewsWeight),
    newsFactors: values['no-news-factors'] ? false : FIT_DEFAULTS.newsFactors,
  };
  const fitWith = (folds: readonly Fold[]) =>
    fitRanker(full, partial, folds, fitNews, fitNewsPartial, fitNewsAlone, treeSettings, fitSettings);
  const nlp = createNlp();
  const datasets = values.datasets ?? DEFAULT_DATASETS;
  const textDir = join(datasets, 'article-extraction', 'text');
  const { full, partial } = values.features ? readSquad(values.features) : askSquad();
  if (values['save-features']) writeFileSync(values['save-features'], serialize({ full, partial } satisfies SquadAsked));
  const { fitNews, fitNewsPartial, fitNewsAlone } = await askFitNews(nlp, datasets);
  say(`asked the ${fitNews.length} fit news questions`);

  /** The saved SQuAD features of `file`; a file that is missing or holds none: a UsageError (exit code 2). */
  function readSquad(file: string): SquadAsked {
    try {
      return savedSquad(deserialize(readFileSync(file)), file);
    } catch (error) {
      throw new UsageError(`--features ${file}: ${errorMessage(error)}`, USAGE);
    }
  }

  function askSquad(): SquadAsked {
    const { articles, questions } = loadSquad(nlp, values.squad ?? squadIn(datasets));
    const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
    say(`analysed ${articles.length} articles`);
    const all = ask(buildCoverage(nlp, articles), questions, articleIndex);
    say(`asked the full coverage`);
    const part = ask(
      buildCoverage(
        nlp,
        articles.filter((_, i) => !missingFromPartial(i)),
      ),
      questions,
      articleIndex,
    );
    say(`asked the partial coverage`);
    return { full: all, partial: part };
  }

  const f = (x: number) => x.toFixed(3);
  if (values['news-cv']) {
    newsCrossValidation();
    return 0;
  }
  const outOfFold: { p: number; correct: boolean; answerable: boolean }[] = [];
  // --check skips the held-out fits: it only asks whether the shipped weights are what the fit on both folds gives.
  for (const held of values.check ? [] : ([1, 0] as Fold[])) {
    const train = (1 - held) as Fold;
    const model = fitWith([train]);
    const s = rankScores(
      model,
      full.filter((a) => a.fold === held),
    );
    const squadOnly = rankScores(
      unscaled(model),
      full.filter((a) => a.fold === held),
    );
    const linearOnly = rankScores(
      { ...model, trees: [] },
      full.filter((a) => a.fold === held),
    );
    const conf = partial.filter((a) => a.fold === held).map((a) => ({ ...topConfidence(model, a), answerable: a.answerable }));
    outOfFold.push(...conf);
    // P@1 to 4 decimals: a model form's landing rule compares it at steps of 0.005 (one question of a fold is ~0.0002).
    console.log(
      `fit on fold ${FOLD_NAMES[train]}, measured on fold ${FOLD_NAMES[held]} (${s.n} questions):` +
        ` P@1 ${s.p1.toFixed(4)} MRR@10 ${f(s.mrr10)} R@5 ${f(s.r5)};` +
        ` calibration error ${f(calibrationError(conf))} on ${conf.length} questions of the partial coverage;` +
        ` news factors ${JSON.stringify(model.newsScales)}` +
        ` (without: P@1 ${f(squadOnly.p1)} MRR@10 ${f(squadOnly.mrr10)} R@5 ${f(squadOnly.r5)});` +
        ` its linear part alone, without the ${model.trees.length} trees: P@1 ${f(linearOnly.p1)}`,
    );
  }

  const model = fitWith([0, 1]);
  const fitNewsAnswerable = fitNews.filter((a) => a.answerable);
  const newsFit = rankScores(model, fitNewsAnswerable);
  const newsFitUnscaled = rankScores(unscaled(model), fitNewsAnswerable);
  console.log(
    `fit news questions (${newsFit.n}, fitted on): P@1 ${f(newsFit.p1)} with the news factors ${JSON.stringify(model.newsScales)},` +
      ` ${f(newsFitUnscaled.p1)} without`,
  );
  if (values.check) {
    // --check: the shipped weights must be of the form this code reads (checkedModel throws, naming this script) and what
    // this fit gives on this tree; nothing is written.
    const shipped = checkedModel(ANSWER_DEFAULTS.ranker);
    const same = model.version === shipped.version;
    console.log(
      `shipped weights ${shipped.version}, fresh fit ${model.version}: ${same ? 'the same' : 'DIFFERENT (run npm run eval:fit-ranker)'}`,
    );
    return same ? 0 : 1;
  }
  writeFileSync(new URL('../src/answer/rank/ranker-weights.json', import.meta.url), `${JSON.stringify(model, null, 2)}\n`);
  console.log(`weights ${model.version} fitted on both folds written to src/answer/rank/ranker-weights.json`);
  console.log(
    'reliability, SQuAD out of fold:',
    JSON.stringify(reliability(outOfFold).map((b) => [b.from, b.n, f(b.meanProbability), f(b.shareCorrect)])),
  );

  // News pages: the calibration part of eval/questions/news.json (answerable, furniture-only and absent
  // questions on held-out pages, never fitted on), asked with the model just fitted.
  const news = await newsCalibration(model);
  console.log(`news calibration part: ${NEWS_KINDS.map((k) => `${news.filter((r) => r.kind === k).length} ${k}`).join(', ')}`);

  // The abstention threshold (rule fixed before any outcome was looked at; src/answer/defaults.ts says the
  // same): the LARGEST threshold at which no labelled set loses more than max(1, floor(1% of its right
  // answers)) right answers — SQuAD out of fold on the partial coverage, the fit news questions asked with
  // their pages, the news calibration part, the fit news questions asked of their page alone (a one-story
  // coverage). A wrong abstention hides a right answer; within that budget, abstaining more is better
  // (selective prediction at a fixed loss of coverage). The floor of one answer: on the small news sets one
  // question is a 2-5% step, so 1% would mean "lose none".
  const MAX_CORRECT_LOST = 0.01;
  const fitNewsPoints = fitNews.map((a) => ({ ...topConfidence(model, a), answerable: a.answerable, kind: a.kind }));
  const fitNewsWithout = fitNewsPartial.map((a) => ({ ...topConfidence(model, a), answerable: a.answerable }));
  const fitNewsAlonePoints = fitNewsAlone.map((a) => ({ ...topConfidence(model, a), answerable: a.answerable, kind: a.kind }));
  const abstains = (list: readonly { p: number }[], t: number) => list.filter((r) => r.p < t).length / Math.max(1, list.length);
  const lostCount = (list: readonly { p: number; correct: boolean }[], t: number) => list.filter((r) => r.correct && r.p < t).length;
  const budget = (list: readonly { correct: boolean }[]) =>
    Math.max(1, Math.floor(MAX_CORRECT_LOST * list.filter((r) => r.correct).length));
  const labelled = [outOfFold, fitNewsPoints, news, fitNewsAlonePoints];
  const unanswerable = outOfFold.filter((r) => !r.answerable);
  const answerable = outOfFold.filter((r) => r.answerable);
  const byKind = (list: readonly { p: number; kind?: NewsKind }[], t: number) =>
    NEWS_KINDS.map(
      (k) =>
        `${f(
          abstains(
            list.filter((r) => r.kind === k),
            t,
          ),
        )} ${k}`,
    ).join(' / ');
  let chosen = 0;
  for (let i = 0; i <= 50; i++) {
    const t = i / 100;
    const lost = labelled.map((list) => lostCount(list, t));
    console.log(
      `threshold ${t.toFixed(2)}: loses ${lost.join(' / ')} right answers (budget ${labelled.map(budget).join(' / ')};` +
        ` SQuAD / fit news / news calibration / fit news alone); SQuAD abstains on ${f(abstains(unanswerable, t))} unanswerable /` +
        ` ${f(abstains(answerable, t))} answerable; fit news with their pages on ${byKind(fitNewsPoints, t)},` +
        ` without them on ${f(abstains(fitNewsWithout, t))}, alone on ${byKind(fitNewsAlonePoints, t)};` +
        ` news calibration on ${byKind(news, t)}`,
    );
    if (lost.every((n, k) => n <= budget(labelled[k]))) chosen = t;
  }
  console.log(`chosen threshold ${chosen}; ANSWER_DEFAULTS.abstainBelow is ${ANSWER_DEFAULTS.abstainBelow}`);
  // The words the reply uses (confidence.ts matchStrength): how many answers of each labelled set each word is said of, and how
  // many of those are right ("strong" must be rare and earned).
  const strengthOf = (list: readonly { p: number; correct: boolean }[]) =>
    MATCH_STRENGTHS.map((word) => {
      const said = list.filter((r) => r.p >= ANSWER_DEFAULTS.abstainBelow && matchStrength(r.p) === word);
      return `${word} ${said.length} (${said.filter((r) => r.correct).length} right)`;
    }).join(', ');
  // The bounds of the words (rule fixed before it was computed): the smallest bound on 0.50..0.99 at which the answers
  // said at or above it are right at least 95% ("strong") / 80% ("fair") of the time on SQuAD out of fold and on the fit
  // news questions (with their pages and alone, pooled); a set with fewer than 10 answers there does not bind. 1 = never.
  const fitNewsAnswers = [...fitNewsPoints, ...fitNewsAlonePoints];
  const boundFor = (share: number) =>
    Array.from({ length: 50 }, (_, i) => (50 + i) / 100).find((b) =>
      [outOfFold, fitNewsAnswers].every((list) => {
        const said = list.filter((r) => r.p >= b);
        return said.length < 10 || said.filter((r) => r.correct).length >= share * said.length;
      }),
    ) ?? 1;
  console.log(
    `strength bounds by the rule: strong ${boundFor(0.95)}, fair ${boundFor(0.8)}; STRENGTH_BOUNDS are ${JSON.stringify(STRENGTH_BOUNDS)}`,
  );
  console.log(
    `strength words at the threshold: SQuAD out of fold: ${strengthOf(outOfFold)}; fit news with their pages: ${strengthOf(fitNewsPoints)};` +
      ` alone: ${strengthOf(fitNewsAlonePoints)}; news calibration: ${strengthOf(news)}`,
  );
  console.log(
    'reliability, SQuAD out of fold + news calibration:',
    JSON.stringify(reliability([...outOfFold, ...news]).map((b) => [b.from, b.n, f(b.meanProbability), f(b.shareCorrect)])),
  );

  // The sample the tests fit again: every 100th question of fold A in each coverage and every fifth fit
  // news question, their first 20 candidates, features to 4 decimals (about 250 KB).
  const sample = (list: readonly Asked[], every: number) =>
    list
      .filter((a) => a.fold === 0)
      .filter((_, i) => i % every === 0)
      .map((a) => ({
        ...a,
        x: a.x.slice(0, 20).map((x) => Array.from(x, (v) => Number(v.toFixed(4)))),
        c: a.c.slice(0, 20).map((c) => Array.from(c)),
        y: [...a.y.slice(0, 20)],
        article: [...a.article.slice(0, 20)],
      }));
  const sampled = {
    full: sample(full, 100),
    partial: sample(partial, 100),
    fitNews: sample(fitNews, 5),
    fitNewsPartial: sample(fitNewsPartial, 5),
    fitNewsAlone: sample(fitNewsAlone, 5),
  };
  const sampleModel = fitRanker(
    revivedAsked(sampled.full),
    revivedAsked(sampled.partial),
    [0],
    revivedAsked(sampled.fitNews),
    revivedAsked(sampled.fitNewsPartial),
    revivedAsked(sampled.fitNewsAlone),
    treeSettings,
    fitSettings,
  );
  writeFileSync(
    new URL('../test/fixtures/answer/ranker-sample.json', import.meta.url),
    `${JSON.stringify({ ...sampled, settings: { trees: treeSettings, fit: fitSettings }, model: sampleModel })}\n`,
  );

  return 0;

  /**
   * Page-grouped cross-validation of the fit news questions (NEWS_CV_FOLDS folds, pageFolds): how a model form ranks
   * news questions on pages it was not fitted on. The landing rules of the model's form and of the news factors
   * (FIT_DEFAULTS, TREE_DEFAULTS, README) compare these counts. Then how its confidence abstains on them at the shipped
   * threshold: the news recalibration is fitted on these very questions, so the full fit's own figures for them (printed
   * by the threshold table) flatter it; out of fold, a change of the confidence is judged on pages it never saw. The
   * weights of session 10 (55d37898d027) at 0.2, out of fold: 16 of 18 furniture-only and 1 of 5 absent questions with
   * their pages, 17 of 18 and 0 of 5 alone, where 2 right answers are lost (1 in the full fit's own figures).
   */
  function newsCrossValidation(): void {
    const pages = loadFitNewsQuestions().map((q) => q.page);
    const foldOfPage = pageFolds(pages, NEWS_CV_FOLDS);
    const counts = { withFactors: 0, withoutFactors: 0, asked: 0 };
    const sets = { 'with their pages': fitNews, 'without them': fitNewsPartial, alone: fitNewsAlone };
    const held: Record<keyof typeof sets, HeldOut[]> = { 'with their pages': [], 'without them': [], alone: [] };
    for (let k = 0; k < NEWS_CV_FOLDS; k++) {
      const outside = (_: Asked, i: number) => foldOfPage.get(pages[i]) !== k;
      const m = fitRanker(
        full,
        partial,
        [0, 1],
        fitNews.filter(outside),
        fitNewsPartial.filter(outside),
        fitNewsAlone.filter(outside),
        treeSettings,
        fitSettings,
      );
      const answerable = [fitNews, fitNewsAlone].flatMap((list) => list.filter((a, i) => !outside(a, i) && a.answerable));
      const rightTop = (model: RankerModel) => answerable.filter((a) => a.y[ranking(model, a)[0]?.i ?? -1] === 1).length;
      counts.withFactors += rightTop(m);
      counts.withoutFactors += rightTop(unscaled(m));
      counts.asked += answerable.length;
      for (const [set, list] of Object.entries(sets) as [keyof typeof sets, Asked[]][])
        held[set].push(...list.filter((a, i) => !outside(a, i)).map((a) => ({ ...topConfidence(m, a), kind: a.kind ?? 'answerable' })));
      say(`news cross-validation fold ${k + 1} of ${NEWS_CV_FOLDS}`);
    }
    console.log(
      `fit news questions by page-grouped ${NEWS_CV_FOLDS}-fold cross-validation, with their pages and alone: right top-1` +
        ` ${counts.withFactors} of ${counts.asked} with the news factors, ${counts.withoutFactors} without`,
    );
    const t = ANSWER_DEFAULTS.abstainBelow;
    const report = (list: readonly HeldOut[]) =>
      NEWS_KINDS.map((kind) => {
        const ofKind = list.filter((r) => r.kind === kind);
        return `${ofKind.filter((r) => r.p < t).length} of ${ofKind.length} ${kind}`;
      }).join(', ') + ` (right answers lost ${list.filter((r) => r.correct && r.p < t).length})`;
    console.log(
      `the same, confidence out of fold at the threshold ${t}: abstains on ` +
        Object.entries(held)
          .map(([set, list]) => `${report(list)} ${set}`)
          .join('; '),
    );
  }

  async function newsCalibration(m: RankerModel): Promise<{ p: number; correct: boolean; answerable: boolean; kind: NewsKind }[]> {
    const pages = loadExtractionPages(datasets).map((p) => `${p.id}.txt`);
    const { coverage } = await loadScrapes(nlp, textDir, pages);
    const measuring = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
    return loadNewsQuestions()
      .questions.filter((q) => q.part === 'calibration')
      .map((q) => {
        const a = answer(coverage, q.question, null, { tuning: { ...measuring, ranker: m } });
        const top = a.excerpts[0];
        const correct = q.kind === 'answerable' && answers(top?.article.id, top?.text ?? '', q.acceptPages ?? [q.page], q.answers ?? []);
        return { p: a.confidence, correct, answerable: q.kind === 'answerable', kind: q.kind };
      });
  }
}

runFitScript(main);
