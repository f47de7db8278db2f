import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/clean/text/front-matter.js';

describe('readFrontMatter', () => {
  it('reads the usual keys and returns the text after the block', () => {
    const result = readFrontMatter(
      '---\ntitle: \'Kremlin: "no comment" on calls\'\npublisher: TASS\npublished_at: 2025-02-09T14:05:00+03:00\ncanonical_url: https://example.org/a\nauthors: Ivan Petrov\ntags: [russia, usa]\n---\nBody text starts here.',
    );
    expect(result).toEqual({
      meta: {
        title: 'Kremlin: "no comment" on calls',
        outlet: 'TASS',
        published: '2025-02-09',
        url: 'https://example.org/a',
        byline: 'Ivan Petrov',
      },
      rest: 'Body text starts here.',
    });
  });

  it('decodes entities in values and skips a date it cannot read', () => {
    expect(readFrontMatter('---\ntitle: AT&amp;T &amp; Verizon\ndate: soon\n---\nText')?.meta).toEqual({ title: 'AT&T & Verizon' });
  });

  it('returns null when the text does not open with front matter', () => {
    expect(readFrontMatter('The talks ended.\n---\ntitle: x\n---')).toBeNull();
    expect(readFrontMatter('---\nan unclosed block')).toBeNull();
  });
});
