import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { answerSpanIn } from '../../src/answer/answer-span.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';

let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

/** The answer span the question finds in the seed sentence starting with `prefix`, as text. */
function spanIn(question: string, prefix: string): string | null {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  for (const a of coverage.articles) {
    const s = a.sentences.find((x) => a.text.slice(x.start, x.end).startsWith(prefix));
    if (s) return textOf(a, answerSpanIn(a, s, q.answerType, new Set(q.own))?.span);
  }
  throw new Error(`no seed sentence starts with "${prefix}"`);
}
const textOf = (a: AnalysedArticle, span: { start: number; end: number } | undefined) => (span ? a.text.slice(span.start, span.end) : null);

describe('answer spans read from the question', () => {
  it('answers "who is X" with the role phrase before the name', () => {
    expect(spanIn('Who is Peskov?', 'Kremlin spokesman Dmitry Peskov neither confirmed')).toBe('Kremlin spokesman');
    expect(spanIn('Who is Lavrov?', 'As Russian Foreign Minister Sergey Lavrov')).toBe('Russian Foreign Minister');
  });

  it('answers "who is X" with the appositive after the name', () => {
    expect(spanIn('Who is Dmitry Peskov?', 'According to Dmitry Peskov, the Russian leader')).toBe("the Russian leader's spokesman");
  });

  it('finds no description where the name stands bare', () => {
    expect(spanIn('Who is Peskov?', 'When asked for a comment on these reports, Peskov stated')).toBeNull();
  });

  it('answers a yes/no question with the predicate as stated, its negation included', () => {
    const sentence = 'According to Dmitry Peskov, the Russian leader';
    expect(spanIn('Did Peskov confirm the reports?', sentence)).toBe('has neither confirmed nor denied');
    expect(spanIn('Will Putin initiate contact with Trump?', 'He stated he would not initiate contact')).toBe('would not initiate');
  });

  it('answers "how often" with a frequency', () => {
    const sentence = 'He added that European leaders had previously contacted him';
    expect(spanIn('How often did European leaders contact Putin?', sentence)).toBe('weekly');
  });

  it('answers "when will" with an upcoming stretch, the words placing it included', () => {
    expect(spanIn('When will Trump talk to the Russian leader?', 'Over the next couple of days')).toBe('Over the next couple of days');
  });
});
