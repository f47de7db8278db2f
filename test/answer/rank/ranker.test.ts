import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../src/analyse/analyse-article.js';
import { createNlp } from '../../../src/analyse/nlp.js';
import { RANKER_FEATURES, type RankerFeature } from '../../../src/answer/rank/ranker-features.js';
import {
  checkedModel,
  compileTrees,
  dot,
  candidateScores,
  scorerOf,
  treesScore,
  type RankerModel,
} from '../../../src/answer/rank/ranker-model.js';
import { readQuestion } from '../../../src/answer/question/read-question.js';
import type { Ranked } from '../../../src/answer/rank/rerank.js';
import { ANSWER_DEFAULTS } from '../../../src/answer/defaults.js';
import { buildCoverage } from '../../../src/coverage/build-coverage.js';
import { loadCoverage } from '../../../src/coverage/load-coverage.js';
import { SEEDS_DIR } from '../../support/seed-coverage.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { fitRanker, pageFolds, revivedAsked, savedSquad, type FitSettings, type PlainAsked } from '../../../eval/fit/ranker-data.js';
import { fitTrees, TREE_DEFAULTS, type TreeSettings } from '../../../eval/fit/trees.js';
import { fitListwise, listwiseLogLikelihood } from '../../../eval/fit/logistic.js';
import { NO_META } from '../../support/articles.js';
import { rankedFor } from '../../support/ranked.js';

const nlp = createNlp();
let coverage: Coverage;
beforeAll(() => {
  coverage = buildCoverage(nlp, [
    analyseArticle(nlp, {
      id: 'briefing',
      hash: 'h1',
      meta: NO_META,
      text:
        'Putin and Trump spoke by phone for two hours on Tuesday.\n\n' +
        'Kremlin spokesman Dmitry Peskov said the call between the two presidents lasted two hours. ' +
        'He said a second call could take place in Riyadh next week.\n\n' +
        '“The conversation was frank and useful,” Peskov told reporters. The Kremlin did not confirm a summit date.',
    }),
    analyseArticle(nlp, {
      id: 'summit',
      hash: 'h2',
      meta: NO_META,
      text: 'The leaders met in Anchorage on August 15. The summit ended without a deal.',
    }),
  ]);
});

function ranked(text: string): Ranked[] {
  const question = readQuestion(
    nlp,
    text,
    null,
    coverage.people.map((p) => p.terms),
    ANSWER_DEFAULTS,
  );
  return rankedFor(coverage, question);
}
const sentenceOf = (r: Ranked) => r.article.text.slice(r.sentence.start, r.sentence.end);
function feature(list: Ranked[], prefix: string, name: RankerFeature): number {
  const r = list.find((x) => sentenceOf(x).startsWith(prefix));
  if (!r) throw new Error(`no candidate starts with "${prefix}"`);
  return r.features[RANKER_FEATURES.indexOf(name)];
}

describe('ranker features', () => {
  it('measure how much of the question a sentence and its paragraph hold, by idf weight', () => {
    const list = ranked('Where could a second call between the presidents take place?');
    // "second", "call", "take", "place" are in the sentence; "president" only in the one before it.
    const coverageOfSecond = feature(list, 'He said a second call', 'sentenceCoverage');
    expect(coverageOfSecond).toBeGreaterThan(0.5);
    expect(coverageOfSecond).toBeLessThan(1);
    expect(feature(list, 'He said a second call', 'passageCoverage')).toBe(1);
    expect(feature(list, 'He said a second call', 'coverageGap')).toBe(0);
  });

  it('count question word pairs that stand side by side in the sentence too', () => {
    const list = ranked('How long did the call between the presidents last?');
    expect(feature(list, 'Kremlin spokesman', 'bigrams')).toBeGreaterThan(0);
    expect(feature(list, 'Putin and Trump spoke', 'bigrams')).toBe(0);
  });

  it("mark the answer span's type and how near it stands to the question's words", () => {
    const list = ranked('Where could a second call take place?');
    expect(feature(list, 'He said a second call', 'placeStrong')).toBe(1);
    expect(feature(list, 'He said a second call', 'proximity')).toBeGreaterThan(0.3);
    // "Kremlin" is only a weak kind of place (an organization's name), farther from "call".
    expect(feature(list, 'Kremlin spokesman', 'placeStrong')).toBe(0);
    expect(feature(list, 'Kremlin spokesman', 'proximity')).toBeLessThan(feature(list, 'He said a second call', 'proximity'));
  });

  it('flag modals (and modals answering the past), quotations, pronoun openings, negations and the lead', () => {
    const past = ranked('Where did a second call take place?');
    expect(feature(past, 'He said a second call', 'pastModal')).toBe(1);
    expect(feature(past, 'He said a second call', 'pronounStart')).toBe(1);
    expect(ranked('Where will a second call take place?').some((r) => r.features[RANKER_FEATURES.indexOf('pastModal')] === 1)).toBe(false);
    const said = ranked('What did Peskov tell reporters about the conversation?');
    expect(feature(said, '“The conversation was frank', 'quote')).toBe(1);
    expect(feature(said, '“The conversation was frank', 'passageFirst')).toBe(1);
    const summit = ranked('Did the Kremlin confirm a summit date?');
    expect(feature(summit, 'The Kremlin did not confirm', 'negated')).toBe(1);
    expect(feature(ranked('Did Putin and Trump speak by phone?'), 'Putin and Trump spoke', 'lead')).toBe(1);
  });

  it('give the share of the question the coverage never mentions, the same for every candidate', () => {
    const list = ranked('Did Peskov meet the Pope in Riyadh?');
    const shares = new Set(list.map((r) => r.features[RANKER_FEATURES.indexOf('absentShare')]));
    expect(shares.size).toBe(1);
    expect([...shares][0]).toBeGreaterThan(0.2);
  });
});

describe('ranker features on the seed articles', () => {
  let seeds: Coverage;
  beforeAll(async () => {
    seeds = (await loadCoverage({ nlp, corpusDir: SEEDS_DIR })).coverage;
  });

  it("measure how much of the question the candidate's whole article holds", () => {
    const question = readQuestion(nlp, 'What did Peskov say about Zelenskyy?', null, [], ANSWER_DEFAULTS);
    const list = rankedFor(seeds, question);
    const articleCoverage = (r: Ranked) => r.features[RANKER_FEATURES.indexOf('articleCoverage')];
    // Every candidate of an article has the same article coverage; one article names both men, another only Peskov.
    const both = list.filter((r) => /Peskov/.test(r.article.text) && /Zelenskyy/.test(r.article.text));
    const peskovOnly = list.filter((r) => /Peskov/.test(r.article.text) && !/Zelenskyy/.test(r.article.text));
    expect(both.length).toBeGreaterThan(0);
    expect(peskovOnly.length).toBeGreaterThan(0);
    expect(new Set(both.map(articleCoverage)).size).toBe(1);
    expect(Math.min(...both.map(articleCoverage))).toBeGreaterThan(Math.max(...peskovOnly.map(articleCoverage)));
    // The article's coverage holds at least what any of its sentences does.
    for (const r of list) expect(articleCoverage(r)).toBeGreaterThanOrEqual(r.features[RANKER_FEATURES.indexOf('sentenceCoverage')]);
  });
});

describe('ranker weights', () => {
  it('name every feature the ranker computes, and nothing else', () => {
    expect(Object.keys(ANSWER_DEFAULTS.ranker.weights).sort()).toEqual([...RANKER_FEATURES].sort());
    expect(() =>
      checkedModel({ ...ANSWER_DEFAULTS.ranker, weights: { ...ANSWER_DEFAULTS.ranker.weights, sentenceBm25: undefined } }),
    ).toThrow(/npm run eval:fit-ranker/);
  });

  it('refuse a weights file of another form (the linear-only form 1 had no `format`) or a tree that names no feature', () => {
    const { format: _format, ...linearOnly } = ANSWER_DEFAULTS.ranker;
    expect(() => checkedModel(linearOnly)).toThrow(/form 1, this code reads form 2 .*npm run eval:fit-ranker/);
    expect(() => checkedModel({ ...ANSWER_DEFAULTS.ranker, format: 3 })).toThrow(/form 3/);
    const tree = { splits: [['sentenceLength', 0.5], null, null], leaves: [1, 2, 3, 4] };
    expect(() => checkedModel({ ...ANSWER_DEFAULTS.ranker, trees: [tree] })).toThrow(/npm run eval:fit-ranker/);
    expect(() =>
      checkedModel({ ...ANSWER_DEFAULTS.ranker, trees: [{ ...tree, splits: [['lead', 0.5], null, null], leaves: [1, 2, 3] }] }),
    ).toThrow(/npm run eval:fit-ranker/);
  });

  it('survive a JSON round trip: the reloaded model scores real candidates exactly as the shipped one', () => {
    const reloaded = checkedModel(JSON.parse(JSON.stringify(ANSWER_DEFAULTS.ranker)));
    const list = ranked('Where could a second call between the presidents take place?');
    expect(list.length).toBeGreaterThan(1);
    const logits = candidateScores(
      scorerOf(reloaded),
      list.map((r) => r.features),
      list.map((r) => r.doc),
    );
    expect(Array.from(logits)).toEqual(list.map((r) => r.logit));
  });

  it('add to the linear score the leaf each tree sends a candidate to: x <= threshold goes left, no split goes left', () => {
    const list = ranked('Where could a second call between the presidents take place?');
    const second = list.find((r) => sentenceOf(r).startsWith('He said a second call')) as Ranked;
    const at = (name: RankerFeature) => second.features[RANKER_FEATURES.indexOf(name)];
    // Depth 2: the root splits on sentenceCoverage at the candidate's own value (so it goes left), its left child on
    // placeStrong at 0.5 (the candidate has 1: right), its right child does not split.
    const tree = {
      splits: [['sentenceCoverage', at('sentenceCoverage')], ['placeStrong', 0.5], null] as RankerModel['trees'][0]['splits'],
      leaves: [1, 2, 4, 8],
    };
    expect(treesScore(compileTrees([tree]), second.features)).toBe(2);
    const above = { ...tree, splits: [['sentenceCoverage', at('sentenceCoverage') - 1e-9], null, null] as typeof tree.splits };
    expect(treesScore(compileTrees([above]), second.features)).toBe(4);
    expect(treesScore(compileTrees([tree, above]), second.features)).toBe(6);
    // The ranking uses them: reranked with these trees on every candidate, the candidate's score is the linear one + 6.
    const everyOne = { ...ANSWER_DEFAULTS.ranker, trees: [tree, above], treesOnTop: 1000 };
    const w = scorerOf(everyOne).weights;
    const question = readQuestion(nlp, 'Where could a second call between the presidents take place?', null, [], ANSWER_DEFAULTS);
    const withTrees = rankedFor(coverage, question, everyOne);
    expect(withTrees.find((r) => r.doc === second.doc)?.logit).toBe(dot(w, second.features) + 6);
  });

  it('send each candidate of a depth-4 tree (the fitted form) to the leaf its four comparisons choose', () => {
    const list = ranked('Where could a second call between the presidents take place?');
    expect(list.length).toBeGreaterThan(4);
    // Every node splits on a feature that varies among the candidates, at the middle of its values, so paths differ.
    const varying = RANKER_FEATURES.filter((_, j) => new Set(list.map((r) => r.features[j])).size > 1);
    const middle = (name: RankerFeature) => {
      const values = list.map((r) => r.features[RANKER_FEATURES.indexOf(name)]).sort((a, b) => a - b);
      return values[values.length >> 1];
    };
    const splits = Array.from({ length: 15 }, (_, k) => {
      const name = varying[(k * 7) % varying.length];
      return [name, middle(name)] as [RankerFeature, number];
    });
    const tree = { splits, leaves: Array.from({ length: 16 }, (_, k) => 2 ** k) };
    // The tree as written: x <= threshold goes left, x > threshold right, from the root to a leaf.
    const walk = (x: Float64Array) => {
      let i = 0;
      while (i < 15) i = 2 * i + 1 + (x[RANKER_FEATURES.indexOf(splits[i][0])] > splits[i][1] ? 1 : 0);
      return tree.leaves[i - 15];
    };
    const compiled = compileTrees([tree, tree]);
    expect(compiled.depth).toBe(4);
    const leaves = list.map((r) => walk(r.features));
    expect(new Set(leaves).size).toBeGreaterThan(1);
    list.forEach((r, i) => expect(treesScore(compiled, r.features)).toBe(2 * leaves[i]));
  });

  it('score with the trees only the treesOnTop best candidates by the linear score (ties: the lower position first), in any input order', () => {
    const list = ranked('Where could a second call between the presidents take place?');
    const tree = { splits: [['sentenceCoverage', 2], null, null] as RankerModel['trees'][0]['splits'], leaves: [5, 0, 0, 0] };
    const cascade = { ...ANSWER_DEFAULTS.ranker, trees: [tree], treesOnTop: 2 };
    const xs = list.map((r) => r.features);
    const w = scorerOf(cascade).weights;
    const linear = xs.map((x) => dot(w, x));
    const top = [...linear.keys()].sort((a, b) => linear[b] - linear[a] || list[a].doc - list[b].doc).slice(0, 2);
    const scores = candidateScores(
      scorerOf(cascade),
      xs,
      list.map((r) => r.doc),
    );
    expect(list.length).toBeGreaterThan(2);
    scores.forEach((z, i) => expect(z).toBe(linear[i] + (top.includes(i) ? 5 : 0)));
    const reversed = candidateScores(scorerOf(cascade), [...xs].reverse(), list.map((r) => r.doc).reverse());
    expect(Array.from(reversed).reverse()).toEqual(Array.from(scores));
  });

  it("boost the listwise likelihood of the sample's SQuAD questions over the linear score they start from, the same every time", () => {
    const groups = revivedAsked(sample().full).map((a) => ({ x: a.x, y: a.y, base: new Float64Array(a.x.length) }));
    const splittable = RANKER_FEATURES.map(() => true);
    const settings = { ...TREE_DEFAULTS, count: 40 };
    const trees = fitTrees(groups, RANKER_FEATURES, splittable, settings);
    expect(trees).toHaveLength(40);
    expect(fitTrees(groups, RANKER_FEATURES, splittable, settings)).toEqual(trees);
    const compiled = compileTrees(trees);
    const offsets = groups.map((g) => Float64Array.from(g.x, (x) => treesScore(compiled, x)));
    const zero = new Float64Array(RANKER_FEATURES.length);
    expect(listwiseLogLikelihood(groups, zero, offsets)).toBeGreaterThan(listwiseLogLikelihood(groups, zero) + 1);
  });

  it('count a question of weight 2 as that question twice in the linear fit, and fit the trees more to a heavier question', () => {
    const asked = revivedAsked(sample().full);
    const heavy = asked.map((a, i) => ({ ...a, weight: i % 3 === 0 ? 2 : 1 }));
    const twice = asked.flatMap((a, i) => (i % 3 === 0 ? [a, a] : [a]));
    const weighted = fitListwise(heavy);
    // Equal up to the fit's rounding: the two sum in different orders, and Newton's last steps are near 1e-9 (its stopping
    // tolerance); session 10's sample left 8e-9 between them on a weight of 3.6, session 50's 1.8e-7 on one of 4.7.
    fitListwise(twice).forEach((w, j) => expect(weighted[j]).toBeCloseTo(w, 6));
    expect(listwiseLogLikelihood(heavy, weighted)).toBeCloseTo(listwiseLogLikelihood(twice, weighted), 8);
    // The trees: every third question, weighted 20, ends up likelier than when it weighs 1.
    const groups = asked.map((a) => ({ x: a.x, y: a.y, base: Float64Array.from(a.x, (x) => dot(weighted, x)) }));
    const heavier = groups.filter((g, i) => i % 3 === 0 && g.y.includes(1));
    expect(heavier.length).toBeGreaterThan(3);
    const settings = { ...TREE_DEFAULTS, count: 10 };
    const splittable = RANKER_FEATURES.map(() => true);
    const likelihoodOfHeavier = (weight: number) => {
      const trees = compileTrees(
        fitTrees(
          groups.map((g) => ({ ...g, weight: heavier.includes(g) ? weight : 1 })),
          RANKER_FEATURES,
          splittable,
          settings,
        ),
      );
      return listwiseLogLikelihood(
        heavier,
        weighted,
        heavier.map((g) => Float64Array.from(g.x, (x) => treesScore(trees, x))),
      );
    };
    expect(likelihoodOfHeavier(20)).toBeGreaterThan(likelihoodOfHeavier(1));
  });

  it('read only the SQuAD lists from saved features: the fit news questions saved beside them are never reused', () => {
    const saved = sample();
    const file = deserialize(serialize({ full: revivedAsked(saved.full), partial: revivedAsked(saved.partial), fitNews: [] }));
    const squad = savedSquad(file, 'old.v8');
    expect(Object.keys(squad)).toEqual(['full', 'partial']);
    expect(squad.full).toEqual(revivedAsked(saved.full));
    expect(squad.partial).toEqual(revivedAsked(saved.partial));
    expect(() => savedSquad({ fitNews: [] }, 'news.v8')).toThrow('news.v8 holds no saved SQuAD features');
    expect(() => savedSquad(undefined, 'empty.v8')).toThrow('empty.v8 holds no saved SQuAD features');
  });

  it('are what the fit gives: fitting the committed sample again reproduces the model stored with it', () => {
    const saved = sample();
    expect(
      fitRanker(
        revivedAsked(saved.full),
        revivedAsked(saved.partial),
        [0],
        revivedAsked(saved.fitNews),
        revivedAsked(saved.fitNewsPartial),
        revivedAsked(saved.fitNewsAlone),
        saved.settings.trees,
        saved.settings.fit,
      ),
    ).toEqual(saved.model);
  });
});

interface Sample {
  full: PlainAsked[];
  partial: PlainAsked[];
  fitNews: PlainAsked[];
  fitNewsPartial: PlainAsked[];
  fitNewsAlone: PlainAsked[];
  /** The settings `npm run eval:fit-ranker` fitted the sample with (its flags). */
  settings: { trees: TreeSettings; fit: FitSettings };
  model: unknown;
}
function sample(): Sample {
  return JSON.parse(readFileSync(new URL('../../fixtures/answer/ranker-sample.json', import.meta.url), 'utf8')) as Sample;
}

describe('page-grouped folds of the fit news questions', () => {
  it('put every question of a page in one fold, the pages sorted by id and dealt round the folds', () => {
    const pages = ['e3', 'a1', 'c2', 'a1', 'b7', 'e3', 'd0', 'f9', 'a1'];
    const folds = pageFolds(pages, 3);
    expect([...folds]).toEqual([
      ['a1', 0],
      ['b7', 1],
      ['c2', 2],
      ['d0', 0],
      ['e3', 1],
      ['f9', 2],
    ]);
    // The same pages in another order of questions give the same folds.
    expect(pageFolds([...pages].reverse(), 3)).toEqual(folds);
  });
});
