import { describe, expect, it } from 'vitest';
import { pageButtons } from '../../src/discord/page-buttons.js';

const ids = (page: number, pages: number) =>
  pageButtons(page, pages, (to) => `p${to}`).flatMap((row) => row.components.map((b) => ('custom_id' in b ? [b.custom_id, b.disabled] : [])));

describe('pageButtons', () => {
  it('needs no row for a single page', () => {
    expect(pageButtons(0, 1, String)).toEqual([]);
  });

  it('points Previous and Next at the neighbouring pages, disabled at either end, ids always distinct', () => {
    expect(ids(0, 3)).toEqual([['p0', true], ['p1', false]]);
    expect(ids(1, 3)).toEqual([['p0', false], ['p2', false]]);
    expect(ids(2, 3)).toEqual([['p1', false], ['p2', true]]);
  });
});
