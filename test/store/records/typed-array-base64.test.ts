import { describe, expect, it } from 'vitest';
import { base64ToTypedArray, typedArrayToBase64 } from '../../../src/store/records/typed-array-base64.js';

describe('typed arrays as base64', () => {
  it('round-trips 8-, 16- and 32-bit arrays, signed ones too, including views into a larger buffer', () => {
    const words = Uint32Array.from([0, 1, 0xffffffff, 123456789]);
    expect(base64ToTypedArray(typedArrayToBase64(words), Uint32Array)).toEqual(words);
    const halves = Uint16Array.from([65535, 0, 42]);
    expect(base64ToTypedArray(typedArrayToBase64(halves), Uint16Array)).toEqual(halves);
    const view = new Uint32Array(Uint32Array.from([9, 8, 7, 6]).buffer, 4, 2);
    expect(base64ToTypedArray(typedArrayToBase64(view), Uint32Array)).toEqual(Uint32Array.from([8, 7]));
    const signed = Int32Array.from([-1, 0, 2147483647, -2147483648]);
    expect(base64ToTypedArray(typedArrayToBase64(signed), Int32Array)).toEqual(signed);
    expect(base64ToTypedArray(typedArrayToBase64(new Uint8Array(0)), Uint8Array)).toEqual(new Uint8Array(0));
  });

  it('returns null for non-strings, text outside the base64 alphabet and byte counts that do not fit', () => {
    expect(base64ToTypedArray(42, Uint32Array)).toBeNull();
    expect(base64ToTypedArray('ab!d', Uint8Array)).toBeNull();
    expect(base64ToTypedArray('abc', Uint8Array)).toBeNull();
    expect(base64ToTypedArray(typedArrayToBase64(Uint8Array.from([1, 2, 3])), Uint16Array)).toBeNull();
  });
});
