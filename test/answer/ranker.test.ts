import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { checkedModel, RANKER_FEATURES, RANKER_MODEL, type RankerFeature } from '../../src/answer/ranker.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { rerank, type Ranked } from '../../src/answer/rerank.js';
import { retrieve } from '../../src/answer/retrieve.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { fitRanker, revivedAsked, type PlainAsked } from '../../eval/ranker-data.js';

const nlp = createNlp();
const NO_META = { title: null, outlet: null, published: null, publishedInferred: false, url: null, byline: null };
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
  return rerank(coverage, question, retrieve(coverage.index, question.query, ANSWER_DEFAULTS));
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
    const list = rerank(seeds, question, retrieve(seeds.index, question.query, ANSWER_DEFAULTS));
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
    expect(Object.keys(RANKER_MODEL.weights).sort()).toEqual([...RANKER_FEATURES].sort());
    expect(() => checkedModel({ ...RANKER_MODEL, weights: { ...RANKER_MODEL.weights, sentenceBm25: undefined } })).toThrow(
      /npm run eval:fit-ranker/,
    );
  });

  it('are what the fit gives: fitting the committed sample again reproduces the model stored with it', () => {
    const sample = JSON.parse(readFileSync(new URL('../fixtures/answer/ranker-sample.json', import.meta.url), 'utf8')) as {
      full: PlainAsked[];
      partial: PlainAsked[];
      fitNews: PlainAsked[];
      fitNewsPartial: PlainAsked[];
      fitNewsAlone: PlainAsked[];
      model: unknown;
    };
    expect(
      fitRanker(
        revivedAsked(sample.full),
        revivedAsked(sample.partial),
        [0],
        revivedAsked(sample.fitNews),
        revivedAsked(sample.fitNewsPartial),
        revivedAsked(sample.fitNewsAlone),
      ),
    ).toEqual(sample.model);
  });
});
