import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/clean/markdown.js';

describe('stripMarkdown', () => {
  it('turns headings, quotes, links and strong emphasis into plain text', () => {
    expect(
      stripMarkdown(
        [
          '# Zelensky Meets Trump at the White House ##',
          '',
          '![Zelensky and Trump](https://example.org/photo.jpg "The two leaders")',
          'Ukrainian President Volodymyr Zelensky met [Donald Trump](https://example.org/trump) on **Monday**.',
          '> "We are ready for peace," __Zelensky__ said.',
        ].join('\n'),
      ),
    ).toBe(
      [
        'Zelensky Meets Trump at the White House',
        '',
        '',
        'Ukrainian President Volodymyr Zelensky met Donald Trump on Monday.',
        '"We are ready for peace," Zelensky said.',
      ].join('\n'),
    );
  });

  it('leaves prose with literal symbols alone', () => {
    const text = 'The #1 priority, said the minister, is a 5*3 formation [sic] and snake_case__names; 2 ** 3 = 8.';
    expect(stripMarkdown(text)).toBe(text);
  });
});
