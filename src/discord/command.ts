import {
  ApplicationIntegrationType,
  InteractionContextType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './bot-context.js';

/** The buttons a command puts on its messages: clicks whose custom id starts with `prefix|` go to `handle`. */
export interface CommandButtons {
  prefix: string;
  handle(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}

/**
 * A slash command: one file in commands/, default-exporting this. `data` is the registration body
 * sent by `npm run deploy`; `execute` runs for each use; `autocomplete` answers options registered
 * with `autocomplete: true`; `button` handles the command's own buttons.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  button?: CommandButtons;
}

/** Every command works in servers, in DMs with the bot and in group DMs, installed to a server or to a user. */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};
