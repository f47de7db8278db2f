import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../src/clean/metadata/url-date.js';

describe('dateFromUrl', () => {
  it('reads a /YYYYMMDD/ or /YYYY/MM/DD/ path segment', () => {
    expect(dateFromUrl('https://sputnikglobe.com/20250908/trump-plans-1122746466.html')).toBe('2025-09-08');
    expect(dateFromUrl('https://example.com/2024/11/08/putin-congratulates-trump/')).toBe('2024-11-08');
  });

  it('returns null without a real date in the path', () => {
    expect(dateFromUrl('https://example.com/news/1122746466.html')).toBeNull();
    expect(dateFromUrl('https://example.com/20251399/story')).toBeNull();
    expect(dateFromUrl('https://example.com/story-20250908')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});
