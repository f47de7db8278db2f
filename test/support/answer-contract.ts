import { expect } from 'vitest';
import { continuesAddress, writtenSentences } from '../../src/analyse/address-cuts.js';
import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import { MAX_EXCERPT_SENTENCES } from '../../src/answer/excerpt.js';
import type { Answer } from '../../src/answer/types.js';
import type { Coverage } from '../../src/coverage/types.js';

/** The answer contract every surface relies on, for an answer over `coverage`. */
export function expectAnswerContract(coverage: Coverage, a: Answer): void {
  expect(a.excerpts.length).toBeLessThanOrEqual(1 + ANSWER_DEFAULTS.supportingExcerpts);
  if (a.abstained) {
    expect(a.excerpts).toEqual([]);
    expect(a.closest.length).toBeLessThanOrEqual(3);
    return;
  }
  expect(a.excerpts.length).toBeGreaterThan(0);
  expect(a.closest).toEqual([]);
  expect(a.confidence).toBeGreaterThanOrEqual(ANSWER_DEFAULTS.abstainBelow);
  expect(a.confidence).toBeLessThanOrEqual(1);
  for (const e of a.excerpts) {
    const article = coverage.byId.get(e.article.id);
    if (!article) throw new Error(`excerpt from unknown article ${e.article.id}`);
    expect(e.text).toBe(article.text.slice(e.start, e.end));
    // One to three whole sentences of one paragraph, the matched one among them, none ending inside a web address: those
    // wink cut there count as one.
    const sentence = article.sentences.find((s) => s.id === e.sentenceId);
    expect(sentence && sentence.start >= e.start && sentence.end <= e.end).toBe(true);
    const spanned = article.sentences.filter((s) => s.start >= e.start && s.end <= e.end);
    expect([spanned[0]?.start, spanned.at(-1)?.end]).toEqual([e.start, e.end]);
    const first = article.sentences.indexOf(spanned[0]);
    expect([continuesAddress(article, first), continuesAddress(article, first + spanned.length)]).toEqual([false, false]);
    expect(writtenSentences(article).filter((s) => s.start >= e.start && s.end <= e.end).length).toBeLessThanOrEqual(MAX_EXCERPT_SENTENCES);
    expect(new Set(spanned.map((s) => s.passage)).size).toBe(1);
    const { title, outlet, published, publishedInferred, url } = article.meta;
    // An inferred publication date is cited marked: "~2025-09" (issue 10 §4).
    expect(e.article).toEqual({ id: article.id, title, outlet, published: publishedInferred ? `~${published}` : published, url });
    if (e.answer === null) {
      expect([e.answerStart, e.answerEnd, e.date]).toEqual([null, null, null]);
    } else {
      expect(e.answerStart).not.toBeNull();
      expect(e.answerEnd).not.toBeNull();
      const [from, to] = [e.answerStart as number, e.answerEnd as number];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeGreaterThan(from);
      expect(to).toBeLessThanOrEqual(e.text.length);
      expect(e.text.slice(from, to)).toBe(e.answer);
    }
    if (e.date !== null) {
      expect(e.date).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$|^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
      // Only a date that states its year resolves without a publication date.
      if (article.meta.published === null) expect(e.answer).toMatch(/\b\d{4}\b/);
    }
  }
  // Supporting excerpts come from articles other than the top one's, and from one another's.
  const ids = a.excerpts.map((e) => e.article.id);
  expect(new Set(ids).size).toBe(ids.length);
  const scores = a.excerpts.map((e) => e.score);
  expect(scores).toEqual([...scores].sort((x, y) => y - x));
}
