import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { sanitizeQuestion } from '../answer/sanitize-question.js';
import { ANSWER_DEFAULTS } from '../answer/defaults.js';
import type { AskCommand } from '../answer/types.js';
import { answerQuestion } from './answer-question.js';
import { checkRateLimit } from './check-rate-limit.js';
import { EVERYWHERE, type Command } from './command.js';
import { formatAnswer } from './format-answer.js';
import { coverageFor, sendReply } from './interaction-reply.js';
import { noteAsked } from './note-asked.js';
import { UserError } from './user-error.js';
import { USER_MESSAGES } from './user-messages.js';

/**
 * A question command: `/when did they meet` asks "did they meet" with the hint `when`. The seven
 * commands differ only in name and description, so each file in commands/ is one call to this.
 */
export function createAskCommand(name: AskCommand, description: string): Command {
  return {
    data: {
      type: ApplicationCommandType.ChatInput,
      name,
      description,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'question',
          description: 'Your question about the coverage',
          required: true,
          // Discord enforces the core's question length in the client, before anything is sent.
          max_length: ANSWER_DEFAULTS.maxQuestionChars,
        },
      ],
      ...EVERYWHERE,
    },
    async execute(interaction, ctx) {
      const raw = interaction.options.getString('question', true);
      if (sanitizeQuestion(raw, ctx.maxQuestionChars).text === '') throw new UserError(USER_MESSAGES.emptyQuestion);
      await checkRateLimit(ctx, interaction.user.id);
      const coverage = await coverageFor(interaction, ctx, 'public');
      const answer = await answerQuestion(ctx, coverage, raw, name);
      await sendReply(interaction, formatAnswer({ answer, hint: name, page: 0 }, ctx.settings), 'public');
      noteAsked(ctx, answer);
    },
  };
}
