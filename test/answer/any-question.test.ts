import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, followUpOf } from '../../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { ASK_COMMANDS } from '../../src/answer/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { expectAnswerContract } from '../support/answer-contract.js';
import { ODD_TEXT_RUNS, oddPiece } from '../support/odd-text.js';
import { seedCoverage } from '../support/seed-coverage.js';

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

const QUESTION_WORDS = [
  'Who',
  'what',
  'When',
  'where',
  'why',
  'how many',
  'how much',
  'which',
  'did',
  'is',
  'and',
  'they',
  'he',
  'it',
  'the',
  'of',
  'Putin',
  'Trump',
  'meet',
  'say',
  'Alaska',
  'summit',
  'Kremlin',
  'spokesman',
  'Ukraine',
  'talks',
  'calls',
  '?',
  "'s",
  'not',
  "didn't",
  'before',
  'last',
  'next',
  'week',
  'year',
  'percent',
];
const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...QUESTION_WORDS) }, { weight: 2, arbitrary: oddPiece });
const question = fc.oneof(
  { weight: 12, arbitrary: fc.array(word, { maxLength: 14 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '?',
      '...?!',
      'the of and',
      'Who '.repeat(1250),
      '@everyone who met Putin?',
      '**who** _met_ Putin?',
      'and where?',
      'and Volker?',
      'where did they meet?',
      '```\nwho?\n```',
    ),
  },
);
const hint = fc.constantFrom(null, ...ASK_COMMANDS);

describe('answering any question over the seeds', () => {
  it('answers any question and its follow-up, cut to its maximum length in code points, with verbatim whole-sentence excerpts cited as their articles state, or abstains', () => {
    fc.assert(
      fc.property(question, hint, question, hint, (first, firstHint, next, nextHint) => {
        const a = answer(coverage, first, firstHint);
        expectAnswerContract(coverage, a);
        expect([...a.question].length).toBeLessThanOrEqual(ANSWER_DEFAULTS.maxQuestionChars);
        const b = answer(coverage, next, nextHint, followUpOf(a));
        expectAnswerContract(coverage, b);
      }),
      { ...ODD_TEXT_RUNS, numRuns: 400 },
    );
  });

  it('answers a follow-up with no question before it as the question asked alone', () => {
    fc.assert(
      fc.property(question, hint, (q, h) => {
        expect(answer(coverage, q, h, { previous: [] })).toEqual(answer(coverage, q, h));
      }),
      { ...ODD_TEXT_RUNS, numRuns: 200 },
    );
  });

  it('abstains on a question of punctuation, stop words or markup only, and says when a long question was cut', () => {
    for (const q of ['', '?!?', 'the of and to', '**__~~']) expect(answer(coverage, q).abstained).toBe(true);
    // "Who" alone names nothing to look for either, which the reply says after the cut.
    expect(answer(coverage, 'Who '.repeat(1250)).notices).toEqual([
      `Your question was long; it was answered on its first ${ANSWER_DEFAULTS.maxQuestionChars} characters.`,
      USER_MESSAGES.nothingAsked,
    ]);
  });
});
