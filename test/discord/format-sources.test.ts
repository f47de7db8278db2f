import { beforeAll, describe, expect, it } from 'vitest';
import { listSources, type Source } from '../../src/coverage/sources.js';
import { decodeButton } from '../../src/discord/custom-id.js';
import { DISCORD_DEFAULTS } from '../../src/discord/discord-defaults.js';
import { escapeText } from '../../src/discord/escape.js';
import { formatSources } from '../../src/discord/format-sources.js';
import { expectWithinLimits } from './support/expect-within-limits.js';
import { loadSeedCoverage } from './support/test-bot.js';

let sources: Source[];
beforeAll(async () => {
  sources = listSources(await loadSeedCoverage());
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
