import { describe, expect, it } from 'vitest';
import { formatReindexReport } from '../../src/present/reindex.js';
import type { ReindexReport } from '../../src/coverage/reindex.js';

const report = (fields: Partial<ReindexReport>): ReindexReport => ({
  added: [],
  changed: [],
  removed: [],
  unchanged: 0,
  articles: 1,
  analysed: 0,
  ms: 1234,
  version: 'v',
  ...fields,
});

describe('formatReindexReport', () => {
  it('lists at most the given number of ids per change, then how many more', () => {
    const added = ['a_1', 'b_2', 'c_3'];
    expect(formatReindexReport(report({ added, articles: 3, analysed: 3 }), 2)).toBe(
      'Re-indexed 3 articles in 1.2 s (3 analysed now): 3 added.\nAdded: `a_1`, `b_2` and 1 more',
    );
  });

  it('says when nothing changed, in the singular for one article', () => {
    expect(formatReindexReport(report({ unchanged: 1 }), 10)).toBe(
      'Re-indexed 1 article in 1.2 s (all from the analysis cache): nothing changed.',
    );
  });

  it('keeps a backtick in a file name from ending the code span', () => {
    expect(formatReindexReport(report({ removed: ['odd`name'] }), 10)).toContain("Removed: `odd'name`");
  });
});
