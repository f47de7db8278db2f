import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { timelineJson } from '../../src/timeline/timeline-json.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import { coverageOf } from './fixture-coverage.js';

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
