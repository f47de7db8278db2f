import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/clean/characters/normalize-text.js';

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

  it("joins a printed text's pages without the running head and foot each page repeats, its page numbers aside", () => {
    const page = (n: number, body: string[]) =>
      [`06/12/2026, 09:14            Ferry service resumes`, '', ...body, '', `https://example.org/ferry            ${n}/3`].join('\n');
    const text = [
      page(1, ['Ferry service resumes', '', 'The ferry ran again on Monday.']),
      page(2, ['Crews repaired the landing stage.']),
      page(3, ['Tickets remain valid until March.']),
      '',
    ].join('\f');
    expect(normalizeText(text).split('\n').filter(Boolean)).toEqual([
      'Ferry service resumes',
      'The ferry ran again on Monday.',
      'Crews repaired the landing stage.',
      'Tickets remain valid until March.',
    ]);
  });

  it("drops a one-page print's browser head and foot in Chromium's and Firefox's forms, keeping the article's first and last lines", () => {
    const chromium = [
      '12/6/26, 9:14 AM               Ferry service resumes after storm | Harbour Wee',
      '',
      'Ferry service resumes after storm',
      'The ferry ran again on Monday.',
      '',
      'https://harbour.example/ferry                                          1/1',
      '\f',
    ].join('\n');
    expect(normalizeText(chromium).split('\n').filter(Boolean)).toEqual([
      'Ferry service resumes after storm',
      'The ferry ran again on Monday.',
    ]);
    const firefox = [
      'Ferry service resumes after storm             https://harbour.example/ferry',
      'Ferry service resumes after storm',
      'The ferry ran again on Monday.',
      'Page 1 of 1                                    06/12/2026, 09:14:05',
      '\f',
    ].join('\n');
    expect(normalizeText(firefox).split('\n').filter(Boolean)).toEqual([
      'Ferry service resumes after storm',
      'The ferry ran again on Monday.',
    ]);
  });

  it('keeps a first line that starts with a date and a last line that ends with a page count in no print form', () => {
    const text = '06/12/2026, 09:14 Ferry service resumes\nThe ferry ran again on Monday.\nSee the timetable   2/3\f';
    expect(normalizeText(text)).toBe('06/12/2026, 09:14 Ferry service resumes\nThe ferry ran again on Monday.\nSee the timetable   2/3\n');
  });

  it('reads a form feed as a line break and keeps the edge lines of a text of one page', () => {
    expect(normalizeText('Ferry service resumes\nThe ferry ran again on Monday.\f')).toBe(
      'Ferry service resumes\nThe ferry ran again on Monday.\n',
    );
  });
});
