import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/clean/normalize-text.js';

describe('normalizeText', () => {
  it('unifies line ends and turns no-break spaces and tabs into spaces', () => {
    expect(normalizeText('Daniel Kim Views\u00A0\r\nDEBATE\u00A0\rLATEST\tnow')).toBe('Daniel Kim Views \nDEBATE \nLATEST now');
  });

  it('removes invisible characters and composes accents', () => {
    expect(normalizeText('\uFEFFZelen\u200Bskyy met Macron in Pa\u00ADris, cafe\u0301 talk')).toBe(
      'Zelenskyy met Macron in Paris, caf\u00E9 talk',
    );
  });
});
