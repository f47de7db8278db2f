/**
 * The ranker's training data and its fit, shared by `npm run eval:fit-ranker` and the SQuAD section of
 * `npm run eval`. SQuAD v1.1 dev is split BY ARTICLE: articles alternate in file order into fold A
 * (even) and fold B (odd); a model fitted on one fold is measured on the other. Two coverages are
 * asked: every article (the questions are all answerable), and a partial one lacking half of each
 * fold's articles (articles 2 and 3 of every four), whose questions are then unanswerable: they teach
 * the model, and its calibration, what a question about something the coverage lacks looks like.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerRanked } from '../../src/answer/answer.js';
import { confidenceExtras } from '../../src/answer/confidence.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { PER_QUESTION_FEATURES, RANKER_FEATURES, type RankerFeature } from '../../src/answer/rank/ranker-features.js';
import {
  CONFIDENCE_INPUTS,
  dot,
  MAX_MARGIN,
  NEWS_CONFIDENCE_INPUTS,
  NEWS_GROUP_NAMES,
  NEWS_GROUPS,
  newsInput,
  scoreSpread,
  topProbability,
  compileTrees,
  RANKER_FORMAT,
  candidateScores,
  scorerOf,
  treeCandidates,
  treesScore,
  type ConfidenceInput,
  type NewsConfidenceInput,
  type NewsGroup,
  type RankerModel,
} from '../../src/answer/rank/ranker-model.js';
import type { Coverage } from '../../src/coverage/types.js';
import { fitListwise, fitLogistic, linearModelOf, listwiseLogLikelihood, namedWeights, rounded, type Row } from './logistic.js';
import { fitTrees, TREE_DEFAULTS, type TreeSettings } from './trees.js';
import { isFitPage, loadExtractionPages } from '../datasets.js';
import { loadScrapes } from '../sections/news-questions.js';
import type { Nlp } from '../../src/analyse/nlp.js';
import { answers, type NewsKind } from '../questions/questions.js';
import { isHit, type SquadQuestion } from '../load-squad.js';

export type Fold = 0 | 1;
export const FOLD_NAMES = ['A', 'B'] as const;

/** Fold of the article at `i` in file order. */
export const foldOf = (i: number): Fold => (i % 2) as Fold;
/** Whether the partial coverage lacks the article at `i`: two of every four, one of each fold. */
export const missingFromPartial = (i: number): boolean => i % 4 >= 2;

/** One question asked of one coverage: its candidates' features and labels, best first by the model used. */
export interface Asked {
  fold: Fold;
  /** The question's article is in the coverage asked. */
  answerable: boolean;
  x: Float64Array[];
  /** Each candidate's CONFIDENCE_EXTRAS (confidence.ts): inputs of the confidence only, read for whichever candidate is the top. */
  c: Float64Array[];
  y: Uint8Array;
  /** The article (its position in the coverage) of each candidate: the confidence's margin is over the same article's runner-up. */
  article: Int32Array;
  /** News questions: what kind of question it is (eval/questions/README.md). */
  kind?: NewsKind;
}

/** An Asked as JSON holds it (the test sample, test/fixtures/answer/ranker-sample.json): plain arrays. */
export type PlainAsked = Omit<Asked, 'x' | 'c' | 'y' | 'article'> & { x: number[][]; c: number[][]; y: number[]; article: number[] };

/** Asked questions read back from JSON, their arrays typed again. */
export function revivedAsked(list: readonly PlainAsked[]): Asked[] {
  return list.map((a) => ({
    ...a,
    x: a.x.map((x) => Float64Array.from(x)),
    c: a.c.map((c) => Float64Array.from(c)),
    y: Uint8Array.from(a.y),
    article: Int32Array.from(a.article),
  }));
}

/** Every question asked of `coverage`; the candidates' features do not depend on the model's weights. */
export function ask(coverage: Coverage, questions: readonly SquadQuestion[], articleIndex: ReadonlyMap<string, number>): Asked[] {
  const measuring = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
  return questions.map((q) => {
    const { ranked, question } = candidatesInIndexOrder(coverage, q.question, measuring);
    const i = articleIndex.get(q.article) as number;
    return {
      fold: foldOf(i),
      answerable: coverage.byId.has(q.article),
      x: ranked.map((r) => r.features),
      c: ranked.map((r) => confidenceExtras(coverage, question, r)),
      article: Int32Array.from(ranked, (r) => coverage.index.article[r.doc]),
      y: Uint8Array.from(ranked, (r) => (isHit(q, r.article.id, r.article.text.slice(r.sentence.start, r.sentence.end)) ? 1 : 0)),
    };
  });
}

/**
 * A question's candidates in the sentence index's order, not the shipped model's: the fit sums over candidates, and a
 * different order changes the last bits of the weights, so a fit on features ordered by the shipped weights could give
 * other weights than the same fit after they are replaced (`--check` would then never settle). Ties in the model's score
 * are still broken by the lowest index position first, as rerank does.
 */
function candidatesInIndexOrder(coverage: Coverage, text: string, tuning: typeof ANSWER_DEFAULTS) {
  const { ranked, question } = answerRanked(coverage, text, null, { tuning });
  return { ranked: ranked.sort((a, b) => a.doc - b.doc), question };
}

/** L2 penalty per question (ranking) or row (confidence): keeps rare flags from running off on a few examples. */
const L2 = 1e-3;

/**
 * How the fit news questions shape the ranking (model note, session 9, methods M9 / M9b): `newsWeight`, the instance
 * weight of each answering fit news question in the linear listwise fit beside SQuAD's questions (weight 1 each; 0:
 * SQuAD alone); `treesNewsWeight`, the same in the trees' fit; `newsFactors`, whether the three news factors
 * (fitNewsScales) are then fitted on the fit news questions. Shipped: the factors alone. Flags of `npm run
 * eval:fit-ranker` set each: --news-weight W, --trees-news-weight W, --no-news-factors (with --trees N). Measured on main 1aea731's
 * features (held-out SQuAD P@1 B / A; news = top-1 hits by page-grouped 5-fold CV on the fit news questions, with
 * their pages + alone, of 110), rule: SQuAD up on both folds and news not down, else the factors stay:
 * factors (shipped) 0.736 / 0.696, news 89; joint linear fit, news weight 300 (best of 3..300 by the news CV)
 * 0.726 / 0.681, news 87 (--news-weight 300 --no-news-factors); the same + factors 0.703 / 0.667, news 90
 * (--news-weight 300); + the trees cascade with news weight 300, no factors 0.764 / 0.714, news 80 (--trees 150
 * --news-weight 300 --trees-news-weight 300 --no-news-factors); factors + the trees cascade with news weight 30
 * 0.777 / 0.720, news 83 (--trees 150 --trees-news-weight 30).
 */
export const FIT_DEFAULTS = {
  newsWeight: 0,
  treesNewsWeight: 0,
  newsFactors: true,
};
export type FitSettings = typeof FIT_DEFAULTS;

/**
 * Fits the model on the questions of `folds`: the ranking, a listwise model of which candidate answers
 * over the candidates of the full coverage's questions (a pointwise logistic fit of "this candidate
 * answers" measured 0.754 / 0.689 P@1 on the held-out folds, the listwise one 0.763 / 0.705); the
 * confidence head on the top candidates of the partial coverage's questions, half of them unanswerable
 * there, ordered by that ranking.
 */
export function fitRanker(
  full: readonly Asked[],
  partial: readonly Asked[],
  folds: readonly Fold[],
  news: readonly Asked[] = [],
  newsPartial: readonly Asked[] = [],
  newsAlone: readonly Asked[] = [],
  treeSettings: TreeSettings = TREE_DEFAULTS,
  fitSettings: FitSettings = FIT_DEFAULTS,
): RankerModel {
  const inFolds = (a: Asked) => folds.includes(a.fold);
  const squad = full.filter(inFolds);
  // SQuAD's questions count 1 each, the fit news questions newsWeight each in the linear fit, treesNewsWeight in the trees'.
  const withNews = (weight: number): (Asked & { weight?: number })[] => [
    ...squad,
    ...(weight > 0 ? news.map((a) => ({ ...a, weight })) : []),
  ];
  const fitted = fitListwise(withNews(fitSettings.newsWeight), L2);
  // The trees start from the linear score as shipped (rounded, the per-question features at 0: linearWeights) and learn what it misses.
  const base = linearWeights(fitted, NO_NEWS_SCALES);
  const linear = Float64Array.from(RANKER_FEATURES, (f) => base[f]);
  // They are fitted, and used (candidateScores), on the treeSettings.onTop best candidates of each question by it.
  const trees = fitTrees(
    withNews(fitSettings.treesNewsWeight).map((a) => {
      const base = Float64Array.from(a.x, (x) => dot(linear, x));
      const top = treeCandidates(base, treeSettings.onTop, indexOrder(a.x.length));
      return {
        x: top.map((i) => a.x[i]),
        y: Uint8Array.from(top, (i) => a.y[i]),
        base: Float64Array.from(top, (i) => base[i]),
        weight: a.weight,
      };
    }),
    RANKER_FEATURES,
    RANKER_FEATURES.map((f) => !PER_QUESTION_FEATURES.includes(f)),
    treeSettings,
  );
  const compiled = compileTrees(trees);
  // The news factors are fitted with the trees held fixed: the trees' part of each candidate's score, on the best
  // candidates by the SQuAD linear score (the factors then move the cascade's cut a little).
  const newsScales = fitNewsScales(
    fitted,
    fitSettings.newsFactors ? news : [],
    news.map((a) => {
      const offsets = new Float64Array(a.x.length);
      const base = Float64Array.from(a.x, (x) => dot(linear, x));
      for (const i of treeCandidates(base, treeSettings.onTop, indexOrder(a.x.length))) offsets[i] = treesScore(compiled, a.x[i]);
      return offsets;
    }),
  );
  const weights = linearWeights(fitted, newsScales);
  const identity = {
    bias: 0,
    slope: 1,
    weights: Object.fromEntries(NEWS_CONFIDENCE_INPUTS.map((f) => [f, 0])) as Record<NewsConfidenceInput, number>,
  };
  const model: RankerModel = {
    format: RANKER_FORMAT,
    version: '',
    weights,
    trees,
    treesOnTop: treeSettings.onTop,
    newsScales,
    confidence: { weights: {} as Record<ConfidenceInput, number>, bias: 0, news: identity },
  };
  const head = fitLogistic(
    partial.filter(inFolds).flatMap((a) => topRow(model, a)),
    L2,
  );
  model.confidence = { ...linearModelOf(CONFIDENCE_INPUTS, head.weights, head.bias), news: identity };
  // Platt scaling of the head's log-odds on the news questions' tops, with all fit pages (answerable, furniture-only,
  // absent), without their page (unanswerable) and of their page alone, with NEWS_CONFIDENCE_INPUTS beside the
  // log-odds: SQuAD's tops repeat the question's words, news tops less, and in a one-page coverage the candidates'
  // scores crowd together, so the SQuAD head alone is too unsure of right news answers.
  const platt = [...news, ...newsPartial, ...newsAlone].flatMap((a) => {
    const [top] = ranking(model, a);
    if (!top) return [];
    const p = topProbability(model, a.x[top.i], a.c[top.i], top.margin, top.spread);
    const row = NEWS_CONFIDENCE_INPUTS.map((f) => newsInput(f, a.x[top.i], a.c[top.i], top.margin, top.spread));
    return [{ x: Float64Array.from([Math.log(p / (1 - p)), ...row]), y: a.y[top.i] }];
  });
  if (platt.length > 0) {
    const fittedPlatt = fitLogistic(platt, L2);
    model.confidence.news = {
      bias: rounded(fittedPlatt.bias),
      slope: rounded(fittedPlatt.weights[0]),
      weights: namedWeights(NEWS_CONFIDENCE_INPUTS, fittedPlatt.weights.subarray(1)),
    };
  }
  model.version = createHash('sha256')
    .update(
      JSON.stringify([RANKER_FEATURES, model.format, model.weights, model.trees, model.treesOnTop, model.newsScales, model.confidence]),
    )
    .digest('hex')
    .slice(0, 12);
  return model;
}

/** 0, 1, …, n − 1: candidates in index order break ties by their position, as rerank breaks them by the sentence's. */
const indexOrder = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

const NO_NEWS_SCALES = Object.fromEntries(NEWS_GROUP_NAMES.map((g) => [g, 1])) as Record<NewsGroup, number>;

/** The ranking weights as shipped: the fitted ones with the news factors applied, rounded, and the per-question features at 0. */
function linearWeights(fitted: Float64Array, newsScales: Record<NewsGroup, number>): Record<RankerFeature, number> {
  const scaled = scaledWeights(fitted, newsScales);
  const weights = namedWeights(RANKER_FEATURES, scaled);
  // A feature with the same value for every candidate of a question cancels in the listwise softmax: its fitted
  // weight is floating-point noise (±1e-15) that changes with the candidates' order, and with it the weights'
  // version. Exactly 0 keeps the fit reproducible; the confidence head, which does use them, is fitted below.
  for (const f of PER_QUESTION_FEATURES) weights[f] = 0;
  return weights;
}

/** The row the confidence head learns from: the top candidate's features and margin (as topProbability caps it), and whether it answers. */
function topRow(model: RankerModel, a: Asked): Row[] {
  const [top] = ranking(model, a);
  if (!top) return [];
  return [{ x: Float64Array.from([...a.x[top.i], Math.min(top.margin, MAX_MARGIN)]), y: a.y[top.i] }];
}

/**
 * SQuAD's questions were written by people looking at the paragraph, so they share its words, and word
 * overlap decides most of them (Rajpurkar et al. 2016; Jia & Liang 2017); news questions written in
 * other words lean more on the answer's type and on whether a sentence reports what happened. One
 * factor per group of NEWS_GROUPS on the SQuAD weights, those that make the news fit questions'
 * answering sentences likeliest (listwise, as the ranking is fitted): coordinate ascent, three rounds
 * over the groups, each factor on a grid from 0.25 to 6 by 0.05; all 1 without news questions. Three
 * numbers from 55 questions, not a weight per feature, so that they cannot learn the questions' wording.
 */
const SCALE_GRID = Array.from({ length: 116 }, (_, i) => Number((0.25 + i * 0.05).toFixed(2)));
const SCALE_ROUNDS = 3;

function fitNewsScales(fitted: Float64Array, news: readonly Asked[], offsets?: readonly Float64Array[]): Record<NewsGroup, number> {
  const scales = { ...NO_NEWS_SCALES };
  if (news.length === 0) return scales;
  for (let round = 0; round < SCALE_ROUNDS; round++) {
    for (const group of NEWS_GROUP_NAMES) {
      let best = { scale: scales[group], value: listwiseLogLikelihood(news, scaledWeights(fitted, scales), offsets) };
      for (const scale of SCALE_GRID) {
        const value = listwiseLogLikelihood(news, scaledWeights(fitted, { ...scales, [group]: scale }), offsets);
        if (value > best.value) best = { scale, value };
      }
      scales[group] = best.scale;
    }
  }
  return scales;
}

/** The weights with each group's factor applied. */
function scaledWeights(fitted: Float64Array, scales: Record<NewsGroup, number>): Float64Array {
  const w = Float64Array.from(fitted);
  for (const group of NEWS_GROUP_NAMES) {
    for (const f of NEWS_GROUPS[group]) w[RANKER_FEATURES.indexOf(f)] *= scales[group];
  }
  return w;
}

/**
 * A news question asked for fitting, on a page of the fit split: answerable (gold phrases from its true body), or
 * answered only by the page's furniture, by no page, or not by its own page's story (kind furniture / absent / unsaid:
 * the right behaviour is to abstain).
 */
export interface FitNewsQuestion {
  id: string;
  page: string;
  kind?: NewsKind;
  question: string;
  answers?: string[];
}

/**
 * The fit news questions the fit uses: every kind but `unsaid` (session 35), kept for measuring. Fitted on like the absent
 * ones, the recalibration cannot tell them from right news answers by its inputs (shipped weights: median probability
 * 0.55 against 0.67, 5 of 40 stopped): it lowers every probability instead (bias -3.05 to -3.68, slope on the head
 * 0.07 to -0.03), the threshold rule falls to 0.09, where it stops 4 of 40 with their pages, 0 alone and fewer
 * SQuAD unanswerable ones; with proximity as an input too, 0.08 and the same (s35-unsaid note, refit not kept).
 */
export function loadFitNewsQuestions(): FitNewsQuestion[] {
  const file = JSON.parse(readFileSync(new URL('../questions/fit-news.json', import.meta.url), 'utf8')) as { questions: FitNewsQuestion[] };
  for (const q of file.questions)
    if (!isFitPage(q.page)) throw new Error(`fit-news.json: ${q.id} is on a held-out page; fit questions are on fit pages only`);
  return file.questions.filter((q) => q.kind !== 'unsaid');
}

/**
 * Folds for cross-validating on the fit news questions, grouped by page: the distinct pages sorted by id, the k-th in
 * fold k % folds. Every question of a page falls in its page's fold, so no fold's model was fitted on a question of a
 * page it is measured on (questions of one page share its wording and its furniture).
 */
export function pageFolds(pages: readonly string[], folds: number): Map<string, number> {
  return new Map([...new Set(pages)].sort().map((page, k) => [page, k % folds]));
}

/** The fit news questions asked with their pages, without them, and of their own page alone. */
export interface News {
  fitNews: Asked[];
  fitNewsPartial: Asked[];
  /**
   * Each question asked of a coverage holding ONLY the scrape of its page (furniture-only and absent questions: the
   * page they are tagged with), loaded as a user's corpus of one file: what a desk following one story asks of a
   * small coverage whose every sentence shares the story's names (the seeds: 5 articles, 114 sentences). SQuAD's
   * 48 articles and the 59 fit pages as one corpus look nothing like it: there the question's names are rare, the
   * runner-up is another topic. Built mechanically from the fit questions and pages, before any outcome on it was seen.
   */
  fitNewsAlone: Asked[];
}

/** The SQuAD questions asked of the full and the partial coverage: what `npm run eval:fit-ranker -- --save-features` keeps. */
export interface SquadAsked {
  full: Asked[];
  partial: Asked[];
}

/**
 * The SQuAD part of saved features (`--features FILE`), nothing else: the fit news questions are always asked afresh
 * (askFitNews, 8 s for 78 questions on 17 pages), so a file saved before fit-news.json grew can never put old news
 * questions into a fit. A file lacking the two SQuAD lists is refused with a message naming it.
 */
export function savedSquad(data: unknown, file: string): SquadAsked {
  const { full, partial } = (data ?? {}) as Partial<SquadAsked>;
  if (!Array.isArray(full) || !Array.isArray(partial) || full.length !== partial.length)
    throw new Error(`${file} holds no saved SQuAD features (lists full and partial of equal length): save them with --save-features FILE`);
  return { full, partial };
}

/**
 * The fit news questions, asked of the fit split's scrapes loaded as a user's corpus, and of the same
 * without the pages they are about (where they are unanswerable).
 */
export async function askFitNews(nlp: Nlp, datasets: string): Promise<News> {
  const questions = loadFitNewsQuestions();
  const asked = new Set(questions.map((q) => q.page));
  const textDir = join(datasets, 'article-extraction', 'text');
  const fitPages = loadExtractionPages(datasets, 'fit').map((p) => p.id);
  const news = askNews(
    (
      await loadScrapes(
        nlp,
        textDir,
        fitPages.map((id) => `${id}.txt`),
      )
    ).coverage,
    questions,
  );
  const others = fitPages.filter((id) => !asked.has(id)).map((id) => `${id}.txt`);
  const newsPartial = askNews((await loadScrapes(nlp, textDir, others)).coverage, questions);
  const alone = new Map<string, Asked>();
  for (const page of [...asked].sort()) {
    // One corpus per page, loaded on its own: the cleaner's cross-page template lines differ with what is beside it.
    const { coverage } = await loadScrapes(nlp, textDir, [`${page}.txt`]);
    const onPage = questions.filter((q) => q.page === page);
    askNews(coverage, onPage).forEach((a, i) => alone.set(onPage[i].id, a));
  }
  return { fitNews: news, fitNewsPartial: newsPartial, fitNewsAlone: questions.map((q) => alone.get(q.id) as Asked) };
}

/**
 * The fit news questions asked of `coverage` (the fit split's scrapes): a sentence answers when it is
 * from the question's page and holds a gold phrase.
 */
function askNews(coverage: Coverage, questions: readonly FitNewsQuestion[]): Asked[] {
  const measuring = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
  return questions.map((q) => {
    const { ranked, question } = candidatesInIndexOrder(coverage, q.question, measuring);
    const answerable = (q.kind ?? 'answerable') === 'answerable';
    return {
      fold: 0,
      kind: q.kind ?? 'answerable',
      answerable: answerable && coverage.byId.has(q.page),
      x: ranked.map((r) => r.features),
      c: ranked.map((r) => confidenceExtras(coverage, question, r)),
      article: Int32Array.from(ranked, (r) => coverage.index.article[r.doc]),
      y: Uint8Array.from(ranked, (r) =>
        answerable && answers(r.article.id, r.article.text.slice(r.sentence.start, r.sentence.end), [q.page], q.answers ?? []) ? 1 : 0,
      ),
    };
  });
}

/**
 * The candidates in the model's order (the lowest position first on ties, as rerank sorts); the top's margin over its
 * article's runner-up and the spread of the candidates' scores (confidence.ts), in their first position's order.
 */
export function ranking(model: RankerModel, a: Asked): { i: number; z: number; margin: number; spread: number }[] {
  const scores = Array.from(candidateScores(scorerOf(model), a.x, indexOrder(a.x.length)));
  const spread = scoreSpread(scores);
  const order = scores.map((z, i) => ({ i, z, margin: 0, spread })).sort((p, q) => q.z - p.z || p.i - q.i);
  if (order.length > 0) {
    const rival = order.find((o, k) => k > 0 && a.article[o.i] === a.article[order[0].i]);
    order[0].margin = rival ? order[0].z - rival.z : MAX_MARGIN;
  }
  return order;
}

export interface RankScores {
  n: number;
  p1: number;
  mrr10: number;
  r5: number;
}

/** P@1, MRR@10, R@5 of the model's order over the given questions' candidates (an empty list is a miss). */
export function rankScores(model: RankerModel, asked: readonly Asked[]): RankScores {
  let p1 = 0;
  let mrr = 0;
  let r5 = 0;
  for (const a of asked) {
    const rank = ranking(model, a)
      .slice(0, 10)
      .findIndex((o) => a.y[o.i] === 1);
    if (rank === 0) p1++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank >= 0 && rank < 5) r5++;
  }
  const n = asked.length;
  return { n, p1: p1 / n, mrr10: mrr / n, r5: r5 / n };
}

/** The probability the model gives its top candidate, and whether it answers. */
export function topConfidence(model: RankerModel, a: Asked): { p: number; correct: boolean } {
  const [top] = ranking(model, a);
  if (!top) return { p: 0, correct: false };
  return { p: topProbability(model, a.x[top.i], a.c[top.i], top.margin, top.spread), correct: a.y[top.i] === 1 };
}

/** Ten bins of width 0.1, the usual reliability diagram; the last edge is past 1 so that p = 1 falls in the last bin. */
const RELIABILITY_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** Reliability by bins of predicted probability: how often the answers said to be p-sure were right. */
export function reliability(points: readonly { p: number; correct: boolean }[]) {
  return RELIABILITY_EDGES.slice(0, -1).map((lo, b) => {
    const hi = RELIABILITY_EDGES[b + 1];
    const inBin = points.filter((x) => x.p >= lo && x.p < hi);
    const mean = inBin.reduce((s, x) => s + x.p, 0) / Math.max(1, inBin.length);
    const right = inBin.filter((x) => x.correct).length / Math.max(1, inBin.length);
    return { from: lo, to: Math.min(1, hi), n: inBin.length, meanProbability: mean, shareCorrect: right };
  });
}

/** Expected calibration error: the bins' gaps between said and seen, weighted by their size. */
export function calibrationError(points: readonly { p: number; correct: boolean }[]): number {
  const bins = reliability(points);
  return bins.reduce((s, b) => s + (b.n * Math.abs(b.meanProbability - b.shareCorrect)) / Math.max(1, points.length), 0);
}
