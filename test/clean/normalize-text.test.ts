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

  it('removes terminal control sequences whole and every other control character, keeping line breaks', () => {
    const text =
      'Talks \u001B[31mended\u001B[0m on Monday.\u0007\n\u001B]52;c;aGk=\u0007The \u009B8mtalks\u001B]0;title\u001B\\ resume\u0000 in May.';
    expect(normalizeText(text)).toBe('Talks ended on Monday.\nThe talks resume in May.');
  });

  it('removes the bidirectional marks, embeddings, overrides and isolates, which only order what is displayed', () => {
    expect(normalizeText('Mayor \u200FLena \u200ERoss opened the \u202Enew\u202C bridge on \u2067Monday\u2069\u061C.')).toBe(
      'Mayor Lena Ross opened the new bridge on Monday.',
    );
  });
});
