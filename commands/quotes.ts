import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { Coverage } from '../src/coverage/types.js';
import type { Command } from '../src/discord/context.js';
import type { DiscordSettings } from '../src/discord/defaults.js';
import { EVERYWHERE } from '../src/discord/commands.js';
import { coverageFor, sendReply } from '../src/discord/interactions/replies.js';
import { formatQuotesPage, QUOTES_BUTTON_PREFIX } from '../src/discord/format/pages.js';
import { quotesOf, selectQuotes, speakerChoices } from '../src/quotes/select-quotes.js';
import { PAGE_ID_TEXT_MAX } from '../src/discord/format/paging.js';
import { textPageHandler } from '../src/discord/interactions/buttons.js';

/** Page `page` of `person`'s quotes, or of the speakers for no person. */
const quotesPage = (coverage: Coverage, person: string | null, page: number, settings: DiscordSettings) =>
  formatQuotesPage(selectQuotes(quotesOf(coverage), person), page, settings);

/**
 * /quotes [person]: who said what. Without a person, the speakers with their counts; with one, their
 * quotes, a page at a time. `autocomplete` offers the speakers found as the name is typed; `button`
 * pages (custom ids `qt1|page|person`).
 */
const quotes = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quotes',
    description: 'Who said what in the coverage',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'person',
        description: 'Whose quotes, e.g. "Peskov"; leave out to list everyone quoted',
        required: false,
        autocomplete: true,
        // The name rides in the page buttons' custom ids.
        max_length: PAGE_ID_TEXT_MAX,
      },
    ],
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    const person = interaction.options.getString('person');
    const coverage = await coverageFor(interaction, ctx, 'public');
    await sendReply(interaction, quotesPage(coverage, person, 0, ctx.settings), 'public');
  },
  async autocomplete(interaction, ctx) {
    // Discord gives an autocomplete 3 seconds and no deferral: offer nothing while the coverage loads.
    const coverage = ctx.coverage.current();
    await interaction.respond(coverage ? speakerChoices(quotesOf(coverage), interaction.options.getFocused()) : []);
  },
  button: textPageHandler(QUOTES_BUTTON_PREFIX, quotesPage),
} satisfies Command;

export default quotes;
