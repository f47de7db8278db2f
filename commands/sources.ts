import { ApplicationCommandType } from 'discord.js';
import type { Command } from '../src/discord/context.js';
import { EVERYWHERE } from '../src/discord/commands.js';
import { formatSources } from '../src/discord/format/pages.js';
import { coverageFor, sendReply } from '../src/discord/interactions/replies.js';

const sources: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'sources',
    description: 'List the articles the answers are quoted from',
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    const coverage = await coverageFor(interaction, ctx, 'public');
    await sendReply(interaction, formatSources(ctx.core.listSources(coverage), 0, ctx.settings), 'public');
  },
};

export default sources;
