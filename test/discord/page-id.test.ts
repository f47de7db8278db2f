import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId, PAGE_ID_TEXT_MAX } from '../../src/discord/page-id.js';

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
