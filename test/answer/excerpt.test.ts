import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { excerptUnit, leansOnPrevious, MAX_EXCERPT_SENTENCES } from '../../src/answer/excerpt.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import type { Coverage } from '../../src/coverage/types.js';
import { seedCoverage } from '../support/seed-coverage.js';

const A000 = '000_9fa6195cd0faa982';
const A001 = '001_6cafe41d9e784b11';
const A004 = '004_e0ba8cc3a8df5508';
let coverage: Coverage;
beforeAll(async () => {
  coverage = await seedCoverage();
});

function article(id: string): AnalysedArticle {
  const a = coverage.byId.get(id);
  if (!a) throw new Error(`no seed ${id}`);
  return a;
}
/** The ordinal of the article's sentence that starts with `prefix`. */
function ordinalOf(a: AnalysedArticle, prefix: string): number {
  const i = a.sentences.findIndex((s) => a.text.slice(s.start, s.end).startsWith(prefix));
  if (i < 0) throw new Error(`no sentence starts with "${prefix}"`);
  return i;
}
function unitText(a: AnalysedArticle, question: string, prefix: string) {
  const q = readQuestion(coverage.nlp, question, null, [], ANSWER_DEFAULTS);
  const unit = excerptUnit(a, ordinalOf(a, prefix), null, q);
  return { unit, text: a.text.slice(a.sentences[unit.first].start, a.sentences[unit.last].end) };
}

describe('excerptUnit', () => {
  it('shows a quotation whole when it continues past a sentence break', () => {
    const a = article(A004);
    const { text } = unitText(a, 'What did Putin say about Trump?', 'Commenting on the assassination attempt');
    expect(text).toMatch(/^Commenting on the assassination attempt.*“His behavior.*He turned out to be a brave man\.”$/s);
  });

  it('starts a quotation at its opening when the matched sentence is its continuation', () => {
    const a = article(A004);
    const { text } = unitText(a, 'Was Trump brave?', 'He turned out to be a brave man');
    expect(text).toMatch(/^Commenting on the assassination attempt.*brave man\.”$/s);
  });

  it('brings the sentence before one that opens with a pronoun or "This"', () => {
    const a = article(A004);
    expect(unitText(a, 'What was his first public statement?', 'This marks Putin’s first public statement').text).toMatch(
      /^Russian President Vladimir Putin has congratulated Trump.*This marks Putin’s first public statement regarding the U\.S\. election\.$/s,
    );
    expect(unitText(a, 'Would he initiate contact?', 'He stated he would not initiate contact').text).toMatch(
      /^He added that European leaders.*initiate contact with Trump\.$/s,
    );
  });

  it('never reaches into the paragraph before', () => {
    const a = article(A004);
    const i = ordinalOf(a, 'He further noted that he is willing');
    expect(a.sentences[i - 1].passage).not.toBe(a.sentences[i].passage);
    expect(leansOnPrevious(a, a.sentences[i])).toBe(true);
    const { unit } = unitText(a, 'Is he willing to collaborate?', 'He further noted that he is willing');
    expect(unit.first).toBe(i);
  });

  it('keeps a sentence that stands on its own alone', () => {
    const a = article(A004);
    const { unit } = unitText(a, 'What did Putin express?', 'Russian President Vladimir Putin has congratulated');
    expect(unit.last - unit.first).toBe(0);
  });

  it('takes the typed answer the matched sentence lacks from the next one leaning on it, and shows both', () => {
    const a = article(A000);
    const q = readQuestion(coverage.nlp, 'When did Putin say Trump knows he is open to conversations?', null, [], ANSWER_DEFAULTS);
    const i = ordinalOf(a, 'He knows that I’m open to these conversations');
    const unit = excerptUnit(a, i, null, q);
    const text = a.text.slice(a.sentences[unit.first].start, a.sentences[unit.last].end);
    expect(text).toMatch(/He knows that I’m open.*Putin stated on Friday \(September 5\)\.$/s);
    expect(unit.span && a.text.slice(unit.span.start, unit.span.end)).toMatch(/^(?:Friday|September 5)$/);
  });

  it('takes no answer from a neighbour not tied to the matched sentence', () => {
    const a = article(A001);
    const q = readQuestion(coverage.nlp, 'When did the Kremlin deny the report?', null, [], ANSWER_DEFAULTS);
    const i = ordinalOf(a, "The Kremlin denied Woodward's report.");
    const unit = excerptUnit(a, i, null, q);
    expect([unit.first, unit.last, unit.span]).toEqual([i, i, null]);
  });

  it('never spans more than three sentences of one paragraph, on every sentence of every seed', () => {
    const q = readQuestion(coverage.nlp, 'When did it happen?', null, [], ANSWER_DEFAULTS);
    for (const a of coverage.articles) {
      for (let i = 0; i < a.sentences.length; i++) {
        const unit = excerptUnit(a, i, null, q);
        expect(unit.first).toBeLessThanOrEqual(i);
        expect(unit.last).toBeGreaterThanOrEqual(i);
        expect(unit.last - unit.first + 1).toBeLessThanOrEqual(MAX_EXCERPT_SENTENCES);
        expect(a.sentences[unit.first].passage).toBe(a.sentences[unit.last].passage);
      }
    }
  });
});
