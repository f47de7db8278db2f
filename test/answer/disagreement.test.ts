import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { findDisagreements, sameAnswer } from '../../src/answer/disagreement.js';
import type { Excerpt } from '../../src/answer/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { coverageOf, FIXTURES_DIR, SEEDS_DIR } from '../support/seed-coverage.js';

const NORTHERN = 'northern-wire-halden-marchetti-call';
const COASTAL = 'coastal-times-marchetti-halden-call';

let fixtures: Coverage;
let seeds: Coverage;
beforeAll(async () => {
  fixtures = await coverageOf(FIXTURES_DIR);
  seeds = await coverageOf(SEEDS_DIR);
});

/** The sentence of an article containing `phrase`, as answer() would cite it. */
function excerpt(coverage: Coverage, articleId: string, phrase: string): Excerpt {
  const article = coverage.byId.get(articleId)!;
  const s = article.sentences.find((x) => article.text.slice(x.start, x.end).includes(phrase))!;
  const { title, outlet, published, url } = article.meta;
  return {
    text: article.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sentenceId: s.id,
    answer: null,
    answerStart: null,
    answerEnd: null,
    date: null,
    score: 1,
    article: { id: article.id, title, outlet, published, url },
  };
}

describe('findDisagreements', () => {
  it('sets side by side the numbers two outlets give for the same count', () => {
    const excerpts = [
      excerpt(fixtures, NORTHERN, 'three phone calls had taken place'),
      excerpt(fixtures, COASTAL, 'two phone calls since the start of the year'),
    ];
    expect(findDisagreements(excerpts, fixtures)).toEqual([
      {
        about: 'phone calls',
        values: [
          { value: 'three', outlet: 'Northern Wire', articleId: NORTHERN },
          { value: 'two', outlet: 'Coastal Times', articleId: COASTAL },
        ],
      },
    ]);
  });

  it('finds them in the excerpts answer() gives for a how-many question', () => {
    const a = answer(fixtures, 'How many phone calls have taken place since the start of the year?');
    expect(findDisagreements(a.excerpts, fixtures).map((d) => d.about)).toEqual(['phone calls']);
  });

  it('sets side by side the dates two outlets give for the same event', () => {
    const excerpts = [excerpt(fixtures, COASTAL, 'took place on February 26'), excerpt(fixtures, NORTHERN, 'took place on February 27')];
    expect(findDisagreements(excerpts, fixtures)).toEqual([
      {
        about: 'the date',
        values: [
          { value: 'February 26 (2025-02-26)', outlet: 'Coastal Times', articleId: COASTAL },
          { value: 'February 27 (2025-02-27)', outlet: 'Northern Wire', articleId: NORTHERN },
        ],
      },
    ]);
  });

  it('finds no disagreement where outlets agree on the date, in other words', () => {
    const excerpts = [
      excerpt(fixtures, COASTAL, 'spoke by telephone on March 18'),
      excerpt(fixtures, NORTHERN, 'held a phone call on Tuesday'),
    ];
    expect(findDisagreements(excerpts, fixtures)).toEqual([]);
  });

  it('does not set different events side by side because their dates differ', () => {
    const excerpts = [
      excerpt(fixtures, COASTAL, 'spoke by telephone on March 18'),
      excerpt(fixtures, 'valley-courier-flood-defences', 'two metres on Monday'),
    ];
    expect(findDisagreements(excerpts, fixtures)).toEqual([]);
  });

  it('does not compare counts of different things', () => {
    const excerpts = [excerpt(fixtures, NORTHERN, 'three phone calls'), excerpt(fixtures, 'harbour-post-port-authority', '400 jobs')];
    expect(findDisagreements(excerpts, fixtures)).toEqual([]);
  });

  it('reports nothing when the differing numbers come from one outlet', () => {
    // Seed 001 alone says "two announced call", "more than 2 calls" and "as numerous as seven times".
    const a001 = '001_6cafe41d9e784b11';
    const excerpts = [excerpt(seeds, a001, 'two announced call'), excerpt(seeds, a001, 'more than 2 calls')];
    expect(findDisagreements(excerpts, seeds)).toEqual([]);
  });

  it('reports nothing for no excerpts', () => {
    expect(findDisagreements([], fixtures)).toEqual([]);
  });
});

describe('supporting excerpts on the seeds', () => {
  it('gives a question with no typed answer no supporting excerpts', () => {
    const a = answer(seeds, 'What did Putin say about Trump?');
    expect(a.abstained).toBe(false);
    expect(a.excerpts).toHaveLength(1);
  });

  it('supports with the answer another outlet gives for the same event, and states a different one once', () => {
    const a = answer(fixtures, 'When did the first call take place?');
    // Either outlet may rank first: both report the call, a day apart.
    const byDate = <T extends { value?: string | null; answer?: string | null }>(list: T[]) =>
      [...list].sort((x, y) => String(x.value ?? x.answer).localeCompare(String(y.value ?? y.answer)));
    expect(byDate(a.excerpts).map((e) => e.answer)).toEqual(['February 26', 'February 27']);
    expect(a.disagreements).toHaveLength(1);
    expect(a.disagreements[0].about).toBe('the answer');
    expect(byDate(a.disagreements[0].values)).toEqual([
      { value: 'February 26', outlet: 'Coastal Times', articleId: COASTAL },
      { value: 'February 27', outlet: 'Northern Wire', articleId: NORTHERN },
    ]);
  });

  it('gives no supporting excerpt from a report of another event: a planned meeting, another interview', () => {
    // Seed 002 says a meeting "could take place in February or March" and 004 that Trump "would meet with
    // Putin": neither is the Alaska talks of 003, so neither supports its date or disagrees with it.
    const met = answer(seeds, 'when did they meet', 'when');
    expect(met.excerpts[0].answer).toBe('August 15');
    expect(met.disagreements).toEqual([]);
    for (const e of met.excerpts.slice(1)) expect(e.date?.startsWith('2025-08')).toBe(true);
    // The New York Post, NBC and Bloomberg each interviewed Trump at another time: three answers, no disagreement.
    // Asked without abstention: the fitted ranker is unsure between the three (confidence 0.038, below the threshold).
    const interviewed = answer(seeds, 'Which newspaper interviewed Trump?', null, { tuning: { ...ANSWER_DEFAULTS, abstainBelow: 0 } });
    expect(interviewed.excerpts).toHaveLength(1);
    expect(interviewed.disagreements).toEqual([]);
  });

  it('gives no supporting excerpt that only shares the people a pronoun stands for', () => {
    const a = answer(seeds, 'how many times did they talk?');
    // Each supporting excerpt states "time" or "talk" (or one of its synonyms), as the top one does.
    const asked = /\b(?:times?|talk|meet|meeting|summit|visit|encounter|call|phone|telephone|conversation|spoke|speak|contact)/i;
    for (const e of a.excerpts) expect(e.text).toMatch(asked);
    expect(a.disagreements).toEqual([]);
  });
});

describe('sameAnswer', () => {
  const withAnswer = (answerText: string, date: string | null = null): Excerpt => ({
    text: answerText,
    start: 0,
    end: answerText.length,
    sentenceId: 'x:0',
    answer: answerText,
    answerStart: 0,
    answerEnd: answerText.length,
    date,
    score: 1,
    article: { id: 'x', title: null, outlet: null, published: null, url: null },
  });

  it('counts a name and its part, or "the" and a possessive apart, as the same answer', () => {
    expect(sameAnswer(withAnswer('Vladimir Putin'), withAnswer('Putin'), 'person')).toBe(true);
    expect(sameAnswer(withAnswer('The New York Post'), withAnswer('New York Post'), 'organization')).toBe(true);
    expect(sameAnswer(withAnswer('NBC'), withAnswer('Bloomberg'), 'organization')).toBe(false);
  });

  it('compares dates by their resolved value, a finer date inside a coarser one agreeing', () => {
    expect(sameAnswer(withAnswer('August 15', '2025-08-15'), withAnswer('in August', '2025-08'), 'date')).toBe(true);
    expect(sameAnswer(withAnswer('August 15', '2025-08-15'), withAnswer('April', '2025-04'), 'date')).toBe(false);
  });

  it('compares yes/no answers by polarity', () => {
    expect(sameAnswer(withAnswer('has neither confirmed nor denied'), withAnswer('would not confirm'), 'polarity')).toBe(true);
    expect(sameAnswer(withAnswer('has neither confirmed nor denied'), withAnswer('confirmed'), 'polarity')).toBe(false);
  });
});
