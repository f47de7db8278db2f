import { describe, expect, it } from 'vitest';
import { summariseFeedback, type StoredAsk, type StoredVote } from '../../../src/store/records/feedback.js';

const ask = (question: string, at: string, abstained = false): StoredAsk => ({ question, answerType: 'any', abstained, at });
const vote = (v: 'up' | 'down', question: string, excerptIds: string[], at: string): StoredVote => ({
  vote: v,
  question,
  answerType: 'any',
  abstained: excerptIds.length === 0,
  excerptIds,
  userHash: 'h',
  at,
});

describe('summariseFeedback', () => {
  it('ranks equally asked questions by the latest ask and shows the latest phrasing', () => {
    const summary = summariseFeedback(
      [],
      [
        ask('Old question', '2024-01-01T00:00:00Z'),
        ask('new question?', '2024-02-01T00:00:00Z'),
        ask('New Question', '2024-03-01T00:00:00Z'),
        ask('Another', '2024-02-15T00:00:00Z'),
        ask('another', '2024-02-16T00:00:00Z'),
      ],
      10,
    );
    expect(summary.mostAsked.map((row) => [row.question, row.count])).toEqual([
      ['New Question', 2],
      ['another', 2],
      ['Old question', 1],
    ]);
  });

  it("counts only each user's latest vote on an answer, whatever order the records come in", () => {
    const presses = [
      vote('up', 'Who won?', ['a:1'], '2024-01-01T00:00:01Z'),
      vote('down', 'Who won?', ['a:1'], '2024-01-01T00:00:03Z'),
      vote('up', 'Who won?', ['a:1'], '2024-01-01T00:00:02Z'),
      { ...vote('up', 'Who won?', ['a:1'], '2024-01-01T00:00:02Z'), userHash: 'other' },
    ];
    for (const order of [presses, [...presses].reverse()]) {
      const summary = summariseFeedback(order, [], 10);
      expect(summary.totals).toMatchObject({ up: 1, down: 1 });
      expect(summary.mostDisliked).toEqual([expect.objectContaining({ down: 1, up: 1, lastAt: '2024-01-01T00:00:03Z' })]);
    }
  });

  it('tells apart answers to one question that showed different excerpts, and counts disliked abstentions', () => {
    const summary = summariseFeedback(
      [
        vote('down', 'Who won?', ['a:1'], '2024-01-01T00:00:00Z'),
        vote('down', 'Who won?', ['b:2'], '2024-01-02T00:00:00Z'),
        vote('down', 'who won', ['b:2'], '2024-01-03T00:00:00Z'),
        vote('down', 'Why?', [], '2024-01-04T00:00:00Z'),
        vote('up', 'Liked', ['c:1'], '2024-01-05T00:00:00Z'),
      ],
      [],
      10,
    );
    expect(summary.mostDisliked.map((row) => [row.question, row.excerptIds, row.down])).toEqual([
      ['who won', ['b:2'], 2],
      ['Why?', [], 1],
      ['Who won?', ['a:1'], 1],
    ]);
    expect(summary.totals).toEqual({ asked: 0, abstained: 0, up: 1, down: 4 });
  });

  it('keeps the top N of each list', () => {
    const asks = Array.from({ length: 5 }, (_, i) => ask(`q${i}`, `2024-01-0${i + 1}T00:00:00Z`, true));
    const summary = summariseFeedback([], asks, 2);
    expect(summary.mostAsked).toHaveLength(2);
    expect(summary.gaps.map((row) => row.question)).toEqual(['q4', 'q3']);
  });
});
