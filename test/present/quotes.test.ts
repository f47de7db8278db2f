import { describe, expect, it } from 'vitest';
import { renderQuotes, quotesJson } from '../../src/present/quotes.js';
import { selectQuotes } from '../../src/quotes/select-quotes.js';
import { QUOTES, sampleQuote } from '../quotes/samples.js';

describe('renderQuotes', () => {
  it('lists the speakers with their counts when no person is asked for', () => {
    expect(renderQuotes(selectQuotes(QUOTES, null))).toBe(
      [
        '3 speakers quoted in the coverage, most quoted first:',
        '  Hanna Lutz — 2 quotes',
        '  Oskar Brenner — 1 quote',
        '  Volodymyr Zelenskyy — 1 quote',
        'Ask /quotes <name> for what one of them said.',
      ].join('\n'),
    );
  });

  it('counts a single speaker in the singular', () => {
    expect(renderQuotes(selectQuotes(QUOTES.slice(1, 2), null)).split('\n')[0]).toBe(
      '1 speaker quoted in the coverage, most quoted first:',
    );
  });

  it("shows one person's direct speech in quotation marks and reported speech as written, each cited", () => {
    expect(renderQuotes(selectQuotes(QUOTES, 'lutz'))).toBe(
      [
        'Hanna Lutz — 2 quotes',
        '  “Every week without a deal, ships go elsewhere”',
        '    — Harbour Post · "Port authority warns tariff dispute is costing jobs"',
        '  Negotiators met in Geneva last week but reached no agreement, according to Lutz.',
        '    — Harbour Post · "Port authority warns tariff dispute is costing jobs"',
      ].join('\n'),
    );
  });

  it('shows a quotation running over paragraphs on one line', () => {
    const quotes = [sampleQuote('Dmitry Peskov', 'Listen, we tell you what we know.\n\nBut we cannot rule out more')];
    expect(renderQuotes(selectQuotes(quotes, 'Peskov')).split('\n')[1]).toBe(
      '  “Listen, we tell you what we know. But we cannot rule out more”',
    );
  });

  it('says no one by that name is quoted and names the closest speakers', () => {
    expect(renderQuotes(selectQuotes(QUOTES, 'Brener', 1))).toBe(
      'Nothing in the coverage is quoted from "Brener". Closest speakers: Oskar Brenner.',
    );
    expect(renderQuotes(selectQuotes([], null))).toBe('No one is quoted in the coverage.');
  });
});

describe('quotesJson', () => {
  it("gives a person's quotes as exactly speaker, text and article of id, outlet and published", () => {
    expect(quotesJson(selectQuotes(QUOTES, 'Brenner'))).toEqual({
      quotes: [
        { speaker: 'Oskar Brenner', text: 'We have waited long enough', article: { id: 'hp', outlet: 'Harbour Post', published: null } },
      ],
    });
  });

  it('adds the speakers by count when no person is asked for', () => {
    const json = quotesJson(selectQuotes(QUOTES, null));
    expect(Object.keys(json)).toEqual(['quotes', 'speakers']);
    expect(json.quotes).toHaveLength(QUOTES.length);
  });

  it('adds a message and suggestions when the person matches no one', () => {
    expect(quotesJson(selectQuotes(QUOTES, 'Brener', 1))).toEqual({
      quotes: [],
      message: 'Nothing in the coverage is quoted from "Brener". Closest speakers: Oskar Brenner.',
      suggestions: ['Oskar Brenner'],
    });
  });
});
