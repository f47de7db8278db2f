import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { answerJson } from '../../src/cli/answer-json.js';

const ANSWER: Answer = {
  question: 'did they meet',
  answerType: 'date',
  abstained: false,
  excerpts: [{
    text: 'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
    start: 229, end: 335, sentenceId: '003_31b76e603aeb2cfa:3',
    answer: 'August 15', answerStart: 3, answerEnd: 12, date: '2025-08-15', score: 6.484,
    article: { id: '003_31b76e603aeb2cfa', title: 'Trump Plans to Talk to Putin in Next Few Days', outlet: null, published: '2025-09-08', url: null },
  }],
  confidence: 1,
  closest: [],
  notices: ['Your question was long; it was answered on its first 500 characters.'],
  subject: [],
  disagreements: [],
};

describe('answerJson', () => {
  it('keeps exactly the contract keys plus disagreements, unknown metadata as null, and drops the internals', () => {
    expect(JSON.parse(JSON.stringify(answerJson(ANSWER)))).toEqual({
      question: 'did they meet',
      answerType: 'date',
      abstained: false,
      excerpts: [{
        text: ANSWER.excerpts[0].text,
        answer: 'August 15',
        date: '2025-08-15',
        score: 6.484,
        start: 229,
        end: 335,
        article: { id: '003_31b76e603aeb2cfa', title: 'Trump Plans to Talk to Putin in Next Few Days', outlet: null, published: '2025-09-08', url: null },
      }],
      disagreements: [],
    });
  });

  it('gives an abstention as an empty excerpt list', () => {
    expect(answerJson({ ...ANSWER, abstained: true, excerpts: [] })).toEqual({ question: 'did they meet', answerType: 'date', abstained: true, excerpts: [], disagreements: [] });
  });
});
