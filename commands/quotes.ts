import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { EVERYWHERE, type Command } from '../src/discord/commands.js';
import { coverageFor, sendReply, UserError } from '../src/discord/replies.js';
import { USER_MESSAGES } from '../src/present/messages.js';
import { formatQuotesPage, QUOTES_BUTTON_PREFIX } from '../src/discord/format-pages.js';
import { quotesOf, selectQuotes, speakerChoices } from '../src/quotes/select-quotes.js';
import { decodePageId, PAGE_ID_TEXT_MAX } from '../src/discord/paging.js';

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
    await sendReply(interaction, formatQuotesPage(selectQuotes(quotesOf(coverage), person), 0), 'public');
  },
  async autocomplete(interaction, ctx) {
    // Discord gives an autocomplete 3 seconds and no deferral: offer nothing while the coverage loads.
    const coverage = ctx.coverage.current();
    await interaction.respond(coverage ? speakerChoices(quotesOf(coverage), interaction.options.getFocused()) : []);
  },
  button: {
    prefix: QUOTES_BUTTON_PREFIX,
    async handle(interaction, ctx) {
      const state = decodePageId(QUOTES_BUTTON_PREFIX, interaction.customId);
      if (!state) throw new UserError(USER_MESSAGES.expiredButton);
      const coverage = await coverageFor(interaction, ctx, 'update');
      await sendReply(interaction, formatQuotesPage(selectQuotes(quotesOf(coverage), state.text), state.page), 'update');
    },
  },
} satisfies Command;

export default quotes;
