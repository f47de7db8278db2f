import fc from 'fast-check';

/**
 * Pieces of text as pages and chat bring them, odd but real: unbalanced curly and straight quotes, abbreviations,
 * contractions and negations before punctuation (wink left "cannot." without a lemma, session 31), numbers with units
 * and currency signs, dates in many forms, addresses, emoji and ZWJ sequences, right-to-left and CJK scripts, combining
 * marks, zero-width and bidirectional marks, lone surrogates, NUL and control characters, Markdown, HTML and its
 * entities, letters whose case mapping changes their length, and names of JavaScript's object prototype.
 */
const ODD_PIECES = [
  '“Unbalanced',
  'closing only”',
  '"straight',
  '‘single',
  '’',
  "it's",
  "CBS's",
  'U.S.',
  'U.S.A.',
  'Gov.',
  'No. 5',
  'Mr.',
  'Dr. Smith',
  'Inc.',
  'e.g.',
  'J. R. R.',
  'A.',
  'cannot.',
  'Cannot!',
  "won't!",
  "ain't?",
  "can't.",
  "y'all",
  "o'clock",
  "'Twas",
  "I'd've",
  'gonna',
  '$1.5bn',
  '€20',
  '£3.99/month',
  '45 km/h',
  '12%',
  '3.5 million',
  '1e309',
  '0x1F',
  '2025-09-14',
  '14 Sept. 2025',
  'Sept 14th',
  'on Tuesday',
  '9/11/2001',
  '10:30 a.m. EST',
  'last week',
  'https://example.org/a?b=c&d=e',
  'news@example.org',
  '@everyone',
  '#tag',
  ':-)',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇺🇦',
  'مرحبا بالعالم',
  'שלום',
  '中华人民共和国',
  '東京都',
  'e\u0301',
  'a\u0308\u0301',
  'İstanbul',
  'ß',
  'ﬁ',
  'Erdoğan',
  'Łódź',
  'Œuvre',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u2028',
  '\u00a0',
  '\t',
  '\r\n',
  '**bold**',
  '# Heading',
  '- item',
  '> quote',
  '[link](http://x.y)',
  '`code`',
  '|| spoiler ||',
  '<b>tag</b>',
  '<script>x()</script>',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '...',
  '!!!',
  '?',
  '—',
  '(',
  ']',
  '{',
  '/',
  '\\',
  'INC.113.40-1.62-1.41%',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Putin',
  'Zelenskyy',
  'the',
  'said',
  'met',
  'in',
  'Alaska',
  'Friday',
  '.',
  ',',
] as const;

/** Runs of one piece with no space, up to 3,000 characters: wink took seconds over one of 20,000 (nlp.ts shortRuns). */
const longRun = fc
  .tuple(fc.constantFrom('[link](http://x.y)', 'http://a.b/', '12%', 'x', '-', '😀', 'a.'), fc.integer({ min: 100, max: 3000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** Sentences of news prose, written for these tests, with the answers questions ask for: people, places, dates, amounts. */
const PROSE_SENTENCES = [
  'The ceasefire talks in Riyadh ended on Tuesday without a joint statement, officials from both delegations said.',
  'Foreign Minister Anna Lindqvist met her counterpart in Geneva on March 3, 2025, to discuss the grain corridor.',
  'The council approved a $4.2 million budget for the new bridge, which will open in 2027.',
  '“We cannot accept these terms,” said Marco Bellini, the union’s spokesman, after the vote.',
  'About 45 percent of respondents said they feared a wider war, according to a YouGov poll.',
  'The storm killed at least 12 people and left 30,000 homes without power for three days.',
  'Prime Minister Ola Nordmann will visit Washington next week, his office said on Friday.',
  'Because the pipeline was damaged, gas prices rose by 8% in a single day.',
];

/** A piece, now and then any string of UTF-16 units or of whole graphemes, or a long run. */
export const oddPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...ODD_PIECES) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: longRun },
);

const joint = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '. ', ', ');

/** Text of up to `maxPieces` pieces and sentences of prose, joined by spaces, nothing, line breaks, blank lines or punctuation. */
export function oddText(maxPieces: number): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 4, arbitrary: oddPiece }, { weight: 1, arbitrary: fc.constantFrom(...PROSE_SENTENCES) });
  return fc.array(fc.tuple(piece, joint), { maxLength: maxPieces }).map((parts) => parts.map(([piece, after]) => piece + after).join(''));
}

/** A page's HTML around odd paragraphs: a headline, paragraphs, stray and unclosed tags. */
export function oddHtml(maxPieces: number): fc.Arbitrary<string> {
  const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<h2>', '<li>', '<figure>', '<a href="/x">', '</a>', '<!--', '-->');
  return fc
    .tuple(oddText(8), fc.array(fc.tuple(tag, oddText(maxPieces)), { maxLength: 6 }))
    .map(
      ([headline, blocks]) =>
        `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>` +
        `${blocks.map(([t, text]) => `${t}${text}`).join('')}</article></body></html>`,
    );
}

/** Generation settings every property test of the pipeline shares: a fixed seed, so a run is the same run each time. */
export const ODD_TEXT_RUNS = { seed: 32, endOnFailure: true } as const;
