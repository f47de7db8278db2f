import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { createNlp } from '../../src/analyse/nlp.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { rerank, type Ranked } from '../../src/answer/rerank.js';
import { retrieve } from '../../src/answer/retrieve.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';

const nlp = createNlp();
const NO_META = { title: null, outlet: null, published: null, publishedInferred: false, url: null, byline: null };
let coverage: Coverage;
beforeAll(() => {
  coverage = buildCoverage(nlp, [
    analyseArticle(nlp, {
      id: 'briefing', hash: 'h1', meta: NO_META,
      text:
        'Kremlin spokesman Dmitry Peskov said the call between the two presidents lasted two hours. ' +
        'Why did the Kremlin wait so long to confirm the call?\n\n' +
        'Peskov said the Kremlin delayed its statement because the talks were still under way. ' +
        'A second call could take place in Riyadh next week.\n\n' +
        'Peskov confirmed the call.',
    }),
    analyseArticle(nlp, {
      id: 'summit', hash: 'h2', meta: NO_META,
      text: 'The leaders met in Anchorage on August 15. The summit ended without a deal.\n\nForeign Minister Sergey Lavrov said the talks in Anchorage were useful.',
    }),
  ]);
});

/** The reranked candidates of a question, with the first-stage score of each. */
function ranked(text: string): { ranked: Ranked[]; before: Map<number, number> } {
  const question = readQuestion(nlp, text, null, coverage.people.map((p) => p.terms), ANSWER_DEFAULTS);
  const candidates = retrieve(coverage.index, question.query, ANSWER_DEFAULTS);
  return { ranked: rerank(coverage, question, candidates, ANSWER_DEFAULTS), before: new Map(candidates.map((c) => [c.doc, c.score])) };
}
const sentenceOf = (r: Ranked) => r.article.text.slice(r.sentence.start, r.sentence.end);
const spanOf = (r: Ranked) => (r.span ? r.article.text.slice(r.span.start, r.span.end) : null);
const find = (list: Ranked[], prefix: string) => {
  const r = list.find((x) => sentenceOf(x).startsWith(prefix));
  if (!r) throw new Error(`no candidate starts with "${prefix}"`);
  return r;
};

describe('rerank', () => {
  it('marks an entity of the expected type that the question does not name, and boosts its sentence', () => {
    const { ranked: list, before } = ranked('Who is the Kremlin spokesman?');
    const top = list[0];
    expect(sentenceOf(top)).toMatch(/^Kremlin spokesman Dmitry Peskov said/);
    expect(spanOf(top)).toBe('Dmitry Peskov');
    expect(top.span?.entity?.type).toBe('PERSON');
    expect(top.score).toBeCloseTo((before.get(top.doc) as number) * (1 + ANSWER_DEFAULTS.typeBoost), 10);
  });

  it('marks the place where a place is asked', () => {
    const top = ranked('Where did the leaders meet?').ranked[0];
    expect(sentenceOf(top)).toBe('The leaders met in Anchorage on August 15.');
    expect(spanOf(top)).toBe('Anchorage');
  });

  it('marks a reason from its causal connective to the end of the clause', () => {
    const top = ranked('Why did the Kremlin delay its statement?').ranked[0];
    expect(spanOf(top)).toBe('because the talks were still under way');
    expect(top.span?.entity).toBeNull();
  });

  it('halves the score of a sentence that is itself a question', () => {
    const { ranked: list, before } = ranked('Why did the Kremlin wait so long to confirm the call?');
    const asked = find(list, 'Why did the Kremlin wait');
    expect(asked.span).toBeNull();
    expect(asked.score).toBeCloseTo((before.get(asked.doc) as number) * ANSWER_DEFAULTS.questionPenalty, 10);
  });

  it('penalises a sentence with a modal for a question about the past only', () => {
    const past = ranked('Where did the second call take place?');
    const future = ranked('Where will the second call take place?');
    const [p, f] = [find(past.ranked, 'A second call could'), find(future.ranked, 'A second call could')];
    expect(spanOf(p)).toBe('Riyadh');
    expect(p.score / (past.before.get(p.doc) as number)).toBeCloseTo((1 + ANSWER_DEFAULTS.typeBoost) * ANSWER_DEFAULTS.hypotheticalPenalty, 10);
    expect(f.score / (future.before.get(f.doc) as number)).toBeCloseTo(1 + ANSWER_DEFAULTS.typeBoost, 10);
  });

  it('orders candidates by score, best first', () => {
    for (const q of ['Who is the Kremlin spokesman?', 'Did the Kremlin confirm the call?', 'When did the call take place?']) {
      const scores = ranked(q).ranked.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('marks the duration, not a count of people, as the answer to "how long"', () => {
    const top = ranked('How long did the call between the presidents last?').ranked[0];
    expect(sentenceOf(top)).toMatch(/lasted two hours\.$/);
    expect(spanOf(top)).toBe('two hours');
  });
});
