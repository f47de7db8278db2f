import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../src/index/byte-stream.js';

describe('ByteWriter and ByteReader', () => {
  it('read back what was written: varints from 0 to 2^32 − 1, floats and text in any script', () => {
    const values = [0, 1, 127, 128, 255, 300, 16_383, 16_384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1];
    const out = new ByteWriter();
    for (const v of values) out.varint(v);
    out.float64(0.4);
    out.float64(-Infinity);
    out.text('Zelenskyy’s “talks” – 会谈 🕊');
    out.text('');
    const input = new ByteReader(out.done());
    expect(values.map(() => input.varint())).toEqual(values);
    expect(input.float64()).toBe(0.4);
    expect(input.float64()).toBe(-Infinity);
    expect(input.text()).toBe('Zelenskyy’s “talks” – 会谈 🕊');
    expect(input.text()).toBe('');
    expect(input.left).toBe(0);
  });

  it('takes one byte for a number below 128 and five for the largest', () => {
    const out = new ByteWriter();
    out.varint(127);
    expect(out.done().length).toBe(1);
    out.varint(2 ** 32 - 1);
    expect(out.done().length).toBe(6);
  });

  it('grows past its first buffer without losing what it holds', () => {
    const out = new ByteWriter();
    for (let i = 0; i < 100_000; i++) out.varint(i);
    const input = new ByteReader(out.done());
    const back = Array.from({ length: 100_000 }, () => input.varint());
    expect(back.every((v, i) => v === i)).toBe(true);
  });

  it('refuses to write what it cannot read back', () => {
    const out = new ByteWriter();
    for (const bad of [-1, 1.5, 2 ** 32, NaN]) expect(() => out.varint(bad)).toThrow(RangeError);
  });

  it('gives −1, NaN or null rather than throwing when the bytes end early or a varint runs on', () => {
    expect(new ByteReader(new Uint8Array(0)).varint()).toBe(-1);
    // A continuation bit on the last byte.
    expect(new ByteReader(Uint8Array.of(0x80, 0x80)).varint()).toBe(-1);
    // Six bytes, or five standing for more than 32 bits.
    expect(new ByteReader(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x01)).varint()).toBe(-1);
    expect(new ByteReader(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x7f)).varint()).toBe(-1);
    expect(new ByteReader(Uint8Array.of(1, 2, 3)).float64()).toBeNaN();
    // Text longer than the bytes left.
    expect(new ByteReader(Uint8Array.of(5, 0x61, 0x62)).text()).toBeNull();
  });

  it('reads on from wherever a caller that decoded bytes itself moved it', () => {
    const input = new ByteReader(Uint8Array.of(1, 2, 3, 4));
    input.moveTo(2);
    expect(input.position).toBe(2);
    expect(input.varint()).toBe(3);
    input.moveTo(99);
    expect(input.left).toBe(0);
  });
});
