import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { formatQuotesPage, QUOTES_BUTTON_PREFIX, QUOTES_PER_PAGE } from '../../src/discord/format-quotes-page.js';
import { selectQuotes } from '../../src/quotes/select-quotes.js';
import type { Quote } from '../../src/quotes/types.js';
import { decodePageId } from '../../src/discord/page-id.js';
import { expectWithinLimits } from '../discord/support/expect-within-limits.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import { coverageOf } from '../timeline/fixture-coverage.js';

let quotes: Quote[];
beforeAll(async () => {
  const seeds: Coverage = await coverageOf(SEEDS_DIR);
  quotes = findQuotes(seeds);
});

describe('formatQuotesPage', () => {
  it('lists the speakers with their counts when no person is asked for', () => {
    const [embed] = formatQuotesPage(selectQuotes(quotes, null), 0).embeds;
    expect(embed.title).toBe('Who is quoted in the coverage');
    expect(embed.description!.split('\n')[0]).toMatch(/^\*\*Donald Trump\*\* — \d+ quotes$/);
    expect(embed.description).toContain('**Dmitry Peskov**');
  });

  it("shows a person's quotes a page at a time, direct speech in quotation marks, each cited, with paging buttons", () => {
    const selection = selectQuotes(quotes, 'Peskov');
    const payload = formatQuotesPage(selection, 0);
    const [embed] = payload.embeds;
    expect(embed.title).toBe('Quotes: Dmitry Peskov');
    expect(embed.description!.split('\n\n')).toHaveLength(QUOTES_PER_PAGE);
    expect(embed.description).toContain('“Listen, we notify you');
    expect(embed.description).toContain('— **Dmitry Peskov** · **Ariana News**');
    const ids = payload.components.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids.map((id) => decodePageId(QUOTES_BUTTON_PREFIX, id))).toEqual([{ page: 0, text: 'Peskov' }, { page: 1, text: 'Peskov' }]);
  });

  it('says no one by that name is quoted and names the closest speakers', () => {
    const payload = formatQuotesPage(selectQuotes(quotes, 'Peskof'), 0);
    expect(payload.embeds[0].description).toMatch(/^Nothing in the coverage is quoted from "Peskof"\. Closest speakers: Dmitry Peskov[,.]/);
    expect(payload.components).toEqual([]);
  });

  it('stays within Discord limits on every page', () => {
    const long = quotes.map((q) => ({ ...q, text: q.text.repeat(30) }));
    for (const person of [null, 'Trump']) {
      for (let page = 0; page < 4; page++) expectWithinLimits(formatQuotesPage(selectQuotes(long, person), page));
    }
  });
});
