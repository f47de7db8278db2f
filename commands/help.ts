import { ApplicationCommandType } from 'discord.js';
import type { Command } from '../src/discord/context.js';
import { EVERYWHERE } from '../src/discord/commands.js';
import { formatHelp } from '../src/discord/format/pages.js';
import { sendReply } from '../src/discord/interactions/replies.js';

const help: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'help',
    description: 'What this bot does and how to ask it',
    ...EVERYWHERE,
  },
  async execute(interaction, ctx) {
    await sendReply(interaction, formatHelp(ctx.commands, ctx.answerSettings.maxQuestionChars), 'ephemeral');
  },
};

export default help;
