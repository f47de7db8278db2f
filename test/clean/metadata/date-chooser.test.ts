import { describe, expect, it } from 'vitest';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { DATE_FEATURES, chooseWrittenDate, dateCandidates } from '../../../src/clean/metadata/date-chooser.js';
import shipped from '../../../src/clean/metadata/date-weights.json' with { type: 'json' };

const HEADLINE = 'Council closes the old river bridge to cars after cracks found';
const STORY = [
  'The city council voted on Tuesday night to close the old river bridge to cars from next spring, after engineers found cracks in two of its piers.',
  'Council members said the decision was painful but unavoidable, and that buses and cyclists would still be allowed to cross during the repairs.',
  'Shop owners on both banks warned that the closure would cut their trade, and asked the council to pay for signs to the nearest car parks.',
];
const RELATED = ['Related stories', 'New cycle lanes open along the ring road', '12 March 2018'];
const COMMENTS = ['3 comments', 'riverfan says: November 20, 2019 at 8:14 am', 'About time too.'];

/** The date chosen on a page of header lines, the story's paragraphs (kept as text) and the lines after it. */
function chosen(header: string[], after: string[] = [], authorLine?: string, story = STORY): string | undefined {
  const blocks = [HEADLINE, ...header, ...story, ...after];
  const kept = blocks.map((b) => story.includes(b));
  return chooseWrittenDate(dateCandidates(blocks, kept, 0, authorLine, { datelineMaxWords: 16 }), CLEAN_DEFAULTS.dateChooser);
}

describe('the publication date chooser', () => {
  it("takes no date of a sentence or of the story's running text as a candidate, but one a publication label marks", () => {
    const told = 'The bridge was last repaired on 4 June 2009, when two of its piers were rebuilt after a flood.';
    const caption = 'Engineers inspecting the piers of the old river bridge, 14 November 2019, photographed by the Riverside Courier';
    const blocks = [
      HEADLINE,
      'It was signed on 4 June 2009.',
      told,
      caption,
      ...STORY,
      'This story was originally published November 19, 2019 5:36 PM.',
    ];
    const kept = blocks.map((b) => b !== HEADLINE);
    const dates = dateCandidates(blocks, kept, 0, undefined, { datelineMaxWords: 16 }).map((c) => c.date);
    expect(dates).toEqual(['2019-11-19']);
  });

  it('takes the date under the headline over a related story’s date after the text', () => {
    expect(chosen(['19 листопада 2019, 10:32'], RELATED)).toBe('2019-11-19');
    expect(chosen(['Friday 22 November 2019 at 6:40 pm'], [...RELATED, ...COMMENTS])).toBe('2019-11-22');
  });

  it('reads the date on the author line the byline reader took out, placed under the headline', () => {
    expect(chosen([], RELATED, 'By Jane Porter, 21/11/2019 09:12')).toBe('2019-11-21');
  });

  it('gives no date when the only date is one the story’s text tells of', () => {
    const told = 'The bridge was last repaired on 4 June 2009, when two of its piers were rebuilt after a flood.';
    expect(chosen(['By Jane Porter'], [], undefined, [told, ...STORY])).toBeUndefined();
    expect(chooseWrittenDate([], CLEAN_DEFAULTS.dateChooser)).toBeUndefined();
  });
});

// The fit reads ../shared (npm run eval:fit-dates -- --check compares a fresh fit with this file byte for byte); here,
// without the datasets, the file must fit the code that reads it and say how it was fitted.
describe('the shipped date weights', () => {
  it('weigh exactly the features the code computes', () => {
    expect(Object.keys(shipped.weights)).toEqual([...DATE_FEATURES]);
    for (const w of [...Object.values(shipped.weights), shipped.bias]) expect(Number.isFinite(w)).toBe(true);
  });

  it('say how they were fitted: the script, the fit split and the leave-one-page-out counts', () => {
    expect(shipped.fit).toMatchObject({ script: 'npm run eval:fit-dates', split: 'fit (article-extraction ids 0–7)' });
    const { right, wrong, none } = shipped.fit.leaveOnePageOut;
    expect(right + wrong + none).toBe(shipped.fit.pagesShowingDate);
    expect(right).toBeGreaterThan(10 * wrong);
  });
});
