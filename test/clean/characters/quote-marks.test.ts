import { describe, expect, it } from 'vitest';
import { repairQuotes } from '../../../src/clean/characters/quote-marks.js';

describe('repairQuotes', () => {
  it.each([
    ['But we can&& t dismiss it.', "But we can't dismiss it."],
    ['Bob Woodward & s report.', "Bob Woodward's report."],
    ['If I did, it & s a clever thing.', "If I did, it's a clever thing."],
    ['State Television&& s reporter asked.', "State Television's reporter asked."],
    ['They&& re sure we&& ll win and I&& ve said I&& d go, I&& m told.', "They're sure we'll win and I've said I'd go, I'm told."],
  ])('turns a mangled apostrophe into one: %j', (input, expected) => {
    expect(repairQuotes(input)).toBe(expected);
  });

  it('turns &-- into an em dash', () => {
    expect(repairQuotes('two calls this year &-- on Feb. 12 and on March 18 &-- though')).toBe(
      'two calls this year \u2014 on Feb. 12 and on March 18 \u2014 though',
    );
  });

  it('turns paired && and & & marks into opening and closing double quotes', () => {
    expect(repairQuotes('he understood of.&& Listen, we tell you what we know,& & Peskov said.')).toBe(
      'he understood of. "Listen, we tell you what we know," Peskov said.',
    );
    expect(
      repairQuotes(
        'Zarubin asked: & So all sorts of things are possible?& & to which Peskov replied: && Well, yes.&& The contacts continued.',
      ),
    ).toBe('Zarubin asked: "So all sorts of things are possible?" to which Peskov replied: "Well, yes." The contacts continued.');
  });

  it('recognises a lone & as a closing quote before a lower-case word and after a line break', () => {
    expect(repairQuotes('in his book && War & reported that')).toBe('in his book "War" reported that');
    expect(repairQuotes('Trump stated: && If I did, it was clever.\n& The Kremlin denied it.')).toBe(
      'Trump stated: "If I did, it was clever."\nThe Kremlin denied it.',
    );
  });

  it('attaches a closing quote to following punctuation', () => {
    expect(repairQuotes('said of the Kyiv routine&& , Peskov said.')).toBe('said of the Kyiv routine", Peskov said.');
    expect(repairQuotes('was && a step towards a meeting&& , adding')).toBe('was "a step towards a meeting", adding');
  });

  it('restarts quote pairing at each paragraph', () => {
    expect(repairQuotes('He said: && We will not stop.\n\n&& Nobody expected it,&& she said.')).toBe(
      'He said: "We will not stop.\n\n"Nobody expected it," she said.',
    );
  });

  it('keeps real ampersands', () => {
    const text = 'AT&T, R&D, Q&A, S&P 500, Johnson & Johnson, rock & roll, 3 & 4, https://x.org/?a=1&b=2';
    expect(repairQuotes(text)).toBe(text);
  });
});
