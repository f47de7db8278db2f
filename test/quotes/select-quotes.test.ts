import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import {
  closestSpeakers,
  nameWords,
  quotesBy,
  quotesOf,
  selectQuotes,
  speakerCounts,
  speakersTyped,
} from '../../src/quotes/select-quotes.js';
import { coverageOf, FIXTURES_DIR } from '../support/seed-coverage.js';
import { QUOTES, sampleQuote } from './samples.js';

let fixtures: Coverage;
beforeAll(async () => {
  fixtures = await coverageOf(FIXTURES_DIR);
});

describe('quotesOf', () => {
  it("gives the coverage's quotes, found once and then reused", () => {
    const first = quotesOf(fixtures);
    expect(first).toEqual(findQuotes(fixtures));
    expect(quotesOf(fixtures)).toBe(first);
  });

  it('finds a new coverage its own quotes', () => {
    const rebuilt: Coverage = { ...fixtures, articles: fixtures.articles.slice(0, 1) };
    expect(quotesOf(rebuilt)).not.toBe(quotesOf(fixtures));
    expect(quotesOf(rebuilt).every((q) => q.article.id === fixtures.articles[0].id)).toBe(true);
  });
});

describe('selectQuotes', () => {
  it('without a person gives every quote and the speakers by count', () => {
    const all = selectQuotes(QUOTES, null);
    expect(all.quotes).toEqual(QUOTES);
    expect(all.speakers[0]).toEqual({ speaker: 'Hanna Lutz', count: 2 });
    expect(all.suggestions).toEqual([]);
    expect(selectQuotes(QUOTES, '  ')).toEqual(all);
  });

  it('with a person gives their quotes only', () => {
    const lutz = selectQuotes(QUOTES, 'Lutz');
    expect(lutz).toMatchObject({ person: 'Lutz', speakers: [{ speaker: 'Hanna Lutz', count: 2 }], suggestions: [] });
    expect(lutz.quotes.every((q) => q.speaker === 'Hanna Lutz')).toBe(true);
  });

  it('suggests the closest speakers when the person matches no one', () => {
    const none = selectQuotes(QUOTES, 'Brener', 2);
    expect(none.quotes).toEqual([]);
    expect(none.suggestions).toEqual(['Oskar Brenner', expect.any(String)]);
  });
});

describe('quotesBy', () => {
  it('finds a speaker by surname, first name or full name, in any case', () => {
    for (const asked of ['Lutz', 'lutz', 'Hanna', 'HANNA LUTZ']) {
      expect(quotesBy(QUOTES, asked).map((q) => q.speaker)).toEqual(['Hanna Lutz', 'Hanna Lutz']);
    }
  });

  it('needs every word asked for, so a wrong first name finds no one', () => {
    expect(quotesBy(QUOTES, 'Anna Lutz')).toEqual([]);
    expect(quotesBy(QUOTES, 'Lut')).toEqual([]);
  });

  it('ignores accents and punctuation', () => {
    const quotes = [sampleQuote('Lena Sørensen', 'We came with a compromise'), sampleQuote('José Álvarez', 'No comment')];
    expect(quotesBy(quotes, 'alvarez')).toHaveLength(1);
    expect(quotesBy(quotes, 'Sørensen,')).toHaveLength(1);
  });

  it('finds nothing for a name without words', () => {
    expect(quotesBy(QUOTES, ' ?! ')).toEqual([]);
  });
});

describe('nameWords', () => {
  it('lower-cases, strips accents and splits on anything not a letter or digit', () => {
    expect(nameWords('Jean-Luc Mélenchon')).toEqual(['jean', 'luc', 'melenchon']);
  });
});

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

const SPEAKERS = [
  { speaker: 'Donald Trump', count: 30 },
  { speaker: 'Vladimir Putin', count: 17 },
  { speaker: 'Dmitry Peskov', count: 13 },
  { speaker: 'Leonid Slutsky', count: 2 },
];

describe('closestSpeakers', () => {
  it('suggests the speaker whose name is closest to a misspelling', () => {
    expect(closestSpeakers(SPEAKERS, 'Peskof', 1)).toEqual(['Dmitry Peskov']);
    expect(closestSpeakers(SPEAKERS, 'vladimir putn', 1)).toEqual(['Vladimir Putin']);
  });

  it('returns at most `limit` names, the closest first', () => {
    const names = closestSpeakers(SPEAKERS, 'Slutski', 2);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('Leonid Slutsky');
  });

  it('offers the most quoted speakers for a name with no words', () => {
    expect(closestSpeakers(SPEAKERS, '?', 2)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});

describe('speakersTyped', () => {
  it('offers every speaker, most quoted first, before anything is typed', () => {
    expect(speakersTyped(QUOTES, '')).toEqual([
      { speaker: 'Hanna Lutz', count: 2 },
      { speaker: 'Oskar Brenner', count: 1 },
      { speaker: 'Volodymyr Zelenskyy', count: 1 },
    ]);
  });

  it('narrows to speakers with a word starting with what is typed, any case', () => {
    expect(speakersTyped(QUOTES, 'bre').map((s) => s.speaker)).toEqual(['Oskar Brenner']);
    expect(speakersTyped(QUOTES, 'VOL zel').map((s) => s.speaker)).toEqual(['Volodymyr Zelenskyy']);
    expect(speakersTyped(QUOTES, 'xyz')).toEqual([]);
  });
});
