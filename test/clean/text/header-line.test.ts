import { describe, expect, it } from 'vitest';
import { readHeaderLine } from '../../../src/clean/text/header-line.js';

describe('readHeaderLine', () => {
  it('reads a scraper header with date and url, leading space allowed, and strips it', () => {
    expect(readHeaderLine(' date 2025-09-08 https://example.com/20250908/story.html\n\nHeadline\n')).toEqual({
      meta: { published: '2025-09-08', url: 'https://example.com/20250908/story.html' },
      rest: '\nHeadline\n',
    });
  });

  it('reads a header with only a date or only a url', () => {
    expect(readHeaderLine('date: 2024-11-08\nText')?.meta).toEqual({ published: '2024-11-08' });
    expect(readHeaderLine('https://example.com/a\nText')?.meta).toEqual({ url: 'https://example.com/a' });
  });

  it('does not take prose that starts with a date for a header', () => {
    expect(readHeaderLine('2025-09-08 was the day Trump said he would call Putin.')).toBeNull();
    expect(readHeaderLine('date 2025-09-08 was chosen for the talks')).toBeNull();
    expect(readHeaderLine('')).toBeNull();
  });
});
