/**
 * Piped stdin as text, for the CLIs that read questions a line at a time (`ask --batch`, the REPL in scripts).
 */
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { sniffBom } from '../corpus/decode-text.js';

/**
 * The text of stdin in the encoding its byte-order mark names, else UTF-8, the mark itself dropped: a questions file saved
 * as "Unicode" on Windows is UTF-16LE behind a BOM, and read as UTF-8 its first line began "��" (its /when lost) and its
 * NULs made a line of their own (session 43). The WHATWG Encoding Standard's BOM sniff, as the corpus reads files.
 */
export function pipedStdin(): Readable {
  return Readable.from(decoded(process.stdin));
}

async function* decoded(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of input) {
    // The mark is looked for in the first chunk: a writer sending its first two bytes apart (no program saving a file
    // does) is read as UTF-8.
    decoder ??= new TextDecoder(sniffBom(chunk)?.encoding ?? 'utf-8');
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) yield decoder.decode();
}
