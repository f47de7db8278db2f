import { beforeAll, describe, expect, it } from 'vitest';
import quotes from '../../commands/quotes.js';
import type { Coverage } from '../../src/coverage/types.js';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/commands.js';
import { formatQuotesPage } from '../../src/discord/format/pages.js';
import { quotesOf, selectQuotes } from '../../src/quotes/select-quotes.js';
import { coverageOf, SEEDS_DIR } from '../support/seed-coverage.js';
import { autocompleteInteraction, buttonInteraction, commandInteraction, contextWith } from './fake-interaction.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';

let seeds: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
});

describe('/quotes', () => {
  it('loads as a valid command whose person option autocompletes', async () => {
    const loaded = (await loadCommands(COMMANDS_DIR)).get('quotes');
    expect(loaded?.data.options).toEqual([expect.objectContaining({ name: 'person', required: false, autocomplete: true })]);
  });

  it('lists the speakers without a person, and their quotes with one', async () => {
    for (const person of [undefined, 'Peskov']) {
      const { interaction, sent } = commandInteraction(person ? { person } : {});
      await quotes.execute(interaction, contextWith(seeds));
      expect(sent.replies).toEqual([
        { how: 'reply', payload: formatQuotesPage(selectQuotes(quotesOf(seeds), person ?? null), 0, DISCORD_DEFAULTS) },
      ]);
    }
  });

  it('offers the speakers found as the name is typed', async () => {
    const { interaction, sent } = autocompleteInteraction('pes');
    await quotes.autocomplete(interaction, contextWith(seeds));
    expect(sent.choices).toEqual([[{ name: expect.stringMatching(/^Dmitry Peskov \(\d+\)$/), value: 'Dmitry Peskov' }]]);
  });

  it('offers nothing while the coverage loads, rather than making Discord wait', async () => {
    const { interaction, sent } = autocompleteInteraction('pes');
    await quotes.autocomplete(interaction, contextWith(seeds, { loading: true }));
    expect(sent.choices).toEqual([[]]);
  });

  it("pages a person's quotes in place", async () => {
    const click = buttonInteraction('qt1|1|=Trump');
    await quotes.button.handle(click.interaction, contextWith(seeds));
    expect(click.sent.replies).toEqual([
      { how: 'update', payload: formatQuotesPage(selectQuotes(quotesOf(seeds), 'Trump'), 1, DISCORD_DEFAULTS) },
    ]);
  });
});
