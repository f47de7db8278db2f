import { describe, expect, it } from 'vitest';
import { takeHeadline } from '../../src/clean/headline.js';

describe('takeHeadline', () => {
  it('takes a Title Case first line as the headline, out of the text', () => {
    expect(takeHeadline('\nTrump Plans to Talk to Putin in Next Few Days\n\nUS President Donald Trump said so.', 15)).toEqual({
      title: 'Trump Plans to Talk to Putin in Next Few Days', rest: '\nUS President Donald Trump said so.',
    });
  });

  it('takes a sentence-case headline with a colon', () => {
    expect(takeHeadline("Trump and Putin's secret calls: A push for peace in Ukraine\nAccording to Peskov, nothing is confirmed.", 15).title)
      .toBe("Trump and Putin's secret calls: A push for peace in Ukraine");
  });

  it.each([
    ['a first sentence', 'Vladimir Putin has revealed an unexpected aspect of his relationship with Trump.\nMore.'],
    ['a line broken after an initialism', 'Russian President Vladimir Putin and U.S.\nPresident Donald Trump spoke.'],
    ['a line continued in lower case', 'Russian President Vladimir Putin said Trump\nwas a friend.'],
    ['a line ending on a function word', 'Russian President Vladimir Putin and\nTrump spoke.'],
    ['a line too long for a headline', 'Russian President Vladimir Putin And US President Donald Trump Might Have Had More Contacts Than Revealed\nText.'],
    ['a single word', 'Politics\nText.'],
    ['the only line', 'Trump Plans to Talk to Putin'],
  ])('leaves %s in the text', (_, text) => {
    expect(takeHeadline(text, 15)).toEqual({ title: null, rest: text });
  });
});
