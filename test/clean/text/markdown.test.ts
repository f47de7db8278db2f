import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../../src/clean/text/markdown.js';

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
    const text = 'The #1 priority, said the minister, is a 5*3 formation [sic] (see below) and snake_case__names; 2 ** 3 = 8.';
    expect(stripMarkdown(text)).toBe(text);
  });
  it('undoes links whatever their destination, around an image alone or around a block, as converters write them', () => {
    expect(
      stripMarkdown(
        [
          '[![](https://example.org/logo.png)](https://example.org/)',
          '*   [Local news](local/index.html)',
          '*   [Share by e-mail](mailto:?subject=Buses "Share")',
          '[',
          '',
          '### Night buses to run for another year',
          '',
          '](/local/2031/night-buses)',
        ].join('\n'),
      ),
    ).toBe(['', ' Local news', ' Share by e-mail', 'Night buses to run for another year'].join('\n'));
  });

  it("takes the heading marks off a heading inside a list item, indented to the item's text", () => {
    expect(stripMarkdown('*   Local\n    #### Night buses to run for another year')).toBe(' Local\nNight buses to run for another year');
  });

  it("writes a bullet padded to its item's text as a list item's leading space and leaves a plain-text bullet alone", () => {
    expect(stripMarkdown('*   Timetables\n    +   Night buses\n*   #### Fares\n* 12 routes run all night')).toBe(
      ' Timetables\n     Night buses\nFares\n* 12 routes run all night',
    );
  });

  it('reads backslash-escaped punctuation as the punctuation', () => {
    expect(stripMarkdown('1\\. The fare is \\$2 \\(a flat rate\\) for \\*all\\* riders\\_')).toBe(
      '1. The fare is $2 (a flat rate) for *all* riders_',
    );
  });
});
