import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { Coverage } from '../src/coverage/types.js';
import type { Command } from '../src/discord/context.js';
import type { DiscordSettings } from '../src/discord/defaults.js';
import { EVERYWHERE } from '../src/discord/commands.js';
import { coverageFor, sendReply } from '../src/discord/interactions/replies.js';
import { buildTimeline } from '../src/timeline/build-timeline.js';
import { formatTimelinePage, TIMELINE_BUTTON_PREFIX } from '../src/discord/format/pages.js';
import { PAGE_ID_TEXT_MAX } from '../src/discord/format/paging.js';
import { textPageHandler } from '../src/discord/interactions/buttons.js';

/** Page `page` of the timeline about `topic`, or of the whole coverage for no topic. */
const timelinePage = (coverage: Coverage, topic: string | null, page: number, settings: DiscordSettings) =>
  formatTimelinePage(buildTimeline(coverage, topic ?? undefined), page, settings);

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
    const topic = interaction.options.getString('topic');
    const coverage = await coverageFor(interaction, ctx, 'public');
    await sendReply(interaction, timelinePage(coverage, topic, 0, ctx.settings), 'public');
  },
  button: textPageHandler(TIMELINE_BUTTON_PREFIX, timelinePage),
} satisfies Command;

export default timeline;
