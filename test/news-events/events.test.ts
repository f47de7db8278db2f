import * as chrono from 'chrono-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import type { AnalysedArticle, Sentence } from '../../src/analyse/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { resolveDate } from '../../src/dates/resolve-date.js';
import { sentenceDates, sharedContent } from '../../src/news-events/events.js';
import { writtenArticle } from '../support/articles.js';
import { coverageOf, FIXTURES_DIR, SEEDS_DIR } from '../support/seed-coverage.js';
import { FIXTURE_DATES, SEED_DATES, type GoldDates } from '../timeline/gold-dates.js';

let seeds: Coverage;
let fixtures: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
  fixtures = await coverageOf(FIXTURES_DIR);
});

function sentenceWith(coverage: Coverage, articleId: string, phrase: string): { article: AnalysedArticle; sentence: Sentence } {
  const article = coverage.byId.get(articleId)!;
  const sentence = article.sentences.find((s) => article.text.slice(s.start, s.end).includes(phrase));
  if (!sentence) throw new Error(`no sentence of ${articleId} contains "${phrase}"`);
  return { article, sentence };
}

type Finder = (article: AnalysedArticle, sentence: Sentence) => { date: string | null }[];

/** The alternative measured: chrono-node run over the whole sentence, its finds resolved the same way. */
const chronoOnSentence: Finder = (article, sentence) =>
  chrono
    .parse(article.text.slice(sentence.start, sentence.end), { instant: new Date(Date.UTC(2000, 5, 15)), timezone: 'UTC' })
    .map((r) => ({ text: r.text, date: resolveDate(r.text, article.meta.published) }))
    .filter((r) => r.date !== null || resolveDate(r.text, '2000-06-15') !== null);

interface Score {
  found: number;
  correct: number;
  expected: number;
  undatedFound: number;
  undatedCorrect: number;
  undatedExpected: number;
  /** Each wrong date with what the reader dates that sentence. */
  wrong: { date: string; gold: string[] }[];
}

/** Every sentence of the coverage: a resolved date is correct when the reader's list has it for that sentence. */
function score(coverage: Coverage, gold: readonly GoldDates[], finder: Finder): Score {
  const s: Score = { found: 0, correct: 0, expected: 0, undatedFound: 0, undatedCorrect: 0, undatedExpected: 0, wrong: [] };
  const bySentence = new Map<string, GoldDates>();
  for (const g of gold) {
    bySentence.set(sentenceWith(coverage, g.article, g.sentence).sentence.id, g);
    s.expected += g.dates.length;
    if (g.undated) s.undatedExpected++;
  }
  for (const article of coverage.articles) {
    for (const sentence of article.sentences) {
      const g = bySentence.get(sentence.id);
      const found = finder(article, sentence);
      const dates = new Set(found.map((f) => f.date).filter((d): d is string => d !== null));
      s.found += dates.size;
      for (const d of dates) {
        if (g?.dates.includes(d)) s.correct++;
        else s.wrong.push({ date: d, gold: g?.dates ?? [] });
      }
      if (dates.size === 0 && found.length > 0) {
        s.undatedFound++;
        if (g?.undated) s.undatedCorrect++;
      }
    }
  }
  return s;
}

describe('sentenceDates', () => {
  it('resolves the seed 003 dates against its publication date (2025-09-08)', () => {
    const { article, sentence } = sentenceWith(seeds, '003_31b76e603aeb2cfa', 'On August 15, talks were held in Alaska');
    expect(sentenceDates(article, sentence)).toEqual([expect.objectContaining({ expression: 'August 15', date: '2025-08-15' })]);
    const received = sentenceWith(seeds, '003_31b76e603aeb2cfa', 'Trump received');
    expect(sentenceDates(received.article, received.sentence).map((d) => d.date)).toEqual(['2025-08-18']);
  });

  it('leaves a relative date undated (null) in an article without a publication date', () => {
    const { article, sentence } = sentenceWith(seeds, '002_62dcc4dcba42d8bd', 'On Friday, Donald Trump announced');
    expect(article.meta.published).toBeNull();
    expect(sentenceDates(article, sentence)).toEqual([expect.objectContaining({ expression: 'Friday', date: null })]);
  });

  it('resolves a relative date against an inferred publication date: "last month" in seed 000 (~2025-09) is 2025-08', () => {
    const { article, sentence } = sentenceWith(seeds, '000_9fa6195cd0faa982', 'their meeting in Alaska last month');
    expect(article.meta).toMatchObject({ published: '2025-09', publishedInferred: true });
    expect(sentenceDates(article, sentence)).toEqual([expect.objectContaining({ expression: 'last month', date: '2025-08' })]);
  });

  it('still dates an absolute date in an article without a publication date', () => {
    const { article, sentence } = sentenceWith(fixtures, 'harbour-post-port-authority', 'signed on 4 June 2019');
    expect(sentenceDates(article, sentence).map((d) => d.date)).toEqual(['2019-06-04', '2022']);
  });

  it('gives offsets that slice the expression out of the article', () => {
    const { article, sentence } = sentenceWith(fixtures, 'northern-wire-halden-marchetti-call', 'held a phone call on Tuesday');
    for (const d of sentenceDates(article, sentence)) expect(article.text.slice(d.start, d.end)).toBe(d.expression);
  });

  it('leaves out expressions that name no date even with a publication date ("this week", "the summer")', () => {
    const { article, sentence } = sentenceWith(seeds, '003_31b76e603aeb2cfa', 'early this week');
    expect(sentenceDates(article, sentence)).toEqual([]);
    const summer = sentenceWith(fixtures, 'coastal-times-marchetti-halden-call', 'progress before the summer');
    expect(sentenceDates(summer.article, summer.sentence)).toEqual([]);
  });

  it('finds as many correct dates as chrono-node on the whole sentence, and fewer wrong ones, on the seeds and the fixtures', () => {
    for (const [coverage, gold] of [
      [seeds, SEED_DATES],
      [fixtures, FIXTURE_DATES],
    ] as const) {
      const wink = score(coverage, gold, sentenceDates);
      const alternative = score(coverage, gold, chronoOnSentence);
      expect(wink.correct).toBeGreaterThanOrEqual(alternative.correct);
      expect(wink.found - wink.correct).toBeLessThan(alternative.found - alternative.correct);
      expect(wink.undatedCorrect).toBeGreaterThanOrEqual(alternative.undatedCorrect);
    }
  });

  it('resolves every date it finds as the reader does, plans ahead included', () => {
    const both = [score(seeds, SEED_DATES, sentenceDates), score(fixtures, FIXTURE_DATES, sentenceDates)];
    // "is expected to visit Rome on May 2" in a March article is this May 2, not last year's: the clause's tense
    // points forward (clauseDirection). Before the tense was read, both such plans were the only wrong dates.
    expect(both.flatMap((s) => s.wrong)).toEqual([]);
    expect(both.reduce((n, s) => n + s.correct, 0)).toBe(30);
    for (const s of both) expect(s.undatedCorrect).toBe(s.undatedFound);
  });
});

/** idf of a small newsroom: the leaders' names are everywhere, the rest is rare. */
const IDF: Record<string, number> = { halden: 0.2, marchetti: 0.2, phone: 2, call: 1.5, tariff: 2.5, council: 3, barrier: 3, vote: 2.5 };
const idf = (t: string) => IDF[t] ?? 1;

describe('sharedContent', () => {
  it('is 1 when the lighter sentence is all inside the other', () => {
    expect(sharedContent(new Set(['phone', 'call']), new Set(['halden', 'phone', 'call', 'tariff']), idf)).toBe(1);
  });

  it('weighs shared names everyone uses lightly and shared rare words heavily', () => {
    const names = sharedContent(
      new Set(['halden', 'marchetti', 'council', 'vote']),
      new Set(['halden', 'marchetti', 'phone', 'call']),
      idf,
    );
    const words = sharedContent(new Set(['phone', 'call', 'council']), new Set(['phone', 'call', 'tariff']), idf);
    expect(names).toBeLessThan(0.2);
    expect(words).toBeGreaterThan(0.5);
  });

  it('is symmetric and 0 for nothing shared or nothing to share', () => {
    const a = new Set(['phone', 'tariff']);
    const b = new Set(['phone', 'council', 'barrier']);
    expect(sharedContent(a, b, idf)).toBe(sharedContent(b, a, idf));
    expect(sharedContent(a, new Set(['council']), idf)).toBe(0);
    expect(sharedContent(new Set(), b, idf)).toBe(0);
  });
});

describe('named days', () => {
  // Written for this test in wire-service style, in an article of Monday 2019-11-18.
  const nlp = createNlp();
  const article = writtenArticle(
    nlp,
    'named-days',
    'Black Friday is approaching, and several shops have cut prices. The council met on Friday. ' +
      'Early Friday, police closed the road. Last Friday the mayor resigned. Sales fell on Cyber Monday last year. ' +
      'The envoy testified before the Senate Tuesday.',
    { published: '2019-11-18' },
  );
  const datesOf = (n: number) => sentenceDates(article, article.sentences[n]).map((d) => `${d.expression}=${d.date}`);

  it('leaves a named day undated, not read as the nearest such weekday', () => {
    expect(datesOf(0)).toEqual(['Black Friday=null']);
    expect(datesOf(4)).toContain('Cyber Monday=null');
  });

  it('still dates a weekday placed in its week or its day', () => {
    expect(datesOf(1)).toEqual(['Friday=2019-11-15']);
    expect(datesOf(2)).toEqual(['Friday=2019-11-15']);
    expect(datesOf(3)).toEqual(['Last Friday=2019-11-15']);
    expect(datesOf(5)).toEqual(['Tuesday=2019-11-12']);
  });
});
