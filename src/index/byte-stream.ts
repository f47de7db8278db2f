/**
 * Bytes written and read in order, for the saved index (SentenceIndex.toBinary): unsigned integers as varints
 * (LEB128: 7 bits a byte, low bits first, the high bit set on every byte but the last), so the small numbers an index
 * is mostly made of (gaps between doc ids, term frequencies) take a byte or two instead of four.
 */
export class ByteWriter {
  #bytes = new Uint8Array(1 << 16);
  #at = 0;

  /** An integer from 0 to 2^32 − 1. */
  varint(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_VARINT)) throw new RangeError(`not a 32-bit unsigned integer: ${value}`);
    this.#room(5);
    let v = value;
    while (v >= 0x80) {
      this.#bytes[this.#at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.#bytes[this.#at++] = v;
  }

  float64(value: number): void {
    this.#room(8);
    new DataView(this.#bytes.buffer).setFloat64(this.#at, value, true);
    this.#at += 8;
  }

  /** Text as UTF-8 after its byte length. */
  text(value: string): void {
    const bytes = Buffer.from(value, 'utf8');
    this.varint(bytes.byteLength);
    this.#room(bytes.byteLength);
    this.#bytes.set(bytes, this.#at);
    this.#at += bytes.byteLength;
  }

  /** What was written, in a buffer of its own. */
  done(): Uint8Array {
    return this.#bytes.slice(0, this.#at);
  }

  #room(count: number): void {
    if (this.#at + count <= this.#bytes.length) return;
    let length = this.#bytes.length * 2;
    while (length < this.#at + count) length *= 2;
    const bigger = new Uint8Array(length);
    bigger.set(this.#bytes.subarray(0, this.#at));
    this.#bytes = bigger;
  }
}

const MAX_VARINT = 0xffffffff;

/**
 * Reads what a ByteWriter wrote. Nothing throws: a read past the end, or a varint longer than five bytes or above
 * 2^32 − 1, gives −1 (NaN for a float, null for text), so a caller checks its values rather than catching.
 */
export class ByteReader {
  #at = 0;

  constructor(readonly bytes: Uint8Array) {}

  /** Bytes not read yet. */
  get left(): number {
    return this.bytes.length - this.#at;
  }

  /** Where the next read starts; a caller decoding bytes itself moves it on (moveTo) past what it read. */
  get position(): number {
    return this.#at;
  }

  moveTo(position: number): void {
    this.#at = Math.min(Math.max(0, position), this.bytes.length);
  }

  varint(): number {
    const bytes = this.bytes;
    let at = this.#at;
    if (at >= bytes.length) return -1;
    let byte = bytes[at++];
    let value = byte & 0x7f;
    let scale = 0x80;
    while (byte >= 0x80) {
      if (at >= bytes.length || scale > 0x10000000) return -1;
      byte = bytes[at++];
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    }
    this.#at = at;
    return value <= MAX_VARINT ? value : -1;
  }

  float64(): number {
    if (this.left < 8) return NaN;
    const value = new DataView(this.bytes.buffer, this.bytes.byteOffset).getFloat64(this.#at, true);
    this.#at += 8;
    return value;
  }

  text(): string | null {
    const length = this.varint();
    if (length < 0 || length > this.left) return null;
    const value = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.#at, length).toString('utf8');
    this.#at += length;
    return value;
  }
}
