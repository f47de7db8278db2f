import { describe, expect, it } from 'vitest';
import { speakerCounts } from '../../src/quotes/speaker-counts.js';
import { QUOTES } from './samples.js';

describe('speakerCounts', () => {
  it('counts each speaker once, most quoted first, ties alphabetically', () => {
    expect(speakerCounts(QUOTES)).toEqual([
      { speaker: 'Hanna Lutz', count: 2 },
      { speaker: 'Oskar Brenner', count: 1 },
      { speaker: 'Volodymyr Zelenskyy', count: 1 },
    ]);
    expect(speakerCounts([])).toEqual([]);
  });
});
