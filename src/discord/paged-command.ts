import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { Coverage } from '../coverage/types.js';
import type { Command, CommandButtons } from './context.js';
import type { DiscordSettings } from './defaults.js';
import { EVERYWHERE } from './commands.js';
import { decodePageId, PAGE_ID_TEXT_MAX } from './format/paging.js';
import type { ReplyPayload } from './format/text.js';
import { coverageFor, sendReply, UserError } from './interactions/replies.js';
import { USER_MESSAGES } from '../user-messages.js';

/** Page `page` of what a paged command shows for its text (null when none was given), built from the coverage as it is. */
export type TextPage = (coverage: Coverage, text: string | null, page: number, settings: DiscordSettings) => ReplyPayload;

/** A command whose replies are pages over an optional text: /timeline [topic], /quotes [person]. */
export interface PagedCommandSpec {
  name: string;
  description: string;
  /** The text option; `autocomplete: true` when the command answers it as it is typed. */
  option: { name: string; description: string; autocomplete?: true };
  /** The custom-id prefix of its page buttons. */
  prefix: string;
  render: TextPage;
}

/**
 * A command that replies publicly with page 0 of `render` for its text, and pages in place when its buttons are clicked
 * (textPageHandler). The two commands of this kind differ only in what they render, so each file in commands/ is one
 * call to this (and /quotes' autocomplete).
 */
export function createPagedCommand(spec: PagedCommandSpec): Command & { button: CommandButtons } {
  return {
    data: {
      type: ApplicationCommandType.ChatInput,
      name: spec.name,
      description: spec.description,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          ...spec.option,
          required: false,
          // The text rides in the page buttons' custom ids.
          max_length: PAGE_ID_TEXT_MAX,
        },
      ],
      ...EVERYWHERE,
    },
    async execute(interaction, ctx) {
      const text = interaction.options.getString(spec.option.name);
      const coverage = await coverageFor(interaction, ctx, 'public');
      await sendReply(interaction, spec.render(coverage, text, 0, ctx.settings), 'public');
    },
    button: textPageHandler(spec.prefix, spec.render),
  };
}

/**
 * The page buttons of a paged command: a click reads the page and the text back from the custom id and edits the message
 * to that page, which `render` rebuilds from the coverage as it is now, so the buttons keep working after a restart or a
 * re-index.
 */
function textPageHandler(prefix: string, render: TextPage): CommandButtons {
  return {
    prefix,
    async handle(interaction, ctx) {
      const state = decodePageId(prefix, interaction.customId);
      if (!state) throw new UserError(USER_MESSAGES.expiredButton);
      const coverage = await coverageFor(interaction, ctx, 'update');
      await sendReply(interaction, render(coverage, state.text, state.page, ctx.settings), 'update');
    },
  };
}
