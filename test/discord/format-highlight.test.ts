import { describe, expect, it } from 'vitest';
import { formatHighlighted } from '../../src/discord/format-highlight.js';

const sentence = 'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.';
const parts = { before: 'On ', highlight: 'August 15', after: sentence.slice(12) };

describe('formatHighlighted', () => {
  it('quotes the text with the highlight in bold', () => {
    expect(formatHighlighted(parts, 1000)).toBe(`> On **August 15**, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.`);
  });

  it('keeps the highlight and cuts the context around it when short of room', () => {
    const long = { before: `${sentence} `.repeat(20), highlight: 'August 15', after: ` ${sentence}`.repeat(20) };
    for (const max of [40, 100, 500, 1024]) {
      const out = formatHighlighted(long, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).toContain('**August 15**');
      expect(out.startsWith('> …')).toBe(true);
      expect(out.endsWith('…')).toBe(true);
    }
  });

  it('fits text whose escaping makes it longer', () => {
    const starry = { before: '*'.repeat(300), highlight: '_a_', after: '|'.repeat(300) };
    const out = formatHighlighted(starry, 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toContain('**\\_a\\_**');
  });

  it('moves spaces at the edges of the highlight outside the bold', () => {
    expect(formatHighlighted({ before: 'in', highlight: ' Alaska ', after: 'today' }, 100)).toBe('> in **Alaska** today');
  });

  it('keeps a quote on one line', () => {
    expect(formatHighlighted({ before: 'Trump Plans\nto Talk', highlight: '', after: '' }, 100)).toBe('> Trump Plans to Talk');
  });
});
