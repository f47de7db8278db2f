import type { Command } from '../src/discord/context.js';
import { formatQuotesPage, QUOTES_BUTTON_PREFIX, speakerChoices } from '../src/discord/format/pages.js';
import { createPagedCommand } from '../src/discord/paged-command.js';
import { quotesOf, selectQuotes } from '../src/quotes/select-quotes.js';

/**
 * /quotes [person]: who said what. Without a person, the speakers with their counts; with one, their quotes, a page at a
 * time. `autocomplete` offers the speakers found as the name is typed; the page buttons' custom ids are `qt1|page|person`.
 */
const quotes = {
  ...createPagedCommand({
    name: 'quotes',
    description: 'Who said what in the coverage',
    option: { name: 'person', description: 'Whose quotes, e.g. "Peskov"; leave out to list everyone quoted', autocomplete: true },
    prefix: QUOTES_BUTTON_PREFIX,
    render: (coverage, person, page, settings) => formatQuotesPage(selectQuotes(quotesOf(coverage), person), page, settings),
  }),
  async autocomplete(interaction, ctx) {
    // Discord gives an autocomplete 3 seconds and no deferral: offer nothing while the coverage loads.
    const coverage = ctx.coverage.current();
    await interaction.respond(coverage ? speakerChoices(quotesOf(coverage), interaction.options.getFocused()) : []);
  },
} satisfies Command;

export default quotes;
