import { describe, expect, it } from 'vitest';
import { endsSentence, endsWithAbbreviation } from '../../../src/clean/boilerplate/sentence-end.js';

describe('endsWithAbbreviation', () => {
  it.each(['Putin and U.S.', 'on Feb.', 'Mr.', 'No.', 'St.', 'John F.', 'Russia-U.S.', 'for example, e.g.', 'Sept.'])(
    '%j ends in an abbreviation',
    (line) => {
      expect(endsWithAbbreviation(line)).toBe(true);
    },
  );
  it.each(['He left.', 'on Sunday.', 'It was 2022.', 'Plan B', 'the Kremlin said'])('%j does not', (line) => {
    expect(endsWithAbbreviation(line)).toBe(false);
  });
});

describe('endsSentence', () => {
  it.each(['He left.', 'Did he?', 'Yes!', '"We will win."', 'it was clever.”', 'He waited…', '(He declined.)'])(
    '%j ends a sentence',
    (line) => {
      expect(endsSentence(line)).toBe(true);
    },
  );
  it.each(['Putin and U.S.', 'on Feb.', 'the talks in', 'Trump Plans to Talk to Putin', 'he said:'])('%j does not', (line) => {
    expect(endsSentence(line)).toBe(false);
  });
});
