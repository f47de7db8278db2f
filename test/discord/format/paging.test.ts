import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId, PAGE_ID_TEXT_MAX, pageButtons, pageOf } from '../../../src/discord/format/paging.js';

describe('encodePageId / decodePageId', () => {
  it('round-trips the page and the text, the whole coverage (null) and an empty text apart', () => {
    for (const text of ['phone calls', null, '', 'a|b = c']) {
      const id = encodePageId('tl1', 3, text)!;
      expect(decodePageId('tl1', id)).toEqual({ page: 3, text });
    }
  });

  it('fits any text up to PAGE_ID_TEXT_MAX in a custom id, and refuses a longer one', () => {
    expect(encodePageId('tl1', 9999, 'x'.repeat(PAGE_ID_TEXT_MAX))!.length).toBeLessThanOrEqual(100);
    expect(encodePageId('tl1', 0, 'x'.repeat(100))).toBeNull();
  });

  it('reads nothing from another prefix or a damaged id', () => {
    const id = encodePageId('tl1', 1, 'calls')!;
    expect(decodePageId('qt1', id)).toBeNull();
    for (const bad of ['tl1', 'tl1|x|=calls', 'tl1|1|calls', 'tl1|12345|-', 'm1|-|0|abc']) expect(decodePageId('tl1', bad)).toBeNull();
  });

  it('never writes a negative page', () => {
    expect(decodePageId('tl1', encodePageId('tl1', -1, null)!)).toEqual({ page: 0, text: null });
  });
});

const ids = (page: number, pages: number) =>
  pageButtons(page, pages, (to) => `p${to}`).flatMap((row) =>
    row.components.map((b) => ('custom_id' in b ? [b.custom_id, b.disabled] : [])),
  );

describe('pageButtons', () => {
  it('needs no row for a single page', () => {
    expect(pageButtons(0, 1, String)).toEqual([]);
  });

  it('points Previous and Next at the neighbouring pages, disabled at either end, ids always distinct', () => {
    expect(ids(0, 3)).toEqual([
      ['p0', true],
      ['p1', false],
    ]);
    expect(ids(1, 3)).toEqual([
      ['p0', false],
      ['p2', false],
    ]);
    expect(ids(2, 3)).toEqual([
      ['p1', false],
      ['p2', true],
    ]);
  });
});

describe('pageOf', () => {
  it('clamps the page to those there are and slices it', () => {
    const items = [1, 2, 3, 4, 5];
    expect(pageOf(items, 1, 2)).toEqual({ page: 1, pages: 3, shown: [3, 4] });
    expect(pageOf(items, 9, 2)).toEqual({ page: 2, pages: 3, shown: [5] });
    expect(pageOf(items, -1, 2)).toEqual({ page: 0, pages: 3, shown: [1, 2] });
    expect(pageOf([], 3, 2)).toEqual({ page: 0, pages: 1, shown: [] });
  });
});
