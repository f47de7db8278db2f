import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { formatTimelinePage, TIMELINE_BUTTON_PREFIX, TIMELINE_ENTRIES_PER_PAGE } from '../../src/discord/format-timeline-page.js';
import { decodePageId } from '../../src/discord/page-id.js';
import type { Timeline } from '../../src/timeline/types.js';
import { expectWithinLimits } from '../discord/support/expect-within-limits.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import { coverageOf } from '../timeline/fixture-coverage.js';

let seeds: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
});

const buttonIds = (t: Timeline, page: number) => formatTimelinePage(t, page).components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));

describe('formatTimelinePage', () => {
  it('shows the first entries oldest first, each with its date and citation', () => {
    const timeline = buildTimeline(seeds);
    const [embed] = formatTimelinePage(timeline, 0).embeds;
    expect(embed.title).toBe('Timeline of the coverage');
    const first = timeline.entries[0];
    expect(embed.description!.startsWith(`**${first.date}** — `)).toBe(true);
    const dates = [...embed.description!.matchAll(/^\*\*(\d{4}(?:-\d\d){0,2})\*\*/gm)].map((m) => m[1]);
    expect(dates).toEqual(timeline.entries.slice(0, TIMELINE_ENTRIES_PER_PAGE).map((e) => e.date));
    expect(embed.footer!.text).toMatch(/^Page 1 of \d+ · \d+ dated events, oldest first, then \d+ undated$/);
  });

  it('pages with buttons that carry the topic and the page, and lists the undated entries after the dated ones', () => {
    const timeline = buildTimeline(seeds, 'Putin');
    const pages = Math.ceil((timeline.entries.length + timeline.undated.length) / TIMELINE_ENTRIES_PER_PAGE);
    expect(pages).toBeGreaterThan(1);
    expect(buttonIds(timeline, 0).map((id) => decodePageId(TIMELINE_BUTTON_PREFIX, id))).toEqual([
      { page: 0, text: 'Putin' },
      { page: 1, text: 'Putin' },
    ]);
    const last = formatTimelinePage(timeline, pages - 1).embeds[0].description!;
    expect(last).toContain('**undated**');
  });

  it('shows the last page for a page past the end', () => {
    const timeline = buildTimeline(seeds);
    const pages = Math.ceil((timeline.entries.length + timeline.undated.length) / TIMELINE_ENTRIES_PER_PAGE);
    expect(formatTimelinePage(timeline, 99)).toEqual(formatTimelinePage(timeline, pages - 1));
  });

  it('says nothing matched, with topics to try, and offers no buttons', () => {
    const payload = formatTimelinePage(buildTimeline(seeds, 'moon landing'), 0);
    expect(payload.embeds[0].description).toMatch(/^Nothing dated in the coverage is about "moon landing"\. Try one of: /);
    expect(payload.components).toEqual([]);
  });

  it('stays within Discord limits and pings nobody', () => {
    const timeline = buildTimeline(seeds);
    const long: Timeline = { ...timeline, entries: timeline.entries.map((e) => ({ ...e, text: e.text.repeat(40) })) };
    for (let page = 0; page < 5; page++) expectWithinLimits(formatTimelinePage(long, page));
    expect(formatTimelinePage(timeline, 0).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});
