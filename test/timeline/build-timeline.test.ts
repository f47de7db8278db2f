import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { TIMELINE_DEFAULTS } from '../../src/timeline/defaults.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import { PYTHON_HISTORY } from '../support/address-texts.js';
import { writtenArticle } from '../support/articles.js';
import { coverageOf, FIXTURES_DIR, SEEDS_DIR } from '../support/seed-coverage.js';

const A003 = '003_31b76e603aeb2cfa';
const NORTHERN = 'northern-wire-halden-marchetti-call';
const COASTAL = 'coastal-times-marchetti-halden-call';
const VALLEY = 'valley-courier-flood-defences';

let seeds: Coverage;
let fixtures: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
  fixtures = await coverageOf(FIXTURES_DIR);
});

describe('buildTimeline', () => {
  it('puts the seed 003 events on their dates, citing the article', () => {
    const { entries } = buildTimeline(seeds);
    const alaska = entries.find((e) => e.text.startsWith('On August 15, talks were held in Alaska'));
    expect(alaska).toMatchObject({ date: '2025-08-15', articles: [{ id: A003, outlet: 'sputnikglobe.com', published: '2025-09-08' }] });
    expect(entries.find((e) => e.text.includes('White House on August 18'))?.date).toBe('2025-08-18');
  });

  it('lists entries oldest first, a month or year before the days inside it', () => {
    for (const coverage of [seeds, fixtures]) {
      const dates = buildTimeline(coverage).entries.map((e) => e.date);
      expect(dates.length).toBeGreaterThan(3);
      expect(dates).toEqual([...dates].sort());
    }
    const dates = buildTimeline(fixtures).entries.map((e) => e.date);
    expect(dates.indexOf('2025-04')).toBeGreaterThan(dates.indexOf('2025-03-19'));
  });

  it("resolves relative dates against each article's own publication date", () => {
    const { entries } = buildTimeline(fixtures);
    // "on Tuesday" in a Friday 2025-03-21 article (merged with the other outlet's "March 18");
    // "on Monday" in a Wednesday 2025-03-19 one; "next month" in March.
    expect(entries.find((e) => e.articles.some((a) => a.id === NORTHERN) && e.text.includes('spoke by telephone'))?.date).toBe(
      '2025-03-18',
    );
    expect(entries.find((e) => e.text.includes('two metres on Monday'))?.date).toBe('2025-03-17');
    expect(entries.find((e) => e.text.includes('ministers next month'))?.date).toBe('2025-04');
  });

  it('merges one event reported by two outlets under its date, citing both', () => {
    const call = buildTimeline(fixtures).entries.filter((e) => e.date === '2025-03-18' && e.articles.some((a) => a.id === COASTAL));
    expect(call).toHaveLength(1);
    expect(call[0].articles.map((a) => a.outlet)).toEqual(['Coastal Times', 'Northern Wire']);
    expect(call[0].text).toMatch(/^President Sofia Marchetti and Chancellor Viktor Halden spoke by telephone on March 18/);
  });

  it('keeps another event of the same date apart', () => {
    const sameDay = buildTimeline(fixtures).entries.filter((e) => e.date === '2025-03-18');
    const council = sameDay.find((e) => e.text.includes('town council'));
    expect(council?.articles.map((a) => a.id)).toEqual([VALLEY]);
    expect(sameDay).toHaveLength(2);
  });

  it('does not merge one event dated differently by two outlets', () => {
    const first = buildTimeline(fixtures).entries.filter((e) => /first call/.test(e.text));
    expect(first.map((e) => [e.date, e.articles.map((a) => a.id)])).toEqual([
      ['2025-02-26', [COASTAL]],
      ['2025-02-27', [NORTHERN]],
    ]);
  });

  it('puts a sentence with several dates under each, dropping a date another refines', () => {
    const { entries } = buildTimeline(fixtures);
    const signed = entries.filter((e) => e.text.includes('signed on 4 June 2019'));
    expect(signed.map((e) => e.date)).toEqual(['2019-06-04', '2022']);
    const woodward = buildTimeline(seeds).entries.filter((e) => e.text.includes('2024 book'));
    expect(woodward.map((e) => e.date)).toEqual(['2021', '2024']);
  });

  it('lists relative dates of articles without a publication date as undated, with their expressions', () => {
    const { undated, entries } = buildTimeline(seeds);
    const friday = undated.find((u) => u.text.includes('Donald Trump announced that he would likely meet'));
    expect(friday).toMatchObject({ expressions: ['Friday'], articles: [{ id: '002_62dcc4dcba42d8bd', published: null }] });
    expect(entries.some((e) => e.text.includes('Donald Trump announced that he would likely meet'))).toBe(false);
  });

  it('dates relative dates by an inferred publication date, marked "~", and puts the Helsinki caption on 2018-07-16', () => {
    const { entries } = buildTimeline(seeds);
    const lastMonth = entries.find((e) => e.text.includes('their meeting in Alaska last month'));
    expect(lastMonth).toMatchObject({ date: '2025-08', articles: [{ id: '000_9fa6195cd0faa982', published: '~2025-09' }] });
    expect(entries.find((e) => e.text.includes('Presidential Palace in Helsinki'))?.date).toBe('2018-07-16');
  });

  it('keeps the call sentences for "phone calls" and drops the unrelated ones', () => {
    const timeline = buildTimeline(fixtures, 'phone calls');
    const texts = [...timeline.entries, ...timeline.undated].map((e) => e.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('spoke by telephone on March 18'),
        expect.stringContaining('The first call took place on February 27'),
      ]),
    );
    expect(timeline.entries.find((e) => e.date === '2025-03-18')?.articles.map((a) => a.id)).toEqual([COASTAL, NORTHERN]);
    for (const unrelated of ['town council', 'flood', 'signed on 4 June 2019', 'visit Rome', 'Geneva in April']) {
      expect(texts.some((t) => t.includes(unrelated))).toBe(false);
    }
    expect(timeline.topic).toBe('phone calls');
    const seedCalls = buildTimeline(seeds, 'phone calls');
    expect(seedCalls.entries.some((e) => e.text.includes('Hospitals in France'))).toBe(false);
    expect(seedCalls.undated.some((u) => u.text.includes('two announced call'))).toBe(true);
  });

  it('offers the most frequent topics when a topic matches nothing', () => {
    const timeline = buildTimeline(fixtures, 'moon landing');
    expect(timeline.entries).toEqual([]);
    expect(timeline.undated).toEqual([]);
    expect(timeline.suggestions).toHaveLength(TIMELINE_DEFAULTS.suggestedTopics);
    expect(timeline.suggestions).toContain('call');
    expect(buildTimeline(fixtures, 'the').suggestions.length).toBeGreaterThan(0);
    expect(buildTimeline(fixtures).suggestions).toEqual([]);
  });

  it('treats a blank topic as none', () => {
    expect(buildTimeline(fixtures, '   ')).toEqual(buildTimeline(fixtures));
  });

  it('lists a sentence an article repeats word for word once, dated or not, and the same sentence of another article again', () => {
    const dated = 'The harbour bridge opened to traffic on 4 June 2024 after three years of work.';
    const undated = 'The ferry stopped running on Friday.';
    const repeated = [dated, undated, 'Tolls will pay for the upkeep.', dated, undated, dated].join('\n\n');
    const coverage = buildCoverage(seeds.nlp, [writtenArticle(seeds.nlp, 'bridge', repeated), writtenArticle(seeds.nlp, 'ferry', undated)]);
    const { entries, undated: named } = buildTimeline(coverage);
    expect(entries.map((e) => [e.date, e.text, e.articles.map((a) => a.id)])).toEqual([['2024-06-04', dated, ['bridge']]]);
    expect(named.map((e) => [e.text, e.articles.map((a) => a.id)])).toEqual([
      [undated, ['bridge']],
      [undated, ['ferry']],
    ]);
  });

  it('lists a sentence the segmenter cut inside a web address whole, under its date', () => {
    const history = writtenArticle(seeds.nlp, 'history', PYTHON_HISTORY, { published: '2024-01-15' });
    // wink's sentences: "In May 2000, … moved to BeOpen." and "com to form the BeOpen PythonLabs team." (address-cuts.ts).
    expect(history.sentences).toHaveLength(3);
    const { entries } = buildTimeline(buildCoverage(seeds.nlp, [history]));
    expect(entries.find((e) => e.date === '2000-05')?.text).toBe(
      'In May 2000, Guido and the Python core development team moved to BeOpen.com to form the BeOpen PythonLabs team.',
    );
  });

  it('merges nothing when the overlap asked for is out of reach', () => {
    const strict = buildTimeline(fixtures, undefined, { ...TIMELINE_DEFAULTS, sameEventOverlap: 1.01 });
    expect(strict.entries.every((e) => e.articles.length === 1)).toBe(true);
  });
});
