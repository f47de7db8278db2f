import { describe, expect, it } from 'vitest';
import { fromTextDump, joinTextNodes, splitRunTogether, undrawTables, unwrapFixedWidth } from '../../../src/clean/text/text-dumps.js';

const COUNCIL = [
  'The city council voted on Tuesday to extend the late-night bus service',
  'to the harbour district for another year, after a trial in which',
  'ridership doubled and complaints about noise fell. Councillors said the',
  'cost would be met from parking fees, and that the routes would be',
  'reviewed again next spring.',
];
const RESIDENTS = [
  'Residents who spoke at the meeting were mostly in favour, although two',
  'shop owners asked for the last bus to leave earlier on weekdays.',
];

describe('unwrapFixedWidth', () => {
  it('joins the lines of paragraphs wrapped at a fixed width and leaves short lines and list items as they are', () => {
    const text = ['Home', 'Local', '', ...COUNCIL, '', ...RESIDENTS, '', '* Timetables', '* Fares'].join('\n');
    expect(unwrapFixedWidth(text).split('\n')).toEqual([
      'Home',
      'Local',
      '',
      COUNCIL.join(' '),
      '',
      RESIDENTS.join(' '),
      '',
      '* Timetables',
      '* Fares',
    ]);
  });

  it("joins a word a typesetter hyphenated at a line's end, keeping the hyphen of a compound whose halves are words", () => {
    const text = [
      'The new ferry, which the operator described as well suited to the short',
      'crossing, carries two hundred passengers and forty cars, and its dispos-',
      'able cups were replaced with washable ones last week. It is now well-',
      'known on the island that the old ferry had been unreliable for years, and',
      'that the known faults would be fixed on the second vessel by the end of',
      'the summer, the operator said. Pupils of the bilingual school, the Franco-',
      'German college on the hill, travel free.',
    ].join('\n');
    expect(unwrapFixedWidth(text)).toBe(
      'The new ferry, which the operator described as well suited to the short crossing, carries two hundred passengers ' +
        'and forty cars, and its disposable cups were replaced with washable ones last week. It is now well-known on the ' +
        'island that the old ferry had been unreliable for years, and that the known faults would be fixed on the second ' +
        'vessel by the end of the summer, the operator said. Pupils of the bilingual school, the Franco-German college on ' +
        'the hill, travel free.',
    );
  });

  it('leaves a text with a line of prose longer than any wrap width alone', () => {
    const text = [...COUNCIL, '', RESIDENTS.join(' ') + ' The vote was eleven to four.', '', ...RESIDENTS].join('\n');
    expect(unwrapFixedWidth(text)).toBe(text);
  });

  it('leaves a text with too few forced breaks to be a wrapped dump alone', () => {
    const text = COUNCIL.join('\n');
    expect(unwrapFixedWidth(text)).toBe(text);
  });

  it('measures the width without lines whose long address went past it', () => {
    const address = '[https://example.org/transport/2031/late-night-buses-extended-for-another-year?ref=home]';
    const text = [...COUNCIL, '', ...RESIDENTS, `See also ${address}`].join('\n');
    expect(unwrapFixedWidth(text).split('\n').slice(0, 2)).toEqual([COUNCIL.join(' '), '']);
  });
});

describe('fromTextDump', () => {
  it("drops html-to-text's bracketed link addresses but keeps brackets of prose and closing shortcode tags", () => {
    expect(fromTextDump('By Jane Roe [https://example.org/staff/jane-roe] | Opinion [/sections/opinion]\nTop [#top]')).toBe(
      'By Jane Roe | Opinion\nTop',
    );
    const prose = 'The mayor said the plan "was [sic] affordable" [/quote] and [the council] agreed.';
    expect(fromTextDump(prose)).toBe(prose);
  });

  it("drops lynx's numbered link marks with the References list they point to", () => {
    const dump = [
      '   [1]Home [2]Local',
      '',
      '   Buses run later [3]from Friday.',
      '',
      'References',
      '',
      '   1. https://example.org/',
      '   2. https://example.org/local',
      '',
      '   Hidden links:',
      '   3. https://example.org/buses',
      '',
    ].join('\n');
    expect(fromTextDump(dump)).toBe('   Home Local\n\n   Buses run later from Friday.\n');
  });

  it('keeps bracketed numbers in a text that has no lynx References list', () => {
    const text = 'Ridership doubled during the trial.[1]Fares were unchanged.\n\nNotes\n[1] Council transport report.';
    expect(fromTextDump(text)).toBe(text);
  });
});

describe('joinTextNodes', () => {
  const NODES = [
    'Harbour news',
    'Ferry service resumes',
    'The ferry between the islands ran again on Monday, the',
    'Harbour Authority',
    'said in a',
    'statement',
    ', after three weeks of storms kept it in',
    '[',
    'port',
    ']',
    '.',
    'Tickets remain valid.',
    'Sign up for the',
    'Harbour Weekly',
    'Newsletter',
  ];

  it('puts a sentence split at its links and brackets, a text node a line, on one line, a link after a function word too, and leaves headings apart', () => {
    expect(joinTextNodes(NODES.join('\n')).split('\n')).toEqual([
      'Harbour news',
      'Ferry service resumes',
      'The ferry between the islands ran again on Monday, the Harbour Authority said in a statement, after three weeks of ' +
        'storms kept it in [port].',
      'Tickets remain valid.',
      'Sign up for the Harbour Weekly',
      'Newsletter',
    ]);
  });

  it('leaves a text whose blocks are set apart by blank lines alone', () => {
    const text = NODES.join('\n\n');
    expect(joinTextNodes(text)).toBe(text);
  });
});

describe('undrawTables', () => {
  it("reads a text browser's drawn table as a line per row, a cell wrapped over lines as one", () => {
    const table = [
      'Results',
      '┌────┬──────────┬──────┐',
      '│Pos │Crew      │Time  │',
      '├────┼──────────┼──────┤',
      '│1   │Harbour   │4:02  │',
      '│    │Rowing    │      │',
      '├────┼──────────┼──────┤',
      '│2   │Quay Club │4:09  │',
      '└────┴──────────┴──────┘',
      'The race was rowed on Saturday.',
    ].join('\n');
    expect(undrawTables(table)).toBe('Results\nPos Crew Time\n1 Harbour Rowing 4:02\n2 Quay Club 4:09\nThe race was rowed on Saturday.');
  });
});

describe('fromTextDump on a text browser dump', () => {
  it('reads a drawn bullet as the leading space that marks a list item in a wrapped dump', () => {
    const dump = [...COUNCIL, '', ...RESIDENTS, '', 'Timetables:', '• Weekdays', '  • Sundays', 'A • in prose stays.'].join('\n');
    expect(fromTextDump(dump).split('\n').slice(-4)).toEqual(['Timetables:', ' Weekdays', '   Sundays', 'A • in prose stays.']);
  });

  it("keeps the bullets of a scrape that is not wrapped, the page's own characters", () => {
    const scrape = 'Related stories\n• Ferry service resumes after winter storms\n• Bus routes reviewed';
    expect(fromTextDump(scrape)).toBe(scrape);
  });
});

describe('splitRunTogether', () => {
  it('gives each element of a dump whose text nodes ran together a line, keeping camel-cased names whole', () => {
    const dump =
      'HomeNewsSportWeatherOpinionTravel' +
      'The harbour ferry will run again from Monday, the operator said in a statement on its website.' +
      'Tickets can be bought with the iPhone app or at the McDonald Street office near the pier.';
    expect(splitRunTogether(dump)).toBe(
      [
        'Home',
        'News',
        'Sport',
        'Weather',
        'Opinion',
        'Travel',
        'The harbour ferry will run again from Monday, the operator said in a statement on its website.',
        'Tickets can be bought with the iPhone app or at the McDonald Street office near the pier.',
      ].join('\n'),
    );
  });

  it('leaves a text whose blocks are apart alone, a glued sentence and a camel-cased name too', () => {
    const text =
      'The harbour ferry will run again from Monday.The operator said the new timetable doubles the crossings.\n\n' +
      'Tickets are sold in the iPhone app, and a video of the new ferry is on YouTube.';
    expect(splitRunTogether(text)).toBe(text);
  });
});
