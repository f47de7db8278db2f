import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/index/top-k.js';

describe('TopK', () => {
  it('keeps the k highest scores, best first', () => {
    const top = new TopK(3);
    [0.5, 2, 1, 3, 0.1, 2.5].forEach((score, doc) => top.offer(doc, score));
    expect(top.sorted()).toEqual([
      { doc: 3, score: 3 },
      { doc: 5, score: 2.5 },
      { doc: 1, score: 2 },
    ]);
    expect(top.minScore).toBe(2);
  });

  it('prefers the lower doc id among equal scores, whatever the arrival order', () => {
    const top = new TopK(2);
    for (const doc of [9, 4, 7, 1, 8]) top.offer(doc, 1);
    expect(top.sorted().map((h) => h.doc)).toEqual([1, 4]);
  });

  it('reports whether an offered hit was kept and when it is full', () => {
    const top = new TopK(1);
    expect(top.full).toBe(false);
    expect(top.offer(0, 1)).toBe(true);
    expect(top.full).toBe(true);
    expect(top.offer(1, 1)).toBe(false);
    expect(top.offer(2, 0.5)).toBe(false);
    expect(top.offer(3, 2)).toBe(true);
    expect(top.sorted()).toEqual([{ doc: 3, score: 2 }]);
  });

  it('keeps nothing with capacity 0', () => {
    const top = new TopK(0);
    expect(top.offer(0, 1)).toBe(false);
    expect(top.sorted()).toEqual([]);
    expect(top.minScore).toBe(-Infinity);
  });

  it('matches a full sort on a long random stream', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const scores = Array.from({ length: 5000 }, () => Math.floor(random() * 200) / 10);
    const top = new TopK(37);
    scores.forEach((score, doc) => top.offer(doc, score));
    const expected = scores
      .map((score, doc) => ({ doc, score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, 37);
    expect(top.sorted()).toEqual(expected);
  });
});
