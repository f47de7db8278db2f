import { describe, expect, it } from 'vitest';
import {
  commonWordsOnly,
  elementByline,
  namesAll,
  pageByline,
  readByline,
  readerByline,
  tidyByline,
} from '../../../src/clean/metadata/byline.js';

describe('readByline', () => {
  it('reads an author box (name line, then e-mail line) and removes both', () => {
    expect(readByline('He claimed he would end the war.\n\nDaniel Kim\ncontent@example.com\n\nComments0')).toEqual({
      byline: 'Daniel Kim',
      rest: 'He claimed he would end the war.\n\n\nComments0',
    });
  });

  it('reads a "By" line, with several authors or an outlet after a comma', () => {
    expect(readByline('By Maria Tsvetkova and Guy Faulconbridge\nText.').byline).toBe('Maria Tsvetkova and Guy Faulconbridge');
    expect(readByline('By Ursula von der Leyen, Reuters\nText.').byline).toBe('Ursula von der Leyen');
  });

  it('removes e-mail lines even without a name above them', () => {
    expect(readByline('Send tips to the newsroom.\nEmail: tips@example.org\nMore text.')).toEqual({
      byline: null,
      rest: 'Send tips to the newsroom.\nMore text.',
    });
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const text = 'By Sunday, the troops had left the border area.\nBy Monday Morning Russia had responded.';
    expect(readByline(text)).toEqual({ byline: null, rest: text });
  });
});

describe('tidyByline', () => {
  it('keeps the name(s) alone: a role or outlet glued on or after a comma goes, a date after the name goes', () => {
    expect(tidyByline('Meg JamesStaff Writer')).toBe('Meg James');
    expect(tidyByline('Jonathan GarberFOXBusiness')).toBe('Jonathan Garber');
    expect(tidyByline('Eric Song, IGN Staff')).toBe('Eric Song');
    // A month name with a day number after it on the byline's line is the date's (The Anti-June Cleaver, fit page).
    expect(tidyByline('Regan September', 'by Regan September 15, 2014')).toBe('Regan');
    expect(tidyByline('Theresa May', 'By Theresa May')).toBe('Theresa May');
    // Names with a capital inside, and several authors, stay whole.
    expect(tidyByline('Bryan DeArdo')).toBe('Bryan DeArdo');
    expect(tidyByline('Stefan Becket, Kathryn Watson, Grace Segers')).toBe('Stefan Becket, Kathryn Watson, Grace Segers');
  });
});

describe('pageByline', () => {
  it("takes a role, a credit label or the staff credit's outlet off an HTML page's author, leaving the name", () => {
    expect(pageByline('JANE ROE, AP Auto Writer', 'Example Post')).toBe('JANE ROE');
    expect(pageByline('Jane Roe, Staff Writer', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Text: Jane Roe', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe, Example.com', 'example.com')).toBe('Jane Roe');
    expect(pageByline('Jane Roe | Wire Media for Example.com', 'Example.com')).toBe('Jane Roe');
    expect(pageByline('Jane Roe, Syndicator', 'Example Post')).toBe('Jane Roe');
  });

  it("keeps a list of people whole, and gives no author for the site's own name", () => {
    expect(pageByline('Jane Roe, John Doe, Max Moe', 'Example Post')).toBe('Jane Roe, John Doe, Max Moe');
    expect(pageByline('Jane Roe and John Doe', 'Example Post')).toBe('Jane Roe and John Doe');
    expect(pageByline('Example Post', 'Example Post')).toBeNull();
    expect(pageByline('ExampleInsider', 'exampleinsider')).toBeNull();
  });

  it("takes the site's name off after a full stop, and keeps a name's own initials", () => {
    expect(pageByline('Jane Roe. Example Post', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe. Other Paper', 'Example Post')).toBe('Jane Roe. Other Paper');
    expect(pageByline('John F. Kennedy', 'Kennedy')).toBe('John F. Kennedy');
  });

  it('takes markup, an e-mail address, a social handle and a credit label off a stated author', () => {
    expect(pageByline('By <a href="/profiles/jane-roe">Jane Roe</a> and John Doe', 'Example Post')).toBe('Jane Roe and John Doe');
    expect(pageByline('jroe@example.com (Jane Roe)', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe <jroe@example.com>', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe | jroe@example.com', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe (@janeroe)', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('@janeroe', 'Example Post')).toBeNull();
    expect(pageByline('Written by Jane Roe', 'Example Post')).toBe('Jane Roe');
  });

  it('takes the credit after a list of names, after a dash or a preposition, and keeps a list of people whole', () => {
    expect(pageByline('Jane Roe and John Doe, CNN', 'CNN')).toBe('Jane Roe and John Doe');
    expect(pageByline('Jane Roe, John Doe and Max Moe, Example Post', 'Example Post')).toBe('Jane Roe, John Doe and Max Moe');
    expect(pageByline('Jane Roe and John Doe, Max Moe', 'Example Post')).toBe('Jane Roe and John Doe, Max Moe');
    expect(pageByline('Jane Roe – The Daily Planet', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe from Example Labs', 'Example Post')).toBe('Jane Roe');
    expect(pageByline('Jane Roe for The Daily Planet', 'Example Post')).toBe('Jane Roe');
  });

  it("gives no author for the site's name run together or its host written out", () => {
    expect(pageByline('ExamplePost', 'Example Post')).toBeNull();
    expect(pageByline('examplepost.com', 'Example Post', 'www.examplepost.com')).toBeNull();
    expect(pageByline('Jane Roe', 'Example Post', 'www.examplepost.com')).toBe('Jane Roe');
  });
});

describe('elementByline', () => {
  it('reads the names of a "By" line with the dateline printed after them cut off', () => {
    expect(elementByline('By Jane Roe and John Doe Monday, March 2, 2020, 10:15 am ET')).toBe('Jane Roe and John Doe');
    expect(elementByline('by Jane Roe')).toBe('Jane Roe');
    expect(elementByline('BY: Jane Roe, John Doe, Max Moe')).toBe('Jane Roe, John Doe, Max Moe');
    expect(elementByline('Jane Roe On 3/2/20 at 10:15 AM')).toBe('Jane Roe');
    expect(elementByline('Associated Press March 2, 2020')).toBe('Associated Press');
  });

  it('reads the names after a credit label, or after "By" in another language when names follow it', () => {
    expect(elementByline('Written by Jane Roe')).toBe('Jane Roe');
    expect(elementByline('By:Jane Roe')).toBe('Jane Roe');
    expect(elementByline('Por Marta Souza | 19/11/2019')).toBe('Marta Souza');
    expect(elementByline('Von Jana Roth 19.11.2019')).toBe('Jana Roth');
    expect(elementByline('Von Miller')).toBe('Von Miller');
  });

  it('reads a staff credit, and no heading of common words or sentence', () => {
    expect(elementByline('Example Post wire services Published 10:15 PM EST Mar 2, 2020')).toBe('Example Post wire services');
    expect(elementByline('About The Author')).toBeNull();
    expect(elementByline('Jane Roe is a reporter who covers the courts.')).toBeNull();
  });
});

describe('readerByline', () => {
  it('reads a byline as a byline element, else takes off its "By" label alone', () => {
    expect(readerByline('By Jane Roe Monday, March 2, 2020')).toBe('Jane Roe');
    expect(readerByline('Jane Roe, John Doe')).toBe('Jane Roe, John Doe');
    expect(readerByline('By Jane Roe | Example Post')).toBe('Jane Roe | Example Post');
    expect(readerByline('Posted by admin')).toBe('admin');
  });

  it("reads no byline from a quotation's attribution, set apart by a dash", () => {
    expect(readerByline('— Jane Roe')).toBeNull();
  });
});

describe('namesAll', () => {
  it('says whether a printed byline names every stated author', () => {
    expect(namesAll('Jane Roe, John Doe and Max Moe', 'Jane Roe')).toBe(true);
    expect(namesAll('Jane Roe & John Doe', 'jane roe, john doe')).toBe(true);
    expect(namesAll('Jane Roe and John Doe', 'Jane Roe, Max Moe')).toBe(false);
    expect(namesAll('Jane Roe, John Doe', 'Max Moe')).toBe(false);
  });
});

describe('commonWordsOnly', () => {
  it('tells a heading of common words from a name, whose surname is no common word', () => {
    expect(commonWordsOnly('Share This Article')).toBe(true);
    expect(commonWordsOnly('Read Comments')).toBe(true);
    expect(commonWordsOnly('Jane Roe')).toBe(false);
    expect(commonWordsOnly('Tom Krantz')).toBe(false);
  });
});
