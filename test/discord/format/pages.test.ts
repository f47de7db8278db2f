import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../../src/coverage/types.js';
import { findQuotes } from '../../../src/quotes/find-quotes.js';
import {
  formatQuotesPage,
  QUOTES_BUTTON_PREFIX,
  formatTimelinePage,
  TIMELINE_BUTTON_PREFIX,
  formatSources,
  speakerChoices,
} from '../../../src/discord/format/pages.js';
import { selectQuotes } from '../../../src/quotes/select-quotes.js';
import type { Quote } from '../../../src/quotes/types.js';
import { decodePageId } from '../../../src/discord/format/paging.js';
import { expectWithinLimits } from '../support/expect-within-limits.js';
import { coverageOf, SEEDS_DIR, seedCoverage } from '../../support/seed-coverage.js';
import { buildTimeline } from '../../../src/timeline/build-timeline.js';
import type { Timeline } from '../../../src/timeline/types.js';
import { listSources, type Source } from '../../../src/present/sources.js';
import { decodeButton } from '../../../src/discord/format/buttons.js';
import { DISCORD_DEFAULTS } from '../../../src/discord/defaults.js';
import { escapeText } from '../../../src/discord/format/text.js';
import { QUOTES, sampleQuote } from '../../quotes/samples.js';

let quotes: Quote[];
beforeAll(async () => {
  const seeds: Coverage = await coverageOf(SEEDS_DIR);
  quotes = findQuotes(seeds);
});

describe('formatQuotesPage', () => {
  it('lists the speakers with their counts when no person is asked for', () => {
    const [embed] = formatQuotesPage(selectQuotes(quotes, null), 0, DISCORD_DEFAULTS).embeds;
    expect(embed.title).toBe('Who is quoted in the coverage');
    expect(embed.description!.split('\n')[0]).toMatch(/^\*\*Donald Trump\*\* — \d+ quotes$/);
    expect(embed.description).toContain('**Dmitry Peskov**');
  });

  it('counts a single speaker in the singular', () => {
    const [embed] = formatQuotesPage(selectQuotes(quotes.slice(0, 1), null), 0, DISCORD_DEFAULTS).embeds;
    expect(embed.footer!.text).toMatch(/^Page 1 of 1 · 1 speaker · /);
  });

  it("shows a person's quotes a page at a time, direct speech in quotation marks, each cited, with paging buttons", () => {
    const selection = selectQuotes(quotes, 'Peskov');
    const payload = formatQuotesPage(selection, 0, DISCORD_DEFAULTS);
    const [embed] = payload.embeds;
    expect(embed.title).toBe('Quotes: Dmitry Peskov');
    expect(embed.description!.split('\n\n')).toHaveLength(DISCORD_DEFAULTS.quotesPerPage);
    expect(embed.description).toContain('“Listen, we notify you');
    expect(embed.description).toContain('— **Dmitry Peskov** · **Ariana News**');
    const ids = payload.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.map((id) => decodePageId(QUOTES_BUTTON_PREFIX, id))).toEqual([
      { page: 0, text: 'Peskov' },
      { page: 1, text: 'Peskov' },
    ]);
  });

  it('pages and cuts the quotes by the settings it is given', () => {
    const settings = { ...DISCORD_DEFAULTS, quotesPerPage: 2, quoteTextMax: 40 };
    const [embed] = formatQuotesPage(selectQuotes(quotes, 'Peskov'), 0, settings).embeds;
    const shown = embed.description!.split('\n\n');
    expect(shown).toHaveLength(2);
    for (const quote of shown) expect(quote.split('\n')[0]!.length).toBeLessThanOrEqual(42);
  });

  it('says no one by that name is quoted and names the closest speakers', () => {
    const payload = formatQuotesPage(selectQuotes(quotes, 'Peskof'), 0, DISCORD_DEFAULTS);
    expect(payload.embeds[0].description).toMatch(/^Nothing in the coverage is quoted from "Peskof"\. Closest speakers: Dmitry Peskov[,.]/);
    expect(payload.components).toEqual([]);
  });

  it('stays within Discord limits on every page', () => {
    const long = quotes.map((q) => ({ ...q, text: q.text.repeat(30) }));
    for (const person of [null, 'Trump']) {
      for (let page = 0; page < 4; page++) expectWithinLimits(formatQuotesPage(selectQuotes(long, person), page, DISCORD_DEFAULTS));
    }
  });
});

let seeds: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
});

const buttonIds = (t: Timeline, page: number) =>
  formatTimelinePage(t, page, DISCORD_DEFAULTS).components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));

describe('speakerChoices', () => {
  it('names each speaker matching what is typed with their count, most quoted first, the name as the value', () => {
    expect(speakerChoices(QUOTES, '')).toEqual([
      { name: 'Hanna Lutz (2)', value: 'Hanna Lutz' },
      { name: 'Oskar Brenner (1)', value: 'Oskar Brenner' },
      { name: 'Volodymyr Zelenskyy (1)', value: 'Volodymyr Zelenskyy' },
    ]);
    expect(speakerChoices(QUOTES, 'bre')).toEqual([{ name: 'Oskar Brenner (1)', value: 'Oskar Brenner' }]);
  });

  it('offers at most 25 choices, as many as Discord takes', () => {
    const many = Array.from({ length: 40 }, (_, i) => sampleQuote(`Speaker Number${i}`, 'Yes'));
    expect(speakerChoices(many, 'speaker')).toHaveLength(25);
  });
});

describe('formatTimelinePage', () => {
  it('shows the first entries oldest first, each with its date and citation', () => {
    const timeline = buildTimeline(seeds);
    const [embed] = formatTimelinePage(timeline, 0, DISCORD_DEFAULTS).embeds;
    expect(embed.title).toBe('Timeline of the coverage');
    const first = timeline.entries[0];
    expect(embed.description!.startsWith(`**${first.date}** — `)).toBe(true);
    const dates = [...embed.description!.matchAll(/^\*\*(\d{4}(?:-\d\d){0,2})\*\*/gm)].map((m) => m[1]);
    expect(dates).toEqual(timeline.entries.slice(0, DISCORD_DEFAULTS.timelineEntriesPerPage).map((e) => e.date));
    expect(embed.footer!.text).toMatch(/^Page 1 of \d+ · \d+ dated events, oldest first, then \d+ undated$/);
  });

  it('pages with buttons that carry the topic and the page, and lists the undated entries after the dated ones', () => {
    const timeline = buildTimeline(seeds, 'Putin');
    const pages = Math.ceil((timeline.entries.length + timeline.undated.length) / DISCORD_DEFAULTS.timelineEntriesPerPage);
    expect(pages).toBeGreaterThan(1);
    expect(buttonIds(timeline, 0).map((id) => decodePageId(TIMELINE_BUTTON_PREFIX, id))).toEqual([
      { page: 0, text: 'Putin' },
      { page: 1, text: 'Putin' },
    ]);
    const last = formatTimelinePage(timeline, pages - 1, DISCORD_DEFAULTS).embeds[0].description!;
    expect(last).toContain('**undated**');
  });

  it('shows the last page for a page past the end', () => {
    const timeline = buildTimeline(seeds);
    const pages = Math.ceil((timeline.entries.length + timeline.undated.length) / DISCORD_DEFAULTS.timelineEntriesPerPage);
    expect(formatTimelinePage(timeline, 99, DISCORD_DEFAULTS)).toEqual(formatTimelinePage(timeline, pages - 1, DISCORD_DEFAULTS));
  });

  it('says nothing matched, with topics to try, and offers no buttons', () => {
    const payload = formatTimelinePage(buildTimeline(seeds, 'moon landing'), 0, DISCORD_DEFAULTS);
    expect(payload.embeds[0].description).toMatch(/^Nothing dated in the coverage is about "moon landing"\. Try one of: /);
    expect(payload.components).toEqual([]);
  });

  it('stays within Discord limits and pings nobody', () => {
    const timeline = buildTimeline(seeds);
    const long: Timeline = { ...timeline, entries: timeline.entries.map((e) => ({ ...e, text: e.text.repeat(40) })) };
    for (let page = 0; page < 5; page++) expectWithinLimits(formatTimelinePage(long, page, DISCORD_DEFAULTS));
    expect(formatTimelinePage(timeline, 0, DISCORD_DEFAULTS).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

let sources: Source[];
beforeAll(async () => {
  sources = listSources(await seedCoverage());
});

/** The seed articles many times over, as a large coverage would list them. */
const many = (times: number): Source[] =>
  Array.from({ length: times }, (_, i) => sources.map((s) => ({ ...s, article: { ...s.article, id: `${s.article.id}-${i}` } }))).flat();

describe('formatSources', () => {
  it('lists every article with its title, outlet, date, link and sentence count', () => {
    const [embed] = formatSources(sources, 0, DISCORD_DEFAULTS).embeds;
    expect(embed.title).toBe(`Sources: ${sources.length} articles in the coverage`);
    for (const { article, sentences } of sources) {
      expect(embed.description).toContain(escapeText(article.title ?? article.id));
      expect(embed.description).toContain(`${sentences} sentences`);
      expect(embed.description).toContain(article.outlet ? escapeText(article.outlet) : 'outlet unknown');
      expect(embed.description).toContain(article.published ?? 'date unknown');
    }
    for (const url of sources.map((s) => s.article.url).filter((u) => u !== null)) {
      expect(embed.description).toContain(`](${url})`);
    }
  });

  it('needs no buttons when everything fits on one page', () => {
    expect(formatSources(sources, 0, DISCORD_DEFAULTS).components).toEqual([]);
  });

  it('pages a long list, with Previous and Next buttons that know their page', () => {
    const list = many(5);
    const pages = Math.ceil(list.length / DISCORD_DEFAULTS.sourcesPerPage);
    const middle = formatSources(list, 2, DISCORD_DEFAULTS);
    expect(middle.embeds[0].footer!.text).toContain(`Page 3 of ${pages}`);
    expect(middle.embeds[0].description).toContain(`**${2 * DISCORD_DEFAULTS.sourcesPerPage + 1}.**`);
    const [previous, next] = middle.components[0].components;
    expect(decodeButton((previous as { custom_id: string }).custom_id)).toEqual({ kind: 'sources', page: 1 });
    expect(decodeButton((next as { custom_id: string }).custom_id)).toEqual({ kind: 'sources', page: 3 });
    expectWithinLimits(middle);
  });

  it('disables Previous on the first page and Next on the last, and clamps pages out of range', () => {
    const list = many(3);
    const [first] = formatSources(list, 0, DISCORD_DEFAULTS).components[0].components;
    expect(first.disabled).toBe(true);
    const last = formatSources(list, 99, DISCORD_DEFAULTS);
    expect(last.components[0].components[1].disabled).toBe(true);
    expect(last.embeds[0].footer!.text).toMatch(/^Page (\d+) of \1 /);
  });

  it('says so when the coverage is empty', () => {
    expect(formatSources([], 0, DISCORD_DEFAULTS).embeds[0].description).toContain('The coverage is empty');
  });
});
