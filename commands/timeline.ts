import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { EVERYWHERE, type Command } from '../src/discord/commands.js';
import { coverageFor, sendReply, UserError } from '../src/discord/replies.js';
import { USER_MESSAGES } from '../src/present/messages.js';
import { buildTimeline } from '../src/timeline/build-timeline.js';
import { formatTimelinePage, TIMELINE_BUTTON_PREFIX } from '../src/discord/format-pages.js';
import { decodePageId, PAGE_ID_TEXT_MAX } from '../src/discord/paging.js';

/**
 * /timeline [topic]: the coverage's dated events, oldest first, a page at a time. `button` pages
 * through it: its custom ids start with `tl1|` and carry the topic and the page, so a click rebuilds
 * the page from the current coverage, after a restart too.
 */
const timeline = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'timeline',
    description: 'Dated events in the coverage, oldest first',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'Only events about this, e.g. "phone calls"',
        required: false,
        // The topic rides in the page buttons' custom ids.
        max_length: PAGE_ID_TEXT_MAX,
      },
    ],
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    const topic = interaction.options.getString('topic') ?? undefined;
    const coverage = await coverageFor(interaction, ctx, 'public');
    await sendReply(interaction, formatTimelinePage(buildTimeline(coverage, topic), 0), 'public');
  },
  button: {
    prefix: TIMELINE_BUTTON_PREFIX,
    async handle(interaction, ctx) {
      const state = decodePageId(TIMELINE_BUTTON_PREFIX, interaction.customId);
      if (!state) throw new UserError(USER_MESSAGES.expiredButton);
      const coverage = await coverageFor(interaction, ctx, 'update');
      await sendReply(interaction, formatTimelinePage(buildTimeline(coverage, state.text ?? undefined), state.page), 'update');
    },
  },
} satisfies Command;

export default timeline;
