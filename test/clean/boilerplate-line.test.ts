import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, isProse, isShortLine } from '../../src/clean/boilerplate-line.js';
import { CLEAN_DEFAULTS } from '../../src/clean/clean-defaults.js';

const junk = (line: string) => isBoilerplateLine(line, CLEAN_DEFAULTS);

describe('isBoilerplateLine', () => {
  it.each([
    ['an accessibility link', 'Skip to main content'],
    ['accessibility links run together', 'Jump to navigation Jump to search'],
    ['a glued comment counter', 'Comments12'],
    ['a counter with its label first', 'Shares (3)'],
    ['a view count', '1.2K views'],
    ['a bare number', '300'],
    ['an author with a view counter', 'Jane Doe Views'],
    ['a category label', 'WORLD NEWS'],
    ['an app prompt', 'Get the App on Google Play'],
    ['a PHP fragment', "<?php echo get_the_title(); ?>"],
    ['a WordPress shortcode call', "//= do_something('[ad-slot id=4]'); ?>"],
    ['a shortcode', '[related_posts limit="3"]'],
    ['a line dense in code symbols', 'if (x) { y(); } else { z(); }'],
    ['a caption with a slash credit', 'Leaders meet in Geneva on June 16, 2021. / EPA-EFE'],
    ['a caption ending in an agency credit', 'Putin at the Kremlin on Monday (Reuters)'],
    ['a caption with a Photo: credit', 'Putin at the Kremlin on Monday. Photo: Jane Doe'],
    ['a bulleted headline link', '\u2022 Oil Prices Surge as OPEC Cuts Output Again'],
    ['a numbered headline link', '2. Why the Ceasefire Talks Collapsed in Riyadh'],
    ['a lone list ordinal', '\u2022 3'],
    ['a read-more link', 'Read more: Zelensky to meet Trump in Washington'],
    ['punctuation only', '\u2022 \u2014 |'],
  ])('drops %s', (_, line) => {
    expect(junk(line)).toBe(true);
  });

  it.each([
    'Putin said, \u201CI very much expect that our relationship with the United States will eventually be restored.\u201D',
    'Trump (left) and Putin (right) met in Helsinki in 2018, and again in Alaska this year.',
    'The company will download its new app to 3 million phones, it said.',
    '- The ceasefire will begin on Monday, officials said.',
    '1. Russia must withdraw its troops from the occupied regions.',
    'Kremlin Rejects Ceasefire Terms',
    'NATO said the drones crossed into Polish airspace / a first for the alliance.',
    'Skip to the end: the talks failed.',
    '',
  ])('keeps %j', (line) => {
    expect(junk(line)).toBe(false);
  });
});

describe('isShortLine and isProse', () => {
  it('tells menu items from prose', () => {
    expect(isShortLine('Trending Videos', CLEAN_DEFAULTS)).toBe(true);
    expect(isShortLine('He left.', CLEAN_DEFAULTS)).toBe(false);
    expect(isProse('He further noted that he is willing to work with any head of state.', CLEAN_DEFAULTS)).toBe(true);
    expect(isProse('Kim Jong Un Possible Russia Visit Sparks Tensions as Ties Deepen', CLEAN_DEFAULTS)).toBe(false);
    expect(isProse('\u2022 The ceasefire will begin on Monday, officials said in a statement.', CLEAN_DEFAULTS)).toBe(false);
  });
});
