import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/corpus/decode-text.js';
import { LEGACY_TEXTS, ODYSSEY } from '../support/legacy-text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 text and drops a leading byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Putin’s “open dialogue”')]);
    expect(decodeText(bytes, 0.01)).toEqual({ ok: true, text: 'Putin’s “open dialogue”', invalidSequences: 0 });
  });

  it('calls a file with a NUL byte binary', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), 0.01)).toEqual({
      ok: false,
      problem: 'binary file (contains NUL bytes)',
    });
  });

  it('does not count a replacement character written in the file as invalid', () => {
    const result = decodeText(utf8('Unknown glyph \uFFFD shown as is.'), 0.01);
    expect(result).toEqual({ ok: true, text: 'Unknown glyph \uFFFD shown as is.', invalidSequences: 0 });
  });

  it('tolerates a low rate of invalid sequences and refuses a high one', () => {
    const low = new Uint8Array([...utf8('a'.repeat(200)), 0xff]);
    expect(decodeText(low, 0.01)).toMatchObject({ ok: true, invalidSequences: 1 });
    const high = new Uint8Array([...utf8('a'.repeat(20)), 0xff, 0xfe, 0xfd]);
    expect(decodeText(high, 0.01)).toEqual({ ok: false, problem: 'binary file (3 invalid UTF-8 sequences)' });
  });

  it('decodes UTF-16 by its byte-order mark, keeping a replacement character written in the file', () => {
    const text = 'Putin’s “open dialogue” \uFFFD';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeText(le, 0.01)).toEqual({ ok: true, text, invalidSequences: 0 });
    expect(decodeText(be, 0.01)).toEqual({ ok: true, text, invalidSequences: 0 });
  });

  it('calls UTF-16 with a NUL character binary, and counts a lone surrogate as invalid', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from('a\0b', 'utf16le')]), 0.01)).toEqual({
      ok: false,
      problem: 'binary file (contains NUL bytes)',
    });
    const lone = new Uint8Array([0xff, 0xfe, ...Buffer.from('ab', 'utf16le'), 0x00, 0xd8]);
    expect(decodeText(lone, 0.01)).toEqual({ ok: false, problem: 'binary file (1 invalid UTF-16 sequences)' });
  });

  it('reads a file with no BOM written in a legacy encoding in the one its bytes suggest, and names it', () => {
    for (const { text, encodings } of LEGACY_TEXTS) {
      for (const encoding of encodings) {
        expect(decodeText(iconv.encode(text, encoding), 0.01)).toEqual({ ok: true, text, invalidSequences: 0, detected: encoding });
      }
    }
  });

  it('reads a long Greek text as windows-1253 when its first curly quote comes after the bytes the detector weighs', () => {
    // Over 64 KiB of the opening lines, then a line quoting them: its “ ” and … (0x93, 0x94, 0x85) are windows-1253's only.
    const text = `${`${ODYSSEY}\n`.repeat(400)}“${ODYSSEY.slice(0, 25)}…”\n`;
    expect(iconv.encode(text, 'windows-1253').indexOf(0x93)).toBeGreaterThan(64 * 1024);
    expect(decodeText(iconv.encode(text, 'windows-1253'), 0.01)).toEqual({ ok: true, text, invalidSequences: 0, detected: 'windows-1253' });
  });

  it('still calls bytes that read as no language binary, though they hold no NUL byte', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255) + 1);
    expect(decodeText(noise, 0.01)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^binary file \(\d+ invalid UTF-8 sequences\)$/),
    });
  });

  it('keeps UTF-8 text with a stray byte as UTF-8, its valid characters far outnumbering the invalid one', () => {
    const text = '“We will not leave,” the café owners said. ’'.repeat(4);
    const result = decodeText(new Uint8Array([...utf8(text), 0xe9, ...utf8(' Then they left.')]), 0.01);
    expect(result).toEqual({ ok: true, text: `${text}\uFFFD Then they left.`, invalidSequences: 1 });
  });
});
