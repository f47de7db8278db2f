import { describe, expect, it } from 'vitest';
import { compareCoverage } from '../../src/coverage/compare-coverage.js';

const v = (id: string, hash: string) => ({ id, hash });

describe('compareCoverage', () => {
  it('names the added, changed and removed articles by id and counts the unchanged ones', () => {
    const before = [v('a', '1'), v('b', '2'), v('c', '3')];
    const after = [v('d', '4'), v('b', '2'), v('a', '9')];
    expect(compareCoverage(before, after)).toEqual({ added: ['d'], changed: ['a'], removed: ['c'], unchanged: 1 });
  });

  it('reports every article as added when there was no coverage before', () => {
    expect(compareCoverage([], [v('b', '2'), v('a', '1')])).toEqual({ added: ['a', 'b'], changed: [], removed: [], unchanged: 0 });
  });

  it('reports nothing changed for the same articles in another order', () => {
    const articles = [v('a', '1'), v('b', '2')];
    expect(compareCoverage(articles, [...articles].reverse())).toEqual({ added: [], changed: [], removed: [], unchanged: 2 });
  });

  it('counts a renamed file as one removed and one added article, even with the same content', () => {
    expect(compareCoverage([v('old-name', 'h')], [v('new-name', 'h')])).toEqual({ added: ['new-name'], changed: [], removed: ['old-name'], unchanged: 0 });
  });
});
