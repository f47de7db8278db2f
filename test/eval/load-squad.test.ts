import { describe, expect, it } from 'vitest';
import { isAnswerSpan, isHit, type SquadQuestion } from '../../eval/load-squad.js';

// Super Bowl 50's question from SQuAD v1.1 dev, with its three gold answers.
const Q: SquadQuestion = {
  id: '56be4db0acb8001400a502ec',
  article: 'Super_Bowl_50',
  question: 'Which NFL team represented the AFC at Super Bowl 50?',
  answers: ['Denver Broncos', 'Denver Broncos', 'Denver Broncos'],
};

describe('SQuAD scoring', () => {
  it('counts a marked answer right when it and a gold answer contain one another, whatever the case', () => {
    expect(isAnswerSpan(Q, 'Denver Broncos')).toBe(true);
    expect(isAnswerSpan(Q, 'the denver broncos')).toBe(true);
    expect(isAnswerSpan(Q, 'Broncos')).toBe(true);
  });

  it('counts a marked answer wrong when it is another name, part of a word, or empty', () => {
    expect(isAnswerSpan(Q, 'Carolina Panthers')).toBe(false);
    expect(isAnswerSpan(Q, 'Bronco')).toBe(false);
    expect(isAnswerSpan(Q, '  ')).toBe(false);
  });

  it("counts a hit only in the question's own article, or a replica of it", () => {
    const text = 'The American Football Conference (AFC) champion Denver Broncos defeated the Carolina Panthers.';
    expect(isHit(Q, 'Super_Bowl_50', text)).toBe(true);
    expect(isHit(Q, 'Warsaw', text)).toBe(false);
  });
});
