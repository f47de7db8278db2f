/**
 * Typed arrays as base64 strings for JSON: the raw bytes in the platform's byte order (little-endian on
 * every platform Node ships for), about a third the size of a JSON number array and decoded without
 * parsing numbers.
 */
type IntArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;
type IntArrayConstructor = typeof Uint8Array | typeof Uint16Array | typeof Uint32Array | typeof Int32Array;

export function typedArrayToBase64(array: IntArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** The decoded array, or null when the string is not base64 or its byte count does not fit the element size. */
export function base64ToTypedArray<C extends IntArrayConstructor>(text: unknown, Type: C): InstanceType<C> | null {
  if (typeof text !== 'string' || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, 'base64');
  // The decoder skips characters outside the alphabet, so a short result means the text was not base64.
  // (Checked this way rather than by a regex, which costs as much as decoding on a 100 MB index.)
  if (bytes.byteLength !== Buffer.byteLength(text, 'base64') || bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) return null;
  // A large decode has a buffer of its own: view it. A small one may sit in Buffer's shared pool, unaligned
  // for wider element types, so copy it into a fresh buffer.
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength) {
    return new Type(bytes.buffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT) as InstanceType<C>;
  }
  const array = new Type(bytes.byteLength / Type.BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array as InstanceType<C>;
}
