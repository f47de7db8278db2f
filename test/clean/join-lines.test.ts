import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/clean/join-lines.js';

describe('joinLines', () => {
  it('joins a line broken after an initialism, an abbreviation or before a lower-case word', () => {
    expect(joinLines('Vladimir Putin and U.S.\nPresident Donald Trump spoke.')).toBe('Vladimir Putin and U.S. President Donald Trump spoke.');
    expect(joinLines('two calls, on Feb.\n12 and on March 18.')).toBe('two calls, on Feb. 12 and on March 18.');
    expect(joinLines('including that Russia-U.S.\ntalks in Riyadh would go ahead.')).toBe('including that Russia-U.S. talks in Riyadh would go ahead.');
    expect(joinLines('Mr.\nPeskov said so.')).toBe('Mr. Peskov said so.');
    expect(joinLines('John F.\nKennedy said so.')).toBe('John F. Kennedy said so.');
  });

  it('joins a line without terminal punctuation to the next', () => {
    expect(joinLines('The Kremlin said the two presidents\nhad spoken by phone.')).toBe('The Kremlin said the two presidents had spoken by phone.');
    expect(joinLines('The talks, held in\nRiyadh, ended.')).toBe('The talks, held in Riyadh, ended.');
  });

  it('keeps a line that ends a sentence as its own paragraph', () => {
    expect(joinLines('Putin spoke on Friday.\nTrump replied on Saturday.\n"It was good," he said.'))
      .toBe('Putin spoke on Friday.\n\nTrump replied on Saturday.\n\n"It was good," he said.');
  });

  it('ends a paragraph at every blank line, folds whitespace and trims', () => {
    expect(joinLines('  A headline without a period\n\n\n\nThe  first\tparagraph   runs\non here.  \n \n')).toBe('A headline without a period\n\nThe first paragraph runs on here.');
  });

  it('returns an empty string for blank input', () => {
    expect(joinLines('\n \n\t\n')).toBe('');
  });
});
