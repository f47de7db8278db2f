import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answers, compact, loadNewsQuestions, loadSeedQuestions, normalise } from '../../eval/questions/questions.js';

const seedText = (id: string) => readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8');

describe('seed question set', () => {
  const questions = loadSeedQuestions();

  it('has 100 questions, twenty on each seed article, none a golden test question', () => {
    expect(questions).toHaveLength(100);
    const articles = [...new Set(questions.map((q) => q.article))];
    expect(articles.map((a) => questions.filter((q) => q.article === a).length)).toEqual([20, 20, 20, 20, 20]);
    const golden = readFileSync(new URL('../answer/golden.test.ts', import.meta.url), 'utf8');
    for (const q of questions) expect(golden).not.toContain(q.question);
  });

  it('gives each question a gold phrase that its article contains', () => {
    // prettier-ignore
    for (const q of questions) expect(q.answers.some((a) => normalise(seedText(q.article)).includes(normalise(a))), q.id).toBe(true);
  });
});

describe('news question set', () => {
  const { questions, calibrationPages, reportPages } = loadNewsQuestions();

  it('has at least 60 answerable questions on 15 pages, 10 furniture-only and 5 absent ones', () => {
    const answerable = questions.filter((q) => q.kind === 'answerable');
    expect(answerable.length).toBeGreaterThanOrEqual(60);
    expect(new Set(answerable.map((q) => q.page)).size).toBeGreaterThanOrEqual(15);
    expect(questions.filter((q) => q.kind === 'furniture').length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.kind === 'absent').length).toBeGreaterThanOrEqual(5);
  });

  it('puts every unsaid question in the report part with a note saying how its absence was checked', () => {
    const unsaid = questions.filter((q) => q.kind === 'unsaid');
    expect(unsaid.length).toBeGreaterThanOrEqual(20);
    for (const q of unsaid) {
      expect(q.part, q.id).toBe('report');
      expect(q.note, q.id).toMatch(/^Searched all 136 true bodies/);
    }
  });

  it('gives every answerable question gold phrases and accepts its own page first', () => {
    for (const q of questions.filter((x) => x.kind === 'answerable')) {
      expect(q.answers?.length, q.id).toBeGreaterThan(0);
      expect(q.acceptPages?.[0], q.id).toBe(q.page);
    }
  });

  it('splits by page: every third of the first 18 pages in id order is calibration, the rest and every page added since report', () => {
    // n001–n113 are the questions on the first 18 pages; the pages session 21 added all went to the report part.
    const firstPages = [...new Set(questions.filter((q) => Number(q.id.slice(1)) <= 113).map((q) => q.page))].sort();
    expect(firstPages).toHaveLength(18);
    expect(calibrationPages).toEqual(firstPages.filter((_, i) => i % 3 === 0));
    expect(new Set(questions.map((q) => q.page))).toEqual(new Set([...calibrationPages, ...reportPages]));
  });
});

describe('judging an excerpt', () => {
  const text = 'Putin emphasized, “I very much expect that our relationship with the United States will eventually be restored,”';

  it('accepts the right article holding a gold phrase, whatever its quotes and spacing', () => {
    expect(answers('004', text, ['004'], ['"I very much expect'])).toBe(true);
    expect(answers('004', text.replace(/ /g, '\n  '), ['004'], ['relationship with the United States'])).toBe(true);
  });

  it('refuses another article, a phrase in another case, and no excerpt', () => {
    expect(answers('003', text, ['004'], ['relationship'])).toBe(false);
    expect(answers('004', text, ['004'], ['united states'])).toBe(false);
    expect(answers(undefined, '', ['004'], ['relationship'])).toBe(false);
  });

  it('compares bodies without spacing or invisible characters, so split words in the truth still match', () => {
    expect(compact('join its Arte mis m oon program')).toBe(compact('join its Artemis moon program'));
    expect(compact('handed over to US \u00ADforces')).toBe(compact('handed over to US forces'));
  });
});
