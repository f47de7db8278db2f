import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { answerRanked } from '../../src/answer/answer.js';
import { confidenceExtras, confidenceOf, unmentionedNames } from '../../src/answer/confidence.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { RANKER_FEATURES, type RankerFeature } from '../../src/answer/rank/ranker-features.js';
import { CONFIDENCE_EXTRAS, NEWS_CONFIDENCE_INPUTS, type ConfidenceExtra } from '../../src/answer/rank/ranker-model.js';
import { cleanArticle } from '../../src/clean/clean-article.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { renderAnswer } from '../../src/present/answer.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { NO_META } from '../support/articles.js';

const nlp = createNlp();
let coverage: Coverage;
beforeAll(() => {
  const briefing = analyseArticle(nlp, {
    id: 'briefing',
    hash: 'h1',
    meta: NO_META,
    text:
      'Kremlin spokesman Dmitry Peskov said the call between the two presidents lasted two hours.\n\n' +
      'Peskov said the Kremlin delayed its statement because the talks were still under way. ' +
      'A second call could take place in Riyadh next week.',
  });
  const summit = analyseArticle(nlp, {
    id: 'summit',
    hash: 'h2',
    meta: NO_META,
    text: 'The leaders met in Anchorage on August 15. The summit ended without a deal.',
  });
  coverage = buildCoverage(nlp, [briefing, summit]);
});

/** The answer and its ranked candidates, never abstaining, so every question has a confidence. */
function asked(text: string) {
  return answerRanked(coverage, text, null, { tuning: { ...ANSWER_DEFAULTS, abstainBelow: -1 } });
}

describe('confidenceOf', () => {
  it("is the head's probability for the top excerpt, from its features and its lead over its article's next, recalibrated for news", () => {
    const { answer, ranked, question } = asked('Why did the Kremlin delay its statement?');
    const top = ranked[0];
    const next = ranked.slice(1).find((r) => r.article === top.article)!;
    const { weights, bias, news } = ANSWER_DEFAULTS.ranker.confidence;
    const margin = top.logit - next.logit;
    const z = bias + weights.margin * Math.min(margin, 10) + RANKER_FEATURES.reduce((s, f, i) => s + weights[f] * top.features[i], 0);
    expect(answer.confidence).toBe(confidenceOf(coverage, question, ranked, ANSWER_DEFAULTS.ranker));
    // normMargin: the margin in units of the standard deviation of every candidate's score.
    const logits = ranked.map((r) => r.logit);
    const mean = logits.reduce((s, v) => s + v, 0) / logits.length;
    const spread = Math.sqrt(logits.reduce((s, v) => s + (v - mean) ** 2, 0) / logits.length);
    const extras = confidenceExtras(coverage, question, top);
    const input = (f: string) =>
      f === 'normMargin'
        ? Math.min(margin / spread, 10)
        : CONFIDENCE_EXTRAS.includes(f as ConfidenceExtra)
          ? extras[CONFIDENCE_EXTRAS.indexOf(f as ConfidenceExtra)]
          : top.features[RANKER_FEATURES.indexOf(f as RankerFeature)];
    const recalibrated = news.bias + news.slope * z + NEWS_CONFIDENCE_INPUTS.reduce((s, f) => s + news.weights[f] * input(f), 0);
    expect(answer.confidence).toBeCloseTo(1 / (1 + Math.exp(-recalibrated)), 12);
    expect(confidenceOf(coverage, question, [], ANSWER_DEFAULTS.ranker)).toBe(0);
  });

  it('is higher for a question the coverage answers than for one about something it never mentions', () => {
    const answered = asked('Why did the Kremlin delay its statement?').answer.confidence;
    const absent = asked('Did Peskov meet the Pope in the Vatican?').answer.confidence;
    expect(answered).toBeGreaterThan(absent);
    expect(absent).toBeLessThan(ANSWER_DEFAULTS.abstainBelow);
    expect(answered).toBeGreaterThanOrEqual(ANSWER_DEFAULTS.abstainBelow);
  });
});

// A fit page (Twin Cities, 0d461229): the Wild's win over the Sabres, its teasers cut by the cleaner.
let page: Coverage;
beforeAll(() => {
  const raw = readFileSync(new URL('../fixtures/extraction/twincities-teasers.txt', import.meta.url), 'utf8');
  const cleaned = cleanArticle({ id: 'wild', path: 'wild.txt', raw, hash: 'h3', catalog: {} });
  page = buildCoverage(nlp, [analyseArticle(nlp, { id: 'wild', hash: 'h3', meta: NO_META, text: cleaned.text })]);
});

describe('confidenceExtras', () => {
  /** The extras of the candidate opening with `opening`, or of the top one. */
  const extrasOf = (text: string, opening = '') => {
    const { ranked, question } = answerRanked(page, text, null, { tuning: { ...ANSWER_DEFAULTS, abstainBelow: -1 } });
    const candidate = ranked.find((r) => r.article.text.slice(r.sentence.start).startsWith(opening));
    if (!candidate) throw new Error(`no candidate opens with ${opening}`);
    const extras = confidenceExtras(page, question, candidate);
    return Object.fromEntries(CONFIDENCE_EXTRAS.map((f, i) => [f, extras[i]])) as Record<ConfidenceExtra, number>;
  };

  it("nameMissing: the share of the question's names that the candidate's article never uses", () => {
    // Every name stands in the article.
    expect(extrasOf("Who spoiled Alex Stalock's shutout bid?", 'Meanwhile, Wild goalie Alex Stalock').nameMissing).toBe(0);
    // A teaser's question about another game: neither team it names is in the article.
    expect(extrasOf('Which Avalanche forward scored two goals against Calgary?', 'Parise opened the scoring').nameMissing).toBe(1);
    // One of two names.
    expect(extrasOf('Did Boudreau ever coach the Avalanche?', 'Boudreau gave his players').nameMissing).toBe(0.5);
    // The first word's capital is the sentence's: it names nothing, even when wink tags it PROPN.
    expect(extrasOf('Calgary scored how many goals?').nameMissing).toBe(0);
    expect(extrasOf('How many goals did Calgary score?').nameMissing).toBe(1);
    // Capitals the coverage's people restored to a question typed in lower case are no names its writer typed.
    expect(extrasOf('who spoiled the shutout bid of alex stalock?', 'Meanwhile, Wild goalie Alex Stalock').nameMissing).toBe(0);
  });
});

describe('unmentionedNames', () => {
  let seeds: Coverage;
  beforeAll(async () => {
    seeds = await seedCoverage();
  });
  const unmentioned = (c: Coverage, text: string) => unmentionedNames(c, answerRanked(c, text, null).question);

  it('abstains on a question about someone no seed article mentions, and says so by name', () => {
    const reply = answerRanked(seeds, 'What did Lara Logan say about Putin?', null).answer;
    expect(reply.abstained).toBe(true);
    expect(reply.unmentioned).toEqual(['Lara Logan']);
    expect(renderAnswer(reply)).toContain('No article in the coverage mentions Lara Logan.');
  });

  it('counts a spelling variant sharing five letters as mentioned', () => {
    // The seeds write "Zelenskyy" (and once "Zelensky"); the reply does not claim "Zelenskiy" is unknown.
    expect(unmentioned(seeds, 'What did Zelenskiy say about the talks?')).toEqual([]);
    expect(answerRanked(seeds, 'What did Zelenskiy say about the talks?', null).answer.unmentioned).toEqual([]);
    // Accents aside.
    expect(unmentioned(seeds, 'What did Zelénskyy say about the talks?')).toEqual([]);
  });

  it("names each unmentioned name once, as typed, neighbouring words together, in the question's order", () => {
    // The Twin Cities fit page: its teasers' teams and city are cut by the cleaner, the Wild and its goalie stay.
    expect(unmentioned(page, 'Which Avalanche forward scored two goals against Calgary?')).toEqual(['Avalanche', 'Calgary']);
    expect(unmentioned(page, "Who spoiled Alex Stalock's shutout bid?")).toEqual([]);
    expect(unmentioned(seeds, 'When did Trump meet Angela Merkel and Angela Merkel again?')).toEqual(['Angela Merkel']);
    // A name wink splits at a letter it does not know comes back whole.
    expect(unmentioned(seeds, 'What did Erdoğan say to Putin?')).toEqual(['Erdoğan']);
  });

  it('counts a writer the coverage credits in a byline as mentioned, though no sentence names them', () => {
    // Written for this test: an opinion column whose byline is the only place its writer's name stands.
    const column = analyseArticle(nlp, {
      id: 'column',
      hash: 'h-column',
      meta: { ...NO_META, byline: 'Marta Olofsson' },
      text: 'The city council voted on Tuesday to close the old harbour bridge to cars for two years of repairs.',
    });
    const credited = buildCoverage(nlp, [column]);
    expect(unmentioned(credited, 'Who is Marta Olofsson?')).toEqual([]);
    expect(unmentioned(credited, 'Who is Karin Olofsson?')).toEqual(['Karin']);
  });

  it('counts no name in a question typed in lower case, nor its first word', () => {
    expect(unmentioned(seeds, 'what did lara logan say about putin?')).toEqual([]);
    expect(unmentioned(seeds, 'Macron spoke to Putin when?')).toEqual([]);
  });
});
