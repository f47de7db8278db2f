import { describe, expect, it } from 'vitest';
import { splitGluedSentences } from '../../../src/clean/text/glued-sentences.js';

describe('splitGluedSentences', () => {
  it.each([
    ['published by state tv on Sunday.Trump, who states', 'published by state tv on Sunday. Trump, who states'],
    ['when asked.On August 15, talks were held', 'when asked. On August 15, talks were held'],
    ['in 2022.Washington Post journalist', 'in 2022. Washington Post journalist'],
    ['(Sochi, Russia).He said', '(Sochi, Russia). He said'],
    ['Is it over?Nobody knows!Really', 'Is it over? Nobody knows! Really'],
    ['he told reporters."The talks', 'he told reporters." The talks'],
    ['The Kremlin said.Reuters reported.Putin agreed.', 'The Kremlin said. Reuters reported. Putin agreed.'],
  ])('inserts the missing space: %j', (input, expected) => {
    expect(splitGluedSentences(input)).toBe(expected);
  });

  it.each([
    'Putin and U.S. President Trump',
    'the U.K. Foreign Office',
    'measures, e.g.Sanctions and tariffs',
    'on Feb. 12 and on March 18',
    'Russia-U.S. talks in Riyadh',
    'growth of 3.5 percent',
    'see https://example.com/News.Today for details',
    'write to jane.Doe@example.com today',
    'reported by sputnikglobe.com on Monday',
    'built with Node.JS and .NET',
    'at 9 a.m.Tuesday',
  ])('leaves %j untouched', (text) => {
    expect(splitGluedSentences(text)).toBe(text);
  });
});
