import { describe, expect, it } from 'vitest';
import type { TextRange } from '../../src/analyse/types.js';
import { quoteSpans } from '../../src/quotes/quote-spans.js';

/** The paragraphs of a text, as the analysis splits them (blank lines). */
function paragraphsOf(text: string): TextRange[] {
  return [...text.matchAll(/\S[\s\S]*?(?=\n\s*\n|\s*$)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function quoted(text: string): string[] {
  return quoteSpans(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
}

describe('quoteSpans', () => {
  it('pairs straight and curly quotes and leaves out the comma that hands over to the attribution', () => {
    expect(quoted('"We will meet," Lutz said. She called it “a good start.”')).toEqual(['We will meet', 'a good start.']);
  });

  it('keeps a quotation across sentences as one', () => {
    expect(quoted('"Every week counts. Ships go elsewhere," she said.')).toEqual(['Every week counts. Ships go elsewhere']);
  });

  it('leaves single quotes and apostrophes inside a quotation alone', () => {
    expect(quoted('“As for ‘Russia’s plans’, it’s nonsense,” he said.')).toEqual(['As for ‘Russia’s plans’, it’s nonsense']);
  });

  it('tells opening from closing straight quotes by their neighbours when a paragraph break falls inside one', () => {
    const text = '"Listen, we tell you what we know.\n\nBut we cannot rule out more," Peskov said. Zarubin asked: "Is that all?"';
    expect(quoted(text)).toEqual(['Listen, we tell you what we know.\n\nBut we cannot rule out more', 'Is that all?']);
  });

  it('ends a quotation at the paragraph end when the next paragraph reopens one', () => {
    const text = '“The tariffs cost us dearly.\n\n“Our ministers have a mandate,” she said.';
    const spans = quoteSpans(text, paragraphsOf(text));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.close === null])).toEqual([
      ['The tariffs cost us dearly.', true],
      ['Our ministers have a mandate', false],
    ]);
  });

  it('gives the offsets of both marks', () => {
    const text = 'He said: "Yes."';
    expect(quoteSpans(text, paragraphsOf(text))).toEqual([{ open: 9, close: 14, start: 10, end: 14 }]);
  });

  it('finds nothing in a text without quotation marks, or with empty ones', () => {
    expect(quoted("The council's vote was 5 to 2.")).toEqual([]);
    expect(quoted('He said "" and left.')).toEqual([]);
  });
});
