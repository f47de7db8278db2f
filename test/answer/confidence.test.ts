import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { createNlp } from '../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { confidenceOf } from '../../src/answer/confidence.js';
import { readQuestion } from '../../src/answer/read-question.js';
import type { Ranked } from '../../src/answer/rerank.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';

const nlp = createNlp();
const NO_META = { title: null, outlet: null, published: null, publishedInferred: false, url: null, byline: null };
let briefing: AnalysedArticle;
let coverage: Coverage;
beforeAll(() => {
  briefing = analyseArticle(nlp, {
    id: 'briefing', hash: 'h1', meta: NO_META,
    text:
      'Kremlin spokesman Dmitry Peskov said the call between the two presidents lasted two hours.\n\n' +
      'Peskov said the Kremlin delayed its statement because the talks were still under way. ' +
      'A second call could take place in Riyadh next week.',
  });
  const summit = analyseArticle(nlp, {
    id: 'summit', hash: 'h2', meta: NO_META,
    text: 'The leaders met in Anchorage on August 15. The summit ended without a deal.',
  });
  coverage = buildCoverage(nlp, [briefing, summit]);
});

const question = (text: string) => readQuestion(nlp, text, null, [], ANSWER_DEFAULTS);
/** The candidate for the briefing sentence starting with `prefix`, as rerank would give it. */
function candidate(prefix: string): Ranked {
  const ordinal = briefing.sentences.findIndex((s) => briefing.text.startsWith(prefix, s.start));
  return { doc: ordinal, score: 1, article: briefing, sentence: briefing.sentences[ordinal], span: null };
}

describe('confidenceOf', () => {
  it('is 1 when every term of the question is in the excerpt', () => {
    expect(confidenceOf(coverage.index, question('Why did the Kremlin delay its statement?'), candidate('Peskov said the Kremlin delayed'))).toBe(1);
  });

  it('counts the terms found anywhere in the excerpt\'s paragraph', () => {
    // "delay" and "statement" are in the sentence before, in the same paragraph.
    const q = question('Did the Kremlin delay its statement on the Riyadh call?');
    expect(confidenceOf(coverage.index, q, candidate('A second call could'))).toBe(1);
    expect(confidenceOf(coverage.index, q, candidate('Kremlin spokesman'))).toBeLessThan(1);
  });

  it('weighs a term the coverage never uses as the rarest term, so an absent subject lowers it below the abstention threshold', () => {
    const q = question('Did Peskov meet the Pope?');
    expect(q.own).toEqual(['peskov', 'meet', 'pope']);
    const { sentences } = coverage.index;
    const rarest = Math.log(1 + (coverage.index.size + 0.5) / 0.5);
    const expected = sentences.idf('peskov') / (sentences.idf('peskov') + sentences.idf('meet') + rarest);
    const got = confidenceOf(coverage.index, q, candidate('Peskov said the Kremlin delayed'));
    expect(got).toBeCloseTo(expected, 12);
    expect(got).toBeLessThan(ANSWER_DEFAULTS.abstainBelow);
  });

  it('is 0 for a question with no terms of its own', () => {
    expect(confidenceOf(coverage.index, question('What was it that they did there?'), candidate('Kremlin spokesman'))).toBe(0);
  });
});
