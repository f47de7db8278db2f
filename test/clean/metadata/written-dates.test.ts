import { describe, expect, it } from 'vitest';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { dateWithoutYear, datesIn, everyWrittenDate, inferPublished, writtenDate } from '../../../src/clean/metadata/written-dates.js';

describe('dates as pages write them', () => {
  it('finds dates written as news templates print them', () => {
    expect(datesIn('Posted by Jane on November 19, 2019, 6:21 AM EST').map((d) => d.date)).toEqual(['2019-11-19']);
    expect(datesIn('By Mike Wall 2019-11-18T20:51:19Z').map((d) => d.date)).toEqual(['2019-11-18']);
    expect(datesIn('Mon 20 Jan 2020 06.05 GMT').map((d) => d.date)).toEqual(['2020-01-20']);
  });

  it('reads datelines in the formats and languages pages print them (fit pages)', () => {
    expect(writtenDate('sexta-feira, 22 de outubro de 2010 às 20:13')).toBe('2010-10-22');
    expect(writtenDate('Текст: Венера Ерофеева·24 сентября 2018')).toBe('2018-09-24');
    expect(writtenDate('Posted on Maret 30, 2015 by Admin')).toBe('2015-03-30');
    expect(writtenDate('By Tess Bonn - 11/19/19 06:56 AM EST')).toBe('2019-11-19');
    expect(writtenDate('21:17 18.11.2019')).toBe('2019-11-18');
    expect(writtenDate('Columnists 21:17 18.11.2019Get short URL by Finian Cunningham 4553')).toBe('2019-11-18');
    expect(writtenDate('Carlos Nadalim 27/09/2018')).toBe('2018-09-27');
    // A numeric date with dots and the year last is day first (CLDR's dotted patterns), not month first as in English.
    expect(writtenDate('Premiere 05.04.2018, Stadthalle Nord')).toBe('2018-04-05');
    expect(writtenDate('Vydáno 5. 4. 2018 v 10:30')).toBe('2018-04-05');
    expect(datesIn('Firmware 1.05.04.2019 is out')).toEqual([]);
    // No year stated, or a relative date: nothing is read.
    expect(writtenDate('Posted Nov 19, 6:51 AM')).toBeNull();
    expect(writtenDate('Published 1 day ago')).toBeNull();
  });
});

describe('a publication date inferred from the dates an article mentions', () => {
  it('takes the weekday fit nearest the latest year mentioned, not before the latest past date', () => {
    expect(
      inferPublished('In 2019 the talks failed. He spoke on Tuesday, November 19, about the plan.', CLEAN_DEFAULTS.weekdayAnchorYears),
    ).toBe('2019-11');
    expect(inferPublished('He spoke on Tuesday, November 19, about the plan.', CLEAN_DEFAULTS.weekdayAnchorYears)).toBeNull();
  });

  it('does not take a forecast for a past date, nor a lower bound alone for a date', () => {
    expect(inferPublished('Hospitals must be ready by March 2026.', CLEAN_DEFAULTS.weekdayAnchorYears)).toBeNull();
    expect(inferPublished('The photo was taken on July 16, 2018.', CLEAN_DEFAULTS.weekdayAnchorYears)).toBeNull();
  });
});

describe('written dates of the CJK pages', () => {
  it('reads the Japanese and Chinese 年月日, the Korean 년월일 and the Korean "YYYY. M. D" notation', () => {
    expect(writtenDate('2019年11月19日 10時30分')).toBe('2019-11-19');
    expect(writtenDate('2019년 11월 19일')).toBe('2019-11-19');
    expect(writtenDate('입력 2019. 11. 19 10:30')).toBe('2019-11-19');
    // A year ending a sentence before a number is no date.
    expect(datesIn('Sales fell in 2019. 11 stores closed.')).toEqual([]);
  });
});

describe('every written date of a line', () => {
  it('gives each complete date with the text before and after it on the line', () => {
    expect(everyWrittenDate('Posted 19 November 2019 | Updated 2019-11-20 08:15')).toEqual([
      { date: '2019-11-19', before: 'Posted ', after: ' | Updated 2019-11-20 08:15' },
      { date: '2019-11-20', before: 'Posted 19 November 2019 | Updated ', after: ' 08:15' },
    ]);
  });

  it("reads the languages of chrono-node's other locales, which the dateline rules do not", () => {
    expect(everyWrittenDate('Опубліковано 19 листопада 2019, 10:32').map((d) => d.date)).toEqual(['2019-11-19']);
    expect(everyWrittenDate('Cập nhật ngày 19 tháng 11 năm 2019').map((d) => d.date)).toEqual(['2019-11-19']);
    expect(writtenDate('Опубліковано 19 листопада 2019, 10:32')).toBeNull();
  });

  it('reads month names of languages chrono-node has no parser for, in their order of day, month and year', () => {
    for (const line of [
      '19. listopadu 2019',
      '19 Kasım 2019 Salı',
      'Δημοσίευση: 19 Νοεμβρίου 2019',
      '2019. november 19. 08:15',
      '2019 m. lapkričio 19 d.',
      '19 नवंबर 2019',
    ])
      expect(
        everyWrittenDate(line).map((d) => d.date),
        line,
      ).toEqual(['2019-11-19']);
  });

  it('leaves out a month name two languages give to different months', () => {
    // "listopada" is November in Polish, October in Croatian.
    expect(everyWrittenDate('19 listopada 2019')).toEqual([]);
  });

  it('reads no relative date and no date without its year', () => {
    expect(everyWrittenDate('Published 3 hours ago · Nov 19, 6:51 AM')).toEqual([]);
  });
});

describe('a dateline without its year', () => {
  it("is a story's age, a weekday and time, or a month and day, with a label at most", () => {
    for (const line of ['Published 1 day ago', 'Updated 22 hours ago', 'vor 3 Stunden', 'Monday 5:30PM', 'Posted Nov 19, 6:51 AM'])
      expect(dateWithoutYear(line), line).toBe(true);
  });

  it('is not a full date, a time alone, a name with a weekday, nor a headline that tells of a day', () => {
    for (const line of [
      'Published 19 November 2019',
      '10:32',
      'Sunday Times',
      'Top 10 stories today',
      'Mayor to meet unions on Monday at 3 p.m.',
    ])
      expect(dateWithoutYear(line), line).toBe(false);
  });
});
