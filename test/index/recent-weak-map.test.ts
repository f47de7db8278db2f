import { describe, expect, it } from 'vitest';
import { RecentWeakMap } from '../../src/index/recent-weak-map.js';

describe('RecentWeakMap', () => {
  it('gives each key its own value whichever key was asked last, and nothing for a key never set', () => {
    const map = new RecentWeakMap<object, string>();
    const [a, b, c] = [{}, {}, {}];
    map.set(a, 'a');
    map.set(b, 'b');
    expect(map.get(a)).toBe('a');
    expect(map.get(a)).toBe('a');
    expect(map.get(c)).toBeUndefined();
    expect(map.get(a)).toBe('a');
    expect(map.get(b)).toBe('b');
    map.set(b, 'b2');
    expect(map.get(b)).toBe('b2');
    expect(map.get(a)).toBe('a');
  });
});
