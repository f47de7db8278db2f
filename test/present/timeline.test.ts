import { describe, expect, it, beforeAll } from 'vitest';
import type { ArticleRef } from '../../src/answer/types.js';
import { ANSI } from '../../src/present/answer.js';
import { renderTimeline, timelineJson } from '../../src/present/timeline.js';
import type { Timeline } from '../../src/timeline/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { coverageOf, SEEDS_DIR } from '../support/seed-coverage.js';

const NORTHERN: ArticleRef = {
  id: 'nw',
  title: 'Halden and Marchetti hold second phone call',
  outlet: 'Northern Wire',
  published: '2025-03-21',
  url: 'https://northernwire.example/a',
};
const COASTAL: ArticleRef = { id: 'ct', title: null, outlet: 'Coastal Times', published: '2025-03-20', url: null };
const HARBOUR: ArticleRef = { id: 'hp', title: null, outlet: 'Harbour Post', published: null, url: null };

const TIMELINE: Timeline = {
  topic: 'phone calls',
  entries: [
    { date: '2025-02-27', text: 'The first call took place on February 27.', articles: [NORTHERN] },
    { date: '2025-03-18', text: 'Marchetti and Halden spoke by telephone on March 18.', articles: [COASTAL, NORTHERN] },
  ],
  undated: [{ expressions: ['last week'], text: 'Negotiators met in Geneva last week.', articles: [HARBOUR] }],
  suggestions: [],
};

describe('renderTimeline', () => {
  it('shows each date with its sentence and every citation, then the undated sentences', () => {
    expect(renderTimeline(TIMELINE)).toBe(
      [
        'Timeline: phone calls — 2 dated events, oldest first',
        '2025-02-27  The first call took place on February 27.',
        '            — Northern Wire, 2025-03-21 · "Halden and Marchetti hold second phone call" · https://northernwire.example/a',
        '2025-03-18  Marchetti and Halden spoke by telephone on March 18.',
        '            — Coastal Times, 2025-03-20',
        '            — Northern Wire, 2025-03-21 · "Halden and Marchetti hold second phone call" · https://northernwire.example/a',
        '',
        'Undated: named days, and relative dates in articles without a publication date',
        '  (last week) Negotiators met in Geneva last week.',
        '            — Harbour Post',
      ].join('\n'),
    );
  });

  it('shows a sentence that keeps a line break of the article on one line', () => {
    const broken: Timeline = {
      ...TIMELINE,
      entries: [{ ...TIMELINE.entries[0], text: 'Putin and U.S.\nPresident Trump spoke on February 12.' }],
    };
    expect(renderTimeline(broken).split('\n')[1]).toBe('2025-02-27  Putin and U.S. President Trump spoke on February 12.');
  });

  it('styles dates and headings for a terminal', () => {
    expect(renderTimeline(TIMELINE, ANSI)).toContain('\x1b[1m2025-02-27\x1b[22m');
  });

  it('says nothing matched and suggests topics', () => {
    const empty: Timeline = { topic: 'moon landing', entries: [], undated: [], suggestions: ['call', 'tariff'] };
    expect(renderTimeline(empty)).toBe('Nothing dated in the coverage is about "moon landing". Try one of: call, tariff.');
    expect(renderTimeline({ ...empty, topic: null, suggestions: [] })).toBe('Nothing in the coverage is dated.');
  });
});

let seeds: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
});

describe('timelineJson', () => {
  it('has exactly the timeline and undated keys, each entry with date, text and articles of id, outlet and published', () => {
    const json = timelineJson(buildTimeline(seeds));
    expect(Object.keys(json)).toEqual(['timeline', 'undated']);
    expect(json.timeline.find((e) => e.date === '2025-08-15')).toEqual({
      date: '2025-08-15',
      text: 'On August 15, talks were held in Alaska between Russian and US Presidents Vladimir Putin and Donald Trump.',
      articles: [{ id: '003_31b76e603aeb2cfa', outlet: 'sputnikglobe.com', published: '2025-09-08' }],
    });
    for (const e of json.timeline) expect(Object.keys(e)).toEqual(['date', 'text', 'articles']);
    for (const u of json.undated) expect(Object.keys(u)).toEqual(['expressions', 'text', 'articles']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('adds a message and suggestions when a topic matches nothing', () => {
    const json = timelineJson(buildTimeline(seeds, 'moon landing'));
    expect(json).toMatchObject({ timeline: [], undated: [], message: expect.stringContaining('"moon landing"') });
    expect('suggestions' in json && json.suggestions.length).toBeGreaterThan(0);
  });
});
