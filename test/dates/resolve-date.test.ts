import { describe, expect, it } from 'vitest';
import { beforePublication, resolveDate, resolveUpcoming } from '../../src/dates/resolve-date.js';

/** 003's publication date: Monday, 8 September 2025. */
const PUBLISHED = '2025-09-08';

describe('resolveDate against a publication date', () => {
  it('resolves "last month" to the month before publication', () => {
    expect(resolveDate('last month', PUBLISHED)).toBe('2025-08');
  });

  it('resolves a bare weekday to the one before publication when no tense says otherwise', () => {
    expect(resolveDate('Friday', PUBLISHED)).toBe('2025-09-05');
    expect(resolveDate('on Friday', PUBLISHED)).toBe('2025-09-05');
    expect(resolveDate('Sunday', PUBLISHED)).toBe('2025-09-07');
  });

  it('resolves a weekday falling on the publication day to that day', () => {
    expect(resolveDate('Monday', PUBLISHED)).toBe('2025-09-08');
  });

  it('reads a numeric date with dots day first when the year is last, and year first when it leads', () => {
    expect(resolveDate('05.04.2019', PUBLISHED)).toBe('2019-04-05');
    expect(resolveDate('on 5. 4. 2019', PUBLISHED)).toBe('2019-04-05');
    expect(resolveDate('since 2018.04.05', PUBLISHED)).toBe('2018-04-05');
    // A middle number above 12 is no day-first date: month first is the only reading.
    expect(resolveDate('12.30.2018', PUBLISHED)).toBe('2018-12-30');
  });

  it('resolves a month and day to the publication year', () => {
    expect(resolveDate('September 5', PUBLISHED)).toBe('2025-09-05');
    expect(resolveDate('August 15', PUBLISHED)).toBe('2025-08-15');
  });

  it("reads a month and day well after publication as last year's (news looks back)", () => {
    expect(resolveDate('Feb. 12', '2025-03-01')).toBe('2025-02-12');
    expect(resolveDate('December 20', '2025-01-03')).toBe('2024-12-20');
    expect(resolveDate('early November', '2025-01-01')).toBe('2024-11');
  });

  it('keeps a date a few days after publication in the same year', () => {
    expect(resolveDate('September 12', PUBLISHED)).toBe('2025-09-12');
  });

  it('reads an announced date three weeks ahead as the coming one, not as eleven months back', () => {
    // "will resume ceasefire talks in Geneva on May 6", in an article of April 14.
    expect(resolveDate('May 6', '2025-04-14')).toBe('2025-05-06');
  });

  it('gives a bare year, with or without a preposition, as the year', () => {
    expect(resolveDate('in 2022', PUBLISHED)).toBe('2022');
    expect(resolveDate('2021', PUBLISHED)).toBe('2021');
    expect(resolveDate('since 2014', null)).toBe('2014');
  });

  it('gives the month of a month and year', () => {
    expect(resolveDate('February 2022', PUBLISHED)).toBe('2022-02');
    expect(resolveDate('by March 2026', PUBLISHED)).toBe('2026-03');
  });

  it('gives null for expressions that name no date', () => {
    expect(resolveDate('this week', PUBLISHED)).toBeNull();
    expect(resolveDate('soon', PUBLISHED)).toBeNull();
  });

  it('gives null for "next week" as for "this week": a week is no day', () => {
    // wink-nlp tags "next week" as a DATE ("would likely meet with Zelenskyy next week", seed 002).
    expect(resolveDate('next week', PUBLISHED)).toBeNull();
  });

  it('resolves a count of days back from publication', () => {
    expect(resolveDate('three days ago', PUBLISHED)).toBe('2025-09-05');
    expect(resolveDate('last Friday', PUBLISHED)).toBe('2025-09-05');
  });

  it('reads a publication date of month precision', () => {
    expect(resolveDate('last month', '2025-09')).toBe('2025-08');
  });
});

describe('resolveDate without a publication date', () => {
  it('gives null for a relative date', () => {
    expect(resolveDate('last month', null)).toBeNull();
    expect(resolveDate('Friday', null)).toBeNull();
    expect(resolveDate('September 5', null)).toBeNull();
  });

  it('resolves a full date, which needs no reference', () => {
    expect(resolveDate('September 5, 2025', null)).toBe('2025-09-05');
    expect(resolveDate('February 2022', null)).toBe('2022-02');
  });

  it('gives null for a relative date when the publication date is unreadable', () => {
    expect(resolveDate('last month', 'unknown')).toBeNull();
  });
});

describe('resolveUpcoming', () => {
  it('places an upcoming stretch after the publication date as an interval of days', () => {
    // seed 003, published 2025-09-08 (a Monday): "Over the next couple of days," Trump told reporters.
    expect(resolveUpcoming('Over the next couple of days', '2025-09-08')).toBe('2025-09-08/2025-09-10');
    expect(resolveUpcoming('in the next few days', '2025-09-08')).toBe('2025-09-08/2025-09-11');
    expect(resolveUpcoming('in the coming two weeks', '2025-09-08')).toBe('2025-09-08/2025-09-22');
  });

  it('reads "next week" as the Monday-to-Sunday week after publication, "next month" and "next year" at their precision', () => {
    expect(resolveUpcoming('next week', '2025-09-10')).toBe('2025-09-15/2025-09-21');
    expect(resolveUpcoming('next week', '2025-09-14')).toBe('2025-09-15/2025-09-21');
    expect(resolveUpcoming('next month', '2025-12-03')).toBe('2026-01');
    expect(resolveUpcoming('next year', '2025-12-03')).toBe('2026');
  });

  it('resolves nothing without a publication date or an upcoming stretch', () => {
    expect(resolveUpcoming('next week', null)).toBeNull();
    expect(resolveUpcoming('last week', '2025-09-08')).toBeNull();
    expect(resolveUpcoming('two hours', '2025-09-08')).toBeNull();
  });
});

describe('resolveDate in the direction its clause points', () => {
  /** Wednesday, 20 November 2019. */
  const WEDNESDAY = '2019-11-20';

  it('resolves a weekday of a clause pointing forward to the next one, and back to the last one', () => {
    expect(resolveDate('Friday', WEDNESDAY, 'forward')).toBe('2019-11-22');
    expect(resolveDate('Monday', WEDNESDAY, 'forward')).toBe('2019-11-25');
    expect(resolveDate('Friday', WEDNESDAY, 'back')).toBe('2019-11-15');
    expect(resolveDate('Wednesday', WEDNESDAY, 'forward')).toBe('2019-11-20');
  });

  it('keeps a planned month and day in the year ahead rather than moving it a year back', () => {
    expect(resolveDate('May 2', '2025-03-19', 'forward')).toBe('2025-05-02');
    expect(resolveDate('May 2', '2025-03-19')).toBe('2024-05-02');
    expect(resolveDate('January 15', WEDNESDAY, 'forward')).toBe('2020-01-15');
    expect(resolveDate('January 15', WEDNESDAY, 'back')).toBe('2019-01-15');
  });

  it('leaves a date its words fix alone whatever the tense', () => {
    expect(resolveDate('July 16, 2018', WEDNESDAY, 'forward')).toBe('2018-07-16');
    expect(resolveDate('last month', WEDNESDAY, 'forward')).toBe('2019-10');
  });
});

describe('beforePublication', () => {
  it('compares a resolved date with the publication date at the coarser of their precisions', () => {
    expect(beforePublication('2025-08-15', '2025-09-08')).toBe(true);
    expect(beforePublication('2025-09-07', '2025-09-08T10:00:00Z')).toBe(true);
    expect(beforePublication('2024', '2025-09-08')).toBe(true);
    // The same month or year as publication is not wholly before it; nor is a day within a month known only as a month.
    expect(beforePublication('2025-09', '2025-09-08')).toBe(false);
    expect(beforePublication('2025', '2025-09-08')).toBe(false);
    expect(beforePublication('2025-09-03', '2025-09')).toBe(false);
    expect(beforePublication('2025-09-08', '2025-09-08')).toBe(false);
    expect(beforePublication('2025-10-02', '2025-09-08')).toBe(false);
  });
});
