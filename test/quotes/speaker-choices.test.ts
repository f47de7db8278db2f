import { describe, expect, it } from 'vitest';
import { speakerChoices } from '../../src/quotes/speaker-choices.js';
import { QUOTES, sampleQuote } from './samples.js';

describe('speakerChoices', () => {
  it('offers every speaker, most quoted first, before anything is typed', () => {
    expect(speakerChoices(QUOTES, '')).toEqual([
      { name: 'Hanna Lutz (2)', value: 'Hanna Lutz' },
      { name: 'Oskar Brenner (1)', value: 'Oskar Brenner' },
      { name: 'Volodymyr Zelenskyy (1)', value: 'Volodymyr Zelenskyy' },
    ]);
  });

  it('narrows to speakers with a word starting with what is typed, any case', () => {
    expect(speakerChoices(QUOTES, 'bre').map((c) => c.value)).toEqual(['Oskar Brenner']);
    expect(speakerChoices(QUOTES, 'VOL zel').map((c) => c.value)).toEqual(['Volodymyr Zelenskyy']);
    expect(speakerChoices(QUOTES, 'xyz')).toEqual([]);
  });

  it('offers at most 25 choices', () => {
    const many = Array.from({ length: 40 }, (_, i) => sampleQuote(`Speaker Number${i}`, 'Yes'));
    expect(speakerChoices(many, 'speaker')).toHaveLength(25);
  });
});
