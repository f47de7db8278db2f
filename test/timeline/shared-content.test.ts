import { describe, expect, it } from 'vitest';
import { sharedContent } from '../../src/timeline/shared-content.js';

/** idf of a small newsroom: the leaders' names are everywhere, the rest is rare. */
const IDF: Record<string, number> = { halden: 0.2, marchetti: 0.2, phone: 2, call: 1.5, tariff: 2.5, council: 3, barrier: 3, vote: 2.5 };
const idf = (t: string) => IDF[t] ?? 1;

describe('sharedContent', () => {
  it('is 1 when the lighter sentence is all inside the other', () => {
    expect(sharedContent(new Set(['phone', 'call']), new Set(['halden', 'phone', 'call', 'tariff']), idf)).toBe(1);
  });

  it('weighs shared names everyone uses lightly and shared rare words heavily', () => {
    const names = sharedContent(new Set(['halden', 'marchetti', 'council', 'vote']), new Set(['halden', 'marchetti', 'phone', 'call']), idf);
    const words = sharedContent(new Set(['phone', 'call', 'council']), new Set(['phone', 'call', 'tariff']), idf);
    expect(names).toBeLessThan(0.2);
    expect(words).toBeGreaterThan(0.5);
  });

  it('is symmetric and 0 for nothing shared or nothing to share', () => {
    const a = new Set(['phone', 'tariff']);
    const b = new Set(['phone', 'council', 'barrier']);
    expect(sharedContent(a, b, idf)).toBe(sharedContent(b, a, idf));
    expect(sharedContent(a, new Set(['council']), idf)).toBe(0);
    expect(sharedContent(new Set(), b, idf)).toBe(0);
  });
});
