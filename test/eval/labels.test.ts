import { describe, expect, it } from 'vitest';
import { isFitPage } from '../../eval/datasets.js';
import { loadQuoteLabels, scoreSpeakers, type QuoteLabel } from '../../eval/labels/labels.js';
import type { ArticleRef } from '../../src/answer/types.js';
import { sampleQuote } from '../quotes/samples.js';

const CBS = '7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03';
const page: ArticleRef = { id: CBS, title: null, outlet: 'CBS News', published: '2019-11-19', url: null };
const LABELS: Record<string, QuoteLabel[]> = {
  [CBS]: [
    { phrase: 'I think the allegations against Vice President Biden', speaker: 'Kurt Volker' },
    { phrase: 'I feared at the time of the call', speaker: 'Tim Morrison' },
    { phrase: "So it's fair to say you have not fixed", speaker: 'Schiff', also: ['Adam Schiff'] },
    { phrase: "That's correct", speaker: 'Kurt Volker' },
  ],
};

describe('quote labels', () => {
  it('label only fit pages, with at least 60 quotations over 7 pages', () => {
    const labels = loadQuoteLabels();
    expect(Object.keys(labels).every(isFitPage)).toBe(true);
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(7);
    expect(Object.values(labels).flat().length).toBeGreaterThanOrEqual(60);
  });

  it('label, for judging, at least 30 quotations over 3 other fit pages than the studied set', () => {
    const studied = loadQuoteLabels();
    const unstudied = loadQuoteLabels('quotes-unstudied.json');
    expect(Object.keys(unstudied).every((page) => isFitPage(page) && !(page in studied))).toBe(true);
    expect(Object.keys(unstudied).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(unstudied).flat().length).toBeGreaterThanOrEqual(30);
  });

  it('label, for judging, at least 30 quotations over 3 fit pages that neither earlier set uses', () => {
    const earlier = { ...loadQuoteLabels(), ...loadQuoteLabels('quotes-unstudied.json') };
    const third = loadQuoteLabels('quotes-third.json');
    expect(Object.keys(third).every((page) => isFitPage(page) && !(page in earlier))).toBe(true);
    expect(Object.keys(third).length).toBeGreaterThanOrEqual(3);
    expect(Object.values(third).flat().length).toBeGreaterThanOrEqual(30);
  });

  it('count a quotation right, wrong or not found by the quote holding its first words, typographic quotes folded', () => {
    const found = [
      sampleQuote('Kurt Volker', 'I think the allegations against Vice President Biden are self-serving and not credible,', 'direct', page),
      sampleQuote(
        'Tim Morrison',
        'Morrison told the Intelligence Committee, “I feared at the time of the call on July 25 how its disclosure would play.”',
        'reported',
        page,
      ),
      sampleQuote('Kurt Volker', 'So it’s fair to say you have not fixed the ‘Giuliani problem’?', 'direct', page),
    ];
    expect(scoreSpeakers(found, LABELS)).toEqual({ labelled: 4, right: 2, wrong: 1, none: 1, asQuotation: 1 });
  });

  it('count another name the label accepts as right, and a quote of another page as no match', () => {
    const elsewhere = { ...page, id: 'another-page' };
    const found = [
      sampleQuote('Adam Schiff', "So it's fair to say you have not fixed the 'Giuliani problem'?", 'direct', page),
      sampleQuote('Kurt Volker', "That's correct", 'direct', elsewhere),
    ];
    expect(scoreSpeakers(found, LABELS)).toMatchObject({ right: 1, wrong: 0, none: 3 });
  });
});
